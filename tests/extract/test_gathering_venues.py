"""Where a gathering met is no side of it: "the summit, held in Astana", "attended the
Northern Forum Summit in Tirana" name the city that hosted the gathering, not a party that
met its members (``venue_not_party`` on the meeting/summit/session noun trigger of MEET in
event_types.yaml). A journey or talks told with a place still meet the place's host ("arrived
in Tirana", "held talks in Tirana"). Sentences written for these tests (real countries and
cities, invented people and gatherings)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _meet_countries(extractor, sentence: str) -> list[set[str | None]]:
    return [{p.actor.country for p in e.participants}
            for e in _asserted(_events(extractor, sentence), "MEET")]


@pytest.mark.parametrize(("sentence", "host"), [
    ("The summit, held in Astana on Friday, gathered Andean ministers and Spanish Prime "
     "Minister Orvel Danz.", "KAZ"),
    ("The summit in Astana drew Andean leaders and Spanish Prime Minister Orvel Danz on Friday.",
     "KAZ"),
    ("Chilean Foreign Minister Mira Tal attended the Northern Forum Summit in Tirana on Friday.",
     "ALB"),
])
def test_the_city_a_gathering_met_in_is_no_party_of_it(extractor, sentence, host):
    assert all(host not in parties for parties in _meet_countries(extractor, sentence))


@pytest.mark.parametrize("sentence", [
    "Chilean Foreign Minister Mira Tal arrived in Tirana on Friday for talks.",
    "Chilean Foreign Minister Mira Tal held talks in Tirana on Friday.",
])
def test_a_visitor_still_meets_the_host_of_the_place_it_went_to(extractor, sentence):
    assert {"CHL", "ALB"} in _meet_countries(extractor, sentence)
