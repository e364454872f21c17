"""A call someone "received from" another is a call between the two, not a meeting: the
caller is the other party, and "received" receives no visitor when its object is a call.
(A bare "call from X" stays unread: it is as often an appeal, "a call from the UN for ...".)
Sentences written for these tests (invented people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Ugandan President Joseph Okello received a phone call from Kenyan President Amos Kiprono "
    "on Monday.",
    "Ugandan President Joseph Okello received a telephone call from Kenyan President Amos "
    "Kiprono.",
])
def test_a_call_received_from_someone_is_a_call_with_the_caller(rules_only, sentence):
    events = _events(rules_only, sentence)
    assert _asserted(events, "MEET") == []
    calls = _asserted(events, "CALL")
    assert [{a.country for a in e.actors} for e in calls] == [{"UGA", "KEN"}]


def test_a_visitor_received_in_person_is_still_a_meeting(rules_only):
    events = _events(rules_only, "Ugandan President Joseph Okello received Kenyan President "
                                 "Amos Kiprono in Kampala.")
    assert [{a.country for a in e.actors} for e in _asserted(events, "MEET")] == [{"UGA", "KEN"}]
