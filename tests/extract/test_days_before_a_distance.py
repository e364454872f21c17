"""A day named just before a counted distance ("told reporters Friday, one day
after ...") dates the clause told first, and the clause after the distance is that day
moved back by it, even when the parser hangs the day on the temporal clause (invented
people and towns; published on a Saturday)."""

from __future__ import annotations

from datetime import date

import pytest
from extract.helpers import _asserted, _events

_SATURDAY = date(2025, 3, 15)


def test_the_clause_told_first_takes_the_day_named_before_the_distance(extractor):
    text = ("\"We are ready for talks,\" Chilean President Ana Varen told a press conference "
            "Friday, one day after both neighbours signed a trade deal in their first formal "
            "accord in nine years.")
    said = _asserted(_events(extractor, text, published=_SATURDAY), "STATEMENT")
    assert said and said[0].date.value == "2025-03-14"


def test_the_clause_after_the_distance_is_that_day_moved_back(extractor):
    text = ("\"We will not accept this,\" Chilean Defence Minister Ana Varen told a press "
            "briefing Friday, one day after Peruvian troops shelled the border town of Tavi "
            "for the first time in nine years.")
    struck = _asserted(_events(extractor, text, published=_SATURDAY), "ATTACK")
    assert struck and struck[0].date.value == "2025-03-13"


@pytest.mark.xfail(strict=True, reason="the detector trained on real news (stop 42) "
                   "finds the curbs unlikely, and the rules do not read them")
def test_an_act_begun_at_a_since_date_does_not_take_the_contacts_day(extractor):
    text = ("Chile and Peru held talks in Lima on Tuesday. Peru said it would withdraw its trade "
            "complaint, while Chile said it will drop the curbs on exports it has imposed since "
            "2019 on Peruvian copper.")
    lifted = _asserted(_events(extractor, text), "SANCTION")
    assert lifted and lifted[0].date.value is None
