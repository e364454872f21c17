"""Unnamed officials pass news on like a wrapper: no STATEMENT of their own (prec13)."""

from __future__ import annotations

from extract.helpers import _events, _of_type


def test_a_senior_official_passing_news_on_makes_no_statement(extractor):
    events = _events(extractor, "Chile will never abandon the reef, a senior Argentine official "
                                "told reporters.")
    assert not _of_type(events, "STATEMENT")


def test_officials_counted_by_a_number_make_no_statement_but_a_named_spokesman_does(extractor):
    events = _events(extractor, "The sailor was formerly a navy diver who served in the south, "
                                "two Brazilian officials told a local newspaper. \u201cWe are "
                                "committed to the islands,\u201d Argentine defence spokesman "
                                "Tomas Berrondo told reporters.")
    speakers = {a.name for e in _of_type(events, "STATEMENT") for a in e.actors}
    assert speakers == {"Tomas Berrondo"}
