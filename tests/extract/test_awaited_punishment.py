"""A report that a party "should expect" or "should anticipate" a response or a punishment
threatens that party: the modal of obligation does not ask it to do anything. Sentences
written for these tests (invented people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    'Chilean President Arlen Voss said Peru "should anticipate a crushing reprisal".',
    "Chilean President Arlen Voss said Peru should expect a harsh response.",
])
def test_a_party_told_to_await_punishment_is_threatened_not_asked(rules_only, sentence):
    events = _events(rules_only, sentence)
    assert _asserted(events, "DEMAND") == []
    assert [{p.actor.country: p.role for p in e.participants} for e in _asserted(events, "THREATEN")] == [
        {"CHL": "source", "PER": "target"}]
