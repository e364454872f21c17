"""A person's family is a party of its own, never that person (issue 8; invented names)."""

from __future__ import annotations

import pytest
from extract.helpers import _events

_TEXTS = [
    "The family of Tomas Varro, a Peruvian journalist, accused Chile of torturing him.",
    "Tomas Varro's family demanded that Chile release him.",
    "Tomas Varro was detained in Chile last week. His family accused the Chilean police of abuse.",
    "The Varro family demanded that Chile release the journalist.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_family_is_not_the_person_it_belongs_to(extractor, text):
    for event in _events(extractor, text):
        if event.type in ("ACCUSE", "DEMAND"):
            sources = {p.actor.name for p in event.participants if p.role == "source"}
            assert not any("Varro" in name for name in sources)


def test_the_person_himself_still_speaks(extractor):
    events = _events(extractor, "Tomas Varro demanded that Chile release his brother.")
    demands = [e for e in events if e.type == "DEMAND"]
    assert demands and any(p.role == "source" and "Varro" in p.actor.name
                           for p in demands[0].participants)
