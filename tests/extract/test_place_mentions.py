"""Cities named without their country stand for it (``place_lookup`` of mentions.yaml)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_struck_city_makes_its_country_the_target(extractor):
    events = _events(extractor, "Chilean troops shelled Kharkiv on Tuesday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and "UKR" in _countries(attacks[0])


def test_a_city_read_as_an_organisation_still_gives_its_country(extractor):
    events = _events(extractor, "Peruvian drones struck Belgorod overnight.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and "RUS" in _countries(attacks[0])


def test_a_city_listed_as_a_common_word_gives_no_country(extractor):
    events = _events(extractor, "Chilean troops shelled Nice on Tuesday.")
    assert all("FRA" not in _countries(e) for e in events)


def test_an_ambiguous_city_takes_the_country_of_the_story(extractor):
    text = ("Pakistan's army said on Monday it was on alert. "
            "Chilean troops shelled Hyderabad on Tuesday.")
    attacks = _asserted(_events(extractor, text), "ATTACK")
    assert attacks and "PAK" in _countries(attacks[0]) and "IND" not in _countries(attacks[0])
