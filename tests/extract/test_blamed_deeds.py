"""A deed parties are blamed for is only alleged, as one they are accused of: the news
tells the blame, not that the deed was theirs. Sentences written for these tests (invented
situation)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

_TALKS = "Kenya and Uganda held talks in Nairobi on Monday. "


@pytest.mark.parametrize("sentence", [
    "Both sides blame each other for the fighting.",
    "Each country blames the other for starting the clashes.",
])
def test_a_deed_the_sides_blame_on_each_other_is_no_asserted_act(rules_only, sentence):
    events = _events(rules_only, _TALKS + sentence)
    assert len(_asserted(events, "ACCUSE")) == 1
    assert _asserted(events, "ATTACK") == []
