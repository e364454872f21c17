"""Whose an actor is: a titled person takes the country the title gives, a known body the
country named with it; one behaviour each, on sentences written for these tests (invented
people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

from graphkit.extract import Extractor


def _persons(extractor: Extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each person mentioned in ``text``: (country, office)."""
    doc = extractor.nlp(text)
    return {a.name: (a.country, a.office) for m in extractor.actors.mentions(doc, None).mentions
            for a in m.actors if a.kind == "person"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The talks ended late, Omani Foreign Minister Salim Haddabi told reporters on Monday.",
     "Salim Haddabi", "OMN"),
    ("Latvian Defence Minister Ilze Kalnina warned La Paz.", "Ilze Kalnina", "LVA"),
])
def test_a_demonym_the_tagger_left_untagged_gives_the_titled_person_a_country(
        extractor, text, name, country):
    assert _persons(extractor, text)[name][0] == country


def test_two_offices_joined_by_and_are_one_title_with_its_owner(extractor):
    persons = _persons(extractor, "Kenya's Deputy Prime Minister and Foreign Minister Amos "
                                  "Kiprono arrived in Kampala on Saturday.")
    assert persons["Amos Kiprono"][0] == "KEN"
    assert len(persons) == 1  # the deputy's office is no second person


def test_a_deputy_office_in_a_title_is_not_the_office_itself(extractor):
    persons = _persons(extractor, "Vice Foreign Minister Tomas Orrego summoned the ambassador.")
    assert persons["Tomas Orrego"][1] != "foreign minister"


def test_a_known_body_named_with_its_country_word_inside_the_name_is_that_body(extractor):
    events = _events(extractor, "The Russian Federal Security Service detained Kenyan citizen "
                                "Amos Kiprono in Moscow, the FSB said on Friday.")
    arrests = _asserted(events, "ARREST")
    assert arrests
    assert [(p.actor.name, p.actor.country, p.role) for p in arrests[0].participants][0] == (
        "FSB", "RUS", "source")


# -- a title of no country: the story's ----------------------------------------------------

_SUMMONS = "Kenya on Friday summoned Uganda's ambassador over the border clash. "


def test_a_minister_named_without_a_country_is_of_the_story_country(extractor):
    persons = _persons(extractor, _SUMMONS + "Trade Minister Amos Kiprono said Kenya would respond.")
    assert persons["Amos Kiprono"][0] == "KEN"


@pytest.mark.parametrize("title", ["Interior Minister", "Homeland Security Minister", "Climate Minister"])
def test_a_national_portfolio_opening_a_title_names_no_owner(extractor, title):
    """"Interior Minister X" is a portfolio of the story's state, not an owner's name."""
    persons = _persons(extractor, _SUMMONS + f"{title} Amos Kiprono said Kenya would respond.")
    assert persons["Amos Kiprono"][0] == "KEN"


def test_a_title_opened_by_an_unknown_name_takes_no_country_from_the_story(extractor):
    persons = _persons(extractor, _SUMMONS + "The statement was read out by Zembla and the Isles "
                                             "Prime Minister Ralph Orwin after talks.")
    assert persons["Ralph Orwin"][0] is None


def test_a_person_named_without_any_title_takes_no_country_from_the_story(extractor):
    persons = _persons(extractor, _SUMMONS + "Amos Kiprono said Kenya would respond.")
    assert persons["Amos Kiprono"][0] is None


def test_an_unknown_body_named_after_the_and_its_country_word_is_of_that_country(extractor):
    doc = extractor.nlp("The Kenyan Coastal Protection Authority seized a Ugandan boat.")
    bodies = [a for m in extractor.actors.mentions(doc, None).mentions for a in m.actors
              if a.kind == "organisation"]
    assert [(a.name, a.country) for a in bodies] == [("Kenyan Coastal Protection Authority", "KEN")]


def test_a_given_name_that_is_also_a_capital_is_no_place(extractor):
    events = _events(extractor, "Kenyan President Daniel Mwangi met on Tuesday with German Chancellor "
                                "Karl Brandt and Paraguayan President Santiago Orrego.")
    meetings = _asserted(events, "MEET")
    assert meetings
    assert {(a.name, a.country) for a in meetings[0].actors} == {
        ("Daniel Mwangi", "KEN"), ("Karl Brandt", "DEU"), ("Santiago Orrego", "PRY")}


def test_a_known_group_named_with_a_generic_head_noun_is_that_group(extractor):
    doc = extractor.nlp("Kenyan officials said a Houthi militia's drone struck a tanker on Monday.")
    groups = [a for m in extractor.actors.mentions(doc, None).mentions for a in m.actors
              if a.kind == "organisation"]
    assert [(a.name, a.country) for a in groups] == [("Houthis", "YEM")]


def test_a_city_joined_to_a_place_is_a_place_too(extractor):
    doc = extractor.nlp("Ukrainian forces held out in Donetsk and Kharkiv oblasts last week.")
    places = {doc[m.start:m.end].text: [a.country for a in m.actors]
              for m in extractor.actors.mentions(doc, None).mentions}
    assert places["Kharkiv"] == ["UKR"]


def test_a_plural_demonym_before_a_list_of_names_gives_each_its_country(extractor):
    events = _events(extractor, "Chile detained Peruvians Marco Ruiz and Pablo Ortega on Monday.")
    arrests = _asserted(events, "ARREST")
    assert arrests
    assert {a.name: a.country for a in arrests[0].actors if a.kind == "person"} == {
        "Marco Ruiz": "PER", "Pablo Ortega": "PER"}


def test_a_singular_title_before_the_first_name_of_a_list_is_not_shared(extractor):
    events = _events(extractor, "Chilean President Tomas Verdal met Anselmo Quiroga and Rufo Cardal "
                                "on Monday.")
    meetings = _asserted(events, "MEET")
    assert meetings
    assert {a.name: a.country for a in meetings[0].actors}.get("Rufo Cardal") is None


# -- each person of a list keeps the country of their own title ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The pact was signed in Lakeport on Monday by Azerbaijani President Aldo Veran and "
     "Kazakh President Mira Solt and ends a long dispute.",
     {"Aldo Veran": "AZE", "Mira Solt": "KAZ"}),
    ("The pact was signed in Lakeport on Monday by President Aldo Veran of Kenya and "
     "President Mira Solt of Uganda and ends a long dispute.",
     {"Aldo Veran": "KEN", "Mira Solt": "UGA"}),
])
def test_each_titled_person_of_a_list_keeps_their_own_country(extractor, text, expected):
    persons = _persons(extractor, text)
    assert {name: persons[name][0] for name in expected} == expected


def test_a_person_named_again_in_full_keeps_the_country_of_their_title(extractor):
    doc = extractor.nlp("Kenya summoned Ugandan Ambassador Okello Mbabazi on Friday. "
                        "Later that day Okello Mbabazi rejected the protest.")
    countries = [a.country for m in extractor.actors.mentions(doc, None).mentions for a in m.actors
                 if a.name == "Okello Mbabazi"]
    assert countries == ["UGA", "UGA"]


def test_a_two_letter_family_name_first_names_the_person_again(extractor):
    doc = extractor.nlp("Vice Minister Amos Kiprono summoned Chinese Ambassador Qu Hanlin on Friday. "
                        "Qu rejected the protest.")
    found = extractor.actors.mentions(doc, None).mentions
    qu = [a for m in found for a in m.actors if doc[m.start:m.end].text == "Qu"]
    assert [(a.name, a.country) for a in qu] == [("Qu Hanlin", "CHN")]
