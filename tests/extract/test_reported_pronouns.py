"""Whom a subject pronoun in reported words stands for: the reporter, not the person named
last; on a sentence written for this test (invented people)."""

from __future__ import annotations

from extract.helpers import PUBLISHED


def test_he_in_reported_words_is_the_reporter_not_the_person_named_last(extractor):
    text = ("Chilean President Tomas Orrego said after his meeting with Peruvian President "
            "Luis Quispe that the two countries were bound by the accord which he signed in 2019.")
    doc = extractor.nlp(text)
    found = extractor.actors.mentions(doc, PUBLISHED)
    he = next(t for t in doc if t.text == "he")
    mention = found.at(he.i)
    assert mention is not None and mention.actors[0].name == "Tomas Orrego"
