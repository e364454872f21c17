"""A counted group that a named state's verb holds as its direct object ("X's police
detained six people") is the target, as in the passive ("six people were detained by X's
police"): of the doer's country when its words name none, named by its number as news names
it ("six people"); a group told as foreign ("six foreigners", "dual nationals") is of no
known country, named by its own words without its number (as "held 17 Western citizens"
is named in the corpus). Invented situations (Uruguay, Paraguay, Iceland)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _parties(event) -> list[tuple[str, str, str | None]]:
    return [(p.role, p.actor.name, p.actor.country) for p in event.participants]


OWN_GROUP = [
    ("Uruguayan police detained six people on Monday.", "URY", "six people"),
    ("Paraguay's intelligence service said it arrested 16 individuals involved in the plot.",
     "PRY", "16 individuals"),
    ("The Icelandic coast guard seized a trawler and detained nine people on board.", "ISL",
     "nine people"),
    ("Uruguayan authorities detained dozens of protesters in Montevideo on Friday.", "URY",
     "protesters"),
]


@pytest.mark.parametrize(("sentence", "country", "name"), OWN_GROUP, ids=[c[0][:45] for c in OWN_GROUP])
def test_a_counted_group_held_by_a_state_is_that_states_target(rules_only, sentence, country, name):
    arrests = _asserted(_events(rules_only, sentence), "ARREST")
    assert arrests, "no asserted ARREST"
    targets = [(n, c) for e in arrests for r, n, c in _parties(e) if r == "target"]
    assert (name, country) in targets, [_parties(e) for e in arrests]


FOREIGN_GROUP = [
    ("Uruguayan authorities arrested six foreigners on suspicion of conspiracy.", "foreigners"),
    ("Paraguayan police detained three foreign nationals near the border.", "foreign nationals"),
]


@pytest.mark.parametrize(("sentence", "name"), FOREIGN_GROUP, ids=[c[0][:45] for c in FOREIGN_GROUP])
def test_a_group_told_as_foreign_is_of_no_known_country(rules_only, sentence, name):
    arrests = _asserted(_events(rules_only, sentence), "ARREST")
    assert arrests, "no asserted ARREST"
    targets = [(n, c) for e in arrests for r, n, c in _parties(e) if r == "target"]
    assert (name, None) in targets, [_parties(e) for e in arrests]


def test_a_counted_group_of_a_named_country_keeps_it(rules_only):
    arrests = _asserted(_events(rules_only, "Uruguayan police detained two Chilean nationals."),
                        "ARREST")
    assert arrests and {c for e in arrests for r, _, c in _parties(e) if r == "target"} == {"CHL"}


def test_the_passive_names_the_group_by_its_number_too(rules_only):
    arrests = _asserted(_events(rules_only, "Six people were arrested by Uruguayan police."), "ARREST")
    assert arrests and ("target", "Six people", "URY") in _parties(arrests[0])
