"""A contact told with no medium word ("spoke with X on Monday", "the two leaders
discussed trade", "conferred with X"): a call between a person and a person of another
side, a meeting when the sentence or the story places the two in one room (a summit's
sidelines, a visit, a named place, "in person", the visiting partner, a meeting the story
tells that day); and the look-alikes that are no contact at all ("spoke with reporters",
"spoke to the nation", "talked about X", "told X's parliament"). Invented people; real
countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events

CALLS = [
    "Chilean President Tomas Varga spoke with Peruvian President Ana Ruel on Monday, the "
    "presidency said.",
    "Chilean President Tomas Varga talked to Peruvian President Ana Ruel about the border on Monday.",
    "Chilean President Tomas Varga conferred with Peruvian President Ana Ruel on Monday.",
    "Chile's foreign minister, Tomas Varga, said on Monday that he had spoken with his Peruvian "
    "counterpart, Ana Ruel, about the detained fishermen.",
]


@pytest.mark.parametrize("text", CALLS)
def test_words_with_a_leader_of_another_side_told_with_no_medium_are_a_call(rules_only, text):
    calls = _asserted(_events(rules_only, text), "CALL")
    assert len(calls) == 1
    assert _countries(calls[0]) == {"CHL", "PER"}


def test_views_exchanged_with_a_leader_of_another_side_are_a_call(rules_only):
    text = ("Chilean President Tomas Varga exchanged views with Peruvian President Ana Ruel on "
            "regional security on Monday.")
    calls = _asserted(_events(rules_only, text), "CALL")
    assert len(calls) == 1
    assert _countries(calls[0]) == {"CHL", "PER"}


@pytest.mark.parametrize("text", [
    "Chilean President Tomas Varga and Peruvian President Ana Ruel spoke on Monday, the "
    "presidency said.",
    "Chilean President Tomas Varga and his Peruvian counterpart discussed trade on Monday.",
])
def test_two_sides_who_spoke_together_as_the_subject_made_a_call(rules_only, text):
    calls = _asserted(_events(rules_only, text), "CALL")
    assert len(calls) == 1
    assert _countries(calls[0]) == {"CHL", "PER"}


@pytest.mark.parametrize("text", [
    "Chilean President Tomas Varga conferred with Peruvian President Ana Ruel on the sidelines "
    "of the regional summit on Monday.",
    "Chilean President Tomas Varga spoke with Peruvian President Ana Ruel in Lima on Monday.",
    "Chilean President Tomas Varga spoke with the visiting Peruvian president on Monday.",
    "Chilean President Tomas Varga spoke with Peruvian President Ana Ruel in person on Monday.",
    "Chilean President Tomas Varga talked with Peruvian President Ana Ruel during a visit to "
    "Lima on Monday.",
])
def test_words_had_where_the_sentence_places_the_two_together_are_a_meeting(rules_only, text):
    events = _events(rules_only, text)
    meetings = _asserted(events, "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"CHL", "PER"}
    assert _asserted(events, "CALL") == []


def test_words_had_on_the_day_of_a_meeting_the_story_told_are_that_meeting(rules_only):
    text = ("Chilean President Tomas Varga hosted Peruvian President Ana Ruel in Santiago on "
            "Monday. The two leaders spoke about trade and the border.")
    events = _events(rules_only, text)
    assert _asserted(events, "CALL") == []
    assert len(_asserted(events, "MEET")) == 1


def test_words_had_the_day_after_a_visit_began_are_part_of_the_visit(rules_only):
    text = ("Chilean President Tomas Varga arrived in Lima on Sunday. The two leaders discussed "
            "trade on Monday.")
    events = _events(rules_only, text)
    assert _asserted(events, "CALL") == []
    assert len(_asserted(events, "MEET")) == 1


def test_words_had_months_after_a_meeting_the_story_told_are_a_call(rules_only):
    text = ("Chilean President Tomas Varga and Peruvian President Ana Ruel met in May. The two "
            "leaders spoke on Monday.")
    calls = _asserted(_events(rules_only, text), "CALL")
    assert len(calls) == 1
    assert _countries(calls[0]) == {"CHL", "PER"}


def test_words_by_phone_on_a_summits_sidelines_stay_a_call(rules_only):
    text = ("Chilean President Tomas Varga spoke by phone with Peruvian President Ana Ruel, who "
            "was attending the regional summit's sidelines, on Monday.")
    events = _events(rules_only, text)
    assert len(_asserted(events, "CALL")) == 1
    assert _asserted(events, "MEET") == []


def test_a_contact_first_dated_by_a_weekend_takes_the_day_a_later_sentence_tells(rules_only):
    text = ("Chilean Foreign Minister Tomas Varga said on Wednesday he had spoken to Peruvian "
            "Foreign Minister Ana Ruel over the weekend. Varga held a telephone call with Ruel on "
            "Sunday about the fishermen.")
    calls = _asserted(_events(rules_only, text), "CALL")
    assert [c.date.value for c in calls] == ["2025-03-09"]


def test_words_with_a_minister_of_ones_own_side_are_no_call(rules_only):
    text = "Chilean President Tomas Varga spoke with Chilean Foreign Minister Ana Ruel on Monday."
    assert _asserted(_events(rules_only, text), "CALL") == []


@pytest.mark.parametrize("text", [
    "Chilean President Tomas Varga spoke with American journalist Ana Ruel on Monday.",
    "Chilean President Tomas Varga spoke to Peruvian President Ana Ruel's newspaper in an "
    "interview on Monday.",
])
def test_words_given_to_the_press_of_another_side_are_no_call(rules_only, text):
    assert _asserted(_events(rules_only, text), "CALL") == []


LOOKALIKES = [
    "Chilean President Tomas Varga spoke with reporters in Santiago on Monday.",
    "Chilean President Tomas Varga spoke to the nation on Monday.",
    "Chilean President Tomas Varga spoke with the family of Peruvian journalist Ana Ruel on Monday.",
    "Chilean President Tomas Varga talked about Peru on Monday.",
    "Chilean President Tomas Varga spoke about Peruvian President Ana Ruel on Monday.",
    "Chilean President Tomas Varga spoke at the summit in Velmora on Monday.",
    "Chilean President Tomas Varga told Peru's parliament on Monday that the border would stay open.",
    "Chilean President Tomas Varga spoke to the Peruvian parliament on Monday.",
    "Chilean President Tomas Varga spoke to Peruvian journalists on Monday.",
    "Chilean President Tomas Varga and Peruvian President Ana Ruel spoke with reporters on Monday.",
    "Chile and Peru discussed trade on Monday.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_words_with_no_one_of_another_side_are_no_contact(extractor, text):
    events = _events(extractor, text)
    assert _asserted(events, "CALL") == []
    assert _asserted(events, "MEET") == []
