"""STATEMENT: who speaks (statement40).

A pronoun speaker after a quote is never a person the quote names (that person is spoken
of); a body named again without its country ("the Treasury said") is the body of that kind
the article named before with its country, whatever countries its own sentence names.
Sentences written for these tests (invented people); real countries only because the
gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events

QUOTE_NAMING_A_PERSON = (
    "Foreign Minister Brenna Quill delivered a blunt message to her Danish counterpart, "
    "Lars Holm, in Stockholm on Wednesday. \"I told the minister that Swedes were dismayed "
    "by the sentence handed to Dr Wei Long,\" she said after the talks.")


def _speakers(extractor, text: str) -> list[set[str]]:
    return [{a.name for a in e.actors} for e in _asserted(_events(extractor, text), "STATEMENT")]


def test_a_pronoun_speaker_is_not_the_person_its_quote_names(extractor):
    speakers = _speakers(extractor, QUOTE_NAMING_A_PERSON)
    assert speakers and all("Wei Long" not in s for s in speakers)


def test_a_pronoun_speaker_after_a_quote_is_the_person_told_of_before(extractor):
    assert {"Brenna Quill"} in _speakers(extractor, QUOTE_NAMING_A_PERSON)


def _speaker_countries(extractor, text: str) -> list[set[str | None]]:
    return [{p.actor.country for p in e.participants if p.role in ("speaker", "source")}
            for e in _events(extractor, text) if e.type in ("STATEMENT", "ACCUSE")
            and e.modality == "asserted"]


def test_a_body_named_again_is_the_one_named_before_with_its_country(extractor):
    countries = _speaker_countries(
        extractor, "The US Treasury on Thursday imposed sanctions on 18 Russian banks. \"These "
                   "sanctions will deepen the isolation of the Russian economy,\" the Treasury said.")
    assert countries and all(c == {"USA"} for c in countries)


def test_a_ministry_named_again_speaks_for_its_own_side(extractor):
    countries = _speaker_countries(
        extractor, "China's foreign ministry on Monday summoned the Japanese ambassador over the "
                   "Japanese prime minister's remarks. Japan's remarks were \"a grave provocation,\" "
                   "the Foreign Ministry said.")
    assert {"CHN"} in countries and all("JPN" not in c for c in countries)
