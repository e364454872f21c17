""""Each side accuses the other": a distributive subject with "the other" in what its verb
governs is both sides acting on each other, as "blame each other" is. Sentences written for
these tests (invented situation)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

_TALKS = "Kenya and Uganda held talks in Nairobi on Monday. "


def test_each_side_accusing_the_other_is_an_accusation_of_both_sides(rules_only):
    events = _events(rules_only, _TALKS + "Each side accused the other of violating the truce.")
    accusations = _asserted(events, "ACCUSE")
    assert [sorted(p.actor.name for p in e.participants) for e in accusations] == [["Kenya", "Uganda"]]


def test_each_side_without_the_other_acts_on_nobody(rules_only):
    events = _events(rules_only, _TALKS + "Each side said the talks were useful.")
    assert _asserted(events, "ACCUSE") == []
