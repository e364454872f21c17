"""A to-infinitive right after a verb's object, which the parser hangs on the verb as a clause
of purpose, is what the object is asked to do only for verbs of formal asking listed in
``object_infinitive_verbs`` ("petitioned X to halt ..."); after any other verb it stays the
subject's own purpose ("pressed its case at X to win support"), so no demand on X is read
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("text", [
    "Chile pressed its case at the United Nations to win support against Peru.",
    "Tarvania pushed its claim at the World Court to gain backing against Morvia.",
    "Ecuador pressed the matter at the Organization of American States to rally votes against Peru.",
])
def test_a_purpose_of_the_subject_after_an_object_is_no_demand(rules_only, text):
    assert not _asserted(_events(rules_only, text), "DEMAND")


@pytest.mark.parametrize("text", [
    "The Velmar Farmers Union petitioned the United Nations to halt the dam project.",
    "Ecuador has petitioned the United Nations to send observers.",
])
def test_a_petition_to_act_after_the_object_is_a_demand_on_it(rules_only, text):
    demand = _asserted(_events(rules_only, text), "DEMAND")
    assert demand and len(demand[0].actors) == 2
