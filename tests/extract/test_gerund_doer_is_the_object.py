"""A gerund after "for" or "of" on a verb with an object names what that object did
("criticised X for visiting Y", "praised X for hosting talks", "accused X of attacking Y"):
the object is the doer, not the subject who judges it; an object that names no party
leaves the subject the doer. Sentences written for these tests (invented people and
places; real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _countries, _events, _of_type, _roles


@pytest.mark.parametrize(("text", "parties"), [
    ("Chile criticised Bolivia for visiting Oslo last week.", {"BOL", "NOR"}),
    ("Ecuador faulted Bolivia for sitting down with Norwegian envoys on Friday.", {"BOL", "NOR"}),
    ("Peru and Ecuador faulted Bolivia for receiving Ghana's foreign minister in La Paz.",
     {"BOL", "GHA"}),
    ("Chile praised Bolivia for hosting talks with Peru on Monday.", {"BOL", "PER"}),
])
def test_the_one_judged_for_a_contact_made_it(extractor, text, parties):
    meetings = _of_type(_events(extractor, text), "MEET")
    assert meetings and all(_countries(m) == parties for m in meetings)


def test_the_one_accused_of_an_attack_is_its_doer(extractor):
    events = _events(extractor, "Peru accuses Bolivia of launching the rocket strike that "
                                "killed 12 children in Tacna on Saturday.")
    attacks = [e for e in events if e.type == "ATTACK"]
    assert attacks and _roles(attacks[0]) == {"BOL": "source", "PER": "target"}


def test_an_object_that_names_no_party_leaves_the_subject_the_doer(extractor):
    meetings = _of_type(_events(extractor, "Chile took steps for hosting talks with Peru on "
                                           "Monday."), "MEET")
    assert meetings, "no meeting found"
    assert all("CHL" in _countries(m) for m in meetings)
