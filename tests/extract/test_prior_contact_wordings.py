"""The wordings a wire desk uses for an earlier contact, one behaviour per wording class.

Every sentence is invented (invented people; real countries only because the gazetteer
knows them). Published on ``PUBLISHED`` (2025-03-14). ``test_prior_contacts.py`` holds the
first cases of each cue; this battery adds the many other ways news words them.
"""

from __future__ import annotations

import pytest
from extract.helpers import _countries, _events

from graphkit.model import Event

MET = "Chilean President Tomas Varela met Peruvian President Lucia Quispe in Lima on Tuesday"
CALLED = ("Chilean President Tomas Varela spoke by phone with Peruvian President Lucia Quispe "
          "on Tuesday")


def _priors(events: list[Event]) -> list[Event]:
    return [e for e in events if e.modality == "implied_prior"]


def _one_prior(extractor, text: str) -> Event:
    priors = _priors(_events(extractor, text))
    assert len(priors) == 1, [(p.type, p.date.value) for p in priors]
    assert _countries(priors[0]) >= {"CHL", "PER"}
    return priors[0]


def _window(event: Event) -> tuple[str | None, str | None]:
    assert event.date.precision == "interval"
    return event.date.start, event.date.end


# -- "the first ... since X" ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "value"), [
    (f"{MET}, the first face-to-face encounter since the 2019 summit.", "MEET", "2019"),
    (f"{CALLED}, their first direct contact since relations were severed in 2018.", "CALL", "2018"),
    (f"{MET}. It was the first time the two have met since the 2021 election.", "MEET", "2021"),
    (f"{MET}, their first talks since October.", "MEET", "2024-10"),
    (f"{MET}, the first meeting since their talks in Quito in 2022.", "MEET", "2022"),
    (f"{MET}. Tuesday's meeting was the first since 2020.", "MEET", "2020"),
    (f"{MET}, the first high-level talks since December 2023.", "MEET", "2023-12"),
    (f"{CALLED}, the first phone call between the two presidents since March 3, 2024.", "CALL",
     "2024-03-03"),
    (f"{CALLED}, the first such call since the ceasefire in 2021.", "CALL", "2021"),
    (f"{MET}, the first meeting of the two since they signed a trade pact in 2020.", "MEET", "2020"),
    (f"{MET} for the first time since 2016.", "MEET", "2016"),
])
def test_first_since_a_dated_point_dates_the_prior(extractor, text, type_, value):
    prior = _one_prior(extractor, text)
    assert (prior.type, prior.date.value) == (type_, value)


@pytest.mark.parametrize("text", [
    f"{CALLED}, the first call between the two since the war began.",
    f"{MET}. The two had not met since the border war.",
])
def test_since_an_undated_event_gives_an_undated_prior(extractor, text):
    assert _one_prior(extractor, text).date.value is None


# -- month, season and year precision -----------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    (f"{CALLED}, their first call since mid-2023.", "2023"),
    (f"{CALLED}, their first call since late 2022.", "2022"),
    (f"{MET}, their first meeting since the autumn of 2023.", "2023"),
    (f"{MET}, the first visit by a Chilean leader to Peru since the spring of 2022.", "2022"),
    (f"{CALLED}, their first call since early January.", "2025-01"),
    (f"{MET}, their first meeting since November 2021.", "2021-11"),
])
def test_since_phrase_dates_the_prior_at_its_precision(extractor, text, value):
    assert _one_prior(extractor, text).date.value == value


# -- "for the first time in N ..." ----------------------------------------------------------

@pytest.mark.parametrize(("text", "window"), [
    (f"{MET} for the first time in five years.", ("2019-03-14", "2020-03-14")),
    (f"{MET} for the first time in 18 months.", ("2023-08-14", "2023-09-14")),
    (f"{MET} for the first time in nearly two decades.", ("2004-03-14", "2006-03-14")),
    (f"{CALLED}. It was the first time in six weeks that the two had spoken.",
     ("2025-01-25", "2025-01-31")),
    (f"{CALLED}, speaking for the first time in over a year.", ("2023-03-14", "2024-03-14")),
    (f"{MET}, the first visit of its kind in a decade.", ("2014-03-14", "2015-03-14")),
])
def test_first_in_a_duration_gives_a_bounded_window(extractor, text, window):
    assert _window(_one_prior(extractor, text)) == window


# -- "last spoke / met in X" ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "value"), [
    (f"{CALLED}. The two last spoke in November.", "CALL", "2024-11"),
    (f"{MET}. They last met in Quito in the summer of 2023.", "MEET", "2023"),
    (f"{MET}. The presidents had last held talks in 2021.", "MEET", "2021"),
    (f"{MET}. Their previous meeting was in February 2024.", "MEET", "2024-02"),
    (f"{CALLED}. The last time the two leaders spoke was in August.", "CALL", "2024-08"),
    (f"{MET}. Varela and Quispe last met on the sidelines of a summit in Brasilia in 2022.",
     "MEET", "2022"),
    (f"{CALLED}. The last call between the two presidents took place in January 2024.", "CALL",
     "2024-01"),
    (f"{MET}. The two leaders last met face to face in 2019.", "MEET", "2019"),
    (f"{CALLED}. The pair last talked by phone in late 2023.", "CALL", "2023"),
])
def test_last_contact_dates_the_prior(extractor, text, type_, value):
    prior = _one_prior(extractor, text)
    assert (prior.type, prior.date.value) == (type_, value)


# -- "had not spoken since X" / "in N years" ------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "value"), [
    (f"{CALLED}. The two leaders had not spoken since 2022.", "CALL", "2022"),
    (f"{MET}. Varela and Quispe have not held talks since June 2023.", "MEET", "2023-06"),
    (f"{CALLED}. The presidents had not spoken by phone since October 2023.", "CALL", "2023-10"),
    (f"{MET}. The two leaders hadn't met in person since 2019.", "MEET", "2019"),
])
def test_not_since_dates_the_prior(extractor, text, type_, value):
    prior = _one_prior(extractor, text)
    assert (prior.type, prior.date.value) == (type_, value)


@pytest.mark.parametrize(("text", "window"), [
    (f"{CALLED}. The two had not talked in more than a year.", ("2023-03-14", "2024-03-14")),
    (f"{CALLED}. The two had not talked for 18 months.", ("2023-08-14", "2023-09-14")),
])
def test_no_contact_for_a_duration_gives_a_bounded_window(extractor, text, window):
    prior = _one_prior(extractor, text)
    assert prior.type == "CALL" and _window(prior) == window


# -- "ended N years of no contact", "broke a N-month silence" --------------------------------

@pytest.mark.parametrize(("text", "type_", "window"), [
    (f"{CALLED}. The call ended three years of no contact between the two governments.", "CALL",
     ("2021-03-14", "2022-03-14")),
    (f"{MET}. The meeting ended a five-year freeze in high-level contacts.", "MEET",
     ("2019-03-14", "2020-03-14")),
    (f"{CALLED}. The call broke an eight-month silence between the two leaders.", "CALL",
     ("2024-06-14", "2024-07-14")),
    (f"{MET}. The visit ended a decade-long estrangement between the two leaders.", "MEET",
     ("2014-03-14", "2015-03-14")),
    (f"{MET}, breaking a two-year diplomatic freeze.", "MEET", ("2022-03-14", "2023-03-14")),
    (f"{CALLED}, ending a silence of more than two years.", "CALL", ("2021-03-14", "2023-03-14")),
])
def test_ended_gap_gives_a_bounded_window(extractor, text, type_, window):
    prior = _one_prior(extractor, text)
    assert prior.type == type_ and _window(prior) == window


@pytest.mark.parametrize("text", [
    f"{MET}. The ceasefire ended two years of war between the two countries.",
    f"{MET}. The deal ended a two-year suspension of aid.",
])
def test_ended_gap_in_something_else_implies_no_prior(extractor, text):
    assert not _priors(_events(extractor, text))


# -- "resumed talks after a N-year hiatus" ---------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "value"), [
    ("Chile and Peru resumed talks on Tuesday after a two-year hiatus.", "MEET",
     ("2022-03-14", "2023-03-14")),
    ("Chile and Peru resumed direct talks on Tuesday in Lima after a 14-month pause.", "MEET",
     ("2023-12-14", "2024-01-14")),
    ("Chile and Peru resumed high-level talks on Tuesday, ending a three-year freeze.", "MEET",
     ("2021-03-14", "2022-03-14")),
    ("Chile and Peru on Tuesday resumed a dialogue that had been suspended since 2021.", "MEET",
     "2021"),
    ("Chile and Peru on Tuesday restored a hotline that had been idle since 2022.", "CALL", "2022"),
    ("Chile and Peru on Tuesday resumed high-level contacts frozen since 2020.", "CALL", "2020"),
])
def test_resumed_contact_dates_the_prior(extractor, text, type_, value):
    prior = _one_prior(extractor, text)
    got = _window(prior) if isinstance(value, tuple) else prior.date.value
    assert (prior.type, got) == (type_, value)


# -- "the second visit since taking office" ------------------------------------------------

@pytest.mark.parametrize(("text", "type_"), [
    (f"{MET}, his second trip to Peru since taking office.", "MEET"),
    (f"{CALLED}. It was the third call between the two leaders this year.", "CALL"),
    (f"{MET} for the second time in a month.", "MEET"),
])
def test_ordinal_contact_implies_a_prior(extractor, text, type_):
    assert _one_prior(extractor, text).type == type_


def test_ordinal_since_a_year_gives_a_window_to_publication(extractor):
    prior = _one_prior(extractor, f"{MET}, their fourth meeting since 2022.")
    assert _window(prior) == ("2022-01-01", "2025-03-14")


# -- "since their meeting in <city>", "since the two leaders spoke" ----------------------------

@pytest.mark.parametrize(("text", "type_", "value"), [
    (f"{CALLED}. Ties have improved since their meeting in Quito in May 2024.", "MEET", "2024-05"),
    (f"{CALLED}. Much has changed since their summit in Quito.", "MEET", None),
])
def test_since_a_contact_noun_is_the_prior(extractor, text, type_, value):
    prior = _one_prior(extractor, text)
    assert (prior.type, prior.date.value) == (type_, value)


@pytest.mark.parametrize(("text", "type_", "value"), [
    (f"{MET}. Trade has doubled since the two leaders spoke in January.", "CALL", "2025-01"),
    (f"{CALLED}. The two have spoken twice since they met in Quito in May.", "MEET", "2024-05"),
])
def test_since_a_contact_clause_is_the_prior(extractor, text, type_, value):
    prior = _one_prior(extractor, text)
    assert (prior.type, prior.date.value) == (type_, value)


# -- a contact noun of no kind ---------------------------------------------------------------

def test_first_such_contact_takes_the_type_of_the_contact_told(extractor):
    prior = _one_prior(extractor, f"{MET}, the first such contact since the war began.")
    assert prior.type == "MEET"


# -- no prior: first-ever, a first of a tenure, a first of something else -------------------

@pytest.mark.parametrize("text", [
    f"{CALLED}, their first-ever phone call.",
    f"{MET}. It was their first meeting.",
    f"{MET}, the first visit by a Chilean president to Peru.",
    f"{MET} for the first time.",
    f"{MET}. It was the first-ever meeting between leaders of the two countries.",
    f"{MET}, the first time the two had ever met.",
    f"{CALLED}. The two have not spoken in months.",
])
def test_first_ever_contact_implies_no_prior(extractor, text):
    assert not _priors(_events(extractor, text))


@pytest.mark.parametrize("text", [
    f"{MET}. It was Varela's first foreign trip since taking office in January.",
    f"{CALLED}, the first call between the two leaders since Quispe took office in January.",
    f"{MET}. It was his first visit to Peru since she was sworn in.",
])
def test_first_contact_of_a_tenure_implies_no_prior(extractor, text):
    assert not _priors(_events(extractor, text))


@pytest.mark.parametrize("text", [
    f"{MET}. Inflation fell for the first time since 2019.",
    f"{MET}. Prices rose for the first time in three years.",
])
def test_first_time_of_something_else_implies_no_prior(extractor, text):
    assert not _priors(_events(extractor, text))
