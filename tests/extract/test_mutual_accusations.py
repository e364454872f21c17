""""A and B traded accusations": two sides trading or exchanging accusations, blame or
recriminations is one accusation of both sides, as "blamed each other" is; trading them
"with" a named party accuses that party. Sentences written for these tests (invented
people and villages)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Chile and Peru traded accusations over the shooting near the hamlet of Tarvella.",
    "Chile and Peru exchanged recriminations on Monday after the Tarvella shooting.",
    "Chile and Peru have been trading blame for the collapse of the Tarvella ceasefire.",
])
def test_two_sides_trading_accusations_accuse_each_other(rules_only, sentence):
    accusations = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert [sorted(p.actor.country for p in e.participants) for e in accusations] == [["CHL", "PER"]]


def test_trading_accusations_with_a_named_party_accuses_it(rules_only):
    sentence = "Chilean envoy Ramiro Voss traded accusations with Peru over the Tarvella shooting."
    accusations = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert [{p.actor.country: p.role for p in e.participants} for e in accusations] == [
        {"CHL": "source", "PER": "target"}]


def test_exchanging_views_is_no_accusation(rules_only):
    sentence = "Chile and Peru exchanged views on the Tarvella ceasefire."
    assert _asserted(_events(rules_only, sentence), "ACCUSE") == []
