"""A speech act already told, told again by its own doer ("X urged Y ..." then "X said he
had pressed Y ..."): the doer's account of its own act is that act once more and makes no
STATEMENT; another side's account still does (sentences written for these tests, invented
people and towns)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_demand_retold_by_the_one_who_made_it_makes_no_statement(extractor):
    events = _events(extractor, "Chilean Foreign Minister Tomas Ardila urged Peru on Monday to "
                                "reopen its mountain border posts. Ardila said he had pressed "
                                "Peru to reopen the posts when he dined with officials in Quelvar.")
    assert len(_asserted(events, "DEMAND")) == 1
    assert not _asserted(events, "STATEMENT")


def test_an_accusation_retold_by_its_accuser_makes_no_statement(extractor):
    events = _events(extractor, "Chilean Foreign Minister Tomas Ardila accused Peru on Monday of "
                                "diverting the waters of the Quelvar river. Ardila said he had "
                                "accused Peru of diverting the river at a press briefing in Sorna.")
    assert len(_asserted(events, "ACCUSE")) == 1
    assert not _asserted(events, "STATEMENT")


def test_a_demand_retold_by_another_side_is_still_its_statement(extractor):
    events = _events(extractor, "Chilean Foreign Minister Tomas Ardila urged Peru on Monday to "
                                "reopen its mountain border posts. Bolivian President Ines Carvajo "
                                "said Ardila had pressed Peru to reopen the posts at a dinner in "
                                "Quelvar.")
    assert len(_asserted(events, "DEMAND")) == 1
    assert _asserted(events, "STATEMENT")
