"""A war or onslaught told with its doer's possessive ("X's war against Y", "X's brutal
onslaught in Y") is an attack of X on Y; told as a setting ("amid X's war ...") or as
what a verb acts on ("condemned X's war ...": that verb's content) it is not. Sentences
written for these tests (invented people and towns)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Kenya's war against Uganda has displaced thousands of herders near Lake Obwe.",
    "Kenya's brutal onslaught in Uganda has displaced thousands of herders near Lake Obwe.",
    "Officials in Kampala said Kenya's war against Uganda had entered its third year.",
])
def test_a_war_with_its_doer_is_an_attack_on_its_target(rules_only, sentence):
    attacks = _asserted(_events(rules_only, sentence), "ATTACK")
    assert [{p.actor.country: p.role for p in e.participants} for e in attacks] == [
        {"KEN": "source", "UGA": "target"}]


@pytest.mark.parametrize("sentence", [
    "The herders left Lake Obwe amid Kenya's war against Uganda.",
    "Ugandan envoy Miriam Achola condemned Kenya's war against Uganda.",
])
def test_a_war_told_as_a_setting_or_a_verbs_object_is_no_attack(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), "ATTACK") == []
