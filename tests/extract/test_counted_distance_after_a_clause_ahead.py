"""An event told a counted distance after a clause that names no date is counted back from
the news day only when both are told as done ("The visit came three days after X
travelled"); when the governing clause is told as still to come ("will hold talks three
days after X signs") or the event's own clause is in the present ("after X expels ..."),
the event lies ahead or nowhere yet, and it is left undated (sentences written for these
tests, published 2025-03-14)."""

from __future__ import annotations

import pytest
from extract.helpers import _events


@pytest.mark.parametrize("text, type_", [
    ("Chile and Peru will hold talks three days after Bolivia expels the Peruvian envoy.", "EXPEL"),
    ("Chile will recall its ambassador two days after Peru expels the Chilean consul.", "EXPEL"),
    ("Chile and Peru will meet a week after Bolivia expelled the Peruvian envoy.", "EXPEL"),
    ("Ecuador will hold a vote three days after Peru arrests the Chilean consul.", "ARREST"),
    ("The talks come three days after Chile expels the Peruvian envoy.", "EXPEL"),
])
def test_a_counted_distance_after_a_clause_ahead_is_not_counted_back(rules_only, text, type_):
    found = [e for e in _events(rules_only, text) if e.type == type_]
    assert found and all(e.date.value is None or e.date.value >= "2025-03-14" for e in found)


@pytest.mark.parametrize("text, day", [
    ("The summit came three days after Chile expelled the Peruvian envoy.", "2025-03-11"),
    ("The talks come two weeks after Ecuador expelled Peru's ambassador.", "2025-02-28"),
])
def test_a_counted_distance_after_a_clause_told_as_done_counts_back(rules_only, text, day):
    found = [e for e in _events(rules_only, text) if e.type == "EXPEL"]
    assert found and found[0].date.value == day
