"""An armed or ruling group the gazetteer does not know, named by its own name ending in a
group head word (``armed_group_heads`` of schema/mentions.yaml), takes the country of the state
its story is told in, and stays a party even against that state. Sentences written for
these tests: invented groups, real countries."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _with_setting

from graphkit.extract.rules import load_rules


def _parties(extractor, text: str, type_: str) -> dict[str, str | None]:
    found = _asserted(_events(extractor, text), type_)
    assert found, f"no {type_} found"
    return {a.name: a.country for a in found[0].actors}


@pytest.mark.parametrize(("text", "type_", "group", "country"), [
    ("The Korvel Liberation Army attacked Ugandan troops near the border on Sunday.", "ATTACK",
     "Korvel Liberation Army", "UGA"),
    ("The Halden Brigade, an armed group in Syria, accused Turkey of shelling its positions on Monday.",
     "ACCUSE", "Halden Brigade", "SYR"),
])
def test_an_unknown_group_takes_the_country_its_sentence_names(extractor, text, type_, group, country):
    parties = _parties(extractor, text, type_)
    assert parties[group] == country


def test_an_unknown_group_takes_the_country_its_name_holds(extractor):
    text = "The Restoration Council of Guinea accused France of meddling in its affairs on Monday."
    assert _parties(extractor, text, "ACCUSE")["Restoration Council of Guinea"] == "GIN"


def test_an_unknown_group_accusing_its_own_state_is_no_domestic_event(extractor):
    text = "The Varro Liberation Front accused Ethiopia of killing civilians on Friday."
    assert _parties(extractor, text, "ACCUSE") == {"Varro Liberation Front": "ETH", "Ethiopia": "ETH"}


@pytest.mark.parametrize(("text", "type_", "group", "country"), [
    ("Dravik insurgents attacked Myanmar troops on Tuesday.", "ATTACK", "Dravik insurgents", "MMR"),
    ("Kelmar rebels accused Mali of bombing a market on Tuesday.", "ACCUSE", "Kelmar rebels", "MLI"),
])
def test_members_told_by_an_unknown_name_are_a_group_of_the_story_country(extractor, text, type_, group,
                                                                         country):
    parties = _parties(extractor, text, type_)
    assert parties == {group: country, next(k for k in parties if k != group): country}



def test_a_member_noun_need_not_also_be_a_group_head_word(extractor, tmp_path):
    heads = load_rules().mentions["armed_group_heads"]
    narrowed = _with_setting(extractor, tmp_path, "mentions.yaml", "armed_group_heads",
                             [w for w in heads if w != "insurgents"])
    text = "Dravik insurgents attacked Myanmar troops on Tuesday."
    assert _parties(narrowed, text, "ATTACK") == {"Dravik insurgents": "MMR", "Myanmar": "MMR"}


def _group_ids(extractor, text: str, group: str) -> set[str]:
    return {a.id for e in _events(extractor, text) for a in e.actors if a.name == group}


def test_an_unknown_group_is_one_actor_whether_or_not_its_story_names_a_country(extractor):
    with_country = _group_ids(extractor, "The Tarsen Liberation Army attacked Chadian troops on Sunday.",
                              "Tarsen Liberation Army")
    without = _group_ids(extractor, "The Tarsen Liberation Army attacked the Osk Brigade on Sunday.",
                         "Tarsen Liberation Army")
    assert with_country and with_country == without
