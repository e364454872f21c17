"""Counted men and women ("two men", "three women") are counted groups an arrest holds, as
"six people" and "16 individuals" are: the target of the state that held them (of the
country their words name, else the holder's), named by their number. Invented situations
(Uruguay, Paraguay, Chile)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

HELD = [
    ("Uruguayan customs agents arrested two men at the port of Montevideo on Monday.", "two men",
     "URY"),
    ("Police officers detained three women at a market in Montevideo.", "three women", "URY"),
    ("Four men were arrested by Paraguayan police on Friday.", "Four men", "PRY"),
]


@pytest.mark.parametrize(("sentence", "name", "country"), HELD, ids=[h[0][:45] for h in HELD])
def test_counted_men_or_women_are_the_arrests_target(rules_only, sentence, name, country):
    arrests = _asserted(_events(rules_only, sentence), "ARREST")
    assert arrests, "no asserted ARREST"
    targets = [(p.actor.name, p.actor.country) for e in arrests for p in e.participants
               if p.role == "target"]
    assert (name, country) in targets, targets


def test_men_of_a_named_country_keep_it(rules_only):
    arrests = _asserted(_events(rules_only, "Two Chilean men were detained by Uruguayan police."),
                        "ARREST")
    assert arrests and {p.actor.country for e in arrests for p in e.participants
                        if p.role == "target"} == {"CHL"}
