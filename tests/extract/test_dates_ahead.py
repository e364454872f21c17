"""A day told as still to come is never a day of an act told as done. A day and month
without a year in a clause of "will" ("talks will take place on March 20") lie on or after
the paper, not in the year before; and an act told as done (asserted) whose only date lies
after the paper is left undated: that day is of what the act planned. Sentences written
for these tests (published 2025-03-14); real countries only because the gazetteer knows
them."""

from __future__ import annotations

import pytest
from extract.helpers import _events


@pytest.mark.parametrize("text", [
    "As agreed by Peru and Chile, the two foreign ministers will hold talks in Lima on March 20, "
    "the ministry said.",
    "As agreed by Peru and Chile, the two foreign ministers will hold talks in Lima on March 20.",
    "As agreed by Peru and Chile, the two foreign ministers will meet in Lima on 20 March.",
])
def test_an_agreement_told_by_what_will_follow_is_not_dated_by_that_day(rules_only, text):
    agreements = [e for e in _events(rules_only, text) if e.type == "AGREE" and e.modality == "asserted"]
    assert agreements and all(e.date.value is None for e in agreements)

