"""A short form the article defines in brackets after a body's name ("the Indian Coastal
Rangers Force (CRF)") stands for that body wherever it is written again, with the body's
name, its country and the short form as an alias, whether the tagger reads the later word
as an unknown organisation or as no name at all. Sentences written for these tests
(invented bodies, people and places; real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "type_", "wanted"), [
    ("The Indian Coastal Rangers Force (CRF) met Bangladeshi officials in Dhaka on Monday. "
     "On Tuesday, Bangladesh condemned the CRF over the killing of a fisherman near Tarvella.",
     "ACCUSE", ("Bangladesh", "Indian Coastal Rangers Force")),
    ("The Kenyan Special Crimes Tribunal (SCT) opened its session on Monday. "
     "The SCT sentenced former minister Arvel Tomsk to ten years in prison on Tuesday.",
     "ARREST", ("Kenyan Special Crimes Tribunal", "Arvel Tomsk")),
    ("Leaders of the Gulf Maritime League (GML) gathered in Doha on Monday. "
     "In a statement on Tuesday, the GML urged Sudan to end the fighting.",
     "DEMAND", ("Gulf Maritime League", "Sudan")),
    # a short form the tagger reads as no name at all
    ("Leaders of the Arctic League (AL) gathered in Oslo on Monday. "
     "In a statement on Tuesday, the AL urged Sudan to end the fighting.",
     "DEMAND", ("Arctic League", "Sudan")),
])
def test_a_short_form_written_again_is_the_body_named_before_it(rules_only, text, type_, wanted):
    events = _asserted(_events(rules_only, text), type_)
    assert [tuple(p.actor.name for p in e.participants) for e in events] == [wanted]


def test_the_body_keeps_its_country_and_its_short_form(rules_only):
    text = ("The Indian Coastal Rangers Force (CRF) met Bangladeshi officials in Dhaka on Monday. "
            "On Tuesday, Bangladesh condemned the CRF over the killing of a fisherman near Tarvella.")
    accused = [p.actor for e in _asserted(_events(rules_only, text), "ACCUSE") for p in e.participants
               if p.role == "target"]
    assert [(a.country, "CRF" in a.aliases) for a in accused] == [("IND", True)]


def test_a_short_form_beside_a_capitalised_word_is_part_of_a_longer_name(rules_only):
    text = ("The Indian Coastal Rangers Force (CRF) met Bangladeshi officials in Dhaka on Monday. "
            "On Tuesday, Bangladesh condemned the CRF Tarvella Unit over the killing of a fisherman.")
    accused = [p.actor.name for e in _asserted(_events(rules_only, text), "ACCUSE")
               for p in e.participants if p.role == "target"]
    assert "Indian Coastal Rangers Force" not in accused


def test_a_body_given_two_short_forms_keeps_both(rules_only):
    text = ("The Indian Coastal Rangers Force (CRF) met Bangladeshi officials in Dhaka on Monday. "
            "Later the Indian Coastal Rangers Force (ICRF) met them again. "
            "On Tuesday, Bangladesh condemned the CRF over the killing of a fisherman near Tarvella.")
    accused = [p.actor for e in _asserted(_events(rules_only, text), "ACCUSE") for p in e.participants
               if p.role == "target"]
    assert [sorted(a.aliases) for a in accused] == [["CRF", "ICRF"]]
