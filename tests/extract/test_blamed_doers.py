"""A protest aimed at a deed told with its doer after "by" ("protested against intrusions by
X") accuses the doer, whatever word names the deed; and a further accusation told with
"also" and aimed at a party the earlier one did not name is a new act, not the first one
told again. Sentences written for these tests (invented people and lake)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

ACCUSED = "Kenyan envoy Miriam Achola accused Uganda of stealing cattle near Lake Obwe. "


def _pairs(events: list) -> list[tuple[str, str]]:
    return [(next(p.actor.name for p in e.participants if p.role == "source"),
             next(p.actor.name for p in e.participants if p.role == "target")) for e in events]


@pytest.mark.parametrize(("sentence", "doer"), [
    ("Kenya protested against repeated intrusions by Ugandan coast guard ships into waters "
     "near Lake Obwe.", "Ugandan Coast Guard"),
    ("Kenya protested against intrusions by Uganda near Lake Obwe.", "Uganda"),
])
def test_a_protest_at_a_deed_accuses_its_doer(rules_only, sentence, doer):
    accusations = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert _pairs(accusations) == [("Kenya", doer)]


def test_a_protest_at_a_deed_with_no_doer_accuses_nobody(rules_only):
    sentence = "Kenya protested against repeated intrusions into waters near Lake Obwe."
    assert _asserted(_events(rules_only, sentence), "ACCUSE") == []


def test_a_further_accusation_of_a_new_party_is_a_second_act(rules_only):
    text = ACCUSED + "Achola also condemned the Ugandan coast guard for seizing fishing boats."
    assert _pairs(_asserted(_events(rules_only, text), "ACCUSE")) == [
        ("Miriam Achola", "Uganda"), ("Miriam Achola", "Ugandan Coast Guard")]


@pytest.mark.parametrize("second", [
    "Achola condemned the Ugandan coast guard for seizing fishing boats.",  # no "also"
    "Achola also accused Uganda of seizing fishing boats.",  # the same party again
])
def test_an_accusation_told_again_stays_one(rules_only, second):
    assert _pairs(_asserted(_events(rules_only, ACCUSED + second), "ACCUSE")) == [
        ("Miriam Achola", "Uganda")]
