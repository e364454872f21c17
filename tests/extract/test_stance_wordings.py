"""Positions told by verbs of naming, welcome and quotation: "described the launch as a
warning" (an "as" phrase is the predicate of a verb of naming, as "called X 'Y'" is),
"welcomed the decision" (a position on a thing; a guest welcomed is a meeting), "the
agency quoted X as saying ..." (X speaks). Invented people; real countries only because
the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _first_statement_parties


def test_describing_an_act_as_something_is_a_statement(rules_only):
    text = "Chilean President Tomas Varga described the naval manoeuvre as a warning."
    assert _first_statement_parties(rules_only, text) == ["Tomas Varga"]


def test_describing_a_person_as_something_is_no_statement(rules_only):
    text = "Chilean President Tomas Varga described him as a reckless gambler."
    assert not _asserted(_events(rules_only, text), "STATEMENT")


def test_welcoming_a_decision_is_a_statement(rules_only):
    text = "Chilean President Tomas Varga welcomed the decision to reopen the border crossing."
    assert _first_statement_parties(rules_only, text) == ["Tomas Varga"]


def test_welcoming_a_delegation_is_no_statement(rules_only):
    text = "Chile welcomed a delegation from Peru on Monday."
    assert not _asserted(_events(rules_only, text), "STATEMENT")


def test_the_person_quoted_as_saying_speaks(rules_only):
    text = ("The state news agency quoted Peruvian President Ana Ruel as saying that the border "
            "would stay closed.")
    assert _first_statement_parties(rules_only, text) == ["Ana Ruel"]
