"""A name hyphened to a participle of backing ("the X-backed militia", "a UN-backed
government"; ``backing_participles`` in mentions.yaml) names who stands behind the body, not
the body: it is no party of what the sentence tells. Sentences written for these tests (real
countries and bodies, invented groups and towns)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _attack_countries(extractor, text: str) -> set[str | None]:
    return {a.country for e in _asserted(_events(extractor, text), "ATTACK") for a in e.actors}


def test_the_backer_of_a_government_is_not_what_is_struck(extractor):
    text = ("Peruvian gunboats shelled rebel camps near Grimsvik on Friday to shore up the UN-backed "
            "council in Tollvik.")
    assert "UN" not in _attack_countries(extractor, text)


@pytest.mark.parametrize("hyphen", ["-", "\u2013"], ids=["hyphen", "en-dash"])
def test_an_organisation_hyphened_to_a_backing_participle_is_no_party(rules_only, hyphen):
    text = f"Chile accused NATO{hyphen}backed militias of shelling Tollvik."
    assert "NATO" not in {a.name for e in _events(rules_only, text) for a in e.actors}


def test_the_backer_of_militants_is_not_their_attack_doer(extractor):
    text = "Peru-backed militants attacked Chilean troops near Tollvik on Monday."
    countries = _attack_countries(extractor, text)
    assert "CHL" in countries and "PER" not in countries


def test_a_state_named_without_a_hyphened_participle_stays_a_party(extractor):
    text = "Peruvian troops attacked Chilean troops near Tollvik on Monday."
    assert _attack_countries(extractor, text) == {"PER", "CHL"}
