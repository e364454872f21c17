"""Aid for people told by where they are ("aid for displaced people in Sudan", "tents for
survivors in Y") goes to that country: "in Y" names whose they are, as "police in Y" are
Y's (``population_nouns`` of mentions.yaml). Sentences written for these tests (real
countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sentence", [
    "Japan announced emergency aid for displaced people in Sudan on Monday.",
    "The Netherlands pledged 50 million euros in aid for refugees in Sudan on Monday.",
    "Japan sent tents and blankets to earthquake survivors in Sudan on Monday.",
])
def test_aid_for_people_in_a_country_goes_to_that_country(extractor, sentence):
    aid = _asserted(_events(extractor, sentence), "AID")
    assert aid and {p.actor.country for p in aid[0].participants if p.role == "target"} == {"SDN"}


def test_people_of_no_place_make_no_recipient(extractor):
    events = _events(extractor, "Japan announced emergency aid for displaced people on Monday.")
    assert not _asserted(events, "AID")
