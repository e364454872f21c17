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


@pytest.fixture(scope="module")
def low_index() -> PlaceCountries:
    return PlaceCountries(min_population=100_000, dominance=5, common_words=["nice"], index_floor=15_000)


@pytest.mark.parametrize("name", ["Kharkiv", "Odessa", "Hyderabad", "Lahore", "Springfield", "Nice"])
def test_a_query_floor_above_the_index_floor_finds_what_an_index_at_that_floor_finds(places, low_index, name):
    assert low_index.candidates(name) == places.candidates(name)
    assert low_index.country(name, preferred=["PAK"]) == places.country(name, preferred=["PAK"])


def test_a_query_may_lower_the_floor_to_the_index_floor(places, low_index):
    assert not places.candidates("Fairbanks")  # a town of ~30,000
    assert low_index.country("Fairbanks", min_population=15_000) == "USA"


def test_a_query_below_the_index_floor_is_refused(places):
    with pytest.raises(ValueError):
        places.candidates("Kharkiv", min_population=15_000)
