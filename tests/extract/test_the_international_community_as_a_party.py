"""The community of states a call is addressed to as one ("asked the international
community to ...") is a party of its own, of no country (``ownerless_bodies`` in
mentions.yaml), though written in lower case: it is the addressee of the demand. A body common
noun with no owner ("the military", "police") stays nobody's. Sentences written for these tests
(real countries, invented people and towns)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _demand_names(extractor, text: str) -> list[str]:
    demands = _asserted(_events(extractor, text), "DEMAND")
    assert demands, "no demand found"
    return [a.name for a in demands[0].actors]


@pytest.mark.parametrize("text", [
    "The Chilean Foreign Ministry on Monday urged the international community to open an inquiry "
    "into the shelling of Tollvik.",
    "Chilean minister Rosa Vidal called on the world community to stop the smuggling rings of "
    "Grimsvik.",
])
def test_a_call_on_the_international_community_addresses_it(rules_only, text):
    assert "international community" in _demand_names(rules_only, text)


def test_the_international_community_asks_no_one(extractor):
    # it is asked to act; "the international community demanded ..." names no one who asks
    text = "The international community demanded that Peru pull its gunboats out of the Tollvik strait."
    assert not [e for e in _events(extractor, text)
                if "international community" in {a.name for a in e.actors}]


def test_a_body_common_noun_with_no_owner_stays_nobody(rules_only):
    text = "Chilean minister Rosa Vidal on Monday called on the military to leave Tollvik."
    assert _demand_names(rules_only, text) == ["Rosa Vidal"]


def test_the_international_community_is_asked_never_accused(extractor):
    # ``ownerless_body_types``: a demand on it, no accusation of it
    text = "Chile accused the international community of ignoring the famine in Grimsvik."
    events = _events(extractor, text)
    assert not [e for e in events if e.type != "DEMAND"
                and "international community" in {a.name for a in e.actors}]
