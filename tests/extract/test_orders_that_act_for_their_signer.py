"""A document named as the object of its issuing verb, with a relative clause telling what it
does ("signed a decree that suspended aid to X"), acts for whoever issued it; a document
someone blocked names no doer. Invented names; real countries only because the gazetteer
knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


def test_an_order_signed_by_a_president_that_cut_aid_is_his_sanction(rules_only):
    text = "Chile's president signed a decree on Monday that suspended aid to Peru."
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanctions) == 1
    assert _countries(sanctions[0]) == {"CHL", "PER"}


def test_a_resolution_a_state_blocked_condemns_nobody_for_it(rules_only):
    text = "Chile blocked a resolution that condemned Peru on Monday."
    assert _asserted(_events(rules_only, text), "ACCUSE") == []


@pytest.mark.parametrize("text", [
    "Chile drafted a resolution that condemned Peru on Monday.",
    "Chile drafted a resolution condemning Peru on Monday.",
])
def test_a_document_told_in_a_relative_clause_or_a_gerund_acts_for_its_drafter_alike(rules_only, text):
    accusations = _asserted(_events(rules_only, text), "ACCUSE")
    assert [_countries(e) for e in accusations] == [{"CHL", "PER"}]


@pytest.mark.parametrize("text", [
    "Chile received a letter on Monday that accused Peru of spying.",
    "Chile received a letter accusing Peru of spying.",
])
def test_a_letter_received_accuses_nobody_for_its_receiver(extractor, text):
    accusations = _asserted(_events(extractor, text), "ACCUSE")
    sources = {p.actor.country for e in accusations for p in e.participants if p.role == "source"}
    assert "CHL" not in sources
