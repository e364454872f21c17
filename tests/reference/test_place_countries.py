"""The city -> country lookup (GeoNames facts; no article text)."""

from __future__ import annotations

import pytest

from graphkit.reference.places import PlaceCountries


@pytest.fixture(scope="module")
def places() -> PlaceCountries:
    return PlaceCountries(min_population=100_000, dominance=5, common_words=["nice"])


def test_a_city_of_one_country_gives_that_country(places):
    assert places.country("Kharkiv") == "UKR"


def test_a_plain_latin_alternate_name_gives_the_country(places):
    assert places.country("Odessa") == "UKR"


def test_accents_and_case_are_folded(places):
    assert places.country("lahore") == places.country("Lahore") == "PAK"


def test_a_name_shared_by_cities_of_like_size_gives_no_country(places):
    assert places.country("Hyderabad") is None


def test_a_shared_name_takes_the_country_the_story_names(places):
    assert places.country("Hyderabad", preferred=["PAK"]) == "PAK"


def test_a_far_larger_namesake_wins_without_the_story(places):
    assert places.country("Odessa") == "UKR"  # the US town is a tenth of its size


def test_a_common_word_listed_never_resolves(places):
    assert places.country("Nice") is None


def test_a_town_under_the_population_threshold_is_unknown():
    assert PlaceCountries(min_population=2_000_000).country("Kharkiv") is None
