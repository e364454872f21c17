"""Only sanctions are taken up as one's own: "Norway joined the EU sanctions on X" makes
Norway their doer, but joining another party's attack, talks, call or accusations leaves
that party in the act ("Chilean troops joined Peru's attack on Bolivian posts" is still
Peru's attack). Invented sentences; real countries only because the gazetteer knows
them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence, type_name, owner", [
    ("Chilean troops joined Peru's attack on Bolivian posts.", "ATTACK", "PER"),
    ("Chile joined Peru's talks with Bolivia.", "MEET", "PER"),
    ("Chile's president joined Peru's call with Bolivia's president.", "CALL", "PER"),
    ("Chile joined Peru's accusations against Bolivia.", "ACCUSE", "PER"),
])
def test_joining_another_partys_act_keeps_that_party(rules_only, sentence, type_name, owner):
    found = _asserted(_events(rules_only, sentence), type_name)
    assert found, "the act is made"
    assert all(owner in {a.country for a in e.actors} for e in found)


@pytest.mark.parametrize("sentence", [
    "Chile joined the OAS sanctions against Bolivia on Tuesday.",
    "Chile adopted the EU's sanctions on Bolivia on Tuesday.",
])
def test_joining_sanctions_makes_the_joiner_their_doer(rules_only, sentence):
    found = _asserted(_events(rules_only, sentence), "SANCTION")
    assert [tuple(a.country for a in e.actors) for e in found] == [("CHL", "BOL")]
