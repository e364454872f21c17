"""An event told a counted distance after a clause that names no day of its own ("The visit
came three days after X travelled to Y", "A day after X announced tariffs, Y was ...") lies
that many days before the news day; a governing clause with a day of its own counts from
that day instead. Sentences written for these tests (published Friday 2025-03-14); real
countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "kind", "day"), [
    ("The visit came three days after President Tomas Varga travelled to Lima for talks with "
     "Peruvian President Ana Ruiz.", "MEET", "2025-03-11"),
    ("The visit came a day after President Tomas Varga travelled to Lima for talks with "
     "Peruvian President Ana Ruiz.", "MEET", "2025-03-13"),
    ("A day after Chile announced it was imposing sanctions on Bolivia, Varga was taking a "
     "softer approach in Lima.", "SANCTION", "2025-03-13"),
    ("On Tuesday the visit came three days after President Tomas Varga travelled to Lima for "
     "talks with Peruvian President Ana Ruiz.", "MEET", "2025-03-08"),
])
def test_a_counted_distance_after_counts_back_from_the_governing_day(rules_only, text, kind, day):
    events = _asserted(_events(rules_only, text), kind)
    assert events and all(e.date.value == day for e in events)
