"""Attacks told as a noun whose doer the clause gives (atk35): who claimed responsibility
for it, who killed someone in it; and strikes aimed "inside" a country. Invented
sentences; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "Hamas claimed responsibility for a rocket attack on Israel on Saturday.",
    "A Hamas commander, who claimed responsibility for the raid on an Israeli border post, "
    "spoke to reporters on Monday.",
])
def test_who_claims_responsibility_for_an_attack_did_it(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"PSE": "source", "ISR": "target"}


def test_who_denies_responsibility_for_an_attack_is_no_doer(rules_only):
    text = "Hezbollah denied responsibility for the rocket attack on Israel."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_who_killed_someone_in_a_strike_struck(rules_only):
    text = "Israel killed a Hezbollah field commander during a strike on Beirut on Tuesday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"ISR": "source", "LBN": "target"}


def test_strikes_inside_a_country_aim_at_it(rules_only):
    text = "Peru carried out retaliatory strikes inside Bolivia on Thursday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"PER": "source", "BOL": "target"}


@pytest.mark.parametrize("text", [
    "Chile committed attacks on Peruvian villages in May, the report said.",
    "Chile perpetrated airstrikes on Peruvian villages in May.",
])
def test_who_committed_or_perpetrated_attacks_did_them(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}
