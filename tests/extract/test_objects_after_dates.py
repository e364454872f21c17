"""Wire copy puts the day before the object ("denounced on Tuesday X's decision"); the
parser then reads the object into the date phrase ("Tuesday X's decision" as the object of
"on"). The phrase is still the verb's object, and whom it names is a party. Sentences
written for these tests (invented places)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Chile's foreign ministry denounced on Tuesday Peru's decision to close the Tarvella crossing.",
    "Chile condemned on Monday Peru's seizure of a fishing boat off Tarvella.",
])
def test_an_object_after_the_day_is_the_target(rules_only, sentence):
    accusations = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert [{p.actor.country: p.role for p in e.participants} for e in accusations] == [
        {"CHL": "source", "PER": "target"}]


def test_the_day_before_the_object_still_dates_the_act(rules_only):
    sentence = "Chile condemned on Monday Peru's seizure of a fishing boat off Tarvella."
    [accusation] = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert accusation.date.value == "2025-03-10"
