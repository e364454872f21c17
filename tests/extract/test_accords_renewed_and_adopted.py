"""Accords as wire copy tells them beyond "signed" and "reached": a roadmap, protocol or
charter signed is an accord as a deal is; two sides that adopt a joint declaration, or
swap prisoners, agree; a consensus or a compromise reached, or MoUs signed, is an accord.
Planned ones stay unasserted. Real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def _accord_sides(extractor, text: str) -> list[set[str | None]]:
    return [_countries(e) for e in _asserted(_events(extractor, text), "AGREE")]


def test_a_signed_roadmap_is_an_accord(rules_only):
    text = "Chile and Peru signed a roadmap for port cooperation on Monday."
    assert _accord_sides(rules_only, text) == [{"CHL", "PER"}]


def test_a_signed_protocol_is_an_accord(rules_only):
    text = "Chile and Bolivia signed a protocol on water sharing on Monday."
    assert _accord_sides(rules_only, text) == [{"CHL", "BOL"}]


def test_two_states_adopting_a_joint_declaration_agree(rules_only):
    text = "Peru and Bolivia adopted a joint declaration on lake shipping on Monday."
    assert _accord_sides(rules_only, text) == [{"PER", "BOL"}]


def test_a_unilateral_truce_announced_is_no_accord(rules_only):
    text = "Chile announced a unilateral truce on Monday."
    assert not _asserted(_events(rules_only, text), "AGREE")


def test_a_joint_statement_issued_is_no_accord(rules_only):
    text = "Chile and Peru issued a joint statement on Monday."
    assert not _asserted(_events(rules_only, text), "AGREE")


def test_a_one_state_declaration_adopted_is_no_accord(rules_only):
    text = "The Peruvian parliament adopted a declaration on lake shipping on Monday."
    assert not _asserted(_events(rules_only, text), "AGREE")


def test_two_states_swapping_prisoners_agree(rules_only):
    text = "Chile and Peru swapped prisoners on the border on Monday."
    assert _accord_sides(rules_only, text) == [{"CHL", "PER"}]


def test_a_consensus_reached_is_an_accord(rules_only):
    text = "Peru and Bolivia reached a consensus on lake shipping on Monday."
    assert _accord_sides(rules_only, text) == [{"PER", "BOL"}]


def test_a_compromise_reached_is_an_accord(rules_only):
    text = "Peru and Bolivia reached a compromise on lake shipping on Monday."
    assert _accord_sides(rules_only, text) == [{"PER", "BOL"}]


def test_signed_mous_are_an_accord(rules_only):
    text = "Chile and Peru signed five MoUs on Monday."
    assert _accord_sides(rules_only, text) == [{"CHL", "PER"}]


def test_exchanging_fire_is_no_accord(rules_only):
    text = "Chile and Peru exchanged fire on the border on Monday."
    assert not _asserted(_events(rules_only, text), "AGREE")


def test_urging_a_compromise_is_no_accord(rules_only):
    text = "Chile urged Peru to reach a compromise on Monday."
    assert not _asserted(_events(rules_only, text), "AGREE")


def test_a_hoped_prisoner_swap_is_no_asserted_accord(rules_only):
    text = "Chile and Peru hope to exchange prisoners next week."
    assert not _asserted(_events(rules_only, text), "AGREE")
