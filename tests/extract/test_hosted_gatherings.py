"""A gathering one party hosts and another attends is a meeting of both ("X attended a
summit hosted by Y": the noun's own clause names the host, the verb's subject takes part).
Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_who_attends_a_summit_hosted_by_another_meets_the_host(rules_only):
    text = "Chilean President Tomas Varga attended a summit hosted by Brazil on Tuesday."
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert _countries(meetings[0]) == {"CHL", "BRA"}


def test_joining_talks_hosted_by_a_leader_meets_that_leader(rules_only):
    text = ("Chile's foreign minister Ana Ruel joined talks hosted by Peruvian President "
            "Marco Quispel in Lima on Tuesday.")
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert len(meetings) == 1
    assert {a.name for a in meetings[0].actors} >= {"Ana Ruel", "Marco Quispel"}


def test_a_summit_hosted_and_merely_praised_names_only_the_host(rules_only):
    text = "Chilean President Tomas Varga praised a summit hosted by Brazil on Tuesday."
    meetings = _asserted(_events(rules_only, text), "MEET")
    assert all(_countries(m) != {"CHL", "BRA"} for m in meetings)
