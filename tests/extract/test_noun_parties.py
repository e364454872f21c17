"""Parties named through a noun of office: a name right after "counterpart", "minister"
and the like is that noun's, wherever the parser hung it (invented sentences)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_name_right_after_counterpart_is_the_counterparts_name(rules_only):
    # the parser hangs the name on the verb, not on "counterpart"
    events = _events(rules_only, "Rafael Soto, Chile's foreign minister, took a phone call "
                                 "from his Peruvian counterpart Farid Amirkhanlou on Friday evening.")
    calls = _asserted(events, "CALL")
    assert calls and {a.kind for a in calls[0].actors} == {"person"} and len(calls[0].actors) == 2
