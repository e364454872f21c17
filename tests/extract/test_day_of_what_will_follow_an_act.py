"""A day named in a clause of "will" or "shall" tells what is still to come, not when an act
that is not itself planned took place: "X and Y agreed that talks will take place on March
10", "as agreed by X and Y, talks will be held on March 20" leave the agreement undated,
whatever the day (before or after the paper); the planned act keeps that day, on or after
the paper, not in the year before (sentences written for these tests, published
2025-03-14; real countries only because the gazetteer knows them)."""

from __future__ import annotations

import pytest
from extract.helpers import _events


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed that talks will take place on March 10.",
    "Peru and Ecuador agreed that their ministers will meet in Quito on April 2.",
    "Chile and Bolivia agreed that the border crossing shall reopen on 5 March.",
    "As agreed by Peru and Chile, the two foreign ministers will hold talks in Lima on March 20, "
    "the ministry said.",
    "As agreed by Peru and Chile, the two foreign ministers will hold talks in Lima on March 20.",
    "As agreed by Peru and Chile, the two foreign ministers will meet in Lima on 20 March.",
])
def test_an_act_is_not_dated_by_the_day_of_what_will_follow(rules_only, text):
    found = [e for e in _events(rules_only, text) if e.type == "AGREE" and e.modality == "asserted"]
    assert found and all(e.date.value is None for e in found)


def test_the_planned_act_keeps_its_day_ahead(rules_only):
    found = [e for e in _events(rules_only, "Chile and Peru will hold talks on March 10.")
             if e.type == "MEET"]
    assert found and found[0].date.value == "2026-03-10"
