"""How far a cue of modality reaches: a clause told in a tense of its own is no part of a plan,
wish or proposal above it, and a verb joined by "and" with a subject or a tense of its own
shares no negation or question of the verb it is joined to. Invented people; real countries
only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _modalities


@pytest.mark.parametrize("text", [
    # a complement of a verb the plan or wish governs, told in the past
    "Chile wants to find out why Peru arrested two Chilean fishermen.",
    "Chile will try to find out why Peru arrested two Chilean fishermen.",
    "Chile is likely to ask why Peru arrested two Chilean fishermen.",
    "Chile wants to learn how Peru attacked the Chilean convoy.",
])
def test_a_past_complement_below_a_plan_or_wish_is_told(rules_only, text):
    found = _modalities(rules_only, text, "ARREST") | _modalities(rules_only, text, "ATTACK")
    assert found == {"asserted"}


@pytest.mark.parametrize("text", [
    "Reports suggest Peru attacked the Chilean convoy.",
    "Chile hopes Peru will attack no convoy again.",
])
def test_a_cue_s_own_complement_stays_within_its_reach(rules_only, text):
    assert "asserted" not in _modalities(rules_only, text, "ATTACK")


@pytest.mark.parametrize("text", [
    "Chile did not sign the deal and met the Peruvian envoy Tomas Vargo on Monday.",
    "Chile asked whether Peru would sign the deal and met the Peruvian envoy Tomas Vargo on Monday.",
])
def test_a_conjunct_in_a_tense_of_its_own_shares_no_negation_or_question(rules_only, text):
    assert _modalities(rules_only, text, "MEET") == {"asserted"}


@pytest.mark.parametrize("text", [
    "Chile did not meet or call the Peruvian envoy Tomas Vargo.",
    "Chile has not met or called the Peruvian envoy Tomas Vargo.",
])
def test_a_conjunct_sharing_the_auxiliary_shares_the_negation(rules_only, text):
    assert "asserted" not in _modalities(rules_only, text, "CALL")
