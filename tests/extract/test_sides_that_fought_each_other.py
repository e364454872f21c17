"""Sides told as a clause's conjoined subject of a verb of fighting that names no target
fought each other: one attack of both ("A and B troops clashed", "A and B exchanged heavy
artillery fire"); an exchange of fire whose "with" hangs on the fire names the other side.
Fighting with someone named, party or not, is no fight of the subjects with each other.
Invented towns; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text", [
    "Chile and Peru exchanged fire near the Velmora pass on Monday.",
    "Chile and Peru exchanged heavy artillery fire near the Velmora pass on Monday.",
    "Chilean and Peruvian forces exchanged gunfire overnight near the town of Oranza.",
    "Chilean and Peruvian troops clashed on Monday in the disputed Velmora valley.",
])
def test_two_sides_told_as_the_subject_of_a_verb_of_fighting_fought_each_other(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_an_exchange_of_fire_with_a_side_hung_on_the_fire_names_that_side(rules_only):
    text = "Chilean troops exchanged fire with Peruvian troops near the Velmora pass on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_sides_that_clashed_with_someone_else_did_not_fight_each_other(rules_only):
    text = "Chilean and Peruvian police clashed with protesters in the town of Oranza on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_one_side_that_clashed_with_nobody_named_makes_no_attack(rules_only):
    text = "Chilean troops clashed near the Velmora pass on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []
