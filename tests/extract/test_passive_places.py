"""Who acted in an agentless passive: the state of the place where it happened, unless
the place is named as what the act hit (invented people and towns)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _sources(event) -> set[str | None]:
    return {p.actor.country for p in event.participants if p.role == "source"}


def test_a_place_named_as_what_was_hit_is_not_the_attacker(extractor):
    events = _events(extractor, "A Peruvian rocket was fired at a Chilean patrol boat off Valdomar "
                                "on Monday.")
    assert not any("CHL" in _sources(e) for e in _asserted(events, "ATTACK"))


def test_an_agentless_arrest_is_by_the_state_of_its_place(extractor):
    events = _events(extractor, "Two Chilean reporters were detained in Peru on Monday while "
                                "visiting Valdomar.")
    arrests = _asserted(events, "ARREST")
    assert arrests and _sources(arrests[0]) == {"PER"}


def test_a_dated_relative_clause_of_custody_is_an_arrest_by_the_state_of_its_place(extractor):
    events = _events(extractor, "Chilean writer Tomas Arbel, who was jailed in Peru in 2019, was "
                                "not part of the exchange.")
    arrests = _asserted(events, "ARREST")
    assert arrests and _sources(arrests[0]) == {"PER"}
    assert "Tomas Arbel" in {p.actor.name for p in arrests[0].participants if p.role == "target"}
