"""What a talk is about names no party of it: an actor named inside what a discussion
verb or noun is about ("discussed the war in X", "talked about X", "exchanged views on X")
is no party of the contact, and the act named there is not done by whoever talked it over.
Sentences written for these tests (invented people; real countries only because the
gazetteer knows them)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _word_detector

from graphkit.extract import Extractor

TALKS_OVER = ["discussed the war in Uruguay", "talked about the war in Uruguay",
              "spoke about the war in Uruguay", "exchanged views on the war in Uruguay"]


@pytest.mark.parametrize("talk", TALKS_OVER)
def test_a_country_talked_about_in_a_call_is_no_party_of_it(extractor, talk):
    text = f"Foreign Minister Arlen Voss of Chile {talk} in a phone call on Monday."
    events = _events(extractor, text)
    assert _asserted(events, "CALL") == []


@pytest.mark.parametrize("talk", TALKS_OVER)
def test_the_one_who_talks_a_war_over_wages_none(extractor, talk):
    text = f"Foreign Minister Arlen Voss of Chile {talk} in a phone call on Monday."
    assert _asserted(_events(extractor, text), "ATTACK") == []


def test_a_country_talked_about_at_a_meeting_is_no_party_of_it(extractor):
    text = "President Arlen Voss of Chile discussed the war in Uruguay at a meeting on Monday."
    events = _events(extractor, text)
    assert _asserted(events, "MEET") == [] and _asserted(events, "ATTACK") == []


AID_TALK = ("Defence Minister Arlen Voss of Chile discussed further aid to Uruguay with his "
            "colleagues from Peru and Bolivia on Monday.")


@pytest.mark.parametrize("word", ["colleague", pytest.param("discuss", marks=pytest.mark.xfail(
    strict=True, reason="read at the verb, 'aid to X' inside what is discussed is still taken "
                        "as a party (the topic rule knows 'the war in X', not 'aid to X')"))])
def test_the_country_aid_is_discussed_for_is_not_at_the_table(extractor, word):
    # no rule reads this meeting: a detector that adds it at ``word``, as weights do (the
    # shipped ones have read it at "colleagues"), so its parties are what is tested
    meeting = Extractor(nlp=extractor.nlp, detector=_word_detector({(f"w:{word}", "MEET"): 12.0}))
    meetings = _asserted(_events(meeting, AID_TALK), "MEET")
    assert [_countries(e) for e in meetings] == [{"CHL", "PER", "BOL"}]


@pytest.mark.parametrize("text", [
    "President Arlen Voss of Chile discussed trade with President Ilse Marrow of Peru during a "
    "phone call on Monday.",
    "President Arlen Voss of Chile spoke with President Ilse Marrow of Peru on Monday about the "
    "war in Uruguay.",
])
def test_whom_the_matter_is_talked_over_with_is_a_party(extractor, text):
    calls = _asserted(_events(extractor, text), "CALL")
    assert [_countries(e) for e in calls] == [{"CHL", "PER"}]
