"""An event told again by a body of one of its own parties passes the news on: no
STATEMENT of it (sentences written for these tests, invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

LEAD = ("Chilean Foreign Minister Tomas Vargo met Peruvian Foreign Minister Lena Ostrava in "
        "Lima on Monday. ")


def test_a_contact_told_again_by_a_partys_office_makes_no_statement(extractor):
    events = _events(extractor, LEAD + "Vargo and Ostrava held talks for two hours on Monday, "
                                       "his office said in a statement.")
    assert len(_asserted(events, "MEET")) == 1
    assert not _asserted(events, "STATEMENT")

