"""An infinitive of purpose ("flew to X to meet Y") happens when the journey it is the
purpose of does: planned with a planned journey, told with a journey told, negated with a
journey that did not take place (invented sentences)."""

from __future__ import annotations

import pytest
from extract.modality_battery import ILVANE, VERRICK, check

PURPOSES = [
    (f"{ILVANE} will travel to Lima next month to meet {VERRICK}.", {"MEET": "planned"}),
    (f"{ILVANE} is expected to fly to Lima on Friday to hold talks with {VERRICK}.",
     {"MEET": "planned"}),
    (f"{ILVANE} will visit Lima next week to meet {VERRICK}.", {"MEET": "planned"}),
    (f"{ILVANE} flew to Lima on Monday to meet {VERRICK}.", {"MEET": "asserted"}),
    (f"{ILVANE} did not fly to Lima to meet {VERRICK}.", {"MEET": "negated"}),
]


@pytest.mark.parametrize("case", PURPOSES, ids=[c[0][len(ILVANE) + 1:40] for c in PURPOSES])
def test_a_purpose_takes_the_modality_of_its_journey(extractor, case):
    check(extractor, case)
