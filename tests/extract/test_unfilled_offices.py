"""An office the gazetteer cannot fill for a date stands as the office itself, named as the
text writes it. Sentences written for these tests; real countries only because the
gazetteer knows them."""

from __future__ import annotations

from datetime import date

from extract.helpers import _asserted, _events


def test_an_unfilled_office_is_named_as_written(rules_only):
    events = _events(rules_only, "Chile's president hosted Peru's defence minister in Santiago on Monday.",
                     published=date(1890, 3, 14))
    names = {p.actor.name for e in _asserted(events, "MEET") for p in e.participants}
    assert "Peru's defence minister" in names
