"""A country's name read as a person named with it ("<Country>'s ambassador" gives the
word as a name key): the events and the story's country take the country, after the
detector's review (invented towns; real country names)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _roles(event) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for p in event.participants:
        found.setdefault(p.role, set()).add(p.actor.name)
    return found


def test_a_country_word_read_as_the_ambassador_is_the_country(extractor):
    events = _events(extractor, "Chile summoned Peru's ambassador on Monday over the border "
                                "incident. Chile demanded that Peru withdraw its troops from "
                                "the border.")
    demands = _asserted(events, "DEMAND")
    assert demands and _roles(demands[0]) == {"source": {"Chile"}, "target": {"Peru"}}


def test_a_country_word_read_as_a_person_counts_for_the_story_country(extractor):
    # Peru is named three times by its name, each read as its ambassador: "both countries"
    # are still Chile and Peru, not the Bolivia named once
    events = _events(extractor, "Chile summoned Peru's ambassador on Monday over the border "
                                "incident. Peru rejected the protest on Tuesday. Peru closed "
                                "the border crossing at Valdomar on Tuesday. Bolivia called for "
                                "calm. Both countries expelled diplomats on Wednesday.")
    expulsions = _asserted(events, "EXPEL")
    assert expulsions and {a.country for a in expulsions[0].actors} == {"CHL", "PER"}
