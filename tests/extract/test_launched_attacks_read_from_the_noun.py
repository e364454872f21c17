"""A verb of launching whose object is itself an attack noun ("launched attacks on X from Y",
"launched drone strikes on X's positions in Z"): the noun's own phrase names what was
struck; a place the attack came from, or a place the struck positions stand in, is not
its target. Invented sentences; real countries only because the gazetteer
knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "Chilean forces launched attacks on Peru from Bolivia on Monday.",
    "Chilean forces launched attacks on Peru from Bolivian territory.",
    "Chile launched drone strikes on Peru from Bolivia overnight.",
])
def test_where_an_attack_came_from_is_not_what_it_struck(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


@pytest.mark.parametrize("text", [
    "Chile launched rocket and artillery attacks on Peruvian army depots inside Bolivia on Sunday.",
    "Chile launched rocket attacks on Peruvian outposts in Bolivia last week.",
])
def test_the_struck_positions_owner_not_their_place_is_the_target(rules_only, text):
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}


def test_a_launch_with_its_target_on_the_verb_keeps_it(rules_only):
    text = "Chile launched missiles at Peru on Monday."
    attacks = _asserted(_events(rules_only, text), "ATTACK")
    assert len(attacks) == 1
    assert _roles(attacks[0]) == {"CHL": "source", "PER": "target"}
