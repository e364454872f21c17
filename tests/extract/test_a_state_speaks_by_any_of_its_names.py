"""Whose words a reported future is in decides whether it is a decision or a hope: a state's
act told by that state ("Moscow said Russia would send ...", a seat of government, a name the
tagger labels an organisation) is announced now; told by another named state it is still to
happen, whichever label the tagger gives the speaker's name ("Uruguay" is read as an
organisation, "Chile" as a place). Invented situations, real countries in unlikely pairs."""

from __future__ import annotations

import pytest
from extract.helpers import _events, _of_type

ANOTHER_STATE = [
    ("Uruguay said Germany would send more tanks to Montevideo.", "AID"),
    ("Paraguay said Iceland would send humanitarian aid to Asuncion.", "AID"),
    ("Chile said Norway would send more tanks to Santiago.", "AID"),
    ("Paraguay said Iceland would expel two Mongolian diplomats.", "EXPEL"),
]

OWN_STATE = [
    ("Asuncion said Paraguay would send humanitarian aid to Bolivia.", "AID"),
    ("La Moneda said Chile would send more tanks to Peru.", "AID"),
    ("Paraguay said Paraguay would expel two Uruguayan diplomats.", "EXPEL"),
]


@pytest.mark.parametrize(("text", "type_"), ANOTHER_STATE, ids=[t[:50] for t, _ in ANOTHER_STATE])
def test_another_states_act_in_a_states_words_is_still_to_happen(extractor, text, type_):
    assert _of_type(_events(extractor, text), type_) == []
    assert _of_type(_events(extractor, text), type_, "planned")


@pytest.mark.parametrize(("text", "type_"), OWN_STATE, ids=[t[:50] for t, _ in OWN_STATE])
def test_a_states_own_act_told_by_another_of_its_names_is_announced(extractor, text, type_):
    assert _of_type(_events(extractor, text), type_)
