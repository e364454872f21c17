"""A negation that only withholds an answer is no position: no STATEMENT."""

from __future__ import annotations

from extract.helpers import _events, _of_type


def test_a_spokesperson_without_information_makes_no_statement(extractor):
    events = _events(extractor, "Chilean foreign ministry spokesperson Ana Ruiz said it did not "
                                "have information on the matter.")
    assert not _of_type(events, "STATEMENT")


def test_a_minister_who_could_not_confirm_reports_makes_no_statement(extractor):
    events = _events(extractor, "Chilean foreign minister Ramon Ortega said he could not confirm "
                                "the reports of a clash with Peru.")
    assert not _of_type(events, "STATEMENT")
