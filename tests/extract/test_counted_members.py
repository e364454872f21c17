"""Parties named through a counted group: the members a counting word or a list of nouns
holds are named by the member phrase of the counted noun (invented sentences)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_counted_group_of_an_embassy_names_the_embassy(rules_only):
    events = _events(rules_only, "Chile expelled dozens of diplomats of the Peruvian embassy "
                                "on Tuesday.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and _countries(expulsions[0]) == {"CHL", "PER"}


def test_a_member_phrase_on_the_last_noun_of_a_list_names_the_party_of_all(rules_only):
    events = _events(rules_only, "Chile expelled two diplomats and a driver of the Peruvian "
                                "embassy on Tuesday.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and _countries(expulsions[0]) == {"CHL", "PER"}
