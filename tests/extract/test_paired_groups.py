"""A paired reference composed of a determiner of two, an optional modifier and a noun of
parties or offices ("the two chief executives", "both warring parties") stands for both
sides of the last contact, as "the two leaders" does; one taken out of such a pair ("one of
the two rival governments") stands for neither. Sentences written for these tests (invented
people and towns)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events

_TALKS = ("Chilean President Marta Ilvane and Peruvian President Dario Senko met in the "
          "border town of Quelvar on Monday for talks on their shared aquifer. ")


def test_the_two_chief_executives_stand_for_both_sides_of_the_talks(rules_only):
    events = _events(rules_only, _TALKS + "The two chief executives then agreed to open a "
                                          "joint customs post at Sorna.")
    assert any({"CHL", "PER"} <= _countries(e) for e in _asserted(events, "AGREE"))


def test_both_warring_parties_are_the_sides_a_third_party_urges(rules_only):
    events = _events(rules_only, _TALKS + "On Tuesday Bolivian envoy Ines Carvajo pressed both "
                                          "warring parties to honour the truce around Sorna.")
    demands = _asserted(events, "DEMAND")
    assert any({"BOL", "CHL", "PER"} <= _countries(e) for e in demands)


def test_one_of_the_two_rival_governments_is_not_the_pair(rules_only):
    events = _events(rules_only, _TALKS + "One of the two rival governments later demanded that "
                                          "Bolivia withdraw its observers from Sorna.")
    assert not any({"CHL", "PER"} <= _countries(e) for e in _asserted(events, "DEMAND"))
