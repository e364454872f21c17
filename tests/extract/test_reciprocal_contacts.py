"""Two parties who saw or spoke with each other face to face met; a sentence that states
its own date and then says "at that time" means that date, not one of an earlier sentence.
Sentences written for these tests (invented people and places)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_ministers_who_spoke_with_one_another_met(rules_only):
    events = _events(rules_only, "Peruvian Foreign Minister Ana Rojas and Chilean Foreign Minister "
                                "Tomas Vrba talked with one another for an hour on Thursday at a "
                                "gathering of regional ministers in Quito.")
    meetings = _asserted(events, "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"PER", "CHL"}
    assert meetings[0].date.value == "2025-03-13"


def test_leaders_who_saw_each_other_met(rules_only):
    events = _events(rules_only, 'Peruvian President Ana Rojas and Chilean President Tomas Vrba '
                                '"briefly saw each other" at a regional forum in Quito on Tuesday.')
    meetings = _asserted(events, "MEET")
    assert len(meetings) == 1 and _countries(meetings[0]) == {"PER", "CHL"}


def test_seeing_each_other_as_rivals_is_no_meeting(rules_only):
    events = _events(rules_only, "Peruvian President Ana Rojas and Chilean President Tomas Vrba "
                                "have long seen each other as rivals in the region.")
    assert not _asserted(events, "MEET")


def test_at_that_time_after_the_sentences_own_date_keeps_that_date(rules_only):
    events = _events(rules_only, "Peruvian President Ana Rojas met Chilean President Tomas Vrba in "
                                "Lima on Monday, the first meeting since March of last year. "
                                'In January of this year, Rojas and Vrba "briefly saw each other" '
                                "in Quito, but did not talk at length at that time.")
    dates = sorted(e.date.value for e in _asserted(events, "MEET"))
    assert dates == ["2025-01", "2025-03-10"]
