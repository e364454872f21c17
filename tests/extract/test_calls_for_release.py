"""A call for a release that names no addressee ("called for his release", "demanded the
release of the crew") asks whoever the story told holds the people: the doer of the last
detention told before (``release_calls`` of DEMAND in event_types.yaml), also when that
detention is told sentences earlier. A detention by the caller's own side, or none told,
gives no addressee. Sentences written for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

DETAINED = ("Icelandic authorities arrested two Chilean sailors on Friday. The ship was seized near "
            "the coast. Its cargo was impounded. ")


def _demand_countries(extractor, text: str) -> set[str | None]:
    demands = _asserted(_events(extractor, text), "DEMAND")
    assert demands, "no demand found"
    return {a.country for a in demands[-1].actors}


@pytest.mark.parametrize("call", [
    "Chilean Foreign Minister Rosa Vidal demanded the release of the sailors.",
    "Chilean Foreign Minister Rosa Vidal called for their immediate release.",
    "Chilean Foreign Minister Rosa Vidal urged the swift release of the crew.",
])
def test_a_call_for_release_asks_who_detained_them(extractor, call):
    assert _demand_countries(extractor, DETAINED + call) == {"CHL", "ISL"}


def test_a_detention_by_the_callers_own_side_names_no_addressee(extractor):
    text = ("Chilean police detained two Chilean officers on Friday. The ship was seized near the "
            "coast. Its cargo was impounded. Chilean Foreign Minister Rosa Vidal called for their "
            "release.")
    assert _demand_countries(extractor, text) == {"CHL"}


def test_a_call_for_release_with_no_detention_told_names_no_addressee(extractor):
    text = "Uruguay called for the release of the journalist Tomas Ferreira."
    assert _demand_countries(extractor, text) == {"URY"}


def test_a_call_for_something_else_asks_no_detainer(extractor):
    text = DETAINED + "Chilean Foreign Minister Rosa Vidal called for an inquiry into the fishing quotas."
    assert _demand_countries(extractor, text) == {"CHL"}
