"""A diplomat's post is not the diplomat's country: in "its ambassador to Kenya, X" or "her
High Commissioner to Kenya X" the country after the title and "to"/"in" is where X serves,
so X never takes it from the title (invented people; real countries)."""

from __future__ import annotations

import pytest

from graphkit.extract import Extractor


def _persons(extractor: Extractor, text: str) -> dict[str, str | None]:
    """Each person mentioned in ``text``: its country."""
    doc = extractor.nlp(text)
    return {a.name: a.country for m in extractor.actors.mentions(doc, None).mentions
            for a in m.actors if a.kind == "person"}


@pytest.mark.parametrize("text", [
    "Tanzania's president was represented at the summit by her High Commissioner to Kenya "
    "Juma Mbekiwa.",
    "Tanzania was represented at the summit by its ambassador to Kenya, Juma Mbekiwa.",
    "Tanzania was represented at the summit by its envoy in Kenya, Juma Mbekiwa.",
])
def test_a_post_after_a_pronoun_owner_is_not_the_diplomats_country(extractor, text):
    assert _persons(extractor, text)["Juma Mbekiwa"] != "KEN"


@pytest.mark.parametrize(("text", "country"), [
    ("Tanzania's ambassador to Kenya Juma Mbekiwa said the men were safe.", "TZA"),
    ("Bolivia's ambassador in Canberra, Oleg Marin, said the visit went well.", "BOL"),
    ("Juma Mbekiwa, Tanzania's ambassador to Kenya, said the men were safe.", "TZA"),
    ("Kenyan Ambassador Juma Mbekiwa said the men were safe.", "KEN"),
])
def test_the_owner_of_the_title_still_gives_the_country(extractor, text, country):
    name = "Oleg Marin" if "Oleg" in text else "Juma Mbekiwa"
    assert _persons(extractor, text)[name] == country


def test_a_minister_in_a_country_is_not_a_post(extractor):
    # only diplomatic titles have posts: "Kenya's" still names the minister's country
    persons = _persons(extractor, "Kenya's foreign minister in Nairobi, Amos Kiprono, said "
                                  "the men were safe.")
    assert persons["Amos Kiprono"] == "KEN"


@pytest.mark.parametrize("text", [
    "North Korean Charge d'affaires Pak Un Sol said the embassy would close.",
    "North Korean Chargé d'Affaires Pak Un Sol said the embassy would close.",
    "North Korean Consul General Pak Un Sol said the embassy would close.",
])
def test_a_demonym_the_tagger_ran_into_a_capitalised_title_still_gives_the_country(
        extractor, text):
    # the tagger reads "North Korean Charge" as one name: its words before the title word
    assert _persons(extractor, text)["Pak Un Sol"] == "PRK"


def test_a_commissioner_who_is_no_high_commissioner_serves_where_he_is(extractor):
    # "commissioner" is a diplomat's title only as "High Commissioner"
    persons = _persons(extractor, "Police Commissioner in Nairobi Amos Kiprono said the men "
                                  "were safe.")
    assert persons["Amos Kiprono"] == "KEN"
