"""Events the corpus conventions do not count, one behaviour each, on sentences written for
these tests (invented people and towns; real countries where a country code is the point)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events

# -- a contact is between parties of two countries ---------------------------------------


def test_a_minister_visiting_his_own_army_is_no_diplomatic_meeting(extractor):
    events = _events(extractor, "Chilean Defence Minister Ivo Marek visited the Chilean army's "
                                "garrison in Valdomar on Thursday.")
    assert not _asserted(events, "MEET")


def test_a_visit_to_a_foreign_minister_is_a_meeting(extractor):
    events = _events(extractor, "Chilean Defence Minister Ivo Marek met Peruvian Foreign Minister "
                                "Tam Ruse in Valdomar on Thursday.")
    meetings = _asserted(events, "MEET")
    assert meetings and {"CHL", "PER"} <= _countries(meetings[0])
