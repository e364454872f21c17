"""Hypotheticals, conditions and threats: what could, may or would happen, and the deed a
threat holds out, are no events told; the threat itself is (invented sentences)."""

from __future__ import annotations

import pytest
from extract.modality_battery import ILVANE, VERRICK, check

HYPOTHETICALS = [
    ("Chile could impose sanctions on Peru.", {"SANCTION": "hypothetical"}),
    ("Norway may expel Kenyan diplomats.", {"EXPEL": "hypothetical"}),
    (f"{ILVANE} would meet {VERRICK} if the talks progress.", {"MEET": "hypothetical"}),
    ("If Peru attacks, Chile will impose sanctions on Peru.",
     {"SANCTION": "hypothetical", "ATTACK": "hypothetical"}),
    ("Peru warned it might expel Chilean diplomats.", {"EXPEL": "hypothetical"}),
    ("Kenya threatened military action against Norway.", {"THREATEN": "asserted"}),
    ("Peru might send troops into Chile.", {"ATTACK": "hypothetical"}),
    (f"{ILVANE} said she might visit Peru.", {"MEET": "hypothetical"}),
    ("Norway is considering sanctions against Kenya.", {"SANCTION": "hypothetical"}),
    ("Kenya said it could arrest Norwegian aid workers.", {"ARREST": "hypothetical"}),
    ("Sanctions on Peru would hurt Chile's own exporters, officials in Santiago said.",
     {"SANCTION": "hypothetical"}),
    ("Chile threatened to attack Peru unless it withdrew its troops.",
     {"THREATEN": "asserted", "ATTACK": "hypothetical"}),
    ("Peru vowed to retaliate against Chile, warning of sanctions.",
     {"THREATEN": "asserted", "SANCTION": "hypothetical"}),
]


@pytest.mark.parametrize("case", HYPOTHETICALS, ids=[c[0][:40] for c in HYPOTHETICALS])
def test_a_possible_act_is_no_event_told(extractor, case):
    check(extractor, case)


def test_sanctions_threatened_with_an_infinitive_are_not_imposed(extractor):
    check(extractor, ("Chile threatened to impose sanctions on Peru.",
                      {"THREATEN": "asserted", "SANCTION": "hypothetical"}))


def test_an_expulsion_threatened_with_an_infinitive_is_not_made(extractor):
    check(extractor, ("Norway threatened to expel the Kenyan ambassador.",
                      {"THREATEN": "asserted", "EXPEL": "hypothetical"}))


def test_an_expulsion_a_state_warns_it_would_make_is_no_decision_taken(extractor):
    check(extractor, ("Norway warned it would expel Kenyan diplomats.", {"EXPEL": "hypothetical"}))


def test_a_visit_told_as_possible_is_hypothetical(extractor):
    check(extractor, (f"A visit by {ILVANE} to Peru is possible, officials said.",
                      {"MEET": "hypothetical"}))


def test_a_summit_told_as_unlikely_is_hypothetical(extractor):
    check(extractor, ("A summit between Chile and Peru is unlikely this year.",
                      {"MEET": "hypothetical"}))
