"""More words of three acts, each a class of news wording (sentences written for these tests):
a verb of aiding a party itself is aid to it; any verb that names diplomats persona non
grata, or takes away their accreditation or diplomatic status, expels them; petitioning a
party to act is a demand on it."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


@pytest.mark.parametrize("text, giver, receiver", [
    ("Norway is aiding Chad in its fight against the insurgents.", "NOR", "TCD"),
    ("Germany aided Moldova with generators last winter.", "DEU", "MDA"),
    ("Iran armed the Syrian army for years, the report said.", "IRN", "SYR"),
    ("Qatar bankrolled the Lebanese army for a decade, Egypt alleged.", "QAT", "LBN"),
])
def test_a_verb_of_aiding_a_party_is_aid_to_it(rules_only, text, giver, receiver):
    aid = _asserted(_events(rules_only, text), "AID")
    assert aid and {giver, receiver} <= _countries(aid[0])


@pytest.mark.parametrize("text", [
    "The rescue in Chile was aided by strong winds.",
    "Police armed with batons dispersed the crowd in Kenya.",
])
def test_a_passive_or_a_participle_of_aiding_names_no_giver(rules_only, text):
    assert not _asserted(_events(rules_only, text), "AID")


@pytest.mark.parametrize("text", [
    "Chad branded two Sudanese envoys persona non grata on Monday.",
    "Chad labelled the Sudanese consul persona non grata on Monday.",
    "Chad deemed two Sudanese diplomats personae non gratae on Monday.",
    "Chad revoked the accreditation of two Sudanese diplomats on Monday.",
    "Chad's foreign minister revoked the diplomatic status of Sudanese envoys on Monday.",
    "Chad stripped two Sudanese diplomats of their diplomatic status on Monday.",
])
def test_diplomats_named_unwelcome_or_unaccredited_are_expelled(rules_only, text):
    expel = _asserted(_events(rules_only, text), "EXPEL")
    assert expel and {"TCD", "SDN"} <= _countries(expel[0])


@pytest.mark.parametrize("text", [
    "Chad revoked the accreditation of two Sudanese journalists on Monday.",
    "Chad revoked the special status of the border province on Monday.",
])
def test_an_accreditation_or_status_of_no_diplomat_taken_away_is_no_expulsion(rules_only, text):
    assert not _asserted(_events(rules_only, text), "EXPEL")


@pytest.mark.parametrize("text", [
    "Venezuela has petitioned the United Nations to halt the naval patrols.",
    "The Bolivian government has petitioned Chile to reopen the border crossing.",
    # (the parser hangs these infinitives on the verb as clauses of purpose)
    "Ecuador has petitioned the United Nations to send observers.",
    "Paraguay petitioned the World Health Organization to investigate the outbreak.",
])
def test_petitioning_a_party_to_act_is_a_demand_on_it(rules_only, text):
    demand = _asserted(_events(rules_only, text), "DEMAND")
    assert demand and len(demand[0].actors) == 2

