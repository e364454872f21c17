"""Words had face to face ("talked face to face", "sat down to talk face-to-face", "spoke in
person with X") are a meeting, as "met" is; told by phone they stay a call. Invented
leaders; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("sentence", [
    "Chilean President Tomas Varga and Peruvian President Ana Ruel talked face to face in "
    "Lima on Monday.",
    "Chilean President Tomas Varga and Peruvian President Ana Ruel sat down to talk face-to-face on Monday "
    "in Lima.",
    "Chilean President Tomas Varga spoke in person with Peruvian President Ana Ruel in Lima "
    "on Monday.",
])
def test_words_had_face_to_face_are_a_meeting(rules_only, sentence):
    meetings = _asserted(_events(rules_only, sentence), "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"CHL", "PER"}


def test_words_had_by_phone_stay_a_call(rules_only):
    events = _events(rules_only, "Chilean President Tomas Varga talked with Peruvian President "
                                 "Ana Ruel by phone on Monday.")
    assert _asserted(events, "MEET") == []
    assert len(_asserted(events, "CALL")) == 1
