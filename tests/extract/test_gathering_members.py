"""A gathering noun names its members by "of" ("a meeting of the finance chiefs of X") and
its chair by "under" ("under the presidency of X"): both are parties to the meeting
(``member_preps`` and ``target_preps`` of the MEET noun trigger). Invented people; real
countries and blocs only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_hosted_meeting_of_a_blocs_chiefs_meets_the_bloc(rules_only):
    text = "Chilean President Tomas Varga hosted a meeting of the finance chiefs of Mercosur on Tuesday."
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"CHL", "Mercosur"}


def test_the_chair_of_a_summit_told_by_under_takes_part(rules_only):
    text = ("A Mercosur summit on river freight opened on Tuesday under the presidency of "
            "Uruguayan President Pablo Ferrando.")
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert {a.name for a in meetings[0].actors} >= {"Mercosur", "Pablo Ferrando"}


def test_a_summit_of_named_states_judged_by_a_copula_adds_no_meeting(rules_only):
    text = ("Chilean President Tomas Varga met Peruvian President Ana Ruel in Lima on Monday. "
            "Varga said the summit of Chile, Peru and Bolivia was a useful step.")
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert all("BOL" not in _countries(m) for m in meetings)


def test_a_gathering_named_with_capitals_is_a_meeting_of_its_body(rules_only):
    text = ("Mercosur opened an Extraordinary Session at Montevideo on Sunday under the "
            "chairmanship of Uruguayan President Pablo Ferrando.")
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert {a.name for a in meetings[0].actors} == {"Mercosur", "Pablo Ferrando"}


def test_a_summit_named_after_its_body_stands_for_the_body(rules_only):
    text = ("The Mercosur Leaders Summit opened in Montevideo on Sunday with Uruguayan President "
            "Pablo Ferrando.")
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert meetings and all("Mercosur" in _countries(m) for m in meetings)
