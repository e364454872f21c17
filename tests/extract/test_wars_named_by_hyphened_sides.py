"""A war or conflict named by its two sides joined by a hyphen ("the X-Y war", "the Xian-Yian
conflict") is an attack of the first side on the second, as "the war between X and Y" is
(a war mentioned in passing is an event by the corpus convention). The word glued before
the hyphen is read as a country's name or demonym. A pair of one country, a pair naming no
country, a war of trade and a war told as a setting make none. Real countries only because
the gazetteer knows them; invented towns."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text", [
    "As the Uruguay-Paraguay war enters its eleventh day, fears grow in Velmora.",
    "The ministers also covered the Uruguay-Paraguay conflict and the harvest in Oranza.",
    "The inquiry looked at deeds within the scope of the ongoing Uruguayan-Paraguayan conflict.",
    "The militia seized three barges over the Uruguay–Paraguay war near Oranza.",
])
def test_a_war_named_by_two_hyphened_countries_is_an_attack_of_both(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == {"URY", "PRY"}


@pytest.mark.parametrize("text", [
    "The Velmora-Oranza conflict was discussed at length on Monday.",
    "The Uruguay-Paraguay trade war deepened on Monday.",
    "Amid the Uruguay-Paraguay war, bread prices rose in Velmora.",
])
def test_a_pair_naming_no_two_countries_or_a_setting_makes_no_attack(rules_only, text):
    assert _asserted(_events(rules_only, text), "ATTACK") == []
