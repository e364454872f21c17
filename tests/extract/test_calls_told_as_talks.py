"""A story of a phone call tells the call again as talks or a meeting ("the two discussed
... during their meeting"): talks or a meeting of the call's countries told with the call's
date are that call, no meeting of their own (``retold_subtypes`` of MEET's ``remote`` in
event_types.yaml; graphkit.extract.medium). A meeting on another day, a visit, and a meeting
to come stay. Sentences written for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _of_type

CALL = "Chilean President Lorvan Tesh held a phone call with Peruvian President Mira Tal on Monday. "


@pytest.mark.parametrize("retold", [
    "Tesh and Tal discussed the border and trade during their meeting, his office said.",
    "During the talks, Tesh and Tal discussed the border and trade.",
])
def test_talks_of_the_call_s_sides_that_day_are_the_call(extractor, retold):
    events = _events(extractor, CALL + retold)
    assert len(_asserted(events, "CALL")) == 1
    assert not _asserted(events, "MEET")


def test_a_meeting_of_the_same_sides_on_another_day_stays(extractor):
    events = _events(extractor, CALL + "Tesh and Tal held talks in Lima on Friday.")
    assert _asserted(events, "MEET")


def test_a_meeting_to_come_agreed_in_the_call_stays(extractor):
    events = _events(extractor, CALL + "They agreed to meet in Lima next month.")
    assert _of_type(events, "MEET", "planned")


def test_undated_talks_are_not_an_undated_call_told_again(extractor):
    # with no publication date neither is dated: an unknown day is no shared day
    text = ("Chilean President Lorvan Tesh held a phone call with Peruvian President Mira Tal. "
            "Tesh and Tal held talks in Lima.")
    events = _events(extractor, text, published=None)
    assert _asserted(events, "MEET")
