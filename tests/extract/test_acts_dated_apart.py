"""An earlier act of a type told in a relative clause that gives its own time ("X, who was
arrested in 2019, was sentenced on Monday"; "a loan it gave in 2018") is another act than
the one the sentence tells: two events, each dated by its own clause. A relative clause
with no time of its own, or a second act joined by "and", keeps the one event. Invented
people; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "dates"), [
    ("Tomas Varga, a Canadian blogger who was detained in Mongolia for alleged spying in 2019, "
     "was jailed for life by a court in Ulaanbaatar on Monday.", ["2019", "2025-03-10"]),
    ("Tomas Varga, a Canadian engineer who was detained in Bolivia in 2022, was sentenced to "
     "ten years in prison by a Bolivian court on Monday.", ["2022", "2025-03-10"]),
])
def test_an_act_in_a_relative_clause_with_its_own_date_is_another_act(rules_only, text, dates):
    events = _asserted(_events(rules_only, text), "ARREST")
    assert sorted(e.date.value for e in events) == dates


@pytest.mark.parametrize(("text", "kind"), [
    ("Tomas Varga, a Canadian engineer who was detained in Bolivia, was sentenced to ten years "
     "in prison by a Bolivian court on Monday.", "ARREST"),
    ("Paraguayan jets struck Kumasi on Monday and shelled the city again on Tuesday.", "ATTACK"),
])
def test_no_second_act_without_a_relative_clause_of_its_own_time(rules_only, text, kind):
    assert len(_asserted(_events(rules_only, text), kind)) == 1
