"""A chat had with another party is a meeting face to face (not when by phone), and "the
two" standing alone as a noun phrase refers to both sides of the last contact, like "the
two leaders". Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events

CONTACT = "Chilean President Tomas Varga met Peruvian President Ana Ruel in Lima on Monday. "


def test_a_chat_had_with_a_leader_is_a_meeting(rules_only):
    text = "Chilean President Tomas Varga had a brief chat with Peruvian President Ana Ruel on Monday."
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"CHL", "PER"}


def test_a_chat_by_phone_is_no_meeting(rules_only):
    text = ("Chilean President Tomas Varga had a brief phone chat with Peruvian President "
            "Ana Ruel on Monday.")
    assert _asserted(_events(rules_only, text), "MEET") == []


def test_the_two_alone_names_both_sides_of_the_last_contact(rules_only):
    text = CONTACT + "On Wednesday the two met Brazilian President Rui Costa in Brasilia."
    meetings = [m for m in _asserted(_events(rules_only, text), "MEET") if "BRA" in _countries(m)]
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"CHL", "PER", "BRA"}
