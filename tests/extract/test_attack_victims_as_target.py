"""An attack told by a noun with its doer and no target is aimed at the country of those it
killed or wounded, told as the subject of the verb the noun is "in" ("Peruvian civilians
were killed in Chilean attacks"). Invented numbers and towns; real countries only because
the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_civilians_of_a_country_killed_in_a_doers_attacks_name_the_target(rules_only):
    text = "Thousands of Peruvian civilians have been killed in Chilean attacks since the spring."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"CHL", "PER"}


def test_soldiers_wounded_in_a_doers_drone_strikes_name_the_target(rules_only):
    text = "Four Bolivian soldiers were wounded in Paraguayan drone strikes near Villa Montes on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"PRY", "BOL"}


def test_people_of_no_named_country_killed_in_an_attack_name_no_target(rules_only):
    text = "Twelve people were killed in Chilean airstrikes, officials said."
    assert _asserted(_events(rules_only, text), "ATTACK") == []
