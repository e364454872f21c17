"""Condemning an act whose doer the sentence does not name blames nobody: the party the act
was done to is its victim, not the accused (invented towns)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _targets(event) -> set[str | None]:
    return {p.actor.country for p in event.participants if p.role == "target"}


def test_the_victim_of_an_act_of_no_named_doer_is_not_accused(extractor):
    events = _events(extractor, "Chile condemned the attack on the Peruvian embassy in "
                                "Valdomar on Monday.")
    assert not any("PER" in _targets(e) for e in _asserted(events, "ACCUSE"))


def test_the_named_doer_of_a_condemned_act_is_accused(extractor):
    events = _events(extractor, "Chile condemned Peru's attack on the Bolivian embassy in "
                                "Valdomar on Monday.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and _targets(accusations[0]) == {"PER"}


def test_a_doer_named_by_agent_phrase_is_accused_not_the_victim(extractor):
    events = _events(extractor, "Chile condemned the attack on its embassy in Lima by "
                                "Peruvian protesters on Monday.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and "PER" in _targets(accusations[0])
