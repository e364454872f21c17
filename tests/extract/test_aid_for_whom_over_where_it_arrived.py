"""Aid told by its arrival goes to whom its own phrase says it is for, not to the place it
reached on the way ("a ship carrying aid for X arrived in Y's port": X; ``recipient_preps``
of the arrival triggers in event_types.yaml). Sentences written for these tests (real
countries, invented ports)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _targets(extractor, sentence: str) -> set[str | None]:
    aid = _asserted(_events(extractor, sentence), "AID")
    assert aid, "no aid found"
    return {p.actor.country for p in aid[0].participants if p.role == "target"}


@pytest.mark.parametrize("sentence", [
    "A Spanish ship carrying aid for Sudan arrived in Egypt's port of Marsa Tovel on Monday.",
    "A Spanish ship carrying aid for people in Sudan arrived in Egypt's port of Marsa Tovel on Monday.",
    "A Turkish plane carrying humanitarian aid for Sudan landed in Chad on Monday.",
])
def test_aid_for_one_country_that_arrived_in_another_goes_to_the_first(extractor, sentence):
    assert _targets(extractor, sentence) == {"SDN"}


def test_aid_told_for_no_one_goes_where_it_arrived(extractor):
    assert _targets(extractor, "A Turkish plane carrying aid landed in Chad on Monday.") == {"TCD"}
