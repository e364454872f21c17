"""After one party's contacts with two counterparts told apart ("X met A and B
separately", "X contacted A and B"), a group reference with no parties of its own ("both
countries") stands for the two counterparts, not for X and the last one met. Invented
people; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_both_nations_after_separate_meetings_are_the_two_met(rules_only):
    text = ("Chilean President Tomas Varga met Peruvian President Ana Ruel and Bolivian President "
            "Hugo Mena separately in Santiago on Monday. Varga said both nations had agreed to "
            "a truce.")
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert [_countries(e) for e in accords] == [{"PER", "BOL"}]
