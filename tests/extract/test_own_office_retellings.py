"""An event already told, told again "..., his office said": a person's own office passes
the news on and makes no STATEMENT (sentences written for these tests)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_meeting_retold_by_a_persons_office_makes_no_statement(extractor):
    events = _events(extractor, "The foreign ministers of Chile and Peru met in Geneva on "
                                "Saturday. Chilean Foreign Minister Tomas Ardila and his Peruvian "
                                "counterpart Rufo Mendaz held talks over lunch at a lakeside "
                                "hotel, his office said.")
    assert len(_asserted(events, "MEET")) == 1
    assert not _asserted(events, "STATEMENT")
