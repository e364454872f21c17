"""A line of the article's top with no verb ("March 14, 2025 2 min read", "Published:
March 14, 2025, 09:50", a byline with its time) is the filing stamp: it tells when the
page was filed, not a day of the news, so it is not the lead's date that later undated
acts of the story take. Invented people; real countries only because the gazetteer knows
them. Published on Friday 2025-03-14 (``helpers.PUBLISHED``)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

STAMPS = [
    "March 14, 2025 2 min read",
    "Published: March 14, 2025, 09:50",
    "by Mara Quist March 14, 2025 4:55 AM",
]


@pytest.mark.parametrize("stamp", STAMPS)
def test_a_later_act_runs_on_from_the_day_told_not_the_stamp(rules_only, stamp):
    text = ("Chile and Peru discuss border\n\n" + stamp + "\n\n"
            "Chile and Peru discussed the border in a phone call on March 12.\n\n"
            "Both sides said the call was constructive.\n\n"
            "Bolivian President Remi Hollis later called Argentine President Tomas Evers.\n")
    calls = [c for c in _asserted(_events(rules_only, text), "CALL")
             if {a.country for a in c.actors} == {"BOL", "ARG"}]
    assert len(calls) == 1
    assert calls[0].date.value == "2025-03-12"


@pytest.mark.parametrize("lead", [
    "Chile's embassy posted a note on the border on March 12.",
    "The Chilean minister read a statement on the border on March 12.",
])
def test_a_stamp_verb_with_a_subject_tells_the_lead_s_day(rules_only, lead):
    text = ("Chile and Peru discuss border\n\n" + lead + "\n\n"
            "Bolivian President Remi Hollis later called Argentine President Tomas Evers.\n")
    calls = [c for c in _asserted(_events(rules_only, text), "CALL")
             if {a.country for a in c.actors} == {"BOL", "ARG"}]
    assert [c.date.value for c in calls] == ["2025-03-12"]
