"""A killing told by a noun with its doer ("X's killing of Y's commanders") is an attack on
whom it names; a killing with no doer named is no event. Invented people; real countries
only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_killing_told_with_its_doer_is_an_attack(rules_only):
    text = "Chile's killing of two Peruvian fishermen on Monday drew protests from Lima."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_a_killing_with_no_doer_named_is_no_attack(rules_only):
    text = "The killing of two fishermen on Monday drew protests."
    assert _asserted(_events(rules_only, text), "ATTACK") == []
