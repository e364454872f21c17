"""A state body told again by its bare name ("the Treasury said", "the Foreign Office
said") is the body of that kind the article named before with its country, not the body
of the country the story names most, whatever countries its own sentence names (the side
spoken of is not the side speaking). Invented events, people and places; real countries
only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _events, _first_statement_parties


def _speaker_countries(extractor, text: str) -> list[set[str | None]]:
    """The countries of the speakers (or accusers) of each asserted statement or accusation."""
    return [{p.actor.country for p in e.participants if p.role in ("speaker", "source")}
            for e in _events(extractor, text) if e.type in ("STATEMENT", "ACCUSE")
            and e.modality == "asserted"]


@pytest.mark.parametrize("text, speaker", [
    ("The US Treasury imposed sanctions on the Korvel Bank and two other Bolivian lenders on "
     "Thursday. The Treasury said the measures would deepen Bolivia's isolation.", "US Treasury"),
    ("Britain's Foreign Office summoned Norway's ambassador on Monday over the jailing of the "
     "writer Tomas Halvik. The Foreign Office said the sentence was cruel.", "British Foreign Office"),
])
def test_a_body_told_again_keeps_the_country_it_was_named_with(extractor, text, speaker):
    assert _first_statement_parties(extractor, text) == [speaker]


def test_a_body_told_again_is_not_of_the_country_its_sentence_names(extractor):
    countries = _speaker_countries(
        extractor, "Portugal's Defence Ministry on Tuesday reported that six Moroccan patrol boats "
                   "had passed close to the island of Corvenna. \"The Moroccan navy's manoeuvres "
                   "off our coast are a serious worry,\" the Defence Ministry said.")
    assert countries and all(c == {"PRT"} for c in countries)


def test_a_ministry_told_again_speaks_for_its_own_side_not_the_one_it_speaks_of(extractor):
    countries = _speaker_countries(
        extractor, "Chile's foreign ministry on Monday summoned the Argentine ambassador over "
                   "remarks by Argentina's interior minister Arlen Voss. Argentina's remarks were "
                   "\"a reckless provocation,\" the Foreign Ministry said.")
    assert {"CHL"} in countries and all("ARG" not in c for c in countries)
