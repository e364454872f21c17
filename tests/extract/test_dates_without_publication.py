"""An article with no day of publication: a date the text fixes by itself dates its event,
a date that needs the day of publication leaves it undated. Sentences written for these
tests; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest

from graphkit.model import Article


def _dates(extractor, text: str) -> list[tuple[str, str | None]]:
    events = extractor.extract(Article(id="undated", text=text)).events
    return [(e.type, e.date.value) for e in events if e.modality == "asserted"]


@pytest.mark.parametrize(("text", "day"), [
    ("Chile accused Peru on 3 March 2025 of violating the border.", "2025-03-03"),
    ("Chile accused Peru on March 4, 2025 of violating the border.", "2025-03-04"),
    ("Chile and Peru signed a trade accord in May 2019.", "2019-05"),
])
def test_a_date_the_text_fixes_dates_the_event(rules_only, text, day):
    assert [d for _, d in _dates(rules_only, text)] == [day]


@pytest.mark.parametrize("text", [
    "Chile expelled two Peruvian diplomats on Monday.",
    "Chile accused Peru in May of violating the border.",
    "Chile expelled two Peruvian diplomats two days ago.",
])
def test_a_date_that_needs_the_day_of_publication_stays_unknown(rules_only, text):
    dates = _dates(rules_only, text)
    assert dates and all(d is None for _, d in dates)
