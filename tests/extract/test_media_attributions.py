"""A sentence attributed to the media passes its speakers' words on: no STATEMENT."""

from __future__ import annotations

from extract.helpers import _events, _of_type


def test_words_told_according_to_state_media_make_no_statement(extractor):
    events = _events(extractor, "According to state media, Chilean foreign minister Ramon Ortega "
                                "said the talks with Peru had been \u201cvery productive\u201d.")
    assert not _of_type(events, "STATEMENT")


def test_words_told_according_to_an_outlets_editor_make_no_statement(extractor):
    events = _events(extractor, "According to the Lima Herald's political editor Luis Marca, "
                                "President Ramon Ortega told the Peruvian president the "
                                "relationship was an important one.")
    assert not _of_type(events, "STATEMENT")
