"""A war or conflict named by its two sides joined by a hyphen ("the X-Y war", "the
Xian-Yian conflict") is an attack of the first side on the second, as "the war between X
and Y" is (a war mentioned in passing is an event by the corpus convention). The word glued
before the hyphen is read as a country's name or demonym.

A hyphen names allies as often as foes, and a target of the war's own says which: "the X-Y
war on Z" (against, with, or in a third country Z) is X and Y side by side on Z, joint
actors as in "X and Y struck Z"; a war on a side of no third country ("against the rebels")
makes none. A pair of one country, a pair naming no country, a war of words and a war told
as a setting make none. Real countries only because the gazetteer knows them; invented
people and towns, wording invented for these tests."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "While the Uruguay-Paraguay war drags into a third month, ferries at Velmora stay idle.",
    "Both envoys briefly raised the Uruguay-Paraguay conflict over lunch in Oranza.",
    "Loans to Velmora farmers were frozen because of the lingering Uruguayan-Paraguayan conflict.",
    "Insurers in Oranza raised barge premiums due to the Uruguay–Paraguay war.",
    "Fighting in the Uruguay-Paraguay war spread to Velmora on Monday.",
    # a place "in" one of the pair is where they fight each other, no third party
    "The Uruguay-Paraguay war in Paraguay's north dragged into a second winter.",
])
def test_a_war_named_by_two_hyphened_countries_is_an_attack_of_the_first_on_the_second(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"URY": "source", "PRY": "target"}


@pytest.mark.parametrize("text", [
    "The Uruguay-Paraguay war on Bolivia entered its second week.",
    "The Uruguay-Paraguay war with Bolivia closed the river port at Oranza.",
    "The Uruguay-Paraguay war in Bolivia has emptied the villages near Oranza.",
])
def test_a_hyphened_pair_whose_war_names_its_own_target_are_allies_on_it(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"URY": "source", "PRY": "source", "BOL": "target"}


@pytest.mark.parametrize("text", [
    "The Velmora-Oranza conflict was discussed at length on Monday.",
    # one country twice (a country and its capital): also dropped later as no foreign party
    "The Uruguay-Montevideo conflict dragged into a second winter.",
    "The Uruguay-Paraguay war of words deepened on Monday.",
    "Amid the Uruguay-Paraguay war, bread prices rose in Velmora.",
    # a target of the war's own that is no party of a third country: not X against Y
    "The Uruguay-Paraguay war against the Velmora rebels dragged into a second winter.",
])
def test_a_pair_of_one_country_or_none_a_war_of_words_a_setting_or_a_war_on_others_makes_no_attack(
        rules_only, text):
    assert _asserted(_events(rules_only, text), "ATTACK") == []
