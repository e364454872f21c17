"""An envoy told to go in a ministry's own words is the expulsion, told again when the
story has told it already (sentences written for these tests)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_an_envoy_told_to_leave_in_the_ministrys_words_is_the_expulsion_already_told(rules_only):
    events = _events(rules_only, "Chile expelled the Peruvian ambassador on Monday. \"The "
                                 "ambassador of Peru shall leave by March 20,\" the Chilean "
                                 "foreign ministry said in a statement.")
    assert len(_asserted(events, "EXPEL")) == 1
    assert not _asserted(events, "STATEMENT")


def test_a_country_told_to_leave_a_place_is_asked_to_not_expelled(rules_only):
    events = _events(rules_only, "The Chilean foreign ministry said Peru must leave the "
                                 "disputed islands.")
    assert _asserted(events, "DEMAND")
    assert not _asserted(events, "EXPEL")
