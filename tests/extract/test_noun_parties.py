"""Parties named through a noun: the members a counting word or a list of nouns holds
are named by the member phrase of the counted noun, and a name right after a noun of
office is that noun's (invented sentences)."""

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


def test_a_name_right_after_counterpart_is_the_counterparts_name(rules_only):
    # the parser hangs the name on the verb, not on "counterpart"
    events = _events(rules_only, "Chile's Foreign Minister Rafael Soto received a phone call "
                                 "from his Peruvian counterpart Farid Amirkhanlou late on Sunday, "
                                 "during which they discussed developments in the region.")
    calls = _asserted(events, "CALL")
    assert calls and {a.kind for a in calls[0].actors} == {"person"} and len(calls[0].actors) == 2
