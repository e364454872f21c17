"""A directed act whose doer is told by a word the mention finder cannot resolve (a
pronoun, a state noun) and whose target is one side of the story's pair: the other side
did it. Sentences written for these tests (invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

_STORY = ("Relations between Chile and Peru have soured for months. Chile and Peru traded "
          "complaints over fishing rights on Monday. ")


def _sources(event) -> set[str | None]:
    return {p.actor.country for p in event.participants if p.role == "source"}


def test_an_unresolved_doer_of_an_act_on_one_side_of_the_story_is_the_other_side(rules_only):
    events = _events(rules_only, _STORY + "On Tuesday the authorities expelled two Peruvian "
                                          "diplomats, the ministry said.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and _sources(expulsions[-1]) == {"CHL"}

