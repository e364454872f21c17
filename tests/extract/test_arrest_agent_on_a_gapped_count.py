"""The agent of a passive arrest that the parser hangs on a gapped conjunct ("N were arrested
in <month> and another two in <month> by X's authorities") is the doer of the arrest: the
second count shares the verb, and the "by" phrase closing the sentence names who held both.
As for an agent stranded in a phrase of time or place, only a state organ or a government
body counts. Invented situations (Uruguay, Paraguay, Iceland, Chile)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

GAPPED = [
    ("Six Uruguayan fishermen were detained near the river mouth last week and three more on "
     "Sunday by Paraguayan authorities.", "PRY", "URY"),
    ("A Uruguayan pilot was arrested at the airfield in June and two of his mechanics in July by "
     "Paraguayan police.", "PRY", "URY"),
    ("Eight Chilean hikers were detained on the glacier on Tuesday and another five the next day "
     "by Icelandic police.", "ISL", "CHL"),
]


@pytest.mark.parametrize(("sentence", "holder", "held"), GAPPED, ids=[g[0][:50] for g in GAPPED])
def test_the_agent_of_a_gapped_count_holds_the_detainees(rules_only, sentence, holder, held):
    arrests = _asserted(_events(rules_only, sentence), "ARREST")
    assert arrests, "no asserted ARREST"
    sides = [{p.role: p.actor.country for p in e.participants} for e in arrests]
    assert {"source": holder, "target": held} in sides, sides
