"""A definite act noun of the same source tells an earlier act again ("X made the plea"
after X's call on Y and Z): no second event, whatever parties it names."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_definite_plea_after_a_demand_is_that_demand_told_again(rules_only):
    events = _events(rules_only, "Kenya's President Daniel Mwangi on Monday called for a ceasefire "
                                 "between Ghana and Togo. Mwangi made the plea to Ghana during a "
                                 "meeting with Peru's Foreign Minister Ana Torres in Nairobi.")
    assert len(_asserted(events, "DEMAND")) == 1
    assert _asserted(events, "MEET")


def test_an_indefinite_plea_after_a_demand_is_a_demand_of_its_own(rules_only):
    events = _events(rules_only, "Kenya's President Daniel Mwangi on Monday called for a ceasefire "
                                 "between Ghana and Togo. Mwangi made a plea to Ghana during a "
                                 "meeting with Peru's Foreign Minister Ana Torres in Nairobi.")
    assert len(_asserted(events, "DEMAND")) == 2
