"""A war or an invasion named inside a since-phrase is an attack the detector may add (the
corpus's ongoing wars mentioned in passing are ATTACK, with a null or month date); the
since-clause still holds back the detector's other additions as background
(tests/test_learned.py). A hand-made detector that weighs "invasion" alone stands in for the
trained one; real countries, invented wars."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _word_detector

from graphkit.extract import Extractor


@pytest.mark.parametrize(("text", "sides"), [
    ("It was the worst clash on the frontier since Peru's 2019 invasion of Ecuador.", {"PER", "ECU"}),
    ("It was the first such incident since Serbia's 2021 invasion of Montenegro.", {"SRB", "MNE"}),
    ("It was the most serious border incident since Ethiopia's 2020 invasion of Eritrea.", {"ETH", "ERI"}),
])
def test_an_invasion_named_in_a_since_phrase_is_an_attack(rules_only: Extractor, text: str,
                                                         sides: set[str]) -> None:
    learned = Extractor(nlp=rules_only.nlp, detector=_word_detector({("w:invasion", "ATTACK"): 9.0}))
    attacks = _asserted(_events(learned, text), "ATTACK")
    assert len(attacks) == 1
    assert _countries(attacks[0]) == sides
