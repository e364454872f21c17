"""A stance verb whose object is the speaker's own mood or disposition ("expressed
optimism", "expressed his country's keenness", "expressed his readiness") is a courtesy,
no position that is news in itself; a stance on a party or a matter still is. Invented
people; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_expressed_optimism_makes_no_statement(rules_only):
    text = ("Chilean President Tomas Varga expressed optimism on Friday that the first meeting "
            "of ministers would bring a result.")
    assert _asserted(_events(rules_only, text), "STATEMENT") == []


def test_expressed_keenness_makes_no_statement(rules_only):
    text = ("Peruvian Foreign Minister Ana Ruel expressed her country's keenness on supporting "
            "Chile in water management.")
    assert _asserted(_events(rules_only, text), "STATEMENT") == []


def test_expressed_readiness_makes_no_statement(rules_only):
    text = "Chilean President Tomas Varga expressed his readiness to resume talks with Peru."
    assert _asserted(_events(rules_only, text), "STATEMENT") == []


def test_expressed_support_for_a_party_is_still_a_statement(rules_only):
    text = "Chilean President Tomas Varga expressed support for Peru's territorial integrity."
    assert len(_asserted(_events(rules_only, text), "STATEMENT")) == 1
