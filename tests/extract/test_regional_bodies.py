"""Regional bodies that general news names as parties (the Caribbean Community, the
Pacific Islands Forum): a body the gazetteer does not know is no party, so its meetings
lose a side. Invented people and places; real bodies and countries only because the
gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_meeting_of_the_caribbean_community_names_the_body(rules_only):
    text = ("Caribbean Community leaders held a special meeting with Haitian Prime Minister "
            "Paul Verrin in Port Selene on Saturday.")
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"CARICOM", "HTI"}


def test_the_forum_named_with_its_acronym_is_the_pacific_islands_forum(rules_only):
    text = "The Pacific Islands Forum (PIF) met in Fiji for three days this week."
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"PIF", "FJI"}


def test_a_demand_of_the_east_african_bloc_names_it(rules_only):
    text = ("The Intergovernmental Authority on Development urged Sudanese general Omar Kader "
            "to accept a ceasefire on Monday.")
    demands = _asserted(_events(rules_only, text), "DEMAND")
    assert len(demands) == 1
    assert "IGAD" in _countries(demands[0])
