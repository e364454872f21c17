"""Aid pledged or offered is the pledge made (the corpus codes pledges of aid as AID): a verb
of pledging in a tense of its own, with no modal, tells an asserted AID dated by its own
day, neither a plan ("pledged to send ..." is no sending still to come) nor a proposal
("offered emergency aid" is no idea floated). A pledge still to come stays unasserted.
Real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _events

PLEDGES = [
    ("Germany pledged to send air defence systems to Peru on Monday.", {"DEU", "PER"}),
    ("Japan promised to provide humanitarian aid to Sri Lanka on Monday.", {"JPN", "LKA"}),
    ("Chile offered emergency aid to Nepal after the earthquake on Monday.", {"CHL", "NPL"}),
    ("Japan offered $20 million in assistance to Sri Lanka on Monday.", {"JPN", "LKA"}),
    ("Peru offered to send relief supplies to Mongolia on Monday.", {"PER", "MNG"}),
    ("Britain offered Montevideo a new package of military aid on Monday.", {"GBR", "URY"}),
]


@pytest.mark.parametrize(("text", "parties"), PLEDGES)
def test_aid_pledged_or_offered_is_asserted_on_the_day_of_the_pledge(rules_only, text, parties):
    aid = [e for e in _events(rules_only, text) if e.type == "AID"]
    assert [(e.modality, {a.country for a in e.actors}, e.date.value) for e in aid] == \
        [("asserted", parties, "2025-03-10")]


@pytest.mark.parametrize("text", [
    "Japan will offer aid to Nepal next week.",
    "Japan plans to pledge aid to Nepal.",
    "Germany could offer more aid to Uruguay, the minister said.",
])
def test_a_pledge_still_to_come_is_not_asserted(rules_only, text):
    assert not [e for e in _events(rules_only, text) if e.type == "AID" and e.modality == "asserted"]


def test_an_offer_denied_stays_negated(rules_only):
    aid = [e for e in _events(rules_only, "France did not offer aid to Mali.") if e.type == "AID"]
    assert {e.modality for e in aid} == {"negated"}
