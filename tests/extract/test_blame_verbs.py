"""Verbs and phrases of blame aimed at a party are accusations: the source is the subject,
the target the object or the party of a target preposition ("sniped with X", "lashed out
at X"), and a naming verb's enemy word accuses whom it names. Sentences written for these
tests (invented people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Kenyan President Amos Kiprono has publicly sniped with Ugandan President Joseph Okello "
    "over the border fence.",
    "Kenyan President Amos Kiprono lashed out at Uganda on Monday.",
    "Kenyan President Amos Kiprono hit out at Uganda over the closure of the Busia crossing.",
    "Kenyan President Amos Kiprono scolded Uganda's ambassador on Tuesday.",
    "Kenyan President Amos Kiprono faulted Uganda for the delays at the Busia crossing.",
])
def test_a_verb_of_blame_accuses_the_party_it_aims_at(rules_only, sentence):
    accusations = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert len(accusations) == 1
    roles = {p.actor.country: p.role for p in accusations[0].participants}
    assert roles == {"KEN": "source", "UGA": "target"}


@pytest.mark.parametrize("sentence", [
    "Kenyan President Amos Kiprono called Uganda an enemy of the region.",
    "Kenyan President Amos Kiprono called Uganda a foe of the East African Community.",
])
def test_naming_a_party_an_enemy_accuses_it(rules_only, sentence):
    accusations = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert [{p.actor.country: p.role for p in e.participants} for e in accusations] == [
        {"KEN": "source", "UGA": "target"}]
