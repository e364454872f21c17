"""A speech act told again by a body of its own source's side is the act already told:
no STATEMENT beside it (sentences written for these tests)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_an_accusation_told_again_by_the_accusing_government_makes_no_statement(extractor):
    events = _events(extractor, "The Chilean government condemned Peru's overflights on Monday. "
                                "The Chilean government said the Peruvian flights violated the "
                                "border accord.")
    assert len(_asserted(events, "ACCUSE")) == 1
    assert not _asserted(events, "STATEMENT")
