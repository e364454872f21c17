"""Two wordings of news the rules missed (lightverb42). An accord achieved, completed or
come to, or that came into force, is an accord; aid or sanctions rolled out, and aid
funds released, are aid and sanctions (more ``light_verbs`` of their noun triggers).
Aid told with its givers alone, after the story named the country hit, goes to that
country when its givers are international bodies ("the World Bank pledged $50 million")
or several states together ("X and Z sent aid"). Sentences written for these tests;
real countries and bodies only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _roles

FLOODS = "Heavy rains caused deadly floods across Bolivia last week. "


@pytest.mark.parametrize("sentence", [
    "Chile and Peru achieved a truce on Monday.",
    "Chile and Peru completed a deal on fishing quotas on Monday.",
    "Chile and Peru came to an agreement on fishing quotas on Monday.",
    "The agreement between Chile and Peru came into force on Monday.",
])
def test_an_accord_achieved_completed_or_come_into_force_is_an_accord(rules_only, sentence):
    assert [_countries(e) for e in _asserted(_events(rules_only, sentence), "AGREE")] == [{"CHL", "PER"}]


def test_an_accord_only_hoped_for_is_none(rules_only):
    events = _events(rules_only, "Chile hopes to achieve a truce with Peru next month.")
    assert _asserted(events, "AGREE") == []


@pytest.mark.parametrize(("sentence", "type_", "target"), [
    ("Japan rolled out a new aid package for Uruguay on Monday.", "AID", "URY"),
    ("Japan rolled out new sanctions against Bolivia on Monday.", "SANCTION", "BOL"),
    ("Japan released 10 million dollars in humanitarian aid for Uruguay on Monday.", "AID", "URY"),
])
def test_aid_or_sanctions_rolled_out_and_aid_released_are_made(rules_only, sentence, type_, target):
    events = _asserted(_events(rules_only, sentence), type_)
    assert [_roles(e) for e in events] == [{"JPN": "source", target: "target"}]


def test_a_report_released_on_aid_is_no_aid(rules_only):
    events = _events(rules_only, "Japan released a report on its aid to Uruguay on Monday.")
    assert _asserted(events, "AID") == []


@pytest.mark.parametrize("giver", ["The World Bank", "The World Food Programme"])
def test_aid_of_an_international_body_goes_to_the_story_country(rules_only, giver):
    events = _asserted(_events(rules_only, FLOODS + f"{giver} pledged 50 million dollars in aid."), "AID")
    assert ["BOL" in _countries(e) for e in events] == [True]


def test_aid_of_an_international_body_in_a_story_of_no_country_is_none(rules_only):
    assert _asserted(_events(rules_only, "The World Bank pledged 50 million dollars in aid."), "AID") == []


def test_aid_several_states_sent_goes_to_the_story_country(rules_only):
    events = _asserted(_events(rules_only, FLOODS + "Japan and Norway sent aid on Tuesday."), "AID")
    assert [_roles(e) for e in events] == [{"JPN": "source", "NOR": "source", "BOL": "target"}]
