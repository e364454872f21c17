"""Aid told by its cargo alone, the cargo what the verb governs: shipped, handed over,
sold, rushed, airlifted ... to a party; lending told by its sum. Sentences written for these
tests; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "Chile delivered food and medicine to Peru on Monday.",
    "Chile shipped artillery shells to Peru last week.",
    "Chile handed over 20 tanks to Peru on Monday.",
    "Chile handed Peru a batch of howitzers on Monday.",
    "Chile sold 24 fighter jets to Peru on Monday.",
    "Chile rushed emergency supplies to Peru on Monday.",
    "Chile airlifted tents and blankets to Peru on Monday.",
    "Chile sent a humanitarian convoy to Peru on Monday.",
    "Chile dispatched rescue teams to Peru after the earthquake on Monday.",
])
def test_cargo_sent_to_a_party_is_aid_to_it(rules_only, text):
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _roles(aid[0]) == {"CHL": "source", "PER": "target"}


@pytest.mark.parametrize("text", [
    "Chile handed over the chairmanship to Peru on Monday.",
    "Chile shipped its first cargo of copper to Peru on Monday.",
    "Chile sold its stake in a mine to Peru on Monday.",
])
def test_goods_that_are_no_cargo_of_aid_make_no_aid(rules_only, text):
    assert _asserted(_events(rules_only, text), "AID") == []
