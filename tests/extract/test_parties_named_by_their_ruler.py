"""A second party named by whose ruling organ or titled person it is, in a conjunction
("X and the government of Y", "X and the president of Y"): Y takes part. Invented
wording; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize(("text", "type_"), [
    ("Chile and the government of Peru reached an agreement on Monday.", "AGREE"),
    ("Chile and the government of Peru signed a trade deal on Monday.", "AGREE"),
    ("Chile and the administration of Peru reached an agreement on Monday.", "AGREE"),
])
def test_a_party_named_by_its_government_beside_another_takes_part(rules_only, text, type_):
    events = _asserted(_events(rules_only, text), type_)
    assert events and {"CHL", "PER"} <= _countries(events[0])

