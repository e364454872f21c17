"""An accord brokered by a third side that names no sides of its own ("X brokered a
truce") is between the sides of the last event the story told between two other
countries, with the mediator beside them (``mediator_verbs`` of AGREE); so is an accord
told by its onset ("the truce began", ``onset_verbs``). Invented people; real countries
only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_truce_brokered_by_a_third_side_is_between_the_story_sides(rules_only):
    text = ("Clashes broke out on the border between Chile and Peru, with both sides blaming "
            "each other. Brazil stepped in to mediate, with Brazilian Defence Minister Rui Costa "
            "negotiating a ceasefire.")
    agreements = _asserted(_events(rules_only, text), "AGREE")
    assert len(agreements) == 1
    assert _countries(agreements[0]) == {"BRA", "CHL", "PER"}


def test_ceasefires_mediated_again_and_again_tell_no_one_accord(rules_only):
    text = ("Clashes broke out on the border between Chile and Peru, with both sides blaming "
            "each other. Brazil has mediated ceasefires since the war began.")
    assert all("BRA" not in _countries(a) for a in _asserted(_events(rules_only, text), "AGREE"))


def test_a_side_negotiating_a_truce_is_no_mediator(rules_only):
    text = ("Chilean President Tomas Varga met Peruvian President Ana Ruel in Lima on Monday. "
            "Chile negotiated a ceasefire.")
    agreements = _asserted(_events(rules_only, text), "AGREE")
    assert len(agreements) == 1
    assert _countries(agreements[0]) == {"CHL", "PER"}


def test_a_truce_told_by_its_onset_is_between_the_story_sides(rules_only):
    text = ("Clashes broke out on the border between Chile and Peru last month. The ceasefire "
            "took effect on Sunday.")
    agreements = _asserted(_events(rules_only, text), "AGREE")
    assert len(agreements) == 1
    assert _countries(agreements[0]) == {"CHL", "PER"}


def test_a_truce_told_by_its_onset_with_no_sides_in_the_story_is_no_event(rules_only):
    assert _asserted(_events(rules_only, "The ceasefire began on Sunday."), "AGREE") == []
