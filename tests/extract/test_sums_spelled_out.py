"""A sum written out with its unit ("40 million dollars in aid to Y", "40 million euros in
aid") only measures the aid, as "$40 million in aid" does: the recipient the verb names is
the aid's. Sentences written for these tests (real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("sum_", ["40 million dollars", "40 million euros", "30,000 tonnes"])
def test_aid_measured_by_a_written_out_sum_goes_to_the_verbs_recipient(extractor, sum_):
    events = _events(extractor, f"Australia announced {sum_} in aid to Vietnam on Monday.")
    aid = _asserted(events, "AID")
    assert aid and {p.actor.country: p.role for p in aid[0].participants} == {
        "AUS": "source", "VNM": "target"}


def test_a_sum_in_deals_is_no_aid(extractor):
    events = _events(extractor, "Australia announced 40 million dollars in new trade deals "
                                "with Vietnam on Monday.")
    assert not _asserted(events, "AID")
