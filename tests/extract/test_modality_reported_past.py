"""Reported past: an act told in the pluperfect or in someone's words as done is an event
told (invented sentences)."""

from __future__ import annotations

import pytest
from extract.modality_battery import ILVANE, VERRICK, check

PAST = [
    (f"{ILVANE} had met {VERRICK} in Lima on Tuesday.", {"MEET": "asserted"}),
    (f"{ILVANE} said she had met {VERRICK} on Tuesday.", {"MEET": "asserted"}),
    ("Norway said it had expelled two Kenyan diplomats.", {"EXPEL": "asserted"}),
    ("Peru said Chile had imposed sanctions on Peruvian firms.", {"SANCTION": "asserted"}),
    ("Chile said it met Peruvian officials on Monday.", {"MEET": "asserted"}),
    (f"{ILVANE} met {VERRICK} in Lima on Tuesday, a week after they had agreed to meet.",
     {"MEET": "asserted"}),
    ("Chile and Peru agreed on Tuesday to a ceasefire.", {"AGREE": "asserted"}),
    ("Chile and Peru signed a border accord on Tuesday.", {"AGREE": "asserted"}),
    (f"{ILVANE} visited Peru on Tuesday, her office said.", {"MEET": "asserted"}),
    ("Peru expelled a Chilean diplomat on Monday after Chile refused to apologise.",
     {"EXPEL": "asserted"}),
    ("Norway imposed sanctions on Kenya on Monday, having threatened to do so for weeks.",
     {"SANCTION": "asserted"}),
]


@pytest.mark.parametrize("case", PAST, ids=[c[0][:40] for c in PAST])
def test_an_act_told_as_done_is_asserted(extractor, case):
    check(extractor, case)
