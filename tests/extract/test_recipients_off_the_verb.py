"""Whom aid or a halt is for, where the parser hangs it off the act's verb: a "to" phrase on
the cargo or on a "worth" phrase ("shipped shells to X", "sent aid worth $1 million to
X"), a "with" phrase on what is halted ("halted all trade with X"), and an infinitive of
purpose ("pledged $20 million to assist X", "to help X rebuild"); and wordings of aid
and of measures the rules did not know (aid received from a giver, curbs, export
controls, a blockade). Sentences written for these tests; real countries and bodies only
because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _roles


@pytest.mark.parametrize("text", [
    "Chile shipped shells to Peru on Monday.",
    "Chile sent aid worth $1 million to Peru on Monday.",
    "Chile announced on Monday that it was sending a shipment of aid worth about $2 million to Peru.",
    "Chile sent two planes carrying aid to Peru on Monday.",
    "Chile donated 1,000 tonnes of rice to Peru on Monday.",
])
def test_recipient_hung_on_the_cargo_is_the_target(rules_only, text):
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _roles(aid[0]) == {"CHL": "source", "PER": "target"}


@pytest.mark.parametrize("text", [
    "Japan has pledged $20 million to assist Peru's flood victims.",
    "Japan pledged $50 million on Monday to help Peru rebuild after the floods.",
    "Japan announced on Monday that it had allocated $2 million to assist Peru's flood victims.",
])
def test_sum_pledged_for_a_purpose_goes_to_whom_the_purpose_names(rules_only, text):
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _roles(aid[0]) == {"JPN": "source", "PER": "target"}


def test_sum_pledged_to_help_no_named_party_is_no_aid(rules_only):
    text = "Japan pledged $20 million to assist its own rice farmers on Monday."
    assert _asserted(_events(rules_only, text), "AID") == []


def test_aid_received_from_a_giver_is_the_givers_aid_to_the_receiver(rules_only):
    aid = _asserted(_events(rules_only, "Peru received $5 million in aid from Chile on Monday."), "AID")
    assert len(aid) == 1
    assert _roles(aid[0]) == {"CHL": "source", "PER": "target"}


def test_aid_received_from_no_named_giver_is_no_event(rules_only):
    assert _asserted(_events(rules_only, "Peru received more aid on Monday."), "AID") == []


@pytest.mark.parametrize("text", [
    "Chile stepped up its humanitarian assistance to Peru on Monday.",
    "Chile resumed military aid to Peru on Monday.",
])
def test_aid_stepped_up_or_resumed_is_aid(rules_only, text):
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert _roles(aid[0]) == {"CHL": "source", "PER": "target"}


def test_a_bailout_with_its_sum_is_aid(rules_only):
    text = "The International Monetary Fund approved a $1.2 billion bailout for Peru on Monday."
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert [a.name for a in aid[0].actors] == ["International Monetary Fund", "Peru"]


def test_trade_halted_with_a_party_is_a_sanction_on_it(rules_only):
    sanction = _asserted(_events(rules_only, "Turkey halted all trade with Iceland on Thursday."), "SANCTION")
    assert len(sanction) == 1
    assert _roles(sanction[0]) == {"TUR": "source", "ISL": "target"}


@pytest.mark.parametrize("text", [
    "Japan imposed tighter export curbs on South Korea last month.",
    "Japan imposed export controls on South Korea last month.",
    "Japan suspended imports from South Korea last month.",
    "Japan launched a blockade against South Korea last month.",
])
def test_measures_against_a_party_are_a_sanction(rules_only, text):
    sanction = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanction) == 1
    assert _roles(sanction[0]) == {"JPN": "source", "KOR": "target"}


def test_tariffs_put_on_hold_are_no_sanction(rules_only):
    text = "The United States agreed on Monday to put the planned Brazil tariffs on hold."
    assert _asserted(_events(rules_only, text), "SANCTION") == []


def test_a_naval_blockade_is_no_sanction(rules_only):
    text = "Japan imposed a naval blockade on South Korea last month."
    assert _asserted(_events(rules_only, text), "SANCTION") == []


def test_the_us_sanctions_office_by_its_acronym_acts_for_the_united_states(rules_only):
    sanction = _asserted(_events(rules_only, "OFAC also blacklisted two Russian lenders on Thursday."),
                         "SANCTION")
    assert len(sanction) == 1
    assert _roles(sanction[0]) == {"USA": "source", "RUS": "target"}


def test_the_un_food_agency_named_with_its_un_prefix_is_known(rules_only):
    text = "The UN World Food Program delivered food to Sudan on Tuesday."
    aid = _asserted(_events(rules_only, text), "AID")
    assert len(aid) == 1
    assert [a.name for a in aid[0].actors] == ["World Food Programme", "Sudan"]
