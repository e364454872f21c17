"""Attacks whose target is a town told as a place by its own words, and a shooting down
told by a noun. Invented people; real countries and towns only because the gazetteer knows
them (the towns are smaller than the city lookup's usual floor)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_small_town_told_with_its_place_noun_names_the_struck_country(rules_only):
    text = "Chilean jets struck homes in Moquegua province on Monday, officials said."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_a_small_town_without_a_place_noun_stays_unknown(rules_only):
    text = "Chilean jets struck homes in Moquegua on Monday, officials said."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_a_gerund_downing_with_its_doer_is_an_attack_on_its_object(rules_only):
    text = ("The ministers spoke by phone in May after a Chilean jet downing a Peruvian "
            "drone over the border.")
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_a_downing_told_with_its_doer_after_of_is_an_attack(rules_only):
    text = "Relations soured after Chile's downing of a Peruvian drone in May."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_a_downing_with_no_doer_named_is_no_attack(rules_only):
    text = "Relations soured after the downing of a Peruvian drone in May."
    assert _asserted(_events(rules_only, text), "ATTACK") == []
