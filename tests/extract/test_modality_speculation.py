"""Questions and speculation: what is asked, rumoured or told by an unconfirmed source is no
event told; what is "reportedly" done is (invented sentences)."""

from __future__ import annotations

import pytest
from extract.modality_battery import ILVANE, VERRICK, check

SPECULATIONS = [
    (f"It is unclear whether {ILVANE} will meet {VERRICK}.", {"MEET": "hypothetical"}),
    ("Peru is rumoured to be planning sanctions on Chile.", {"SANCTION": "hypothetical"}),
    ("Officials would not say whether Chile had expelled the Peruvian envoy.",
     {"EXPEL": "hypothetical"}),
    ("Will Chile impose sanctions on Peru?", {"SANCTION": "hypothetical"}),
    ("Analysts speculated that Norway might expel Kenyan diplomats.", {"EXPEL": "hypothetical"}),
    (f"There was speculation that {ILVANE} could visit Peru.", {"MEET": "hypothetical"}),
    ("Norway asked whether Kenya had arrested its citizens.", {"ARREST": "hypothetical"}),
]

TOLD = [
    ("Chile reportedly expelled two Peruvian diplomats.", {"EXPEL": "asserted"}),
    (f"{ILVANE} reportedly met {VERRICK} in Lima on Tuesday.", {"MEET": "asserted"}),
    ("Peru allegedly shelled a Chilean border post on Tuesday.", {"ATTACK": "asserted"}),
]


@pytest.mark.parametrize("case", SPECULATIONS, ids=[c[0][:40] for c in SPECULATIONS])
def test_a_question_or_speculation_is_no_event_told(extractor, case):
    check(extractor, case)


@pytest.mark.parametrize("case", TOLD, ids=[c[0][:40] for c in TOLD])
def test_an_act_told_reportedly_is_told(extractor, case):
    check(extractor, case)


def test_a_meeting_rumoured_to_have_happened_is_hypothetical(extractor):
    check(extractor, ("Chilean and Peruvian officials are rumoured to have met in secret.",
                      {"MEET": "hypothetical"}))


def test_an_attack_told_by_unconfirmed_reports_is_hypothetical(extractor):
    check(extractor, ("Unconfirmed reports said Peruvian troops had attacked a Chilean village.",
                      {"ATTACK": "hypothetical"}))


def test_an_attack_told_according_to_unverified_reports_is_hypothetical(extractor):
    check(extractor, ("According to unverified reports, Peruvian troops attacked a Chilean village.",
                      {"ATTACK": "hypothetical"}))
