"""Common constructions of news English, one behaviour each (invented people and towns):
a quote with a participle report after it, a negation that stops at a "but", and a
journey made for talks with a named party."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _of_type


def _names(event) -> set[str]:
    return {p.actor.name for p in event.participants}


def test_a_quote_with_an_adding_report_after_it_is_a_statement(extractor):
    events = _events(extractor, '"Nothing between us is beyond settling," Chilean President Marta '
                                'Velon told a joint news conference, adding that Chile wanted to '
                                'turn the river into a corridor of trade.')
    statements = _asserted(events, "STATEMENT")
    assert statements and "Marta Velon" in _names(statements[0])


def test_a_negation_does_not_reach_a_verb_joined_to_it_by_but(extractor):
    events = _events(extractor, "Chilean President Marta Velon held talks with Peruvian President "
                                "Tomas Arbel in Valdomar on Thursday. Velon said the two sides had "
                                "not reached agreement on the river basin, but had agreed to keep "
                                "talking.")
    assert _asserted(events, "AGREE")
    assert not _of_type(events, "AGREE", "negated")


def test_a_journey_for_talks_with_a_party_is_a_meeting_with_it(rules_only):
    events = _events(rules_only, "Peruvian President Tomas Arbel travelled to Valdomar for talks "
                                 "with Chilean President Marta Velon on Monday.")
    meetings = _asserted(events, "MEET")
    assert meetings and {"Tomas Arbel", "Marta Velon"} <= _names(meetings[0])
