"""A call for calm that names no addressee ("called for restraint", "urged an immediate
ceasefire") asks the sides of the fighting told in the sentence before (``calm_calls`` of
DEMAND in event_types.yaml); a call for something else keeps no such sides. Sentences
written for these tests (real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _demand_countries(extractor, text: str) -> set[str | None]:
    demands = _asserted(_events(extractor, text), "DEMAND")
    assert demands, "no demand found"
    return {a.country for a in demands[0].actors}


@pytest.mark.parametrize("call", [
    "Iceland called for restraint.",
    "Iceland urged restraint.",
    "Iceland called for an immediate truce.",
])
def test_a_call_for_calm_asks_the_sides_told_before(extractor, call):
    text = "Peruvian and Chilean troops exchanged fire along the border on Monday. " + call
    assert _demand_countries(extractor, text) == {"ISL", "PER", "CHL"}


def test_a_call_for_something_else_asks_no_side_of_the_fighting(extractor):
    text = ("Peruvian and Chilean troops exchanged fire along the border on Monday. Iceland called "
            "for an inquiry into the deaths.")
    assert _demand_countries(extractor, text) == {"ISL"}


@pytest.mark.parametrize("text", [
    "Iceland called for restraint after Peruvian and Chilean troops exchanged fire along the border.",
    "Iceland called for restraint amid clashes between Peru and Chile.",
])
def test_a_call_for_calm_asks_the_pair_its_own_clause_joins(extractor, text):
    assert _demand_countries(extractor, text) == {"ISL", "PER", "CHL"}
