"""Attacks as wire copy tells them (attack40): a military's own account of what its units
did, a military operation launched, a bombing or air campaign, ground forces pushing into
a place, and "they" for a plural group that reports its own act. Invented sentences; real
countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize(("text", "roles"), [
    ("The Russian defence ministry said its forces had struck Ukrainian military airfields.",
     {"RUS": "source", "UKR": "target"}),
    ("Ukraine's general staff said its drones hit a Russian oil refinery.",
     {"UKR": "source", "RUS": "target"}),
])
def test_a_militarys_account_of_its_units_act_is_its_states_attack(rules_only, text, roles):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == roles
    assert attacks[0].actors[0].kind == "country"


def test_the_account_of_an_attack_told_that_day_is_no_second_attack(rules_only):
    text = ("Israel struck Hezbollah commanders in Syria on Tuesday. "
            "The Israeli military said its jets struck Hezbollah commanders on Tuesday.")
    assert len(_asserted(_events(rules_only, text), "ATTACK")) == 1


def test_a_military_operation_launched_is_an_attack(rules_only):
    text = "Turkey launched a military operation against Kurdish militants in northern Syria."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"TUR": "source", "SYR": "target"}


def test_support_for_a_military_operation_carried_out_is_no_attack_by_the_supporter(rules_only):
    text = "Belarus voiced support for Russia in carrying out the special military operation in Ukraine."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert not any(a.country == "BLR" for e in attacks for a in e.actors)


def test_an_air_campaign_intensified_is_an_attack(rules_only):
    text = "Russia intensified its air campaign against Ukraine's energy grid this week."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"RUS": "source", "UKR": "target"}


def test_an_election_campaign_is_no_attack(rules_only):
    text = "The ruling party launched its election campaign in Kyiv."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


@pytest.mark.parametrize("text", [
    "Ukrainian forces pushed into Russia's Kursk region in August.",
    "Ukrainian troops advanced toward the Russian city of Kursk on Monday.",
])
def test_ground_forces_pushing_into_a_place_attack_it(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"UKR": "source", "RUS": "target"}


@pytest.mark.parametrize("text", [
    "Market forces pushed prices into record territory.",
    "The opposition pushed for talks with Russia.",
])
def test_a_push_of_no_armed_side_is_no_attack(rules_only, text):
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_a_push_back_is_one_attack(rules_only):
    text = "Russian forces pushed back Ukrainian troops near Kharkiv."
    assert len(_asserted(_events(rules_only, text), "ATTACK")) == 1


def test_they_in_a_plural_groups_report_is_the_group(rules_only):
    text = "The Houthis said they had targeted a US warship with ballistic missiles."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"YEM": "source", "USA": "target"}
