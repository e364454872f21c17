"""A detainee of no known country held by a state is of that state; a group held that is
named by words of no country stays of none. Sentences written for these tests (invented
people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _roles(event) -> dict[str, tuple[str, str | None]]:
    return {p.actor.name: (p.role, p.actor.country) for p in event.participants}


def test_a_detainee_of_no_known_country_is_of_the_holding_state(rules_only):
    text = "Police in Chile detained Ilsa Varno, the leader of a farmers' union, on Monday."
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0])["Ilsa Varno"] == ("target", "CHL")


def test_a_group_held_named_by_words_of_no_country_stays_of_none(rules_only):
    arrests = _asserted(_events(rules_only, "Chile is holding nine foreign citizens."), "ARREST")
    assert len(arrests) == 1
    assert _roles(arrests[0])["foreign citizens"] == ("target", None)
