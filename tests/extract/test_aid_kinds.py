"""An aid event's kind (CAMEO 071 economic, 072 military, 073 humanitarian, 070 not
told) comes from the words of its own phrase, not from the trigger word alone; an arms
sale cleared by the seller is aid. Sentences written for these tests; real countries only
because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _aid(nlp, text):
    aid = _asserted(_events(nlp, text), "AID")
    assert len(aid) == 1, aid
    return aid[0]


@pytest.mark.parametrize(("text", "subtype", "cameo"), [
    ("Chile pledged $5 million in humanitarian assistance to Peru on Monday.", "humanitarian", "073"),
    ("Chile sent 40 tonnes of food aid to Peru on Monday.", "humanitarian", "073"),
    ("Chile donated 100,000 vaccine doses to Peru on Monday.", "humanitarian", "073"),
    ("Chile delivered howitzers to Peru on Monday.", "military", "072"),
    ("Chile announced a new package of military assistance for Peru on Monday.", "military", "072"),
    ("Chile approved a $300 million loan for Peru on Monday.", "financial", "071"),
])
def test_aid_takes_the_kind_its_own_phrase_tells(rules_only, text, subtype, cameo):
    aid = _aid(rules_only, text)
    assert (aid.subtype, aid.cameo) == (subtype, cameo)


def test_aid_of_no_told_kind_is_coded_as_aid_not_specified(rules_only):
    aid = _aid(rules_only, "Chile pledged more aid to Peru on Monday.")
    assert (aid.subtype, aid.cameo, aid.plover_mode) == (None, "070", None)


def test_a_cue_outside_the_aid_phrase_does_not_set_its_kind(rules_only):
    aid = _aid(rules_only, "Chile pledged food aid to Peru on Monday, days after a military parade in Lima.")
    assert aid.subtype == "humanitarian"


def test_an_arms_sale_cleared_by_the_seller_is_aid_from_seller_to_buyer(rules_only):
    aid = _aid(rules_only, "Chile approved the sale of 12 fighter jets to Peru on Monday.")
    assert {p.actor.country: p.role for p in aid.participants} == {"CHL": "source", "PER": "target"}
    assert aid.subtype == "military"


def test_a_sale_of_no_arms_is_no_aid(rules_only):
    events = _events(rules_only, "Chile approved the sale of a copper mine to Peru on Monday.")
    assert _asserted(events, "AID") == []
