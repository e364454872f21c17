"""A sentence keeps one event of a type that happened and one that is only to come: the
planned one does not displace the one that happened, nor the other way round. Sentences
written for these tests; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _countries, _events, _of_type


def test_a_planned_contact_beside_one_that_happened_keeps_both(rules_only):
    events = _events(rules_only, "Chile and Peru agreed on Monday to resume talks after a summit "
                                 "hosted by Brazil's president and Argentina's president.")
    held = _of_type(events, "MEET")
    planned = _of_type(events, "MEET", "planned")
    assert [_countries(e) for e in held] == [{"BRA", "ARG"}]
    assert [_countries(e) for e in planned] == [{"CHL", "PER"}]


def test_the_contact_a_resumption_implies_stays_with_the_resumed_pair(rules_only):
    events = _events(rules_only, "Chile and Peru agreed on Monday to resume talks after a summit "
                                 "hosted by Brazil's president and Argentina's president.")
    priors = _of_type(events, "MEET", "implied_prior")
    assert [_countries(e) for e in priors] == [{"CHL", "PER"}]
