"""A state's bodies speak for it: a later statement of a body or state with no person, of the
same country and day as one already told by another body or the state, is that statement
told again (``country_day_restates``). A person's words, or a body's on another day, stay
a statement of their own. Sentences written for these tests (invented people)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

from graphkit.extract import Extractor

_FIRST = "Norway said on Monday it would not join the Tamsen pact. "


def _speakers(extractor: Extractor, text: str) -> list[set[str]]:
    return [{p.actor.name for p in e.participants}
            for e in _asserted(_events(extractor, text), "STATEMENT")]


@pytest.mark.parametrize("later", [
    "The Norwegian foreign ministry said on Monday that the pact was flawed.",
    "The Norwegian government said on Monday that the pact was flawed.",
])
def test_a_body_of_the_same_state_that_day_restates_the_statement(rules_only, later):
    assert _speakers(rules_only, _FIRST + later) == [{"Norway"}]


@pytest.mark.parametrize("later, second", [
    ("Foreign Minister Ola Brekke said on Monday that the pact was flawed.", {"Ola Brekke"}),
    ("The Norwegian foreign ministry said on Tuesday that the pact was flawed.",
     {"Norwegian Foreign Ministry"}),
])
def test_a_person_or_another_day_is_a_statement_of_its_own(rules_only, later, second):
    assert _speakers(rules_only, _FIRST + later) == [{"Norway"}, second]
