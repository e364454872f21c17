"""A reaction noun drawn by an act with no source phrase ("the arrest of X by Y drew
protests", "the ruling drew criticism") names nobody who reacts: the detector adds no
accusation there either, whatever word it anchors on, and never makes the act's own parties
the accusers. With its source named ("drew condemnation from Z") the accusation stands.
Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("text", [
    "The killing of journalist Omar Sadiq by Paraguayan troops on Monday drew condemnation.",
    "The arrest of opposition leader Marta Quiroga by Namibian police on Friday drew protests.",
    "The sentencing of activist Oleg Petrenko by a Riga court on Tuesday drew criticism.",
])
def test_a_reaction_without_its_source_is_no_accusation(extractor, text):
    assert not _asserted(_events(extractor, text), "ACCUSE")


def test_a_reaction_from_a_named_party_is_its_accusation(extractor):
    text = "Paraguay's strike on Salto drew condemnation from Turkey on Tuesday."
    found = _asserted(_events(extractor, text), "ACCUSE")
    assert [tuple(a.country for a in e.actors) for e in found] == [("TUR", "PRY")]
