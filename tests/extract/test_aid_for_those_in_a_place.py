"""Aid for those in a place, where the parser hangs "in Y" on the aid, its verb or the sum
rather than on the people ("pledged aid for flood victims in Y", "pledged $100 million
for reconstruction in Y", "pledged 20 million pounds to help refugees in Y", "announced
$5 million for flood relief in Y"): Y receives it (``place_purposes`` of the aid
triggers). Sentences written for these tests (real
countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("sentence", [
    "Japan pledged aid for flood victims in Bolivia on Monday.",
    "Japan pledged $100 million for reconstruction in Bolivia on Monday.",
    "Japan pledged 20 million dollars to help refugees in Bolivia.",
    "Japan pledged aid for victims of the floods in Bolivia.",
    "Japan announced $5 million for flood relief in Bolivia on Monday.",
])
def test_aid_for_those_in_a_country_goes_to_that_country(extractor, sentence):
    aid = _asserted(_events(extractor, sentence), "AID")
    assert aid and _roles(aid[0]) == {"JPN": "source", "BOL": "target"}


def test_aid_pledged_at_a_conference_in_a_city_goes_to_no_host(extractor):
    sentence = "Japan pledged aid for flood victims at a donor conference in Geneva on Monday."
    assert not _asserted(_events(extractor, sentence), "AID")
