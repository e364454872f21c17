"""Which reported words make a STATEMENT: bystanders of the news (a lawyer, an analyst, an
eyewitness) pass it on and make none; a clause telling that an event is due to happen is
the plan, not a position; a standing denial in the present with a bare gerund is
background, like one with a bare object; "underscored" is a stance verb as "underlined"
is, and "dismissed X as Y" a dismissal that is news in itself. Sentences written for
these tests (invented people and places)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize("text", [
    "Her lawyer, Tomas Ralko, told local radio that he had not heard from his client in days "
    "and did not know whether she had asked for asylum.",
    "Ilse Marvanek, an analyst at the Hollin Institute, said the Peruvian sanctions were a "
    "serious mistake.",
    "Lawyer Tomas Ralko said the charges against his client in Peru were absurd.",
    "An eyewitness, Dara Melk, said the Sudanese convoy was not able to reach the town.",
])
def test_a_bystander_of_the_news_makes_no_statement(extractor, text):
    assert not _asserted(_events(extractor, text), "STATEMENT")


def test_an_official_named_by_apposition_still_makes_a_statement(extractor):
    text = "Peru's foreign minister, Tomas Ralko, said the sanctions were a serious mistake."
    assert len(_asserted(_events(extractor, text), "STATEMENT")) == 1


@pytest.mark.parametrize("text", [
    "The Andean Council is due to convene early next week to discuss the incident, council "
    "spokesperson Ilse Marvanek said on Friday.",
    "Council spokesperson Ilse Marvanek said on Friday that the Andean Council was due to meet "
    "again within days.",
])
def test_an_event_due_to_happen_is_the_plan_not_a_statement(extractor, text):
    assert not _asserted(_events(extractor, text), "STATEMENT")


def test_a_clause_due_to_a_cause_is_still_an_assessment(extractor):
    text = ("Council spokesperson Ilse Marvanek said the delay was due to the weather and was "
            "regrettable.")
    assert len(_asserted(_events(extractor, text), "STATEMENT")) == 1


@pytest.mark.parametrize("text", [
    "Venezuela denies arresting people for political reasons.",
    "Caracas denies holding prisoners for their views.",
])
def test_a_standing_denial_with_a_bare_gerund_is_background(extractor, text):
    assert not _asserted(_events(extractor, text), "STATEMENT")


def test_a_standing_denial_of_a_clause_is_still_a_statement(extractor):
    text = "Venezuela denies that it arrests people for political reasons."
    assert len(_asserted(_events(extractor, text), "STATEMENT")) == 1


@pytest.mark.parametrize("text", [
    "Pakistan's foreign secretary Ilse Marvanek underscored Pakistan's legitimate security "
    "concerns and its resolve to protect its territorial integrity.",
    "Pakistan's foreign secretary Ilse Marvanek underlined Pakistan's legitimate security "
    "concerns and its resolve to protect its territorial integrity.",
])
def test_underscoring_a_position_is_a_statement(extractor, text):
    assert len(_asserted(_events(extractor, text), "STATEMENT")) == 1


@pytest.mark.parametrize("text", [
    'North Korea dismissed the disarmament agenda as an unrealistic "pipe dream" in a statement '
    "released on Saturday.",
    "North Korea dismissed the talks as a waste of time.",
])
def test_dismissing_a_thing_as_something_is_a_statement(extractor, text):
    assert len(_asserted(_events(extractor, text), "STATEMENT")) == 1


def test_dismissing_an_official_is_no_statement(extractor):
    text = "The president of Peru dismissed the defence minister on Monday."
    assert not _asserted(_events(extractor, text), "STATEMENT")


@pytest.mark.parametrize("text", [
    "However, Russia said Tomas Ralko would not attend the talks.",
    "Peru said its president will not meet the Chilean envoy.",
])
def test_a_contact_ruled_out_is_the_speakers_position(extractor, text):
    assert len(_asserted(_events(extractor, text), "STATEMENT")) == 1


@pytest.mark.parametrize("text", [
    "Peru said its president would meet the Chilean envoy on Monday.",
    "Peru said its president had not received a reply from Chile.",
])
def test_a_contact_announced_or_a_fact_denied_makes_no_such_statement(extractor, text):
    assert not _asserted(_events(extractor, text), "STATEMENT")
