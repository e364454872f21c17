"""A matter discussed with a named person of another side is talks between them, face to
face unless the sentence says by phone. Invented people; real countries only because the
gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_matter_discussed_with_a_leader_is_a_meeting(rules_only):
    text = ("Chilean President Tomas Varga discussed the border dispute with Peruvian President "
            "Ana Ruel in Lima on Monday.")
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"CHL", "PER"}


def test_a_matter_discussed_by_phone_is_no_meeting(rules_only):
    text = ("Chilean President Tomas Varga discussed the border dispute by phone with Peruvian "
            "President Ana Ruel on Monday.")
    assert _asserted(_events(rules_only, text), "MEET") == []


def test_a_matter_discussed_with_reporters_is_no_meeting(rules_only):
    text = "Chilean President Tomas Varga discussed the border dispute with reporters in Lima on Monday."
    assert _asserted(_events(rules_only, text), "MEET") == []
