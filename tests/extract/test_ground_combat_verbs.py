"""Ground combat told by a taking of ground from a side or a driving back of its forces is
an attack of the taker on that side ("X's troops captured the town of V from Y's forces",
"X's army pushed back Y's forces"); a seizure of goods or of power, and a push back against
words, are not. Invented towns; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_town_captured_from_a_sides_forces_is_an_attack_on_that_side(rules_only):
    text = "Bolivian troops captured the town of Villa Orsona from Paraguayan forces on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"BOL", "PRY"}


def test_a_town_retaken_in_a_relative_clause_is_an_attack_on_the_side_it_was_taken_from(rules_only):
    text = ("The town, which the Bolivian army on Thursday recaptured from Paraguayan rebels, "
            "lies near the river.")
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"BOL", "PRY"}


def test_forces_pushed_back_are_attacked(rules_only):
    text = "Bolivian troops pushed back Paraguayan forces near Villa Orsona on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"BOL", "PRY"}


def test_goods_seized_from_smugglers_are_no_attack(rules_only):
    text = "Bolivian police seized 400 rifles from Paraguayan smugglers near Villa Orsona."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_a_push_back_against_criticism_is_no_attack(rules_only):
    text = "Bolivia pushed back against Paraguayan criticism of its troops on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_forces_pushed_back_in_a_gerund_after_a_preposition_are_attacked(rules_only):
    # a gerund with a particle is a verb, not a participle describing the forces
    text = "Bolivian troops succeeded in pushing back Paraguayan forces near Villa Orsona."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"BOL", "PRY"}


def test_a_participle_describing_forces_after_a_preposition_still_makes_no_attack(rules_only):
    text = "Bolivia sent aid to villagers fleeing from invading Paraguayan forces near Villa Orsona."
    assert _asserted(_events(rules_only, text), "ATTACK") == []
