"""A charge names its crime in two words as often as in one: "charged X with spreading false
news", "convicted X of spreading fake news", "on charges of money laundering". A ``requires``
entry of two words (schema/event_types.yaml) is read on two running words of the sentence,
so such a crime lets the charge trigger fire as "espionage" does. Invented sentences."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events

CHARGED = [
    ("Prosecutors in Montevideo charged Paraguayan journalist Tomas Benitez with spreading "
     "false news.", {"URY", "PRY"}),
    ("Nepalese prosecutors charged Peruvian blogger Ana Quispe with publishing false "
     "information.", {"NPL", "PER"}),
    ("Paraguayan journalist Tomas Benitez was charged with spreading false news in Uruguay.",
     {"URY", "PRY"}),
    ("A Chilean court convicted Icelandic activist Jon Einarsson of spreading fake news.",
     {"CHL", "ISL"}),
    ("Peruvian prosecutors charged Nepalese cleric Tenzing Lama with hate speech.", {"PER", "NPL"}),
]


@pytest.mark.parametrize(("sentence", "countries"), CHARGED, ids=[c[0][:40] for c in CHARGED])
def test_a_charge_of_a_crime_named_by_two_words_is_an_arrest(rules_only, sentence, countries):
    arrests = _asserted(_events(rules_only, sentence), "ARREST")
    assert any(_countries(e) == countries for e in arrests), [_countries(e) for e in arrests]


def test_the_two_words_apart_name_no_crime(rules_only):
    text = "Uruguay charged Paraguayan trader Tomas Benitez a false fee, the news agency said."
    assert not _asserted(_events(rules_only, text), "ARREST")
