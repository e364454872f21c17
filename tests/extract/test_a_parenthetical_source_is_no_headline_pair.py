"""A comma after the opening name may set off who believes what the sentence tells ("X, Yian
officials believe, attacked Z"): a parenthetical source, not a headline's pair of subjects
("X, Y leaders hold talks"). The verb of a headline pair is followed by what it does, never
by a comma, so a verb with a comma right after it leaves the sentence to be read as prose: its
act is the opening name's. Invented towns; real countries only because the gazetteer knows
them. Rules only."""

from __future__ import annotations

import pytest
from extract.helpers import _events, _roles


@pytest.mark.parametrize(("text", "doer", "target"), [
    ("Chile, European officials believe, attacked Peruvian ships last week.", "CHL", "PER"),
    ("Ecuador, Chilean officials fear, will attack Peru.", "ECU", "PER"),
])
def test_a_parenthetical_source_leaves_the_act_to_the_opening_name(rules_only, text, doer, target):
    attacks = [e for e in _events(rules_only, text) if e.type == "ATTACK"]
    assert [_roles(e) for e in attacks] == [{doer: "source", target: "target"}]


def test_a_headline_pair_with_a_plural_noun_still_meets(rules_only):
    events = _events(rules_only, "Chilean, Peruvian ministers meet in Velmora")
    meetings = [e for e in events if e.type == "MEET"]
    assert meetings and {a.country for a in meetings[0].actors} == {"CHL", "PER"}
