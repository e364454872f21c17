"""A verb of attack whose object is an accord or a stance tells no attack: "struck a deal
with X" is an accord, "struck a conciliatory tone" a manner of speaking
(``unless_object_words`` of the attack verbs). Sentences written for these tests (invented
people and places; real countries where a test needs the gazetteer to know them)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("sentence", [
    "President Arlen Voss of Carvania struck a deal with Dastova on Monday.",
    "President Arlen Voss of Carvania struck a trade pact with Dastova on Monday.",
    "President Arlen Voss of Carvania struck a conciliatory tone with Dastova on Monday.",
])
def test_an_accord_or_a_tone_struck_is_no_attack(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), "ATTACK") == []


def test_a_deal_struck_with_a_country_is_an_accord(rules_only):
    sentence = "President Tomas Arrieta of Chile struck a deal with Peru on Monday."
    events = _asserted(_events(rules_only, sentence), "AGREE")
    assert [_countries(e) for e in events] == [{"CHL", "PER"}]


def test_positions_struck_are_still_an_attack(rules_only):
    events = _asserted(_events(rules_only, "Chilean jets struck Peruvian positions on Monday."), "ATTACK")
    assert [_countries(e) for e in events] == [{"CHL", "PER"}]
