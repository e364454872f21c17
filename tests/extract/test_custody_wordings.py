"""The ordinary wordings of custody: put under (house) arrest, rounded up, locked up, people
held told by their noun. Sentences written for these tests (invented wording); real
countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _of_type, _roles


@pytest.mark.parametrize("text", [
    "Peru put a Chilean businessman under house arrest on Monday.",
    "Peru placed a Chilean journalist under arrest on Monday.",
    "Peruvian security forces rounded up dozens of Chilean migrants on Monday.",
    "Peru locked up a Chilean activist on Monday.",
    "Chile said Peru was holding two Chilean sailors.",
])
def test_people_taken_or_kept_in_custody_are_arrested(rules_only, text):
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0]) == {"PER": "source", "CHL": "target"}


@pytest.mark.parametrize("text", [
    "Peru rounded up support from Chile for its resolution on Monday.",
    "Peru held Chilean pilots responsible for the crash on Monday.",
])
def test_rounding_up_support_or_holding_people_responsible_is_no_arrest(rules_only, text):
    assert _asserted(_events(rules_only, text), "ARREST") == []


def test_a_person_said_to_be_held_illegally_is_a_custody_charged_to_the_holder(rules_only):
    # told as a wrong, the custody is the speaker's charge (tests/extract/test_wronged_custody.py);
    # the held person and the holder are still read off "held ... by"
    text = "Chile said Maria Lopez was being held illegally by Peru."
    custody = _of_type(_events(rules_only, text), "ARREST", "hypothetical")
    assert len(custody) == 1
    assert {p.actor.name: p.role for p in custody[0].participants} == {
        "Peru": "source", "Maria Lopez": "target"}
