"""Expulsions told in two ordinary wire wordings (real26a): several envoys declared
"personae non gratae" (the Latin plural), and an expulsion told as the means of a response
("by expelling three diplomats"), beside its look-alike (a participle before state forces).
Sentences written for these tests (invented people and towns); real countries only because
the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _directions(events) -> set[tuple[str | None, str | None]]:
    out = set()
    for e in _asserted(events, "EXPEL"):
        roles = {p.role: p.actor.country for p in e.participants}
        out.add((roles.get("source"), roles.get("target")))
    return out


def test_envoys_declared_personae_non_gratae_are_expelled(extractor):
    events = _events(extractor, "Chile declared three Peruvian diplomats personae non gratae "
                                "on Monday after a row over the Velmora fisheries.")
    assert ("CHL", "PER") in _directions(events)


def test_an_expulsion_told_as_the_means_of_a_response_is_an_expulsion(extractor):
    events = _events(extractor, "Chile responded on Monday by expelling three Peruvian "
                                "diplomats accused of spying in Velmora.")
    assert ("CHL", "PER") in _directions(events)


def test_a_participle_before_state_forces_is_still_no_act(rules_only):
    events = _events(rules_only, "The villagers of Velmora fought against invading Peruvian "
                                 "troops for a week.")
    assert not _asserted(events, "ATTACK") and not _asserted(events, "EXPEL")

