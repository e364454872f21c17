"""A warning not to do something is a demand of whom it warns (sentences written for
these tests)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_warning_not_to_act_is_a_demand_of_the_warned_party(rules_only):
    events = _events(rules_only, "Chile's foreign ministry warned Peru not to interfere in the case.")
    demands = _asserted(events, "DEMAND")
    assert len(demands) == 1 and _countries(demands[0]) == {"CHL", "PER"}
    assert not _asserted(events, "STATEMENT")
