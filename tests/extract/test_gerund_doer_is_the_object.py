"""A gerund after "for" or "of" on a verb with an object names what that object did
("criticised X for visiting Y", "praised X for hosting talks", "accused X of attacking Y"):
the object is the doer, not the subject who judges it (invented people and places)."""

from __future__ import annotations

import pytest
from extract.helpers import _countries, _events, _of_type, _roles


@pytest.mark.parametrize("text", [
    "Chile criticised Bolivian president Luis Varela for visiting Russia on Friday.",
    "Chile and Peru criticised Bolivian president Luis Varela for visiting Russia on Friday.",
    "Chile condemned Bolivian president Luis Varela for visiting Russia on Friday and "
    "holding talks with its president.",
])
def test_the_one_blamed_for_a_visit_made_it(extractor, text):
    meetings = _of_type(_events(extractor, text), "MEET")
    assert meetings and all(_countries(m) == {"BOL", "RUS"} for m in meetings)


def test_the_one_praised_for_hosting_talks_hosted_them(extractor):
    meetings = _of_type(_events(extractor, "Chile praised Bolivia for hosting talks with Peru "
                                           "on Monday."), "MEET")
    assert meetings and _countries(meetings[0]) == {"BOL", "PER"}


def test_the_one_accused_of_an_attack_is_its_doer(extractor):
    events = _events(extractor, "Peru accuses Bolivia of launching the rocket strike that "
                                "killed 12 children in Tacna on Saturday.")
    attacks = [e for e in events if e.type == "ATTACK"]
    assert attacks and _roles(attacks[0]) == {"BOL": "source", "PER": "target"}


def test_an_object_that_names_no_party_leaves_the_subject_the_doer(extractor):
    meetings = _of_type(_events(extractor, "Chile took steps for hosting talks with Peru on "
                                           "Monday."), "MEET")
    assert all("CHL" in _countries(m) for m in meetings)
