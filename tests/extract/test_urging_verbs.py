"""Verbs of urging a party to act, with the act as an infinitive ("advised X to ...",
"counselled X to ..."), are demands of the subject on that party, as "urged X to" is; the
same verbs with no infinitive ("advised X of the decision") or no party ("encouraged
investment") ask nothing of anyone. Sentences written for these tests (invented people
and towns)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Chilean minister Ramiro Voss advised Peru to halt the dredging of the Tarvella channel.",
    "Chilean minister Ramiro Voss counselled Peru to reopen the Tarvella crossing.",
    "Chilean minister Ramiro Voss encouraged Peru to resume the Tarvella talks without delay.",
])
def test_urging_a_party_to_act_is_a_demand_on_it(rules_only, sentence):
    demands = _asserted(_events(rules_only, sentence), "DEMAND")
    assert [{p.actor.country: p.role for p in e.participants} for e in demands] == [
        {"CHL": "source", "PER": "target"}]


@pytest.mark.parametrize("sentence", [
    "Chilean minister Ramiro Voss advised Peru of the new Tarvella timetable.",
    "Chilean minister Ramiro Voss encouraged investment in Peru's Tarvella valley.",
])
def test_the_same_verbs_without_an_act_asked_demand_nothing(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), "DEMAND") == []
