"""A counteroffensive or counterattack is an attack on the party it is launched against
(schema/event_types.yaml, ATTACK's nouns and verbs; invented sentences). The
hyphenated "counter-offensive", which the tokenizer splits and the parser misreads, is left."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

COUNTERED = [
    ("Ukraine launched a counteroffensive against Russia on Monday.", ("UKR", "RUS")),
    ("Armenia began a counteroffensive against Azerbaijan on Tuesday.", ("ARM", "AZE")),
    ("The Sudanese army mounted a counteroffensive against Chad on Tuesday.", ("SDN", "TCD")),
    ("Ukraine's counteroffensive against Russia began on Monday.", ("UKR", "RUS")),
    ("Ethiopia launched a counterattack against Eritrea on Monday.", ("ETH", "ERI")),
    ("Ethiopia counterattacked Eritrea on Monday.", ("ETH", "ERI")),
]


@pytest.mark.parametrize(("sentence", "countries"), COUNTERED, ids=[c[0][:40] for c in COUNTERED])
def test_a_counteroffensive_attacks_the_party_it_is_launched_against(rules_only, sentence, countries):
    found = _asserted(_events(rules_only, sentence), "ATTACK")
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]
