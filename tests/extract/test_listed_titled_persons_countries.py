"""Persons listed with their titles and countries ("Minister X of A and Minister Y of B")
each keep their own country, also where the parser hangs the second name on the first as
an apposition; a title phrase set in apposition still gives its country. Sentences
written for these tests (invented people, real countries)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _person_countries(events, type_: str) -> dict[str, str | None]:
    found = _asserted(events, type_)
    assert found, f"no {type_} found"
    return {a.name: a.country for a in found[0].actors if a.kind == "person"}


def test_two_guests_listed_after_received_keep_their_own_countries(rules_only):
    events = _events(rules_only, "President Arlen Voss received Foreign Minister Ilse Marrow of Uganda "
                                 "and Foreign Minister Tomas Herrera of Kenya in Nairobi on Monday.")
    countries = _person_countries(events, "MEET")
    assert countries["Ilse Marrow"] == "UGA" and countries["Tomas Herrera"] == "KEN"


def test_two_ministers_listed_as_subjects_keep_their_own_countries(rules_only):
    events = _events(rules_only, "Foreign Minister Arlen Voss of Chad and Foreign Minister Ilse Marrow "
                                 "of Sudan met in Doha on Monday.")
    assert _person_countries(events, "MEET") == {"Arlen Voss": "TCD", "Ilse Marrow": "SDN"}


def test_a_title_phrase_in_apposition_still_gives_the_country(rules_only):
    events = _events(rules_only, "Bolivia's ambassador in Washington, Arlen Voss, accused the United "
                                 "States of meddling on Monday.")
    assert _person_countries(events, "ACCUSE") == {"Arlen Voss": "BOL"}
