"""Negation and cancellation: what did not happen, was refused, denied, called off,
postponed or scrapped is no event told (invented sentences)."""

from __future__ import annotations

import pytest
from extract.modality_battery import ILVANE, VERRICK, check

NEGATIONS = [
    (f"{ILVANE} did not meet {VERRICK}.", {"MEET": "negated"}),
    ("Peru refused to meet Chilean envoys.", {"MEET": "negated"}),
    ("Kenyan President Amos Teleku postponed his visit to Norway.", {"MEET": "negated"}),
    ("Chile cancelled talks with Peru.", {"MEET": "negated"}),
    ("No talks took place between Chile and Peru.", {"MEET": "negated"}),
    ("Chile and Peru failed to agree on a ceasefire.", {"AGREE": "negated"}),
    (f"The meeting between {ILVANE} and {VERRICK} was cancelled.", {"MEET": "negated"}),
    ("The summit between Chile and Peru was postponed.", {"MEET": "negated"}),
    ("Peru has not imposed sanctions on Chile.", {"SANCTION": "negated"}),
    ("Norway never expelled the Kenyan ambassador.", {"EXPEL": "negated"}),
    ("Kenya denied that its troops had shelled Norwegian peacekeepers.", {"ATTACK": "negated"}),
    ("Chile rejected Peru's proposal for talks.", {"MEET": "negated"}),
    ("Chile and Peru did not sign the accord.", {"AGREE": "negated"}),
    ("Norway declined to impose sanctions on Kenya.", {"SANCTION": "negated"}),
    ("Chile and Peru were unable to agree on the border line.", {"AGREE": "negated"}),
    ("The talks between Chile and Peru collapsed without an agreement.", {"AGREE": "negated"}),
    ("Peru denied that its foreign minister had met Chilean officials.", {"MEET": "negated"}),
    ("Kenya suspended talks with Norway.", {"MEET": "negated"}),
    (f"{ILVANE} scrapped her trip to Peru.", {"MEET": "negated"}),
]


@pytest.mark.parametrize("case", NEGATIONS, ids=[c[0][:40] for c in NEGATIONS])
def test_an_act_that_did_not_happen_is_no_event_told(extractor, case):
    check(extractor, case)


def test_an_act_denied_by_a_gerund_is_negated(extractor):
    check(extractor, ("Chile denied attacking Peruvian border posts.", {"ATTACK": "negated"}))


def test_a_visit_called_off_is_negated(extractor):
    check(extractor, ("Norway called off a planned visit to Kenya.", {"MEET": "negated"}))


def test_a_visit_told_as_called_off_in_the_passive_is_negated(extractor):
    check(extractor, (f"The visit by {VERRICK} to Chile was called off.", {"MEET": "negated"}))
