"""An act a party says it has no intention, plan or wish to carry out is disowned, not told:
a noun of intent with a negative determiner ("has no intention of attacking X", "has no
plans to expel", "no desire to meet Y") negates the act it governs, as "refused to" does
(invented sentences)."""

from __future__ import annotations

import pytest
from extract.modality_battery import check

DISOWNED = [
    ("Chile has no intention of attacking Peru, its defence minister said on Monday.", "ATTACK"),
    ("Kenya has no intention of threatening Tanzania, Foreign Minister Amos Teleku said.", "THREATEN"),
    ("Norway has no plans to expel Kenyan diplomats, a spokeswoman said on Tuesday.", "EXPEL"),
    ("Peru has no desire to sanction Bolivia, President Rosa Quilla said on Thursday.", "SANCTION"),
    ("The ministry said Ecuador had no interest in attacking Colombia.", "ATTACK"),
    ("Uruguay has no wish to meet Paraguayan officials, its foreign minister said.", "MEET"),
]


@pytest.mark.parametrize(("sentence", "type_"), DISOWNED, ids=[c[0][:40] for c in DISOWNED])
def test_an_act_with_no_intention_behind_it_is_not_told(extractor, sentence, type_):
    check(extractor, (sentence, {type_: "negated"}))


# "no" on a noun that governs the act as an intent noun would ("no hesitation in attacking"
# has the shape of "no intention of attacking"), but that is no intent: the act is told
NOT_INTENT = [
    ("Chile had no hesitation in attacking Peruvian border posts on Monday.", "ATTACK"),
    ("Kenya showed no hesitation in sanctioning Tanzanian officials on Tuesday.", "SANCTION"),
    ("Chile had no qualms about expelling Peruvian diplomats on Monday.", "EXPEL"),
]


@pytest.mark.parametrize(("sentence", "type_"), NOT_INTENT, ids=[c[0][:40] for c in NOT_INTENT])
def test_no_on_a_governing_noun_that_is_not_an_intent_leaves_the_act_told(extractor, sentence, type_):
    check(extractor, (sentence, {type_: "asserted"}))


# a doubt denied is no intent denied: tests/extract/test_doubt_denied_affirms.py
