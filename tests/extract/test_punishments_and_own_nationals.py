"""Arrests told by their punishment, and arrests of a state's own nationals (atk35): an
execution or hanging for a crime, a prison sentence handed to or given a party, a guilty
verdict, foreign nationals captured, a counted group of the arresting state's own people,
and a person told as a citizen of a country, sentenced where no place is named (held by
the story's other state). Invented sentences; real countries only because the gazetteer
knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "Mongolia executed Arlen Voss, a British citizen, for spying on Saturday.",
    "Mongolia hanged Arlen Voss, a British national convicted of treason, on Saturday.",
])
def test_an_execution_for_a_crime_is_an_arrest(rules_only, text):
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"MNG": "source", "GBR": "target"}


def test_manoeuvres_executed_are_no_arrest(rules_only):
    text = "Chilean ships executed dangerous manoeuvres near Fijian vessels on Sunday."
    assert _asserted(_events(rules_only, text), "ARREST") == []


def test_a_prison_sentence_handed_to_a_party_is_an_arrest(rules_only):
    text = "A Bolivian court handed French journalist Arlen Voss a six-year prison sentence on Tuesday."
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"BOL": "source", "FRA": "target"}


def test_a_sentence_given_a_party_in_a_country_is_that_states(rules_only):
    text = ("Arlen Voss, a Canadian businessman, was given a ten-year prison sentence for fraud "
            "in Chile last year.")
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"CHL": "source", "CAN": "target"}


def test_a_term_in_office_is_no_arrest(rules_only):
    text = "The Chilean president began his second term in office on Monday."
    assert _asserted(_events(rules_only, text), "ARREST") == []


def test_a_guilty_verdict_is_an_arrest(rules_only):
    text = "A court in Minsk found Arlen Voss, a Polish journalist, guilty of espionage on Wednesday."
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"BLR": "source", "POL": "target"}


def test_a_court_finding_no_evidence_is_no_arrest(rules_only):
    text = "A court in Minsk found no evidence that Poland had acted unlawfully."
    assert _asserted(_events(rules_only, text), "ARREST") == []


def test_foreign_nationals_captured_by_a_state_are_arrested(rules_only):
    text = "Namibia said it had captured two US citizens on Monday."
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"NAM": "source", "USA": "target"}


def test_people_captured_by_nobody_named_are_no_arrest(rules_only):
    text = "Two US citizens had been captured, their employer said on Monday."
    assert _asserted(_events(rules_only, text), "ARREST") == []


@pytest.mark.parametrize("text", [
    "Georgia detained three Georgian officials on bribery charges on Monday.",
    "Georgia said on Tuesday that it was expelling two Bolivian diplomats, days after arresting three "
    "Georgian officers on spying charges.",
])
def test_a_counted_group_of_the_states_own_nationals_is_arrested(rules_only, text):
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    sides = {p.role: p.actor for p in arrests[0].participants}
    assert sides["source"].country == "GEO" and sides["target"].country == "GEO"
    assert sides["source"].id != sides["target"].id


def test_a_citizen_sentenced_with_no_place_named_is_held_by_the_storys_other_state(rules_only):
    text = ("Chilean and Peruvian diplomats met in Lima on Friday. Arlen Voss, a Peruvian "
            "citizen, was sentenced to ten years in prison for spying on Monday.")
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"CHL": "source", "PER": "target"}


def test_an_office_holder_sentenced_with_no_place_named_is_held_by_their_own_state(rules_only):
    text = ("Chilean and Peruvian diplomats met in Lima on Friday. Arlen Voss, a Peruvian "
            "opposition leader, was sentenced to ten years in prison for bribery on Monday.")
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert {p.actor.country for p in arrests[0].participants if p.role == "source"} == {"PER"}
