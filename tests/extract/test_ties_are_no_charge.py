"""A report that tells of ties ("trade links with Y would grow") is no accusation of Y:
"link" is a charge's word only when no modifier of a tie (``neutral_modifiers`` of the
ACCUSE content act, reporting_verbs.yaml) makes it a plain tie. Sentences written for
these tests (invented people, real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("clause", [
    "trade links with Turkey would grow",
    "economic links with Turkey were strong",
    "energy links with Turkey would expand after the talks",
])
def test_ties_told_in_a_report_accuse_no_one(extractor, clause):
    events = _events(extractor, f"Bulgarian Foreign Minister Petar Dolmov said {clause}.")
    assert not _asserted(events, "ACCUSE")


def test_a_link_to_the_wrongdoers_still_accuses_their_patron(extractor):
    events = _events(extractor, "Chilean Foreign Minister Ana Vidal said Peru's links to the "
                                "bombers were clear.")
    accusations = _asserted(events, "ACCUSE")
    assert accusations and {p.actor.country: p.role for p in accusations[0].participants} == {
        "CHL": "source", "PER": "target"}
