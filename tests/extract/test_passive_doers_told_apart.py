"""Who did a passive authority act whose doer the news tells away from the verb: the state
whose security body or authorities report it (invented people; real countries)."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


def _roles(event, role: str) -> set[str | None]:
    return {p.actor.country for p in event.participants if p.role == role}


@pytest.mark.parametrize("text", [
    "Two Estonian citizens were detained on Monday, Bolivian authorities said.",
    "Two Estonian citizens have been detained, the Bolivian interior ministry said on Monday.",
    "Russia's FSB said two Estonian citizens had been detained on Monday.",
    "Belarusian police said an Estonian journalist named Aro Kelmet was arrested on Monday.",
])
def test_an_agentless_arrest_reported_by_a_foreign_state_body_is_that_state_s(extractor, text):
    arrests = _asserted(_events(extractor, text), "ARREST")
    assert arrests
    assert _roles(arrests[0], "source") <= {"RUS", "BLR", "BOL"} and _roles(arrests[0], "source")
    assert _roles(arrests[0], "target") == {"EST"}



@pytest.mark.parametrize("text", [
    "An Estonian journalist was detained at the end of the rally by Belarusian police.",
    "An Estonian journalist was arrested on the third day of the protests by Belarusian police.",
    "Two Estonian citizens were arrested on the fourth day of the unrest by Belarusian security "
    "forces.",
])
def test_an_arrest_s_agent_hung_on_a_phrase_of_time_is_its_doer(extractor, text):
    arrests = _asserted(_events(extractor, text), "ARREST")
    assert arrests and _roles(arrests[0], "source") == {"BLR"}


@pytest.mark.parametrize("text", [
    "An Estonian journalist was detained during a visit by Belarus's president.",
    "An Estonian journalist was detained after a rally by the Belarusian opposition.",
])
def test_a_by_phrase_of_no_state_organ_inside_a_phrase_of_time_names_no_doer(extractor, text):
    assert not any("BLR" in _roles(e, "source") for e in _asserted(_events(extractor, text), "ARREST"))
