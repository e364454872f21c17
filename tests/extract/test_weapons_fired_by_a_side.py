"""A weapon or an act told with the side that fired or carried it out in a participle ("drones
launched by X struck Y", "the strikes, carried out by X, hit Y") is that side's attack; weapons
that "landed in" a place are no visit. Invented towns and numbers; real countries only because
the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


def test_drones_launched_by_a_side_that_struck_a_place_are_its_attack(rules_only):
    text = "Drones launched by Chile struck an airfield in Peru's Velmora region on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_missiles_fired_by_a_side_that_hit_a_city_are_its_attack(rules_only):
    text = "Missiles fired by Bolivia hit the Paraguayan city of Corvale on Tuesday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"BOL", "PRY"}


def test_strikes_carried_out_by_a_side_told_in_an_apposition_are_its_attack(rules_only):
    text = "The strikes, carried out by Chilean jets on Monday, hit a fuel depot in Peru's port of Oranza."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


@pytest.mark.parametrize("text", [
    "A drone operated by Chile struck a market in Peru's Velmora region on Monday.",
    "Jets flown by Chilean airmen bombed the Peruvian town of Oranza on Monday.",
    "A drone piloted by Chilean soldiers hit a depot in Peru's Velmora region on Monday.",
    "Missiles deployed by Chile hit the Peruvian city of Corvale on Monday.",
    "Troops sent by Chile attacked the Peruvian town of Oranza on Monday.",
])
def test_a_weapon_or_unit_worked_or_sent_by_a_side_that_struck_is_its_attack(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_shells_that_landed_in_a_town_are_no_visit(rules_only):
    text = "Peruvian shells landed in the Chilean town of Velmora on Monday."
    assert _asserted(_events(rules_only, text), "MEET") == []


def test_a_missile_fired_by_a_side_and_shot_down_is_no_attack_of_that_side(rules_only):
    text = "Chile shot down a missile fired by Peru over the Velmora valley on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert not any(p.actor.country == "PER" and p.role == "source" for e in attacks for p in e.participants)
