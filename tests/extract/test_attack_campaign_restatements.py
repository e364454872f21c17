"""An act of force told to the day and one of the same sides told only by month, year or
not dated at all are two events (the day's strike and the campaign it belongs to: gold
holds ongoing wars told in passing as their own ATTACK); two tellings both to the day, or
the doer's own account of the strike, are one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

from graphkit.extract import Extractor

LEAD = "Peru struck Bolivian border posts on Monday, killing three soldiers. "


def _attack_dates(extractor: Extractor, text: str) -> list[str | None]:
    return [e.date.value for e in _asserted(_events(extractor, text), "ATTACK")]


@pytest.mark.parametrize("later", [
    "Peru also struck Bolivia in March.",
    "Peru had struck Bolivia in March as well.",
])
def test_a_strike_told_by_month_beside_the_days_strike_is_another_attack(rules_only, later):
    assert _attack_dates(rules_only, LEAD + later) == ["2025-03-10", "2025-03"]


@pytest.mark.parametrize("later", [
    "The Peruvian strikes on Bolivia hit two villages on Monday.",
    "Peru's army said its jets struck Bolivian radar sites.",
])
def test_the_days_strike_told_again_is_one_attack(rules_only, later):
    assert _attack_dates(rules_only, LEAD + later) == ["2025-03-10"]


def test_the_campaign_told_by_month_twice_is_one_attack_beside_the_days(rules_only: Extractor) -> None:
    text = LEAD + "Peru also struck Bolivia in March. Peru struck Bolivia again in March, officials said."
    assert _attack_dates(rules_only, text) == ["2025-03-10", "2025-03"]


def test_a_reports_telling_dated_only_by_its_context_is_the_days_strike(rules_only: Extractor) -> None:
    text = ("Tensions rose sharply in March. " + LEAD
            + "Peru's army said its jets struck Bolivian radar sites.")
    assert _attack_dates(rules_only, text) == ["2025-03-10"]
