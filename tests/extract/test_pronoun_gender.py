"""Which person "he" and "she" refer back to: the most recent person of agreeing gender,
one behaviour each, on sentences written for these tests (invented people)."""

from __future__ import annotations

from extract.helpers import PUBLISHED, _asserted, _events

from graphkit.extract.gender import GenderReader
from graphkit.model import Actor
from graphkit.reference.entries import build_people
from graphkit.reference.gazetteer import Gazetteer


def _pronoun_reading(extractor, text: str, pronoun: str) -> str:
    """The name of the person the first ``pronoun`` of ``text`` resolves to."""
    doc = extractor.nlp(text)
    found = extractor.actors.mentions(doc, PUBLISHED)
    token = next(t for t in doc if t.text == pronoun)
    mention = found.at(token.i)
    assert mention is not None and mention.via == "pronoun"
    return mention.actors[0].name


def _person(name: str) -> Actor:
    return Actor(id=Actor.make_id("person", name), name=name, kind="person")


def test_she_refers_back_past_a_nearer_man_to_the_last_woman(extractor):
    text = ("Peruvian minister Ana Quispe welcomed the offer on Monday. "
            "Chilean President Tomas Orrego said it came too late. "
            "She said the talks would go on.")
    assert _pronoun_reading(extractor, text, "She") == "Ana Quispe"


def test_he_refers_back_past_a_nearer_woman_to_the_last_man(extractor):
    text = ("Chilean President Tomas Orrego welcomed the offer on Monday. "
            "Peruvian minister Ana Quispe said it came too late. "
            "He said the talks would go on.")
    assert _pronoun_reading(extractor, text, "He") == "Tomas Orrego"


def test_her_within_a_sentence_skips_a_man_named_nearer(extractor):
    text = ("Peruvian minister Ana Quispe met Chilean President Tomas Orrego in Lima "
            " and thanked him for her invitation.")
    assert _pronoun_reading(extractor, text, "her") == "Ana Quispe"


def test_a_person_of_unknown_gender_agrees_with_either_pronoun(extractor):
    text = ("Peruvian minister Ana Quispe welcomed the offer on Monday. "
            "Chilean President Zarvi Tollund said it came too late. "
            "He said the talks would go on.")
    assert _pronoun_reading(extractor, text, "He") == "Zarvi Tollund"


def test_an_honorific_tells_the_gender_of_an_unknown_first_name(extractor):
    text = ("Peruvian minister Ms Zarvi Tollund welcomed the offer on Monday. "
            "Chilean President Tomas Orrego said it came too late. "
            "She said the talks would go on.")
    assert _pronoun_reading(extractor, text, "She") == "Zarvi Tollund"


def test_across_sentences_he_is_the_subject_of_the_last_main_clause(extractor):
    text = ("Chilean President Tomas Orrego said Peruvian minister Darek Vilno had erred in the talks. "
            "He said the border would stay closed.")
    assert _pronoun_reading(extractor, text, "He") == "Tomas Orrego"


def test_a_statement_by_she_goes_to_the_woman_not_the_man_she_spoke_of(extractor):
    events = _events(extractor, "Peruvian Foreign Minister Ana Quispe spoke after Chilean "
                                "President Tomas Orrego on Tuesday. Orrego said Lima had erred. "
                                "She said Peru would never accept the new border line.")
    speakers = {a.name for e in _asserted(events, "STATEMENT") for a in e.actors}
    assert "Ana Quispe" in speakers


def test_the_gazetteer_gender_overrides_the_first_name(extractor):
    people = build_people({"people": {"PER": [
        {"name": "Kristel Vaarn", "gender": "male", "offices": []}]}})
    gazetteer = Gazetteer([], [], [], people, [])
    reader = GenderReader(extractor.rules, gazetteer, frozenset(), frozenset())
    assert reader.of_person(_person("Kristel Vaarn")) == "male"
    assert reader.of_person(_person("Kristel Tamm")) == "female"


def test_gendered_words_that_disagree_leave_the_gender_unknown(extractor):
    reader = GenderReader(extractor.rules, Gazetteer([], [], [], [], []), frozenset(), frozenset())
    assert reader.of_person(_person("Zarvi Tollund"), ["Mr"]) == "male"
    assert reader.of_person(_person("Zarvi Tollund"), ["Mr", "spokeswoman"]) is None


def test_a_one_word_name_of_an_unknown_person_tells_no_gender(extractor):
    reader = GenderReader(extractor.rules, Gazetteer([], [], [], [], []), frozenset(), frozenset())
    assert reader.of_person(_person("Maria")) is None
