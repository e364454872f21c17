"""A country told by an epithet instead of its name ("the Andean nation", "the Baltic state",
"the neighbouring country") stands for the latest country the article named on the continent
or among the countries its words allow (``country_epithet_words`` in mentions.yaml), other than
the country of the subject of the verb the epithet hangs on. Invented people and towns; real
countries only because the gazetteer and the continents know them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _sides(extractor, text, type_):
    return [[a.country for a in e.actors] for e in _asserted(_events(extractor, text), type_)]


def test_a_regional_epithet_is_the_latest_country_of_its_region(rules_only):
    text = ("Peru and Chile signed a fishing pact in Tarvoa on Monday. On Tuesday, Bolivia accused "
            "the Andean nation of spying on its border posts.")
    assert _sides(rules_only, text, "ACCUSE") == [["BOL", "CHL"]]


def test_an_epithet_passes_over_a_later_country_of_another_continent(rules_only):
    text = ("Haiti's president Aldo Brevin flew to Kenya last week. On Monday, "
            "France accused the Caribbean country of sheltering gang leaders.")
    assert _sides(rules_only, text, "ACCUSE") == [["FRA", "HTI"]]


def test_an_epithet_as_a_subject_names_the_doer(rules_only):
    text = ("Chile recalled its ambassador from Peru on Monday. On Tuesday the Andean nation "
            "accused Chile of spying.")
    assert _sides(rules_only, text, "ACCUSE") == [["PER", "CHL"]]


def test_a_neighbouring_country_is_not_the_subject_of_its_own_verb(rules_only):
    text = ("Ecuador's navy seized a trawler near Tarvoa. In reply, Peru levied tariffs on the "
            "neighbouring country.")
    assert _sides(rules_only, text, "SANCTION") == [["PER", "ECU"]]


@pytest.mark.parametrize(("text", "sides"), [
    ("Kenya and Uganda signed a trade pact in Morvale on Monday. On Tuesday, Ethiopia accused "
     "the African country of smuggling arms.", ["ETH", "UGA"]),
    ("Peru hosted Chile's foreign minister Ana Rell in Tarvoa on Monday. On Tuesday, Chile "
     "accused the neighbouring country of spying on its ports.", ["CHL", "PER"]),
], ids=["african", "neighbouring"])
def test_an_epithet_with_the_deed_it_is_accused_of_is_still_a_country(rules_only, text, sides):
    # "of" on the noun names the deed, not the state ("the state of Qatar" stays a name)
    assert _sides(rules_only, text, "ACCUSE") == [sides]


@pytest.mark.parametrize(("text", "sides"), [
    ("Argentina and Brazil signed a grain deal in Tarvoa on Monday. On Tuesday, Peru accused the "
     "South American nation of spying.", ["PER", "BRA"]),
    ("Guatemala and Mexico signed a border pact in Morvale on Monday. On Tuesday, Peru accused the "
     "Central American country of spying.", ["PER", "GTM"]),
], ids=["south-american", "central-american"])
def test_a_regional_demonym_in_an_epithet_is_no_country(rules_only, text, sides):
    # "American" inside "South American" is not the United States
    assert _sides(rules_only, text, "ACCUSE") == [sides]


def test_an_island_nation_is_no_epithet_of_any_country(rules_only):
    text = ("Japan's prime minister met Chile's president in Tarvoa on Monday. On Tuesday, Russia "
            "accused the island nation of spying.")
    assert ["RUS", "CHL"] not in _sides(rules_only, text, "ACCUSE")


def test_an_epithet_with_no_country_of_its_region_before_it_names_no_party(rules_only):
    text = ("Chile signed a fishing pact with Peru on Monday. On Tuesday, France accused the Baltic "
            "state of spying.")
    assert not [s for s in _sides(rules_only, text, "ACCUSE") if s[1:] in (["CHL"], ["PER"])]


def test_a_state_named_by_its_own_phrase_is_no_epithet(rules_only):
    text = ("Bahrain closed its embassy in Kuwait on Monday. On Tuesday, Iran accused the Gulf state "
            "of Qatar of spying.")
    assert _sides(rules_only, text, "ACCUSE") == [["IRN", "QAT"]]


def test_a_counted_plural_epithet_is_that_many_countries_of_its_region(rules_only):
    text = ("Chile hosted Lithuania's president Ona Vaitkute on Monday. Later, Latvia and Estonia signed "
            "a border pact. On Tuesday Russia expelled diplomats of the two Baltic states.")
    assert _sides(rules_only, text, "EXPEL") == [["RUS", "EST", "LVA"]]


def test_regional_neighbours_are_the_last_two_countries_of_their_region(rules_only):
    text = ("Chilean and Peruvian boats collided near Arica on Monday. On Tuesday the Andean "
            "neighbours accused each other of ramming the boats.")
    assert [sorted(s) for s in _sides(rules_only, text, "ACCUSE")] == [["CHL", "PER"]]


def test_an_uncounted_plural_epithet_names_no_party(rules_only):
    text = ("Lithuania and Latvia signed a border pact on Monday. On Tuesday Russia accused the Baltic "
            "states of spying.")
    assert not _sides(rules_only, text, "ACCUSE")
