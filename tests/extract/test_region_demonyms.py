"""A people named for a region ("Latin American", "South American", "Northern Irish")
stands for no country, and no word inside it does: "American" in "Latin American" is not
the United States. A country's own demonym of two words ("South Korean", "South African")
still names that country, and so does one of a part of a country ("Eastern Ukrainian").
Invented sentences, real countries."""

from __future__ import annotations

import pytest
from extract.helpers import _events

from graphkit.extract import Extractor


def _countries(extractor: Extractor, text: str) -> set[str]:
    """Every country named by a party of an event the extractor finds in ``text``."""
    return {a.country for e in _events(extractor, text) for a in e.actors if a.country}


@pytest.mark.parametrize("text", [
    "Latin American foreign ministers condemned Nicaragua on Tuesday.",
    "The South American bloc accused Guyana of stalling on Tuesday.",
    "Central American envoys met Panamanian officials on Tuesday.",
])
def test_a_region_demonym_names_no_country(extractor: Extractor, text: str) -> None:
    assert "USA" not in _countries(extractor, text)


@pytest.mark.parametrize(("text", "country"), [
    ("South Korean officials met Japanese envoys in Osaka on Tuesday.", "KOR"),
    ("South African police arrested two Zimbabwean traders on Tuesday.", "ZAF"),
    ("American diplomats met Mexican officials in Monterrey on Tuesday.", "USA"),
    ("Eastern Ukrainian officials met Polish envoys in Lviv on Tuesday.", "UKR"),
    ("Southern Bolivian villagers accused Latvian troops of looting on Tuesday.", "BOL"),
])
def test_a_countrys_own_demonym_still_names_it(extractor: Extractor, text: str, country: str) -> None:
    assert country in _countries(extractor, text)
