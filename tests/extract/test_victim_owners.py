"""A party named only as the owner of what an act is done against ("the sovereignty of X",
"the territorial integrity of X") is the act's victim: a verbal act does not blame it.
Sentences written for these tests (invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _targets(event) -> set[str | None]:
    return {p.actor.country for p in event.participants if p.role == "target"}


def test_the_owner_of_a_violated_sovereignty_is_not_accused(extractor):
    events = _events(extractor, "Chilean spokesperson Ana Luz said the incursion violated the "
                                "sovereignty of Peru.")
    assert not any("PER" in _targets(e) for e in _asserted(events, "ACCUSE"))


def test_a_quoted_violation_accuses_the_party_named_beside_it_not_the_victim(extractor):
    events = _events(extractor, "\"The raid violated the territorial integrity of Peru,\" "
                                "Chilean spokesperson Ana Luz told reporters in Valdomar, warning "
                                "that Bolivia must stop arming the rebels.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations
    assert all(_targets(e) == {"BOL"} for e in accusations)
