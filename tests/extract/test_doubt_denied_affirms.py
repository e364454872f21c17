"""A doubt or question denied affirms what it is about: "there is no doubt that X struck Y",
"there is no question that X accused Y", "does not dispute that X met Y" tell the act as
having happened (``negated.litotes`` of schema/modality.yaml, as "did not hesitate to
condemn"); "no question of" an act is no clause of the noun and leaves nothing told.
Invented sentences."""

from __future__ import annotations

import pytest
from extract.modality_battery import check

AFFIRMED = [
    ("There is no doubt that Chile attacked Peru on Monday.", "ATTACK"),
    ("There is no question that Ghana accused Togo of smuggling arms.", "ACCUSE"),
    ("There is no doubt that Kenyan police arrested the opposition leader Juma Oketch.", "ARREST"),
    ("Ghana did not doubt that Togo had expelled its diplomats.", "EXPEL"),
    ("Peru does not dispute that its troops attacked Ecuadorian positions.", "ATTACK"),
    ("There is no dispute that Egypt met the Sudanese delegation on Monday.", "MEET"),
]


@pytest.mark.parametrize(("sentence", "type_"), AFFIRMED, ids=[c[0][:40] for c in AFFIRMED])
def test_an_act_beyond_doubt_is_told(extractor, sentence, type_):
    check(extractor, (sentence, {type_: "asserted"}))


def test_a_doubt_denied_about_a_plan_leaves_it_planned(extractor):
    check(extractor, ("There is no question that Bolivia will sanction Chile.", {"SANCTION": "planned"}))
