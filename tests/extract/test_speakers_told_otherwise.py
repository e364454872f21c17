"""A report whose speaker wire copy names otherwise than as the subject of "said": the
issuer of a document ("issued a statement saying ..."), a document's author ("a joint
statement by X and Y said ..."), a spokesperson's principal ("a spokesperson for X
said ..."), the subject of the verb a reporting gerund follows ("... by saying ..."), one
cited as saying. Sentences written for these tests (real countries, invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _speaker_countries(extractor, text: str) -> list[set[str | None]]:
    """The countries of the speakers of each asserted STATEMENT of ``text``."""
    return [{p.actor.country for p in e.participants if p.role == "speaker"}
            for e in _asserted(_events(extractor, text), "STATEMENT")]


def test_a_statement_issued_saying_is_its_issuers(extractor):
    text = "The Chilean foreign ministry issued a statement saying Chile would never recognise the vote."
    assert {"CHL"} in _speaker_countries(extractor, text)


def test_a_statement_issued_by_a_ministry_is_the_ministrys(extractor):
    text = "A statement issued by the Chilean foreign ministry said Chile would never accept the ruling."
    assert {"CHL"} in _speaker_countries(extractor, text)


def test_a_joint_statement_by_two_countries_is_both_of_theirs(extractor):
    text = "A joint statement by Chile and Argentina said the two countries would never accept the ruling."
    assert {"CHL", "ARG"} in _speaker_countries(extractor, text)


def test_a_spokesperson_for_a_ministry_speaks_for_the_ministry(extractor):
    text = "A spokesperson for the Chilean foreign ministry said Chile would not send troops to the border."
    assert {"CHL"} in _speaker_countries(extractor, text)


def test_a_gerund_after_by_speaks_for_the_subject_of_its_verb(extractor):
    text = "Chilean President Ana Ruiz surprised reporters by saying Chile would never join the alliance."
    assert {"CHL"} in _speaker_countries(extractor, text)


def test_one_cited_as_saying_speaks(extractor):
    text = "Chile's foreign minister Ana Ruiz was cited as saying that Chile would never accept the ruling."
    assert {"CHL"} in _speaker_countries(extractor, text)
