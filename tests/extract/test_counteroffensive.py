"""A counteroffensive or counterattack is an attack on the party it is launched against
(schema/event_types.yaml, ATTACK's nouns and verbs; invented sentences). The
hyphenated "counter-offensive", which the tokenizer splits and the parser misreads, is left."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

COUNTERED = [
    ("Uruguay launched a counteroffensive against Paraguay on Monday.", ("URY", "PRY")),
    ("Norway began a counteroffensive against Iceland on Tuesday.", ("NOR", "ISL")),
    ("The Bolivian army mounted a counteroffensive against Chile on Tuesday.", ("BOL", "CHL")),
    ("Uruguay's counteroffensive against Paraguay began on Monday.", ("URY", "PRY")),
    ("Portugal launched a counterattack against Morocco on Monday.", ("PRT", "MAR")),
    ("Portugal counterattacked Morocco on Monday.", ("PRT", "MAR")),
]


@pytest.mark.parametrize(("sentence", "countries"), COUNTERED, ids=[c[0][:40] for c in COUNTERED])
def test_a_counteroffensive_attacks_the_party_it_is_launched_against(rules_only, sentence, countries):
    found = _asserted(_events(rules_only, sentence), "ATTACK")
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]
