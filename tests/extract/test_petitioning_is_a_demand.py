"""Petitioning a party to act is a demand on it, whether the parser hangs the infinitive on
the object or on the verb as a clause of purpose. Sentences written for these tests
(invented places; real countries and bodies)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("text", [
    "Bolivia formally petitioned Chile to reopen the border crossing at Arvale.",
    "Paraguay has petitioned the International Court of Justice to order a halt to the dam "
    "works.",
    "Last month the Bolivian government petitioned Peru to extradite the former mayor of Arvale.",
])
def test_petitioning_a_party_to_act_is_a_demand_on_it(rules_only, text):
    demand = _asserted(_events(rules_only, text), "DEMAND")
    assert demand and len(demand[0].actors) == 2
