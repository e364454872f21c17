"""A noun trigger counts only with a verb that tells its act done (its ``light_verbs``):
more such verbs of ordinary wire copy. A pact entered into, forged or hammered out is an
accord; talks led or sat down for are a meeting; aid extended is aid; sanctions enacted
are sanctions; a threat renewed or reiterated is made again. Sentences written for these
tests (invented people); real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _roles


@pytest.mark.parametrize("sentence", [
    "Chile and Peru entered into a defence pact on Monday.",
    "Chile and Peru forged a pact on port fees on Monday.",
    "Chile and Peru hammered out a deal on fishing quotas on Monday.",
])
def test_a_pact_entered_into_forged_or_hammered_out_is_an_accord(rules_only, sentence):
    assert [_countries(e) for e in _asserted(_events(rules_only, sentence), "AGREE")] == [{"CHL", "PER"}]


@pytest.mark.parametrize("sentence", [
    "Chilean Foreign Minister Tomas Arrieta led talks with Peruvian Foreign Minister "
    "Rosa Quispe in Lima on Monday.",
    "Chilean Foreign Minister Tomas Arrieta sat down for talks with Peruvian Foreign Minister "
    "Rosa Quispe on Monday.",
    "Chilean Foreign Minister Tomas Arrieta sat for talks with Peruvian Foreign Minister "
    "Rosa Quispe in Lima.",
])
def test_talks_led_or_sat_down_for_are_a_meeting(rules_only, sentence):
    assert [_countries(e) for e in _asserted(_events(rules_only, sentence), "MEET")] == [{"CHL", "PER"}]


def test_aid_extended_to_a_country_is_aid(rules_only):
    events = _asserted(_events(rules_only, "Chile extended emergency aid to Peru on Monday."), "AID")
    assert [_roles(e) for e in events] == [{"CHL": "source", "PER": "target"}]


def test_sanctions_enacted_against_a_country_are_sanctions(rules_only):
    events = _asserted(_events(rules_only, "Chile enacted sanctions against Bolivia on Monday."), "SANCTION")
    assert [_roles(e) for e in events] == [{"CHL": "source", "BOL": "target"}]


@pytest.mark.parametrize("sentence", [
    "Chile renewed its threat to close the border with Bolivia on Monday.",
    "Chile reiterated its threat to close the border with Bolivia on Monday.",
])
def test_a_threat_renewed_or_reiterated_is_a_threat(rules_only, sentence):
    events = _asserted(_events(rules_only, sentence), "THREATEN")
    assert [_roles(e) for e in events] == [{"CHL": "source", "BOL": "target"}]


@pytest.mark.parametrize("sentence", [
    "Chile hopes the offer will lead to talks with Peru.",
    "Chile refused to sit down for talks with Peru.",
])
def test_talks_only_hoped_for_or_refused_are_no_meeting(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), "MEET") == []


def test_a_ceasefire_one_side_announced_stays_no_accord(rules_only):
    assert _asserted(_events(rules_only, "Chile announced a ceasefire on Monday."), "AGREE") == []
