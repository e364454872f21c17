"""Whom a state declares persona non grata is the expulsion's target, however the parser
hangs the group on the phrase: as the subject of "persona" or, for a compound noun
("embassy staff", "embassy employee"), as a compound of it (graphkit.extract.arguments;
invented sentences)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

DECLARED = [
    ("Algeria declared twelve French embassy staff persona non grata.", ("DZA", "FRA")),
    ("Mali declared three French embassy staff persona non grata on Monday.", ("MLI", "FRA")),
    ("Moldova declared a Russian embassy employee persona non grata on Monday.", ("MDA", "RUS")),
    ("Sudan declared the Kenyan envoy persona non grata on Tuesday.", ("SDN", "KEN")),
    ("Latvia declared five Belarusian embassy employees persona non grata on Monday.", ("LVA", "BLR")),
    ("Lithuania declared two Russian embassy officials persona non grata.", ("LTU", "RUS")),
    ("Chad declared the French ambassador persona non grata.", ("TCD", "FRA")),
]


@pytest.mark.parametrize(("sentence", "countries"), DECLARED, ids=[c[0][:40] for c in DECLARED])
def test_the_group_declared_persona_non_grata_is_expelled(rules_only, sentence, countries):
    found = _asserted(_events(rules_only, sentence), "EXPEL")
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]
