"""A call told as a participle beside an accusation of the same speaker is part of that
accusation, not a demand of its own; told as a second verb, or as a report's words, it
stays one (invented people and towns)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events

CONDEMNED_WHILE_CALLING = (
    "Peruvian Foreign Minister Anton Varga condemned Chile's latest missile launch on Saturday, "
    "while calling on Bolivia to play a constructive role in the region.")
CONCERN_CALLING = (
    "Peru voiced deep concern on Tuesday over the detention of the writer Ilse Brun in Chile, "
    "calling on the authorities there to release her.")
CONDEMNED_AND_CALLED = (
    "Peruvian Foreign Minister Anton Varga condemned Chile's latest missile launch on Saturday "
    "and called on Bolivia to play a constructive role in the region.")
REPORT_WARNING = (
    "\"Chile's aggression has undermined the sovereignty of Peru,\" the Peruvian spokesman Anton "
    "Varga said on Monday, warning that Chile should withdraw its troops from the border town "
    "of Valdomar.")


@pytest.mark.parametrize("text", [CONDEMNED_WHILE_CALLING, CONCERN_CALLING])
def test_a_call_told_as_a_participle_beside_an_accusation_is_no_demand(extractor, text):
    events = _events(extractor, text)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "CHL" in _countries(accusations[0])
    assert not _asserted(events, "DEMAND")


def test_a_call_told_as_a_second_verb_stays_a_demand(extractor):
    assert not _asserted(_events(extractor, CONDEMNED_WHILE_CALLING), "DEMAND")
    assert _asserted(_events(extractor, CONDEMNED_AND_CALLED), "DEMAND")


def test_a_demand_a_participle_report_says_beside_an_accusation_stays_a_demand(extractor):
    assert not _asserted(_events(extractor, CONDEMNED_WHILE_CALLING), "DEMAND")
    events = _events(extractor, REPORT_WARNING)
    assert _asserted(events, "ACCUSE")
    assert _asserted(events, "DEMAND")
