"""A denial whose content would be an act if it were said ("X denied that Y was responsible
for ...", "denied that it would retaliate") makes no such act: the speaker disowns the
charge or the threat, so the denial is the speaker's position (a STATEMENT), never an
asserted ACCUSE or THREATEN (graphkit.extract.speech; ``negated.governors`` of
schema/modality.yaml name the denials). Invented sentences."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

DENIED = [
    ("Portugal denied that Morocco was responsible for the sabotage.", "ACCUSE"),
    ("Malawi denied that Zambia was to blame for the border clash.", "ACCUSE"),
    ("Chile denied that Peru's move was a provocation.", "ACCUSE"),
    ("Iceland denied that Norway had interfered in its election.", "ACCUSE"),
    ("Foreign Minister Tove Lindqvist denied that Uruguay was responsible for the cable damage.",
     "ACCUSE"),
    ("Ecuador denied that it would retaliate against Peru.", "THREATEN"),
]


@pytest.mark.parametrize(("sentence", "type_"), DENIED, ids=[c[0][:40] for c in DENIED])
def test_a_denial_of_what_would_be_an_act_makes_no_asserted_act(rules_only, sentence, type_):
    events = _events(rules_only, sentence)
    assert not _asserted(events, type_)
    assert _asserted(events, "STATEMENT")


@pytest.mark.parametrize("sentence", [
    "Portugal said that Morocco was responsible for the sabotage.",
    "Chile said that Peru's move was a provocation.",
    "Malawi said that Zambia was responsible for the border clash.",
])
def test_the_same_content_said_is_the_act(rules_only, sentence):
    assert _asserted(_events(rules_only, sentence), "ACCUSE")
