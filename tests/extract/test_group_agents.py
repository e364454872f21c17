"""Non-state groups that act: protesters or militants named as an attack's own subject are
a party of their own, of the country their words name (invented towns and people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _sources(event) -> set[tuple[str, str | None]]:
    return {(p.actor.name, p.actor.country) for p in event.participants if p.role == "source"}


def test_protesters_of_a_named_place_attack_as_a_party_of_its_country(extractor):
    events = _events(extractor, "Relations broke down in 2016 when protesters in Peru "
                                "stormed two Chilean consulates near Valdomar.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and _sources(attacks[0]) == {("protesters", "PER")}
    assert "CHL" in {p.actor.country for p in attacks[0].participants if p.role == "target"}


def test_a_passive_agent_group_is_no_party(extractor):
    # the clause's place is where the patient was, not whose the group is
    events = _events(extractor, "Two Chilean consulates in Valdomar were stormed by protesters "
                                "on Monday.")
    assert not any(a.name == "protesters" for e in events for a in e.actors)


def test_a_group_that_means_to_attack_is_no_attacker(extractor):
    # an infinitive of purpose inherits its subject: the group did no act
    events = _events(extractor, "Lima said Santiago harbours militants who cross the border "
                                "to attack Peru.")
    assert not any(a.name == "militants" for e in events for a in e.actors)
