"""A call told as a participle beside an accusation of the same speaker is part of that
accusation, not a demand of its own; told as a second verb, or as a report's words, it
stays one (invented people and towns)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events

DENOUNCED_URGING = (
    "Peruvian Foreign Minister Anton Varga denounced the rocket test Chile carried out near "
    "Valdomar, urging Bolivia to stay neutral in the quarrel.")
CONCERN_CALLING = (
    "Peru voiced grave concern over the detention of the writer Ilse Brun in Chile last week, "
    "calling on the Chilean authorities to release her.")
DENOUNCED_AND_URGED = (
    "Peruvian Foreign Minister Anton Varga denounced the rocket test Chile carried out near "
    "Valdomar and urged Bolivia to stay neutral in the quarrel.")
REPORT_WARNING = (
    "\"Chile's incursion has violated the borders of Peru,\" the Peruvian spokesman Anton Varga "
    "told reporters in Valdomar, warning that Chile should pull its troops back at once.")


@pytest.mark.parametrize("text", [DENOUNCED_URGING, CONCERN_CALLING])
def test_a_call_told_as_a_participle_beside_an_accusation_is_no_demand(extractor, text):
    events = _events(extractor, text)
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "CHL" in _countries(accusations[0])
    assert not _asserted(events, "DEMAND")


def test_a_call_told_as_a_second_verb_stays_a_demand(extractor):
    assert not _asserted(_events(extractor, DENOUNCED_URGING), "DEMAND")
    assert _asserted(_events(extractor, DENOUNCED_AND_URGED), "DEMAND")


def test_a_demand_a_participle_report_says_beside_an_accusation_stays_a_demand(extractor):
    assert not _asserted(_events(extractor, DENOUNCED_URGING), "DEMAND")
    events = _events(extractor, REPORT_WARNING)
    assert _asserted(events, "ACCUSE")
    assert _asserted(events, "DEMAND")
