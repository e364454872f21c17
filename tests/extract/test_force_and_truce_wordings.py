"""Wire wordings of force and of accepting a truce (atk34): a post assaulted, water cannon
turned on another state's vessels, troops clashing with another state's forces, two states
accepting a truce. Invented sentences; real countries only because the gazetteer knows
them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


def test_an_assault_on_a_post_is_an_attack(rules_only):
    text = "Peruvian troops assaulted a Chilean border post on Friday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"PER", "CHL"}


@pytest.mark.parametrize("text", [
    "Chilean patrol boats fired water cannon at Peruvian trawlers near the maritime line on Monday.",
    "A Chilean cutter turned its water cannon on a Peruvian supply ship on Monday.",
])
def test_water_cannon_turned_on_a_states_vessels_is_an_attack(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_water_cannon_fired_at_nobody_named_is_no_attack(rules_only):
    text = "Chilean police fired water cannon on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_troops_clashing_with_another_states_forces_is_an_attack(rules_only):
    text = "Chilean troops clashed with Peruvian forces in the Atacama desert on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_ministers_clashing_over_a_question_is_no_attack(rules_only):
    text = "The Chilean and Peruvian ministers clashed over fishing rights on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


@pytest.mark.parametrize("noun", ["truce", "ceasefire"])
def test_two_states_accepting_a_truce_agree(rules_only, noun):
    text = f"Chile and Peru accepted a {noun} on Monday after a week of fighting."
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert len(accords) == 1
    assert _countries(accords[0]) == {"CHL", "PER"}
