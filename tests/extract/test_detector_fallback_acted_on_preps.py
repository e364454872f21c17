"""When the learned detector adds an event whose word names too few parties of its own,
the sentence's other names are placed by order (before the word: acting; after: acted
on), except a name that is the object of one of the type's ``acted_on_preps``: a
recipient, target or place of the act ("drills around X", "aid to X", "sanctions on X")
is acted on wherever it stands, never the doer. A detector that adds one type to every
sentence stands in for the trained one (with no words of its own it anchors on the
sentence's root); invented wording, real countries."""

from __future__ import annotations

import pytest
from extract.helpers import _adding, _asserted, _events

from graphkit.extract import Extractor


@pytest.mark.parametrize(("type_name", "text", "expected"), [
    pytest.param("THREATEN", "The drills around Chile by the navy of Peru ended on Friday.",
                 [("PER", "source"), ("CHL", "target")], id="drills around a country"),
    pytest.param("THREATEN", "The manoeuvres near Chile by the navy of Peru ended on Friday.",
                 [("PER", "source"), ("CHL", "target")], id="manoeuvres near a country"),
    pytest.param("AID", "The convoys into Peru by the army of Ghana ended on Monday.",
                 [("GHA", "source"), ("PER", "target")], id="convoys into a country"),
])
def test_the_object_of_a_recipient_or_place_preposition_is_acted_on_before_the_word(
        rules_only: Extractor, type_name: str, text: str, expected: list[tuple[str, str]]) -> None:
    extractor = Extractor(nlp=rules_only.nlp, detector=_adding(type_name))
    events = _asserted(_events(extractor, text), type_name)
    assert [(p.actor.country, p.role) for e in events for p in e.participants] == expected
