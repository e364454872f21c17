"""The day of a decision told in the past is not the day of what was decided: "agreed on
Wednesday to resume talks" dates the agreement, and the talks still to come take no day from
it (not the next Wednesday); a day of their own still dates them (invented
sentences)."""

from __future__ import annotations

import pytest
from extract.helpers import _events, _of_type

AGREED = [
    "Chile and Peru agreed on Wednesday to resume border talks.",
    "Kenya and Tanzania agreed on Tuesday to meet again in Arusha.",
    "Chile and Bolivia agreed on Thursday to resume peace negotiations.",
]


@pytest.mark.parametrize("sentence", AGREED, ids=[s[:40] for s in AGREED])
def test_the_talks_agreed_on_take_no_day_from_the_agreement(rules_only, sentence):
    planned = _of_type(_events(rules_only, sentence), "MEET", "planned")
    assert planned and all(e.date.value is None for e in planned)


def test_the_agreement_keeps_its_day(rules_only):
    agreed = _of_type(_events(rules_only, AGREED[0]), "AGREE")
    assert [e.date.value for e in agreed] == ["2025-03-12"]


def test_a_month_of_the_talks_own_still_dates_them(rules_only):
    planned = _of_type(_events(rules_only, "Chile and Peru agreed on Monday to hold border talks "
                                           "next month."), "MEET", "planned")
    assert [e.date.value for e in planned] == ["2025-04"]
