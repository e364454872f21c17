"""A request to hand on a courtesy ("asked X to extend his greetings to Y", "urged X to
convey his regards") is politeness between the two sides, no DEMAND; a request that X act
("asked X to extend the truce") still is one (``unless_xcomp_objects`` of the DEMAND
triggers in event_types.yaml; sentences written for these tests)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "President Varko Lindqvist asked Speaker Tomas Brell to extend his greetings to President Olan Vesk.",
    "Minister Ana Rusel asked Karl Mennick to convey the congratulations of the Moldovan leaders to "
    "President Olan Vesk.",
    "President Varko Lindqvist asked Tomas Brell to pass on his best wishes to the Latvian people.",
    "President Varko Lindqvist urged Tomas Brell to convey his warm regards to the Latvian people.",
])
def test_asking_to_hand_on_a_courtesy_is_no_demand(extractor, sentence):
    assert not _asserted(_events(extractor, sentence), "DEMAND")


@pytest.mark.parametrize("sentence", [
    "President Varko Lindqvist asked Speaker Tomas Brell to extend the ceasefire.",
    "President Varko Lindqvist urged Tomas Brell to convey the proposal to the rebels.",
])
def test_asking_to_act_is_still_a_demand(extractor, sentence):
    assert _asserted(_events(extractor, sentence), "DEMAND")
