"""One party's phone calls with several counterparts told apart by a word ("spoke
separately with A and B", "phone talks with A and B, respectively", "held separate calls
with A and B") are one call with each, as for meetings; with no such word the call keeps
all its parties. Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Tomas Varga held phone talks with Peruvian Foreign Minister "
    "Ana Ruel and Bolivian Foreign Minister Hugo Mena on Tuesday, respectively.",
    "Chilean Foreign Minister Tomas Varga spoke by phone separately with Peruvian Foreign "
    "Minister Ana Ruel and Bolivian Foreign Minister Hugo Mena on Tuesday.",
    "Chilean Foreign Minister Tomas Varga held separate phone calls with Peruvian Foreign "
    "Minister Ana Ruel and Bolivian Foreign Minister Hugo Mena on Tuesday.",
])
def test_calls_told_apart_are_one_call_with_each(rules_only, text):
    calls = _asserted(_events(rules_only, text), "CALL")
    assert sorted(sorted(c for c in _countries(e) if c) for e in calls) == [["BOL", "CHL"], ["CHL", "PER"]]


def test_a_call_with_two_counterparts_told_together_stays_one(rules_only):
    text = ("Chilean Foreign Minister Tomas Varga held phone talks with Peruvian Foreign Minister "
            "Ana Ruel and Bolivian Foreign Minister Hugo Mena on Tuesday.")
    calls = _asserted(_events(rules_only, text), "CALL")
    assert [_countries(e) for e in calls] == [{"CHL", "PER", "BOL"}]
