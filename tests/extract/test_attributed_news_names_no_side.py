"""Whom a sentence attributes its news to ("according to the UN", "citing UN officials") is
no side of the attack it tells, when an international body: the detector's attack takes
no party from the attribution. A state's own forces cited stay a candidate (they are often
the side struck). Invented towns; real countries and bodies because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _adding, _events

from graphkit.extract import Extractor


@pytest.fixture(scope="module")
def attack_adder(extractor: Extractor) -> Extractor:
    """No rule reads these attacks: a detector that adds one to every sentence, so the
    parties it takes are what is tested, whatever the shipped weights decide."""
    return Extractor(nlp=extractor.nlp, detector=_adding("ATTACK"))


@pytest.mark.parametrize("text", [
    "Chilean jets struck the town of Oranza on Monday, according to the UN.",
    "Chilean drones hit a market in the town of Oranza on Tuesday, according to the European Union.",
])
def test_an_international_body_the_news_is_attributed_to_is_no_side_of_the_attack(attack_adder, text):
    # the attack is proposed whatever the weights: were the body taken as its second side,
    # an attack of Chile and the body would be made
    parties = {a.name for e in _events(attack_adder, text) if e.type == "ATTACK" for a in e.actors}
    assert not parties & {"United Nations", "European Union"}


def test_a_state_force_the_news_is_attributed_to_may_still_be_the_side_struck(attack_adder):
    text = "Chilean jets struck the town of Oranza on Monday, according to Peru's air force."
    attacks = [e for e in _events(attack_adder, text) if e.type == "ATTACK"]
    assert {a.country for e in attacks for a in e.actors} == {"CHL", "PER"}
