"""A verb of aiding a party itself (aid, arm, bankroll) is aid to it: its object is the
receiver, whatever the tense or what follows; a passive or a participle of such a verb
names no giver. Sentences written for these tests (real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("For two years Norway aided the Chadian navy against pirates on the lake.", "NOR", "TCD"),
    ("Germany aided Moldova with generators last winter.", "DEU", "MDA"),
    ("Mongolia armed the Senegalese army for years, the report said.", "MNG", "SEN"),
    ("Qatar bankrolled the Lebanese army for a decade, Egypt alleged.", "QAT", "LBN"),
])
def test_a_verb_of_aiding_a_party_is_aid_to_it(rules_only, text, giver, receiver):
    aid = _asserted(_events(rules_only, text), "AID")
    assert aid and {giver, receiver} <= _countries(aid[0])


@pytest.mark.parametrize("text", [
    "The rescue in Chile was aided by strong winds.",
    "Police armed with batons dispersed the crowd in Kenya.",
])
def test_a_passive_or_a_participle_of_aiding_names_no_giver(rules_only, text):
    assert not _asserted(_events(rules_only, text), "AID")
