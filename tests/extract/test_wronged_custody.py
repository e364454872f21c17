"""Custody told as a wrong in a party's report ("said X had been detained illegally by Y",
"insisted that Y had kidnapped him", "said they were held hostage by Y") is the speaker's
accusation of the holder; the custody is the charge, not the day's arrest. Invented
people; real countries only because the gazetteer knows them. Custody the report denies
("had not kidnapped him", "was never held illegally") accuses no one."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("clause", [
    "that Tomas Varga had been detained illegally by Chile",
    "that Chile had kidnapped Tomas Varga",
    "the envoy and his staff were being held hostage by Chile inside the embassy",
])
def test_custody_told_as_a_wrong_accuses_the_holder(rules_only, clause):
    text = f"Peruvian Foreign Minister Ana Ruel said on Friday {clause}."
    events = _events(rules_only, text)
    accusations = _asserted(events, "ACCUSE")
    assert [sorted(a.name for a in e.actors) for e in accusations] == [["Ana Ruel", "Chile"]]
    assert not _asserted(events, "ARREST") and not _asserted(events, "ATTACK")


def test_custody_reported_without_a_wrong_is_an_arrest(rules_only):
    text = "Peruvian Foreign Minister Ana Ruel said on Friday that Chilean police had detained Tomas Varga."
    events = _events(rules_only, text)
    assert _asserted(events, "ARREST")
    assert not _asserted(events, "ACCUSE")


@pytest.mark.parametrize("clause", [
    "that Chile had not kidnapped Tomas Varga",
    "that Tomas Varga had never been detained illegally by Chile",
])
def test_custody_denied_as_a_wrong_accuses_no_one(rules_only, clause):
    text = f"Peruvian Foreign Minister Ana Ruel said on Friday {clause}."
    events = _events(rules_only, text)
    assert not _asserted(events, "ACCUSE")
    assert not _asserted(events, "ARREST") and not _asserted(events, "ATTACK")
