"""Agentless passive acts done to a counted group: the group is a party of its own, of
the country its words name or else of the state that acted (invented towns and people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _roles(event) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for p in event.participants:
        found.setdefault(p.role, set()).add(p.actor.country)
    return found


def test_a_counted_group_detained_in_a_place_is_held_by_that_state(extractor):
    events = _events(extractor, "Over 300 people were detained in Peru on Monday after the "
                                "rally in Valdomar.")
    arrests = _asserted(events, "ARREST")
    assert arrests and _roles(arrests[0]) == {"source": {"PER"}, "target": {"PER"}}
    assert {a.kind for a in arrests[0].actors} == {"country", "organisation"}


def test_a_group_counted_with_of_takes_its_noun(extractor):
    events = _events(extractor, "Dozens of soldiers were arrested in Chile on Tuesday near "
                                "Valdomar.")
    arrests = _asserted(events, "ARREST")
    assert arrests and _roles(arrests[0]) == {"source": {"CHL"}, "target": {"CHL"}}


def test_a_group_of_a_named_country_keeps_its_country(extractor):
    events = _events(extractor, "Two Peruvian officials were detained in Chile on Tuesday "
                                "near Valdomar.")
    arrests = _asserted(events, "ARREST")
    assert arrests and _roles(arrests[0]) == {"source": {"CHL"}, "target": {"PER"}}


def test_a_named_person_is_no_counted_group(extractor):
    events = _events(extractor, "Ana Merel Quispe, a Peruvian reporter, was detained in Chile "
                                "on Tuesday near Valdomar.")
    arrests = _asserted(events, "ARREST")
    assert arrests and all(a.kind != "organisation" for a in arrests[0].actors)


def test_people_told_of_before_are_no_counted_group(extractor):
    events = _events(extractor, "These individuals were detained in Peru in January near "
                                "Valdomar, the ministry said.")
    assert not any(a.kind == "organisation" for e in _asserted(events, "ARREST") for a in e.actors)


def test_members_of_a_body_are_no_group_of_a_country(extractor):
    # members stand for their organisation, which the group noun does not name
    events = _events(extractor, "Five staff members were detained in Peru on Monday near "
                                "Valdomar.")
    assert not any(a.kind == "organisation" for e in _asserted(events, "ARREST") for a in e.actors)


def test_a_counted_group_in_a_passive_relative_clause_was_acted_on(extractor):
    events = _events(extractor, "The envoy had received the files from two Peruvian officials "
                                "who were detained in Chile on Wednesday.")
    arrests = _asserted(events, "ARREST")
    assert arrests and _roles(arrests[0]) == {"source": {"CHL"}, "target": {"PER"}}
