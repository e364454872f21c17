"""Whom a state declares persona non grata is the expulsion's target, however the parser
hangs the group on the phrase: as the subject of "persona" or, for a compound noun
("embassy staff", "embassy employee"), as a compound of it (graphkit.extract.arguments;
invented sentences)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

DECLARED = [
    ("Uruguay declared twelve Paraguayan embassy staff persona non grata.", ("URY", "PRY")),
    ("Portugal declared three Moroccan embassy staff persona non grata on Monday.", ("PRT", "MAR")),
    ("Iceland declared a Chilean embassy employee persona non grata on Monday.", ("ISL", "CHL")),
    ("Malawi declared the Peruvian envoy persona non grata on Tuesday.", ("MWI", "PER")),
    ("Finland declared five Bolivian embassy employees persona non grata on Monday.", ("FIN", "BOL")),
    ("Ecuador declared two Estonian embassy officials persona non grata.", ("ECU", "EST")),
    ("Ghana declared the Danish ambassador persona non grata.", ("GHA", "DNK")),
]


@pytest.mark.parametrize(("sentence", "countries"), DECLARED, ids=[c[0][:40] for c in DECLARED])
def test_the_group_declared_persona_non_grata_is_expelled(rules_only, sentence, countries):
    found = _asserted(_events(rules_only, sentence), "EXPEL")
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]
