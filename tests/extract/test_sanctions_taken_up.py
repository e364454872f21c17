"""A state that adopts or joins another body's sanctions imposes them itself: the verb's
subject is the doer, not the body named on the sanctions ("Norway adopted the EU's
sanctions on Bolivia": Norway on Bolivia; invented sentences)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

TAKEN_UP = [
    ("Switzerland adopted the EU's latest sanctions against Paraguay on Friday.", ("CHE", "PRY")),
    ("Norway adopted the European Union's new sanctions on Bolivia on Wednesday.", ("NOR", "BOL")),
    ("Iceland joined the EU's sanctions on Ecuador on Monday.", ("ISL", "ECU")),
    ("Norway joined the EU sanctions against Uruguay on Tuesday.", ("NOR", "URY")),
    ("Japan joined the G7 sanctions against Guyana on Friday.", ("JPN", "GUY")),
    ("Canada joined new sanctions against Suriname on Thursday.", ("CAN", "SUR")),
    # imposing another body's sanctions
    ("Norway imposed the EU's sanctions on Paraguay on Monday.", ("NOR", "PRY")),
    ("Norway imposed the European Union's sanctions on Bolivia on Monday.", ("NOR", "BOL")),
    ("Iceland imposed the EU's latest sanctions against Ecuador on Tuesday.", ("ISL", "ECU")),
    ("Montenegro imposed the European Union's new sanctions on Uruguay on Tuesday.", ("MNE", "URY")),
]


@pytest.mark.parametrize(("sentence", "countries"), TAKEN_UP, ids=[c[0][:40] for c in TAKEN_UP])
def test_the_state_taking_up_sanctions_is_their_doer(rules_only, sentence, countries):
    found = _asserted(_events(rules_only, sentence), "SANCTION")
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]


@pytest.mark.parametrize("sentence", [
    "The EU adopted its fourth package of sanctions against Paraguay on Monday.",
    "EU foreign ministers adopted new sanctions on Bolivia on Monday.",
    "The EU imposed its sanctions on Guyana on Monday.",
])
def test_a_body_adopting_its_own_sanctions_stays_their_doer(rules_only, sentence):
    found = _asserted(_events(rules_only, sentence), "SANCTION")
    assert [a.country for e in found for a in e.actors][:1] == ["EU"]


ALIGNED = [
    ("Switzerland aligned itself with the EU's sanctions on Paraguay on Monday.", ("CHE", "PRY")),
    ("Switzerland aligned itself with the EU sanctions against Ecuador on Monday.", ("CHE", "ECU")),
    ("Norway aligned with the European Union's new sanctions on Bolivia on Tuesday.", ("NOR", "BOL")),
    ("Montenegro aligned itself with EU sanctions against Suriname on Tuesday.", ("MNE", "SUR")),
]


@pytest.mark.parametrize(("sentence", "countries"), ALIGNED, ids=[c[0][:40] for c in ALIGNED])
def test_a_state_aligning_itself_with_sanctions_imposes_them(rules_only, sentence, countries):
    found = _asserted(_events(rules_only, sentence), "SANCTION")
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]


@pytest.mark.parametrize("sentence", [
    "Albania refused to align itself with EU sanctions against Guyana.",
    "Albania has not aligned with the EU's sanctions on Guyana.",
])
def test_a_state_refusing_to_align_imposes_none(rules_only, sentence):
    assert not _asserted(_events(rules_only, sentence), "SANCTION")
