"""The story's country (the state of an agentless arrest, the country of a titled person
named without one) is where the article is set: a demonym describing foreigners in it
counts less than the country's own name (invented people and towns)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

# Three Peruvian nationals held in Chile: Peru is named four times by demonyms, Chile three
# times by name, before the agentless arrest and the titled officer named without a country.
_STORY = ("Peruvian engineer detained in Chile over sabotage plot. "
          "A Peruvian engineer, a Peruvian pilot and a Peruvian driver were held near Valdomar, "
          "Chile said. "
          "Chile said the two had worked for Peruvian intelligence. "
          "On Monday, dozens of soldiers were taken into custody outside Valdomar. "
          "General Tomas Orrego was among those detained.")


def _countries(event) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = {}
    for p in event.participants:
        found.setdefault(p.role, set()).add(p.actor.country)
    return found


def test_an_agentless_arrest_of_a_group_is_by_the_state_the_story_names(extractor):
    arrests = [e for e in _asserted(_events(extractor, _STORY), "ARREST") if "soldiers" in e.evidence]
    assert arrests and _countries(arrests[0]) == {"source": {"CHL"}, "target": {"CHL"}}


def test_a_titled_person_of_no_country_takes_the_named_country_over_demonyms(extractor):
    doc = extractor.nlp(_STORY)
    persons = {a.name: a.country for m in extractor.actors.mentions(doc, None).mentions
               for a in m.actors if a.kind == "person"}
    assert persons["Tomas Orrego"] == "CHL"
