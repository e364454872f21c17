"""The subject of a wire story's first clause, which the parser may hang on the dateline's
place ("QUITO, May 2 — X and Y agreed ..."), is still the clause's subject; the place is
not (atk34). Invented sentences; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text", [
    # the parser reads the parties as an apposition of the place
    "QUITO, March 14 — Chile and Peru have agreed to reopen their border, President Arlen Voss said.",
    # ... or as a conjunct of the date it reads as one
    "QUITO, Dec 18 — Chile and Peru have agreed to send their defence chiefs to Lima in January "
    "for border talks, the Ecuadorian foreign ministry said.",
])
def test_parties_after_a_dateline_are_the_subject(rules_only, text):
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert len(accords) == 1
    assert _countries(accords[0]) == {"CHL", "PER"}


def test_the_dateline_place_is_still_no_party(rules_only):
    text = "QUITO, March 14 — Chile and Peru have agreed to reopen their border."
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert accords and "ECU" not in _countries(accords[0])
