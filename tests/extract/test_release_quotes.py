"""A body's release quoted in part passes its wording of a fact on: no STATEMENT."""

from __future__ import annotations

from extract.helpers import _events, _of_type


def test_a_ministry_quoted_in_part_on_a_fact_makes_no_statement(extractor):
    events = _events(extractor, "Chile's foreign ministry said the frozen funds had been "
                                "\u201csuccessfully\u201d transferred to a bank in Peru.")
    assert not _of_type(events, "STATEMENT")
