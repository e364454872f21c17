"""A quoted consequence set on a condition is a threat by the party whose measure it is,
aimed at the party of the condition, even when the condition's party is named first
(issue 8; invented wording)."""

from __future__ import annotations

import pytest
from extract.helpers import _adding, _events

from graphkit.extract import Extractor


@pytest.fixture(scope="module")
def finding_threats(rules_only) -> Extractor:
    """The rules with a detector that finds a threat in every sentence: the rules read a
    quote told "according to a statement" as no report, so which threat is found is the
    detector's; what is tested is whom it is aimed at."""
    return Extractor(nlp=rules_only.nlp, detector=_adding("THREATEN"))


def _roles(event) -> tuple[set[str | None], set[str | None]]:
    sources = {p.actor.country for p in event.participants if p.role == "source"}
    targets = {p.actor.country for p in event.participants if p.role == "target"}
    return sources, targets


def test_the_condition_party_named_first_is_the_target(finding_threats):
    events = _events(finding_threats, '"If Peru continues the raids, Chile will cut its aid," '
                                "according to a statement from Chile.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats
    sources, targets = _roles(threats[0])
    assert "CHL" in sources and "PER" not in sources
    assert "PER" in targets


def test_a_reported_conditional_threat_keeps_its_roles(extractor):
    events = _events(extractor, '"If Peru continues the raids, Chile will cut its aid to '
                                'Valdomar," a Chilean official said.')
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and _roles(threats[0]) == ({"CHL"}, {"PER"})


@pytest.mark.xfail(strict=True, reason="the rules read no report in a quote told 'according to "
                   "a statement from X'; the weights of stop 52 found the threat, stop 53's do not")
def test_a_quoted_conditional_threat_told_according_to_a_statement_is_found(extractor):
    events = _events(extractor, '"If Peru continues the raids, Chile will cut its aid," '
                                "according to a statement from Chile.")
    assert [e for e in events if e.type == "THREATEN"]
