"""A kidnapping is an act of force by its doers, not an arrest: "gunmen abducted X", "X
was kidnapped by militants" are ATTACKs (the read gold codes them so; the state of the
place named beside them is not who acted); an arrest, a detention or a jailing stays an ARREST by the
state that made it. Invented people and towns; real countries only because the gazetteer
knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Gunmen abducted a Chilean aid worker in the Peruvian town of Arcenal on Monday.",
    "Militants kidnapped two Chilean engineers near the Peruvian town of Arcenal on Monday.",
])
def test_a_kidnapping_is_an_attack_not_an_arrest(rules_only, sentence):
    events = _events(rules_only, sentence)
    assert not _asserted(events, "ARREST")
    attacks = _asserted(events, "ATTACK")
    assert attacks and "CHL" in {a.country for a in attacks[0].actors}
    # the doers are the armed men (of the country they act in, by the corpus convention),
    # not the state of the place
    assert "Peru" not in {a.name for a in attacks[0].actors}


def test_an_arrest_by_a_state_stays_an_arrest(rules_only):
    events = _events(rules_only, "Peruvian police arrested two Chilean fishermen near Arcenal on Monday.")
    arrests = _asserted(events, "ARREST")
    assert arrests and {a.country for a in arrests[0].actors} == {"PER", "CHL"}
    assert not _asserted(events, "ATTACK")
