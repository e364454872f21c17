"""A counted group that a named state's verb holds as its direct object ("X's police
detained six people") is the target, as in the passive ("six people were detained by X's
police"): of the doer's country when its words name none, named by its number as news names
it ("six people"); a group told as foreign ("six foreigners", "dual nationals") is of no
known country, named by its own words without its number (as "held 17 Western citizens"
is named in the corpus). Invented situations (Uruguay, Paraguay, Mongolia, Estonia)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _parties(event) -> list[tuple[str, str, str | None]]:
    return [(p.role, p.actor.name, p.actor.country) for p in event.participants]


OWN_GROUP = [
    ("Uruguayan police detained six people on Monday.", "URY", "six people"),
    ("Mongolia's tax office said it arrested 23 students accused of forging permits.", "MNG",
     "23 students"),
    ("The Estonian border guard searched a ferry and detained eleven students for questioning.",
     "EST", "eleven students"),
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
    ("Mongolian police arrested four foreigners after a raid on a warehouse.", "foreigners"),
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


def test_groups_of_other_counts_are_other_actors(rules_only):
    """The id holds the count the name holds: "six people" and "two people" held by one
    state are two groups, not one actor shown with the other's count."""
    ids = {p.actor.name: p.actor.id
           for sentence in ("Uruguayan police detained six people on Monday.",
                            "Uruguayan police detained two people on Tuesday.")
           for e in _asserted(_events(rules_only, sentence), "ARREST")
           for p in e.participants if p.role == "target"}
    assert set(ids) == {"six people", "two people"} and ids["six people"] != ids["two people"], ids
