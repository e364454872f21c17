"""A measure (an expulsion, sanctions) told with its doer alone takes as target the other
side of the sentence before, when that sentence joined the doer's side to another; with
nothing before naming a counterpart it stays no event, and an act of two sides on each
other keeps its own sides. Sentences written for these tests (real countries)."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _roles

_ACCUSATION = "Peru accused Chile of spying on Monday. "


def test_an_expulsion_told_after_an_accusation_is_aimed_at_the_accused(rules_only):
    expulsions = _asserted(_events(rules_only, _ACCUSATION + "It also expelled two diplomats."), "EXPEL")
    assert expulsions and _roles(expulsions[0]) == {"PER": "source", "CHL": "target"}


def test_sanctions_told_after_an_accusation_are_aimed_at_the_accused(rules_only):
    sanctions = _asserted(_events(rules_only, _ACCUSATION + "Hours later Peru imposed sanctions on "
                                                            "three companies."), "SANCTION")
    assert sanctions and _roles(sanctions[0]) == {"PER": "source", "CHL": "target"}


def test_an_expulsion_with_no_counterpart_before_stays_no_event(rules_only):
    events = _events(rules_only, "Heavy rain fell in Lima on Monday. Peru also expelled two diplomats.")
    assert not _asserted(events, "EXPEL")


def test_an_expulsion_of_each_other_s_diplomats_keeps_its_two_sides(rules_only):
    events = _events(rules_only, "Peru condemned Bolivia's election on Monday. Peru and Chile later "
                                 "expelled each other's diplomats.")
    sides = {frozenset(_roles(e).items()) for e in _asserted(events, "EXPEL")}
    assert sides == {frozenset({("PER", "source"), ("CHL", "target")}),
                     frozenset({("CHL", "source"), ("PER", "target")})}
