"""An act noun told as a state its holder is in ("X has been under Y sanctions since
2019", "X came under Y attack", "X won, with support from Y") is Y's act on X: the noun's
own doer (a modifier, a "by" or "from" phrase) acts on the subject of the clause the phrase
hangs on, or on the noun the phrase qualifies. With no doer named, nothing. Sentences
written for these tests; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("sentence", [
    "Peru has been under Chilean sanctions since 2019.",
    "Peru has been under sanctions from Chile since 2019.",
    "Peru, which is under Chilean sanctions, rejected the report.",
])
def test_a_party_under_sanctions_is_their_target(rules_only, sentence):
    sanctions = _asserted(_events(rules_only, sentence), "SANCTION")
    assert len(sanctions) == 1
    assert _roles(sanctions[0]) == {"CHL": "source", "PER": "target"}


@pytest.mark.parametrize("sentence", [
    "The Peruvian town of Tarvaca came under Chilean attack on Monday.",
    "Peruvian troops came under attack by Chilean forces on Monday.",
])
def test_a_party_that_came_under_attack_is_its_target(rules_only, sentence):
    attacks = _asserted(_events(rules_only, sentence), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


def test_an_attack_come_under_with_no_doer_is_no_act(rules_only):
    assert _asserted(_events(rules_only, "Peruvian troops came under attack on Monday."), "ATTACK") == []


@pytest.mark.parametrize("sentence", [
    "Peruvian President Ana Ruel has defeated the rebels, with support from Chile.",
    "Peru seized the border town with Chilean support.",
])
def test_a_party_acting_with_support_from_another_is_aided(rules_only, sentence):
    aid = _asserted(_events(rules_only, sentence), "AID")
    assert len(aid) == 1
    assert _roles(aid[0]) == {"CHL": "source", "PER": "target"}


def test_a_state_phrase_with_no_doer_is_no_act(rules_only):
    assert _asserted(_events(rules_only, "Peru remains under sanctions."), "SANCTION") == []
