"""A possessive "its" on the subject of a reported clause is the reporter's: "X said its
citizens had been detained by Y" is an arrest of X's citizens by Y. (Told as a wrong, "detained
illegally", the custody is X's charge against Y instead: tests/extract/test_wronged_custody.py.)
Sentences written for these tests; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _roles(event) -> dict[str | None, str]:
    return {p.actor.country: p.role for p in event.participants}


@pytest.mark.parametrize("text", [
    "Chile said its national had been detained by Peru.",
    "Chile said two of its citizens had been detained by Peru.",
])
def test_custody_of_the_reporters_own_people_is_an_arrest_of_the_reporters_side(rules_only, text):
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"PER": "source", "CHL": "target"}
