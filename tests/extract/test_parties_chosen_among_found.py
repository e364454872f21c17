"""The parties of a made event, chosen among those the sentence names: "upon" read as "on"
(``preposition_variants`` in event_types.yaml), a state noun that opens its sentence read as
the common noun it is, what a call asks for naming whom it asks, a demonym before a noun the
tagger read as an adjective, and joint visitors who each visit the host. Sentences written
for these tests (real countries, invented people)."""

from __future__ import annotations

import shutil

import pytest
from extract.helpers import _asserted, _countries, _events, _roles

from graphkit.extract import Extractor
from graphkit.resources import schema_dir


def _only(extractor, text: str, type_: str):
    events = _asserted(_events(extractor, text), type_)
    assert len(events) == 1, f"{len(events)} {type_} events"
    return events[0]


@pytest.mark.parametrize("text, type_, source, target", [
    ("France called upon Iraq to release the prisoners.", "DEMAND", "FRA", "IRQ"),
    ("The Arab League called upon Iraq to free the detained sailors.", "DEMAND", "Arab League", "IRQ"),
    ("Paraguay launched an attack upon Uruguay.", "ATTACK", "PRY", "URY"),
    ("Peru blamed the blast upon Chile.", "ACCUSE", "PER", "CHL"),
])
def test_upon_names_the_target_as_on_does(extractor, text, type_, source, target):
    assert _roles(_only(extractor, text, type_)) == {source: "source", target: "target"}


def test_a_call_upon_its_own_citizens_is_still_no_demand(extractor):
    assert not _asserted(_events(extractor, "France called upon its citizens to leave Iraq."), "DEMAND")


@pytest.mark.parametrize("text, type_, source", [
    ("Authorities in Reykjavik accused Chile of violating the truce.", "ACCUSE", "ISL"),
    ("Authorities in Ulaanbaatar arrested a French tourist.", "ARREST", "MNG"),
    ("Government officials in Lima accused Chile of espionage.", "ACCUSE", "PER"),
])
def test_a_state_noun_opening_its_sentence_takes_the_country_of_its_place(extractor, text, type_, source):
    assert _roles(_only(extractor, text, type_))[source] == "source"


def test_a_state_noun_opening_its_sentence_is_no_body_of_no_country(extractor):
    text = "Peru's president met the Chilean envoy. Government officials accused Chile of espionage."
    events = _events(extractor, text)
    assert events  # the meeting: a check over no event would pass
    assert all(a.country for e in events for a in e.actors)


@pytest.mark.parametrize("text, target", [
    ("Norway called for the release of two Norwegian sailors held by Namibia.", "NAM"),
    ("Canada called for the prompt release of three aid workers detained in Mongolia.", "MNG"),
    ("Britain called for the release of a journalist jailed in Bolivia.", "BOL"),
])
def test_what_a_call_asks_for_names_whom_it_asks(extractor, text, target):
    assert target in _countries(_only(extractor, text, "DEMAND"))


@pytest.mark.parametrize("text, countries", [
    ("Kenya called for more troops in southern Somalia.", {"KEN"}),
    ("Egypt called for an Arab peace force in northern Sudan.", {"EGY"}),
])
def test_a_place_where_a_called_for_thing_would_be_is_not_asked(extractor, text, countries):
    assert _countries(_only(extractor, text, "DEMAND")) == countries


@pytest.mark.parametrize("text, source, held", [
    ("Peruvian police arrested a Vietnamese national suspected of smuggling.", "PER", "VNM"),
    ("Kenyan authorities arrested a Sudanese national suspected of spying.", "KEN", "SDN"),
])
def test_a_demonym_before_a_noun_read_as_an_adjective_names_the_held(extractor, text, source, held):
    assert _roles(_only(extractor, text, "ARREST")) == {source: "source", held: "target"}


@pytest.mark.parametrize("text", [
    "Chilean President Tomas Varela and Peruvian President Lucia Quispe arrived in Quito on Sunday.",
    "Chilean President Tomas Varela and Peruvian President Lucia Quispe visited Quito on Sunday.",
    "Chilean President Tomas Varela, along with Peruvian President Lucia Quispe, visited Quito on Sunday.",
])
def test_joint_visitors_each_visit_the_host(extractor, text):
    meetings = _asserted(_events(extractor, text), "MEET")
    assert sorted(sorted(a.country for a in m.actors) for m in meetings) == [["CHL", "ECU"], ["ECU", "PER"]]


@pytest.mark.parametrize("text, countries", [
    ("Chilean President Tomas Varela and Peruvian President Lucia Quispe met in Geneva.", {"CHL", "PER"}),
    ("Chilean President Tomas Varela arrived in Quito on Thursday.", {"CHL", "ECU"}),
])
def test_a_meeting_in_a_city_and_a_lone_visitor_are_read_as_before(extractor, text, countries):
    assert _countries(_only(extractor, text, "MEET")) == countries


def test_joint_visitors_each_visit_the_host_only_on_a_trigger_so_marked(extractor, tmp_path):
    folder = tmp_path / "schema"
    shutil.copytree(schema_dir(), folder)
    path = folder / "event_types.yaml"
    marked = path.read_text(encoding="utf-8")
    path.write_text(marked.replace("each_visits_host: true", "each_visits_host: false"), encoding="utf-8")
    unmarked = Extractor(nlp=extractor.nlp, schema_dir=folder)
    text = "Chilean President Tomas Varela and Peruvian President Lucia Quispe visited Quito on Sunday."
    meetings = _asserted(_events(unmarked, text), "MEET")
    # unmarked, the two visitors are read as meeting each other, as before the option
    assert [sorted(a.country for a in m.actors) for m in meetings] == [["CHL", "PER"]]
