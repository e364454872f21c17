"""A kidnapping is an act of force by its doers, not an arrest: "gunmen abducted X",
"militants kidnapped X" are ATTACKs (the read gold codes them so) aimed at the people
taken; the town it happened in is its setting, no party of it, and the state of that
town is not who acted. An arrest, a detention or a jailing stays an ARREST by the state
that made it; a kidnapping a report alleges is the speaker's accusation, not the day's
attack. Invented people and towns; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _names_by_role(event) -> dict[str, set[str | None]]:
    """The names of the event's participants by role (helpers._roles keys countries)."""
    roles: dict[str, set[str | None]] = {}
    for p in event.participants:
        roles.setdefault(p.role, set()).add(p.actor.name)
    return roles


@pytest.mark.parametrize("sentence", [
    "Gunmen abducted a Chilean aid worker in the Peruvian town of Arcenal on Monday.",
    "Militants kidnapped two Chilean engineers near the Peruvian town of Arcenal on Monday.",
    "Gunmen kidnapped two Chilean diplomats in the Peruvian city of Tambor on Monday.",
])
def test_a_kidnapping_is_an_attack_on_those_taken(rules_only, sentence):
    events = _events(rules_only, sentence)
    assert not _asserted(events, "ARREST")
    attacks = _asserted(events, "ATTACK")
    assert [_names_by_role(a).get("target") for a in attacks] == [{"Chile"}]
    # the doers are the armed men (coded with the country they act in, as the corpus
    # codes armed groups), never the state of the place
    assert "Peru" not in {a.name for a in attacks[0].actors}


def test_an_arrest_by_a_state_stays_an_arrest(rules_only):
    events = _events(rules_only, "Peruvian police arrested two Chilean fishermen near Arcenal on Monday.")
    arrests = _asserted(events, "ARREST")
    assert arrests and {a.country for a in arrests[0].actors} == {"PER", "CHL"}
    assert not _asserted(events, "ATTACK")


def test_a_kidnapping_a_report_alleges_is_an_accusation_not_an_attack(rules_only):
    events = _events(rules_only, "Chile said Peru had kidnapped its consul on Monday.")
    accusations = _asserted(events, "ACCUSE")
    assert [_names_by_role(e) for e in accusations] == [{"source": {"Chile"}, "target": {"Peru"}}]
    assert not _asserted(events, "ATTACK")


def test_a_seizure_of_ground_told_as_unlawful_is_still_an_attack(rules_only):
    text = "Chile said on Monday that Peru's troops had unlawfully seized a Chilean border outpost."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert [_names_by_role(a).get("source") for a in attacks] == [{"Peru"}]
