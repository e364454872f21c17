"""An invasion told with its doer's possessive is an attack of the doer on the invaded side,
told in passing too: by the corpus convention a past or ongoing invasion mentioned by the
way is an ATTACK with a null or coarse date ("after X's invasion of Y", "amid X's
full-scale invasion of Y", "X's 2019 invasion of Y"). Named as the point from which
something else is counted ("since X's invasion of Y") or as another act's cause ("in
response to", "over", "for" X's invasion) it is no event of the rules'. Sentences written
for these tests (invented people and towns; real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _sides(extractor, sentence):
    return [{p.actor.country: p.role for p in e.participants}
            for e in _asserted(_events(extractor, sentence), "ATTACK")]


def test_an_invasion_named_after_another_act_is_an_attack_of_the_doer(rules_only):
    sentence = "The bridge at Narvel was rebuilt after Kenya's invasion of Uganda, the mayor said."
    assert _sides(rules_only, sentence) == [{"KEN": "source", "UGA": "target"}]


def test_an_ongoing_full_scale_invasion_told_as_a_setting_is_an_attack(rules_only):
    sentence = "Grain shipments from Port Obwe fell amid Kenya's full-scale invasion of Uganda."
    assert _sides(rules_only, sentence) == [{"KEN": "source", "UGA": "target"}]


def test_an_invasion_with_its_year_is_dated_to_that_year(rules_only):
    sentence = "The Narvel treaty was signed years after Kenya's 2019 invasion of Uganda."
    attacks = _asserted(_events(rules_only, sentence), "ATTACK")
    assert [e.date.value for e in attacks] == ["2019"]


def test_an_invasion_as_the_start_of_a_count_is_no_attack_of_the_rules(rules_only):
    sentence = "Envoys Amos Keter and Ruth Nalule have met twice since Kenya's invasion of Uganda."
    assert _asserted(_events(rules_only, sentence), "ATTACK") == []


def test_an_invasion_as_another_acts_cause_is_no_attack_of_the_rules(rules_only):
    sentence = "Tanzania closed the Narvel crossing in response to Kenya's invasion of Uganda."
    assert _asserted(_events(rules_only, sentence), "ATTACK") == []


def test_an_invasion_a_verb_takes_as_its_object_is_no_attack_of_the_rules(rules_only):
    sentence = "The foreign ministers Amos Keter and Ruth Nalule discussed Kenya's invasion of Uganda."
    assert _asserted(_events(rules_only, sentence), "ATTACK") == []


@pytest.mark.parametrize("sentence", [
    "Bread prices in Narvel rose because of Kenya's invasion of Uganda.",
    "Tanzania imposed sanctions in protest at Kenya's invasion of Uganda.",
    "Bread prices in Narvel rose as a result of Kenya's invasion of Uganda.",
])
def test_an_invasion_named_as_a_cause_in_other_words_is_no_attack_of_the_rules(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), "ATTACK") == []


@pytest.mark.parametrize("sentence", [
    "Envoys Amos Keter and Ruth Nalule have met twice since the start of Kenya's invasion of Uganda.",
    "Envoys Amos Keter and Ruth Nalule have met twice since the beginning of Kenya's invasion of Uganda.",
])
def test_an_invasions_start_as_the_start_of_a_count_is_no_attack_of_the_rules(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), "ATTACK") == []


@pytest.mark.parametrize("sentence", [
    "Mayor Amos Keter warned of Kenya's possible invasion of Uganda.",
    "Mayor Amos Keter spoke of Kenya's threatened invasion of Uganda.",
])
def test_an_invasion_told_as_possible_is_no_attack(rules_only, sentence):
    events = _events(rules_only, sentence)
    assert [e for e in events if e.type == "ATTACK"] == []


def test_the_invader_is_the_possessor_not_a_person_of_its_own(rules_only):
    sentence = "Kenya's ambassador left Narvel after Kenya's invasion of Uganda."
    attacks = _asserted(_events(rules_only, sentence), "ATTACK")
    assert [[(p.actor.country, p.actor.kind, p.role) for p in e.participants] for e in attacks] == [
        [("KEN", "country", "source"), ("UGA", "country", "target")]]
