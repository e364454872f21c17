"""A "today" inside a quotation is the day the words were said: when the report after the
quotation names that day ("... has today sanctioned X," she said on Thursday), the act is
of that day, not of the paper's. Sentences written for these tests; real countries only
because the gazetteer knows them."""

from __future__ import annotations

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
