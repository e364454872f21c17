"""A side's report of its own units' act: "X said its forces struck Y" names
no doer in the act's clause; the reporter is the doer. Told again after the act itself,
such an account is the act once more, no second attack. Invented sentences; real countries
only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "Chile's defence ministry said on Monday that its troops had shelled Peruvian border posts.",
    "The Chilean navy said its warships fired on two Peruvian patrol boats near the island.",
    "Chile said on Friday its warplanes had bombed Peruvian supply depots in the valley.",
])
def test_a_side_reporting_its_units_act_is_its_doer(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


def test_units_owned_in_a_quote_are_the_speakers(rules_only):
    text = '"Our jets struck two Peruvian radar sites at dawn," the Chilean air force said.'
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


def test_units_owned_with_no_report_name_no_doer(rules_only):
    text = "Its troops shelled Peruvian border posts on Monday."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_a_side_denying_its_units_act_makes_no_attack(rules_only):
    text = "Chile denied on Monday that its troops had shelled Peruvian border posts."
    assert _asserted(_events(rules_only, text), "ATTACK") == []


def test_units_owned_by_no_pronoun_are_not_the_reporters(rules_only):
    text = "Chile said on Monday that rebel troops had shelled Peruvian border posts."
    assert not any(_roles(e).get("CHL") == "source"
                   for e in _asserted(_events(rules_only, text), "ATTACK"))


def test_the_doers_own_account_of_an_act_told_already_is_no_second_act(rules_only):
    text = ("Chile struck Peru and Bolivia on Monday. "
            "The Chilean army said its jets had bombed Peruvian radar sites.")
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target", "BOL": "target"}


def test_units_owned_in_an_attributed_sentence_are_the_sources(rules_only):
    text = "According to the Chilean army, its artillery shelled Peruvian positions overnight."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


def test_a_ministry_reporting_its_polices_arrest_is_its_doer(rules_only):
    text = "Chile's interior ministry said on Monday its police had detained two Peruvian nationals."
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"CHL": "source", "PER": "target"}
