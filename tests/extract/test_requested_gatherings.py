"""A meeting a party requests is asked for, not held: the noun governed by "request" is
planned (``planned.governors`` of modality.yaml), like one it seeks. Invented people; real
countries and bodies only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _of_type


def test_a_requested_meeting_with_a_neighbour_is_not_held(rules_only):
    events = _events(rules_only, "Foreign Minister Lena Oskar said on Monday that Chile had requested "
                                 "a meeting with Peru over the fishing row.")
    assert _asserted(events, "MEET") == []
    assert _of_type(events, "MEET", "planned")


def test_a_requested_session_of_a_council_is_not_held(rules_only):
    text = "Bolivia requested an urgent session of the UN Security Council about the clashes at its border."
    assert _asserted(_events(rules_only, text), "MEET") == []
