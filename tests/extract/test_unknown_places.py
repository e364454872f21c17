"""A name the parser reads as a person right after "near" or "outside" is a place too small
for the gazetteer ("near X", ``place_only_preps`` of mentions.yaml): no one, so the event's
own parties stand. Sentences written for these tests (invented towns, real countries)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_clash_near_an_unknown_town_is_between_the_two_forces(extractor):
    events = _events(extractor, "Bolivian troops clashed with Peruvian border guards near "
                                "Quenchara on Monday.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and _countries(attacks[0]) == {"BOL", "PER"}


def test_an_unknown_town_near_which_people_met_is_no_party(extractor):
    events = _events(extractor, "Chilean President Rosa Ibarra met Peruvian President Luis "
                                "Tamayo near Quenchara on Monday.")
    meetings = _asserted(events, "MEET")
    assert meetings and {a.name for a in meetings[0].actors} == {"Rosa Ibarra", "Luis Tamayo"}
