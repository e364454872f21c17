"""An event told a counted distance after a clause that names no day of its own ("The protest
was held three days after X hosted Y", "A day after X imposed sanctions, Y ...") lies
that many days before the news day; a governing clause with a day of its own counts from
that day instead. Sentences written for these tests (published Friday 2025-03-14;
invented people and towns, real countries because the gazetteer knows them)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("The protest was held three days after Peruvian President Ana Ruiz hosted Bolivia's "
     "foreign minister in Lima.", "MEET", "2025-03-11"),
    ("Talks in Arvale opened two days after Chile imposed sanctions on Bolivia.", "SANCTION",
     "2025-03-12"),
    ("A day after Chile slapped sanctions on Bolivia, the two sides were still trading insults.",
     "SANCTION", "2025-03-13"),
    ("On Tuesday the protest was held three days after Peruvian President Ana Ruiz hosted "
     "Bolivia's foreign minister in Lima.", "MEET", "2025-03-08"),
])
def test_a_counted_distance_after_counts_back_from_the_governing_day(rules_only, text, kind, day):
    events = _asserted(_events(rules_only, text), kind)
    assert events and all(e.date.value == day for e in events)
