"""Implied prior contacts: one behaviour per way news says "the first contact since".

Every sentence is invented (invented people; real countries only because the gazetteer
knows them). Published on ``PUBLISHED`` (2025-03-14).
"""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events, _of_type

from graphkit.model import Event

LEAD = "Chilean President Tomas Varela met Peruvian President Lucia Quispe in Lima on Tuesday"


def _priors(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality == "implied_prior"]


@pytest.mark.parametrize(("text", "type_", "value"), [
    # first ... since <date>: dated at the text's precision
    ("Chilean President Tomas Varela and Peruvian President Lucia Quispe spoke by phone on "
     "Tuesday, their first call since September 2022.", "CALL", "2022-09"),
    # first ... since <a contact at a date>
    (f"{LEAD}, their first encounter since their summit in Quito in June 2022.", "MEET", "2022-06"),
    # last <verb> in <date>
    (f"{LEAD}. The two leaders last met in May 2023.", "MEET", "2023-05"),
    # last <contact noun> took place in <date>
    (f"{LEAD}. Their last meeting took place in Quito in June 2022.", "MEET", "2022-06"),
    # not <verb> since <contact at a date>: the since-clause's contact and date
    ("Chilean President Tomas Varela and Peruvian President Lucia Quispe have not spoken since "
     "they met in Quito in June 2022.", "MEET", "2022-06"),
    # first ... since <an event with no date>: a prior contact, date unknown
    (f"{LEAD}, the first meeting of the two leaders since the border war.", "MEET", None),
    # second ... since taking office: an ordinal contact implies the one before
    (f"{LEAD}, his second visit to Peru since taking office.", "MEET", None),
    # again
    (f"{LEAD}. They met again on Thursday.", "MEET", None),
    # a verb that gathers the parties, "together ... again": a meeting told again
    ("Chilean President Tomas Varela brought Peruvian President Lucia Quispe together once again "
     "for talks in Santiago on Tuesday.", "MEET", None),
    # "the first in years": a gap with no count, date unknown
    (f"{LEAD}. The talks, the first in years, took place behind closed doors.", "MEET", None),
    # "the first time <clause>": the clause tells the kind of contact, not the sentence's call
    ("Chilean President Tomas Varela and Peruvian President Lucia Quispe held a phone call on "
     "Tuesday. "
     "Their conversation marks the first time the two leaders have come face-to-face since the "
     "border war.", "MEET", None),
    # the story's pair, not a broadcaster quoted before the cue
    (f"{LEAD}. In a readout from the broadcaster Radio Tamarugo, Bolivia hailed \"the first "
     "meeting between the presidents of the two countries in many years\".", "MEET", None),
    # "they" after a sentence that names both sides: those sides
    ("Chilean President Tomas Varela phoned the Peruvian president on Tuesday, but before "
     "that, they last spoke in January.", "CALL", "2025-01"),
])
def test_cue_implies_a_prior_contact_of_both_sides(extractor, text, type_, value):
    priors = _priors(_events(extractor, text))
    assert [p.type for p in priors] == [type_]
    assert priors[0].date.value == value
    assert _countries(priors[0]) == {"CHL", "PER"}


@pytest.mark.parametrize(("text", "first", "last"), [
    # "in N years": the last contact lay N to N+1 years back
    (f"{LEAD}. It was the first visit by a Chilean president to Peru in three years.",
     "2021-03-14", "2022-03-14"),
    # a superlative counts as "first"
    (f"{LEAD}, the highest-level talks between the two countries in four years.",
     "2020-03-14", "2021-03-14"),
    # "more than a decade": at least ten years, reaching back twice as far
    (f"{LEAD} for the first time in more than a decade.", "2005-03-14", "2015-03-14"),
    # a gap counted in days: the last contact lay that many days back
    (f"{LEAD}, their first meeting in 40 days.", "2025-02-02", "2025-02-02"),
    # a gap noun after a duration: "after a 14-month hiatus"
    ("Chile and Peru resumed talks on Tuesday after a 14-month hiatus.",
     "2023-12-14", "2024-01-14"),
])
def test_duration_without_date_gives_a_bounded_window(extractor, text, first, last):
    priors = _priors(_events(extractor, text))
    assert len(priors) == 1
    assert priors[0].date.precision == "interval"
    assert (priors[0].date.start, priors[0].date.end) == (first, last)


def test_ordinal_since_a_date_gives_a_window_up_to_publication(extractor):
    events = _events(extractor, f"{LEAD}, the second meeting between them since the summit in "
                                "Quito in June 2023.")
    priors = _priors(events)
    assert priors and (priors[0].date.start, priors[0].date.end) == ("2023-06-01", "2025-03-14")


def test_last_holder_of_a_role_to_visit_is_the_prior_party(extractor):
    events = _events(extractor, f"{LEAD}. The last Chilean president to visit Peru was "
                                "Rafael Ortiz in 2016.")
    priors = _priors(events)
    assert priors and priors[0].date.value == "2016"
    names = {a.name for a in priors[0].actors}
    assert "Rafael Ortiz" in names and "Tomas Varela" not in names
    assert "PER" in _countries(priors[0])


def test_contact_told_by_a_last_cue_is_not_a_current_event(extractor):
    events = _events(extractor, f"{LEAD}. The two leaders last met in May 2023.")
    assert [m.date.value for m in _asserted(events, "MEET")] == ["2025-03-11"]


def test_first_time_keeps_the_current_meeting(extractor):
    events = _events(extractor, f"{LEAD} for the first time in more than a decade.")
    assert [m.date.value for m in _asserted(events, "MEET")] == ["2025-03-11"]


def test_first_call_since_adds_no_second_current_call(extractor):
    events = _events(extractor, "Chilean President Tomas Varela and Peruvian President Lucia "
                                "Quispe held a phone call on Tuesday. It was their first phone "
                                "conversation since March 2023.")
    assert len(_of_type(events, "CALL")) == 1
    assert [p.date.value for p in _priors(events)] == ["2023-03"]


@pytest.mark.parametrize("text", [
    f"{LEAD}. The two countries fought a border war three years ago.",
    "Chilean President Tomas Varela visited Lima on Tuesday for the first time.",
    "Chilean President Tomas Varela met Peruvian President Lucia Quispe in Lima last week.",
    "Chile and Peru restored relations on Tuesday.",
])
def test_no_cue_no_prior(extractor, text):
    assert not _priors(_events(extractor, text))


def test_each_implied_prior_has_its_own_id(extractor):
    events = _events(extractor, "Chilean President Tomas Varela and Peruvian President Lucia "
                                "Quispe held a phone call on Tuesday. It was their first phone "
                                "conversation since March 2023.")
    assert len({e.id for e in events}) == len(events)


def test_parties_named_in_the_cue_phrase_are_the_prior_parties(extractor):
    events = _events(extractor, "Chilean Foreign Minister Ana Roca met Peruvian Foreign Minister "
                                "Jorge Mamani in Lima on Tuesday. It was the first visit by a "
                                "Chilean foreign minister to Peru since 2018.")
    priors = _priors(events)
    assert priors and priors[0].date.value == "2018"
    assert _countries(priors[0]) == {"CHL", "PER"}


def test_background_contact_in_a_cue_sentence_is_the_prior_not_the_news(extractor):
    events = _events(extractor, "It is the first visit since May 2012, when then-President Rafael "
                                "Ortiz held talks with Ines Mamani. Chilean President Tomas Varela "
                                "and Peruvian President Lucia Quispe agreed to cut tariffs. The two "
                                "leaders met for two hours.")
    current = _asserted(events, "MEET")
    assert current and all({a.name for a in m.actors} <= {"Tomas Varela", "Lucia Quispe"}
                           for m in current)
    assert [p.date.value for p in _priors(events)] == ["2012-05"]


def test_first_round_since_they_met_is_a_prior_meeting(extractor):
    events = _events(extractor, f"{LEAD}. It was the first round of talks since they met in "
                                "Quito in January.")
    assert [(p.type, p.date.value) for p in _priors(events)] == [("MEET", "2025-01")]


def test_first_talks_since_a_date_imply_a_prior_meeting_not_a_call(extractor):
    events = _events(extractor, "The first direct talks between Chile and Peru since March 2022 "
                                "ended on Friday in Quito.")
    assert [(p.type, p.date.value) for p in _priors(events)] == [("MEET", "2022-03")]
