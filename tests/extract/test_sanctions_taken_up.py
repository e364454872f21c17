"""A state that adopts or joins another body's sanctions imposes them itself: the verb's
subject is the doer, not the body named on the sanctions ("Norway adopted the EU's
sanctions on Russia": Norway on Russia; probe58; invented sentences)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

TAKEN_UP = [
    ("Switzerland adopted the EU's latest sanctions against Iran on Friday.", ("CHE", "IRN")),
    ("Norway adopted the European Union's new sanctions on Russia on Wednesday.", ("NOR", "RUS")),
    ("Iceland joined the EU's sanctions on Iran on Monday.", ("ISL", "IRN")),
    ("Norway joined the EU sanctions against Belarus on Tuesday.", ("NOR", "BLR")),
    ("Japan joined the G7 sanctions against Russia on Friday.", ("JPN", "RUS")),
    ("Canada joined new sanctions against Venezuela on Thursday.", ("CAN", "VEN")),
    # imposing another body's sanctions (probe59)
    ("Norway imposed the EU's sanctions on Russia on Monday.", ("NOR", "RUS")),
    ("Norway imposed the European Union's sanctions on Belarus on Monday.", ("NOR", "BLR")),
    ("Iceland imposed the EU's latest sanctions against Iran on Tuesday.", ("ISL", "IRN")),
    ("Montenegro imposed the European Union's new sanctions on Russia on Tuesday.", ("MNE", "RUS")),
]


@pytest.mark.parametrize(("sentence", "countries"), TAKEN_UP, ids=[c[0][:40] for c in TAKEN_UP])
def test_the_state_taking_up_sanctions_is_their_doer(rules_only, sentence, countries):
    found = _asserted(_events(rules_only, sentence), "SANCTION")
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]


@pytest.mark.parametrize("sentence", [
    "The EU adopted its 16th package of sanctions against Russia on Monday.",
    "EU foreign ministers adopted new sanctions on Belarus on Monday.",
    "The EU imposed its sanctions on Russia on Monday.",
])
def test_a_body_adopting_its_own_sanctions_stays_their_doer(rules_only, sentence):
    found = _asserted(_events(rules_only, sentence), "SANCTION")
    assert [a.country for e in found for a in e.actors][:1] == ["EU"]


ALIGNED = [
    ("Switzerland aligned itself with the EU's sanctions on Russia on Monday.", ("CHE", "RUS")),
    ("Switzerland aligned itself with the EU sanctions against Iran on Monday.", ("CHE", "IRN")),
    ("Norway aligned with the European Union's new sanctions on Belarus on Tuesday.", ("NOR", "BLR")),
    ("Montenegro aligned itself with EU sanctions against Russia on Tuesday.", ("MNE", "RUS")),
]


@pytest.mark.parametrize(("sentence", "countries"), ALIGNED, ids=[c[0][:40] for c in ALIGNED])
def test_a_state_aligning_itself_with_sanctions_imposes_them(rules_only, sentence, countries):
    found = _asserted(_events(rules_only, sentence), "SANCTION")
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]


@pytest.mark.parametrize("sentence", [
    "Serbia refused to align itself with EU sanctions against Russia.",
    "Serbia has not aligned with the EU's sanctions on Russia.",
])
def test_a_state_refusing_to_align_imposes_none(rules_only, sentence):
    assert not _asserted(_events(rules_only, sentence), "SANCTION")
