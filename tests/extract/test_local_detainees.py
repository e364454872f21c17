"""A detainee of no known country is of the state whose organ holds them; a foreigner
named with a demonym keeps that country (invented people and towns)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _targets(event) -> set[str | None]:
    return {p.actor.country for p in event.participants if p.role == "target"}


def test_a_detainee_of_no_country_is_of_the_arresting_state(extractor):
    events = _events(extractor, "Tomas Vellarik, the head of the Green Lantern society, was "
                                "arrested by Chilean police on Monday near Valdomar.")
    arrests = _asserted(events, "ARREST")
    assert arrests and _targets(arrests[0]) == {"CHL"}


def test_a_detainee_named_by_a_demonym_keeps_its_country(extractor):
    events = _events(extractor, "Peruvian reporter Tomas Vellarik was arrested by Chilean "
                                "police on Monday near Valdomar.")
    arrests = _asserted(events, "ARREST")
    assert arrests and _targets(arrests[0]) == {"PER"}
