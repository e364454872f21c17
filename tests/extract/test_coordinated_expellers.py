"""Several states that expelled one country's diplomats made one expulsion each: every state
expels from its own soil, so "A, B and C have expelled X's diplomats" is an EXPEL of A, of B
and of C on X (``each_doer_apart`` in mentions.yaml). One state told by its ministry stays
one act, a mutual expulsion stays one act each way, and a joint accusation stays one event.
Real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _pairs(events):
    return sorted(tuple(a.country for a in e.actors) for e in _asserted(events, "EXPEL"))


@pytest.mark.parametrize(("text", "pairs"), [
    ("Chile, Peru, Ghana and Fiji expelled Nepalese diplomats on Tuesday over a spying affair.",
     [("CHL", "NPL"), ("FJI", "NPL"), ("GHA", "NPL"), ("PER", "NPL")]),
    ("Chile and Peru expelled Nepalese diplomats on Monday.", [("CHL", "NPL"), ("PER", "NPL")]),
    ("Chile and Peru have each expelled three Nepalese diplomats since the Tarvoa affair.",
     [("CHL", "NPL"), ("PER", "NPL")]),
])
def test_each_state_of_coordinated_expellers_expels_on_its_own(rules_only, text, pairs):
    assert _pairs(_events(rules_only, text)) == pairs


def test_one_state_told_by_its_ministry_expels_once(rules_only):
    text = "Chile's foreign ministry expelled two Nepalese diplomats on Monday."
    assert _pairs(_events(rules_only, text)) == [("CHL", "NPL")]


def test_a_mutual_expulsion_stays_one_act_each_way(rules_only):
    text = "Chile and Peru expelled each other's diplomats on Monday."
    assert _pairs(_events(rules_only, text)) == [("CHL", "PER"), ("PER", "CHL")]


def test_a_joint_accusation_stays_one_event(rules_only):
    accusations = _asserted(_events(rules_only, "Chile and Peru condemned Nepal on Monday."), "ACCUSE")
    assert len(accusations) == 1
