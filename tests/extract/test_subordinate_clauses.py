"""Events stated as facts inside subordinate clauses: reduced passives with their agent,
relative clauses, temporal clauses; and the clauses that state no fact."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _countries, _events


def test_sanctions_imposed_by_an_agent_are_a_sanction(extractor):
    # a capital the tagger keeps out of the body's name (Dakar; not Oslo: see the test below)
    events = _events(extractor, "Senegal rejected the sanctions imposed by the European Union "
                                "on Dakar in 2019.")
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and {a.name for a in sanctions[0].actors} == {"European Union", "Senegal"}


@pytest.mark.xfail(strict=True, reason="the tagger runs the body's name on over 'on <capital>' "
                   "('European Union on Oslo', likewise Ulaanbaatar; not Dakar), and the "
                   "name is not cut at the preposition")
def test_sanctions_imposed_by_an_agent_on_another_capital_are_a_sanction(extractor):
    events = _events(extractor, "Norway rejected the sanctions imposed by the European Union "
                                "on Oslo in 2019.")
    sanctions = _asserted(events, "SANCTION")
    assert sanctions and {a.name for a in sanctions[0].actors} == {"European Union", "Norway"}


def test_arrest_told_in_a_relative_clause_takes_its_head_as_target(extractor):
    events = _events(extractor, "Tomas Verhoeven, who was arrested by Namibian police in 2023, "
                                "was handed over.")
    arrests = _asserted(events, "ARREST")
    assert arrests and "NAM" in _countries(arrests[0])
    assert "Tomas Verhoeven" in {a.name for a in arrests[0].actors}


def test_invasion_launched_in_a_since_clause_is_a_fact(extractor):
    events = _events(extractor, "It was his first visit since Asuncion launched its invasion of "
                                "Uruguay in February 2022.")
    attacks = _asserted(events, "ATTACK")
    assert attacks and _countries(attacks[0]) == {"PRY", "URY"}


def test_sanctions_that_could_be_imposed_are_not_imposed(extractor):
    events = _events(extractor, "Montevideo welcomed the sanctions on Paraguay that could be imposed by "
                                "the European Union next week.")
    assert not _asserted(events, "SANCTION")


def test_talks_that_never_took_place_are_no_meeting(extractor):
    events = _events(extractor, "Mongolia criticised talks with Norway that never took place.")
    assert not _asserted(events, "MEET")


def test_deal_that_could_be_signed_next_week_is_no_agreement(extractor):
    events = _events(extractor, "Uruguay welcomed a deal with Poland that could be signed next week.")
    assert not _asserted(events, "AGREE")
