"""An envoy told to go in a ministry's report is the expulsion, told again when the story
has told it already (sentences written for these tests)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_an_envoy_told_to_leave_in_the_ministrys_words_is_the_expulsion_already_told(rules_only):
    events = _events(rules_only, "Chile expelled the Peruvian ambassador on Monday. The Chilean "
                                 "foreign ministry said the Peruvian ambassador must depart within "
                                 "three days.")
    assert len(_asserted(events, "EXPEL")) == 1
    assert not _asserted(events, "STATEMENT") and not _asserted(events, "DEMAND")


def test_a_country_told_to_leave_a_place_is_asked_not_expelled(rules_only):
    events = _events(rules_only, "The Chilean foreign ministry said Peru must leave the "
                                 "disputed islands.")
    assert _asserted(events, "DEMAND")
    assert not _asserted(events, "EXPEL")
