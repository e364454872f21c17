"""A "to" the parser marks as a dative rather than a preposition ("sent aid to Y in May")
still names the receiving party. Invented wording; real countries only because the
gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text", [
    "Chile sent aid to Peru in May.",
    "Chile sent food aid to Peru in May after the floods.",
])
def test_aid_sent_to_a_party_named_by_a_dative_to_is_aid_to_it(rules_only, text):
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _countries(aid[0]) == {"CHL", "PER"}


def test_a_signal_sent_to_a_party_is_no_aid_even_beside_arms(rules_only):
    text = "Chile's arms purchases sent a wrong signal to Peru, the minister said on Monday."
    assert _asserted(_events(rules_only, text), "AID") == []
