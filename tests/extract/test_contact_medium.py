"""A contact's medium is read off the words on its own word: a meeting told with a remote
medium is a call of that medium (the corpus codes video calls and virtual summits as CALL),
and a call's subtype says phone or video. A medium named elsewhere in the sentence changes
nothing. Sentences written for these tests; real countries only because the gazetteer knows
them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize(("text", "subtype"), [
    ("Chile's president met virtually with Peru's president on Monday.", "video"),
    ("Chile's president held an online meeting with Peru's president on Monday.", "video"),
    ("Chile's president and Peru's president took part in a virtual summit on Monday.", "video"),
    ("Chile's president held talks with Peru's president by video link on Monday.", "video"),
    ("Chile's president and Peru's president held talks via videoconference on Monday.", "video"),
    ("Chile's president held a videoconference with Peru's president on Monday.", "video"),
    ("Chile's president held talks by phone with Peru's president on Monday.", "phone"),
])
def test_a_contact_told_with_a_remote_medium_is_a_call_of_that_medium(rules_only, text, subtype):
    events = _events(rules_only, text)
    calls = _asserted(events, "CALL")
    assert len(calls) == 1 and _asserted(events, "MEET") == []
    assert calls[0].subtype == subtype
    assert _countries(calls[0]) == {"CHL", "PER"}


@pytest.mark.parametrize(("text", "subtype", "mode"), [
    ("Chile's president had a video call with Peru's president on Monday.", "video", "video"),
    ("Chile's president spoke with Peru's president via video link on Monday.", "video", "video"),
    ("Chile's president spoke by phone with Peru's president on Monday.", "phone", "phone"),
])
def test_a_call_takes_the_medium_its_phrase_tells(rules_only, text, subtype, mode):
    calls = _asserted(_events(rules_only, text), "CALL")
    assert len(calls) == 1
    assert (calls[0].subtype, calls[0].plover_mode) == (subtype, mode)


def test_a_remote_medium_elsewhere_in_the_sentence_leaves_a_meeting_a_meeting(rules_only):
    events = _events(rules_only, "Chile's president held talks with Peru's president in Lima on "
                                 "Monday after an online campaign by activists.")
    assert len(_asserted(events, "MEET")) == 1
    assert _asserted(events, "CALL") == []
