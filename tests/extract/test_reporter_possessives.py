"""A possessive "its" on the subject of a reported clause is the reporter's: "X said its
citizens had been detained by Y" is an arrest of X's citizens by Y. (Told as a wrong, "detained
illegally", the custody is X's charge against Y instead: tests/extract/test_wronged_custody.py.)
So is one on the object of a custody or expulsion verb whose doer is another party ("X said Y
had detained two of its citizens"). Sentences written for these tests; real countries only
because the gazetteer knows them."""

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


@pytest.mark.parametrize("text", [
    "Chile said Peru had detained two of its citizens.",
    "Chile said on Monday that Peru had expelled two of its diplomats.",
])
def test_its_people_another_party_acted_on_in_a_report_are_the_reporters(rules_only, text):
    events = [e for e in _events(rules_only, text) if e.type in ("ARREST", "EXPEL")
              and e.modality == "asserted"]
    assert len(events) == 1
    assert _roles(events[0]) == {"PER": "source", "CHL": "target"}


def test_its_own_people_held_stay_the_holders(rules_only):
    events = _events(rules_only, "Chile said Peru had detained two of its own citizens.")
    assert not any(p.actor.country == "CHL" for e in _asserted(events, "ARREST") for p in e.participants)
