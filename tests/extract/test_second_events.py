"""A second event of one type in one sentence: kept when its trigger heads a clause of its
own and names a party of another country than the first event's; dated by its own clause."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def _by_countries(events, type_):
    return {frozenset(_countries(e)): e for e in _asserted(events, type_)}


def test_meeting_told_in_a_relative_clause_is_a_second_meeting(extractor):
    events = _events(extractor, "Kenyan President Oduya Maro met Omani Foreign Minister Said Harbi, "
                                "who later met US envoy Tom Keller.")
    assert set(_by_countries(events, "MEET")) == {frozenset({"KEN", "OMN"}), frozenset({"OMN", "USA"})}


def test_earlier_meeting_in_a_clause_after_the_first_takes_its_own_date(extractor):
    events = _events(extractor, "Kenyan President Oduya Maro met Ghanaian President Kofi Anane on "
                                "Monday, after meeting Norwegian Prime Minister Lars Hovde in May.")
    meetings = _by_countries(events, "MEET")
    assert meetings[frozenset({"KEN", "GHA"})].date.value == "2025-03-10"
    assert meetings[frozenset({"KEN", "NOR"})].date.value == "2024-05"


def test_agreement_in_an_adverbial_clause_is_dated_by_that_clause(extractor):
    events = _events(extractor, "Kenya signed a trade pact with Ghana on Tuesday after Kenya signed "
                                "a defence deal with Norway in May.")
    agreements = _by_countries(events, "AGREE")
    assert agreements[frozenset({"KEN", "GHA"})].date.value == "2025-03-11"
    assert agreements[frozenset({"KEN", "NOR"})].date.value == "2024-05"


def test_second_clause_naming_the_same_sides_adds_no_meeting(extractor):
    events = _events(extractor, "Kenyan President Oduya Maro met Ghanaian President Kofi Anane in "
                                "Nairobi on Monday, where Anane also met the Kenyan foreign minister.")
    assert len(_asserted(events, "MEET")) == 1
