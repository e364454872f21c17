"""A short form of capitals that spells the initials of an organisation the article named
before ("the Philippine Coast Guard ... the PCG") is that organisation, with its country.
Sentences written for these tests (invented places)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_initials_of_a_body_named_before_are_that_body(rules_only):
    text = ("A Chinese vessel fired water cannon near a Philippine Coast Guard ship off the Tarvella "
            "shoal on Monday. The PCG said it called on China's Coast Guard to stop its manoeuvres.")
    demands = _asserted(_events(rules_only, text), "DEMAND")
    assert [{p.actor.country: p.role for p in e.participants} for e in demands] == [
        {"PHL": "source", "CHN": "target"}]

