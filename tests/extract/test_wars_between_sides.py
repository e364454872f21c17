"""A war or conflict that names its two sides by "between" is an attack of the first on
the second ("the conflict between X's army and Y's forces has killed ..."); a war of
trade, and a war that is a verb's object (to be ended), are not. Invented towns; real
countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_conflict_between_two_named_sides_is_an_attack(rules_only):
    text = ("The conflict between the Bolivian army and Paraguayan forces has killed 500 people "
            "near Villa Orsona.")
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"BOL", "PRY"}


def test_a_tariff_war_between_two_countries_is_no_attack(rules_only):
    text = "The tariff war between Bolivia and Paraguay has hurt farmers in Villa Orsona."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_a_war_to_be_ended_is_no_attack(rules_only):
    text = "Envoys met in Villa Orsona to end the war between Bolivia and Paraguay."
    assert _asserted(_events(rules_only, text), "ATTACK") == []
