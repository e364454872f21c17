"""The detector's additions on a noun of the type the rules' patterns passed over: an act
told by its noun in background narrative (talks between two sides, a package of measures
against one) is the detector's to read, as news tells many acts by name. A verb of the
type the rules refused stays a look-alike ("spoke about X", "called X a liar":
tests/extract/test_contacts_of_no_medium.py and test_fictional_battery_contacts.py). A hand-made
detector that weighs the noun alone stands in for the trained one, so that these tests
hold whatever a retraining learns; the sentences are written here."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _word_detector

from graphkit.extract import Extractor


@pytest.mark.parametrize(("word", "kind", "text", "sides"), [
    ("talk", "MEET", "Before the clashes, two rounds of talks between Peru and Chile had gone nowhere.",
     {"PER", "CHL"}),
    ("talk", "MEET", "Weeks of talks between Ghana and Togo ended without a text.", {"GHA", "TGO"}),
    ("sanction", "SANCTION", "A fresh package of sanctions against Belarus by Norway took effect quietly.",
     {"NOR", "BLR"}),
])
def test_an_act_told_by_its_noun_is_the_detectors_to_add(rules_only: Extractor, word: str, kind: str,
                                                         text: str, sides: set[str]) -> None:
    learned = Extractor(nlp=rules_only.nlp, detector=_word_detector({(f"w:{word}", kind): 9.0}))
    events = _asserted(_events(learned, text), kind)
    assert len(events) == 1
    assert _countries(events[0]) == sides


def test_a_verb_of_the_type_the_rules_refused_stays_a_lookalike(rules_only: Extractor) -> None:
    learned = Extractor(nlp=rules_only.nlp, detector=_word_detector({("w:talk", "MEET"): 9.0}))
    assert not _asserted(_events(learned, "Peru's envoy talked about Chile at length on Friday."), "MEET")
