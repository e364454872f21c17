"""A contribution or donation of a sum, made, pledged or announced, is aid to the party it
goes to. Invented people and towns; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_contribution_of_a_sum_made_to_a_party_is_aid(rules_only):
    text = "Chile made a contribution of 10 million dollars to Peru's flood relief on Monday."
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _countries(aid[0]) == {"CHL", "PER"}


def test_an_announced_donation_of_a_sum_to_a_party_is_aid(rules_only):
    text = "Norway announced it would make a 5 million dollar donation to Kenya after the floods in Garissa."
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _countries(aid[0]) == {"NOR", "KEN"}


def test_a_contribution_to_talks_with_no_sum_is_no_aid(rules_only):
    text = "Chile praised Peru's contribution to the border talks held in Arica."
    assert _asserted(_events(rules_only, text), "AID") == []
