"""A short form of capitals that spells the initials of an organisation the article named
before ("the Philippine Coast Guard ... the PCG") is that organisation, with its country.
Sentences written for these tests (invented places)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_initials_of_a_body_named_before_are_that_body(rules_only):
    text = ("The Philippine Coast Guard reported a close encounter off the Tarvella shoal on Monday. "
            "The PCG urged the Chinese Coast Guard to stop shadowing its patrol boats.")
    demands = _asserted(_events(rules_only, text), "DEMAND")
    assert [{p.actor.country: p.role for p in e.participants} for e in demands] == [
        {"PHL": "source", "CHN": "target"}]

