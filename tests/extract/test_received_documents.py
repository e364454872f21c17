"""Receiving a document or a message from another side ("received a letter from X", "a
note verbale", "a request") is no meeting: nobody was received in person, whether told in the
active, the passive or a participle; receiving a person still is. Sentences written for
these tests (invented people; real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _countries, _events, _of_type


@pytest.mark.parametrize("text", [
    "Peru received a letter from Chile's president Ana Quispe on Monday.",
    "A diplomatic note from Chile about its envoy Luis Varela was received by Peru on Monday.",
    "After receiving an invitation from Chile's president Ana Quispe, Peru's president said "
    "nothing.",
    "Peru's president received a message from Chile's president Ana Quispe on Monday.",
    # a plural document, as the singular (the check reads the lemma)
    "Peru's president received letters from Chile's president Ana Quispe on Monday.",
    "Peru received two notes from Chile's foreign minister Luis Varela on Monday.",
])
def test_a_document_received_makes_no_meeting(extractor, text):
    assert not _of_type(_events(extractor, text), "MEET")


def test_a_person_received_is_still_a_meeting(extractor):
    meetings = _of_type(_events(extractor, "Chile's president Ana Quispe received Peru's foreign "
                                           "minister Luis Varela on Monday."), "MEET")
    assert meetings and _countries(meetings[0]) == {"CHL", "PER"}
