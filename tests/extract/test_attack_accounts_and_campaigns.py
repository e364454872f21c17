"""Attacks as wire copy tells them: a military's own account of what its units did, a
military operation launched, a bombing or air campaign, ground forces pushing into a
place, and "they" for a plural group that reports its own act. Invented sentences and
places; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize(("text", "roles"), [
    ("Chile's defence ministry said its forces had struck Peruvian military airfields.",
     {"CHL": "source", "PER": "target"}),
    ("Peru's general staff said its drones hit a Chilean fuel depot near Varnok.",
     {"PER": "source", "CHL": "target"}),
])
def test_a_militarys_account_of_its_units_act_is_its_states_attack(rules_only, text, roles):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == roles
    assert attacks[0].actors[0].kind == "country"


def test_a_military_operation_launched_is_an_attack(rules_only):
    text = "Chile launched a military operation against rebel fighters in northern Peru."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


def test_support_for_a_military_operation_carried_out_is_no_attack_by_the_supporter(rules_only):
    text = "Bolivia voiced support for Chile in carrying out its military operation in Peru."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert not any(a.country == "BOL" for e in attacks for a in e.actors)


def test_an_air_campaign_intensified_is_an_attack(rules_only):
    text = "Chile intensified its air campaign against Peru's power grid this week."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


def test_an_election_campaign_is_no_attack(rules_only):
    text = "The ruling party launched its election campaign in Varnok."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


@pytest.mark.parametrize("text", [
    "Chilean forces pushed into Peru's Keldra region in August.",
    "Chilean troops advanced toward the Peruvian town of Keldra on Monday.",
])
def test_ground_forces_pushing_into_a_place_attack_it(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


@pytest.mark.parametrize("text", [
    "Market forces pushed prices into record territory.",
    "The opposition pushed for talks with Peru.",
])
def test_a_push_of_no_armed_side_is_no_attack(rules_only, text):
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_a_push_back_is_one_attack(rules_only):
    text = "Chilean forces pushed back Peruvian troops near Keldra."
    assert len(_asserted(_events(rules_only, text), "ATTACK")) == 1


def test_they_in_a_plural_groups_report_is_the_group(rules_only):
    text = "The Bolivian Varn Front said they had targeted a Chilean warship with missiles."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"BOL": "source", "CHL": "target"}
