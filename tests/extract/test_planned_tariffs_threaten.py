"""A coercive measure told as a plan ("said he plans to impose a 25% tariff on X", "was
preparing to announce tariffs on X") is not done yet, but telling it is a threat made now:
an asserted THREATEN of the measure's source at its target, beside the planned measure.
Only measures worded as duties (``planned_threats.cues``): a sanction planned, or a
measure imposed, makes no threat here. Invented situations (Uruguay, Paraguay, Iceland,
Chile)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

PLANNED = [
    ("Uruguay's president said he plans to impose a 25% tariff on all Paraguayan imports.",
     "PRY"),
    ("Uruguay is planning to impose tariffs on Paraguayan steel, its president announced.", "PRY"),
    ("Uruguay intends to impose a 25% tariff on Paraguayan imports.", "PRY"),
    ("Uruguay was preparing to announce significant tariffs on Paraguay.", "PRY"),
    ("Iceland said on Monday it plans to impose new tariffs on Chilean fish.", "CHL"),
]


@pytest.mark.parametrize(("sentence", "target"), PLANNED, ids=[c[0][:45] for c in PLANNED])
def test_a_planned_tariff_is_a_threat_made_now(rules_only, sentence, target):
    threats = _asserted(_events(rules_only, sentence), "THREATEN")
    assert threats, "no asserted THREATEN"
    assert any(p.role == "target" and p.actor.country == target
               for e in threats for p in e.participants), \
        [[(p.role, p.actor.name) for p in e.participants] for e in threats]


NO_THREAT = [
    "Uruguay imposed a 10% tariff on Paraguayan steel on Monday.",
    "Iceland has imposed sanctions on Chile's largest fishing firms, aiming to cut off its revenue.",
]


@pytest.mark.parametrize("sentence", NO_THREAT, ids=[s[:45] for s in NO_THREAT])
def test_a_measure_done_or_a_purpose_is_no_threat(rules_only, sentence):
    assert not _asserted(_events(rules_only, sentence), "THREATEN")
