"""A party put on trial, tried or prosecuted on a charge is held to answer it: an ARREST
of the charge kind, as charging is (sentences written for these tests)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text, holder, held", [
    ("Mongolia put a Swedish citizen on trial for espionage on Monday.", "MNG", "SWE"),
    ("Bolivia brought two Polish activists to trial for extremism.", "BOL", "POL"),
    ("An Ulaanbaatar court tried a French national for spying on Monday.", "MNG", "FRA"),
    ("A French national was tried in Mongolia on Monday on charges of spying.", "MNG", "FRA"),
    ("Bolivia prosecuted two Estonian citizens for espionage last year.", "BOL", "EST"),
])
def test_a_party_tried_or_prosecuted_on_a_charge_is_held_to_answer_it(rules_only, text, holder, held):
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert arrests and {holder, held} <= _countries(arrests[0])


@pytest.mark.parametrize("text", [
    "Bolivia tried to hide the sabotage of the pipeline, Germany said.",
    "Chile tried to persuade Japan to drop the charges.",
])
def test_trying_to_do_something_tries_nobody(rules_only, text):
    assert not _asserted(_events(rules_only, text), "ARREST")
