"""Who did a passive authority act whose doer the news tells away from the verb: the state
whose security body or authorities report it (invented people; real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _roles(event, role: str) -> set[str | None]:
    return {p.actor.country for p in event.participants if p.role == role}


@pytest.mark.parametrize("text", [
    "Two Estonian citizens were detained on Monday, Russian authorities said.",
    "Two Estonian citizens have been detained, the Russian interior ministry said on Monday.",
    "Russia's FSB said two Estonian citizens had been detained on Monday.",
    "Belarusian police said an Estonian journalist named Aro Kelmet was arrested on Monday.",
])
def test_an_agentless_arrest_reported_by_a_foreign_state_body_is_that_state_s(extractor, text):
    arrests = _asserted(_events(extractor, text), "ARREST")
    assert arrests
    assert _roles(arrests[0], "source") <= {"RUS", "BLR"} and _roles(arrests[0], "source")
    assert _roles(arrests[0], "target") == {"EST"}

