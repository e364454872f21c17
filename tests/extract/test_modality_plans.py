"""Plans: an act still to come ("will meet", "is due to", "is to visit") is planned, not
told (invented sentences)."""

from __future__ import annotations

import pytest
from extract.modality_battery import ILVANE, VERRICK, check

PLANS = [
    (f"{ILVANE} will meet {VERRICK} in Lima next week.", {"MEET": "planned"}),
    (f"{ILVANE} is due to visit Peru on Monday.", {"MEET": "planned"}),
    (f"{ILVANE} is expected to meet {VERRICK} on Monday.", {"MEET": "planned"}),
    ("Norway plans to impose sanctions on Kenya.", {"SANCTION": "planned"}),
    ("The foreign ministers of Chile and Peru agreed to meet next week.",
     {"MEET": "planned", "AGREE": "asserted"}),
    (f"{VERRICK} is set to visit Chile later this month.", {"MEET": "planned"}),
    (f"A meeting between {ILVANE} and {VERRICK} is scheduled for Tuesday.", {"MEET": "planned"}),
    ("Talks between Norway and Kenya are scheduled to take place in Oslo next month.",
     {"MEET": "planned"}),
    ("Kenyan President Amos Teleku is scheduled to travel to Norway on Thursday.",
     {"MEET": "planned"}),
    ("Chile intends to expel two Peruvian diplomats.", {"EXPEL": "planned"}),
    ("Norwegian Prime Minister Eira Holmsdal hopes to meet Kenyan President Amos Teleku soon.",
     {"MEET": "planned"}),
    (f"{ILVANE} will hold talks with {VERRICK} on Friday.", {"MEET": "planned"}),
    ("Norwegian Prime Minister Eira Holmsdal will travel to Nairobi next week for talks with "
     "Kenyan President Amos Teleku.", {"MEET": "planned"}),
    ("Chile and Peru will sign a trade agreement next month.", {"AGREE": "planned"}),
    ("The two leaders are slated to meet in Santiago on Sunday.", {"MEET": "planned"}),
    ("An upcoming summit between Chile and Peru will focus on water rights.", {"MEET": "planned"}),
    (f"Chile prepares to host {VERRICK} next week.", {"MEET": "planned"}),
    ("Peru is preparing to impose sanctions on Chile.", {"SANCTION": "planned"}),
    # an event noun as the subject of a schedule's predicate
    ("Talks between Chile and Peru are due to begin on Monday.", {"MEET": "planned"}),
    ("The summit of Norway and Kenya is slated to convene next week, the ministry said.",
     {"MEET": "planned"}),
]


@pytest.mark.parametrize("case", PLANS, ids=[c[0][:40] for c in PLANS])
def test_a_plan_is_no_event_told(extractor, case):
    check(extractor, case)


def test_an_arrangement_told_with_is_to_is_planned(extractor):
    check(extractor, (f"{VERRICK} is to visit Chile in April.", {"MEET": "planned"}))


def test_a_visit_one_is_poised_to_make_is_planned(extractor):
    check(extractor, (f"{ILVANE} is poised to visit Peru.", {"MEET": "planned"}))
