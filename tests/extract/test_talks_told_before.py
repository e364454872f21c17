"""Talks told as what came before the news ("After talks with X, Y said ...", "Y said after
talks with X that ...") took place: a meeting of the two (``past_setting_preps`` of the
talks trigger). Talks ahead, or with no party of their own, are none. Sentences written for
these tests (invented people, real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events

_OZEL = "Turkish Foreign Minister Hakan Ozel"


@pytest.mark.parametrize("sentence", [
    f"After talks with {_OZEL} in Ankara on Tuesday, Bulgarian Foreign Minister Petar Dolmov "
    "said trade would rise.",
    f"Bulgarian Foreign Minister Petar Dolmov said after talks with {_OZEL} that trade would rise.",
])
def test_talks_told_as_what_came_before_are_a_meeting_of_the_two(extractor, sentence):
    meetings = _asserted(_events(extractor, sentence), "MEET")
    assert meetings and _countries(meetings[0]) == {"BGR", "TUR"}


@pytest.mark.parametrize("sentence", [
    f"Ahead of talks with {_OZEL}, Bulgarian Foreign Minister Petar Dolmov said trade would rise.",
    "After talks on energy, Bulgarian Foreign Minister Petar Dolmov said trade would rise.",
])
def test_talks_ahead_or_with_no_party_are_no_meeting(extractor, sentence):
    assert not _asserted(_events(extractor, sentence), "MEET")
