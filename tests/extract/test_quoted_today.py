"""A "today" inside a quotation is the day the words were said: when the report after the
quotation names that day ("... has today sanctioned X," she said on Thursday), the act is
of that day, not of the paper's; when it names none, a speaker's "today" is the story's
news day (the day before the paper, when only that weekday is named at the top).
Sentences written for these tests; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import PUBLISHED, _asserted, _events


def _sanction_day(rules_only, text: str) -> str | None:
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanctions) == 1
    return sanctions[0].date.value


def test_quoted_today_is_the_day_its_report_names(rules_only):
    text = ('"We hold them to account. Britain has today sanctioned three Peruvian officials," '
            'the foreign secretary said on Thursday.')
    assert _sanction_day(rules_only, text) == "2025-03-13"  # the Thursday before the Friday paper


def test_quoted_today_with_no_day_of_report_is_the_papers_day(rules_only):
    text = '"Britain has today sanctioned three Peruvian officials," the foreign secretary said.'
    assert _sanction_day(rules_only, text) == PUBLISHED.isoformat()


def test_today_outside_a_quotation_is_the_papers_day(rules_only):
    text = "Britain today sanctioned three Peruvian officials, the foreign secretary said on Thursday."
    assert _sanction_day(rules_only, text) == PUBLISHED.isoformat()


# a story filed the morning after: the lead names the day before (Thursday), a speaker
# quoted later says "today"; the quotation may open in a sentence before the "today"
_QUOTES = [
    '"We have today sanctioned three Peruvian officials," the foreign secretary added.',
    "\u201cToday we have frozen the assets of three Peruvian officials,\u201d the minister told "
    "reporters.",
    "The ministry said: \u201cOur patience is exhausted. Britain today imposes sanctions on three "
    "Peruvian officials.\u201d",
]


@pytest.mark.parametrize("quote", _QUOTES)
def test_a_speakers_today_is_the_news_day_the_lead_names(rules_only, quote):
    text = ("Britain froze the assets of three Peruvian police commanders on Thursday, citing "
            "the crackdown. "
            "The Peruvian government said on Thursday it rejected the measures. " + quote)
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert sanctions and all(s.date.value == "2025-03-13" for s in sanctions)


@pytest.mark.parametrize("quote", _QUOTES)
def test_a_speakers_today_leaves_the_undated_lead_on_the_news_day(rules_only, quote):
    text = ("Britain has frozen the assets of three Peruvian officials. The Peruvian "
            "government rejected the move on Thursday. " + quote)
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert sanctions and sanctions[0].date.value == "2025-03-13"
