"""A counted plural reference ("the three governments") stands for the last list of that
many parties named together before it. Sentences written for these tests (invented
situation)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

_LIST = "Kenya, Tanzania and Rwanda closed their borders with Uganda on Sunday. "


def _roles(event) -> list[tuple[str, str]]:
    return [(p.actor.name, p.role) for p in event.participants]


def test_a_counted_reference_acts_for_the_parties_listed_before(rules_only):
    events = _events(rules_only, _LIST + "The three governments denounced Uganda's border policy.")
    accusations = _asserted(events, "ACCUSE")
    assert [_roles(e) for e in accusations] == [[
        ("Kenya", "source"), ("Tanzania", "source"), ("Rwanda", "source"), ("Uganda", "target")]]

