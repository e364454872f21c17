"""Wordings of a demand in wire copy: a demand verb's that-clause told as a present state
("insists its programme is peaceful") asserts, it asks nothing; a call for a party to act,
made again ("repeated its calls for X to ..."), is a demand on that party. Sentences written
for these tests (invented people and places)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Chile insists its naval programme is purely defensive.", "CHL"),
    ("Peru insists its border posts are lawful.", "PER"),
    ("Chile insists it has no plans to annex the Tarvella islets.", "CHL"),
])
def test_insisting_on_a_present_state_is_a_statement_not_a_demand(rules_only, sentence, speaker):
    events = _events(rules_only, sentence)
    assert _asserted(events, "DEMAND") == []
    assert [e.actors[0].country for e in _asserted(events, "STATEMENT")] == [speaker]


def test_insisting_that_a_past_form_act_happened_is_no_demand(rules_only):
    # "hit" is read as a participle with its own subject: still a past act, not a mandate
    sentence = ('Chilean Defence Minister Ramiro Voss insisted the shells hit "confirmed rebel depots," '
                "killing 40 fighters.")
    assert _asserted(_events(rules_only, sentence), "DEMAND") == []


@pytest.mark.parametrize("sentence", [
    "Chile on Tuesday repeated its calls for Peru to free the detained fishermen.",
    "Chile renewed its call for Peru to withdraw a stranded barge from the Tarvella reef.",
])
def test_a_call_for_a_party_to_act_made_again_is_a_demand_on_it(rules_only, sentence):
    demands = _asserted(_events(rules_only, sentence), "DEMAND")
    assert [{p.actor.country: p.role for p in e.participants} for e in demands] == [
        {"CHL": "source", "PER": "target"}]
