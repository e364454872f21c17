"""A trigger verb told with a verb of staying as its auxiliary ("X remains detained") tells
the state an earlier act left, not an act of the day (invented sentences)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_party_that_remains_detained_is_no_new_arrest(rules_only):
    events = _events(rules_only, "Marek Tolvan, a Norvasi trader, remains detained in Peru, "
                                 "his family said on Friday.")
    assert not _asserted(events, "ARREST")


def test_a_party_detained_on_a_day_is_still_an_arrest(rules_only):
    events = _events(rules_only, "Peru detained Marek Tolvan, a Chilean trader, on Monday.")
    assert _asserted(events, "ARREST")
