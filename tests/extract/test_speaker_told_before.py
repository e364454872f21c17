"""A verbal act whose subject is a noun of one who speaks for a side ("the spokesperson",
"the official") that names no actor is the act of whoever reported just before, and never
of the party it is aimed at. Sentences written for these tests (real countries)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

_MINISTRY_SAID = "Chile's foreign ministry said on Monday that the arms sale was illegal. "


def _sides(event) -> dict[str | None, str]:
    return {p.actor.country: p.role for p in event.participants}


def test_the_spokesman_after_a_ministry_spoke_accuses_for_that_ministry(extractor):
    events = _events(extractor, _MINISTRY_SAID + "The spokesman accused Peru of fuelling the conflict.")
    accusations = [e for e in _asserted(events, "ACCUSE") if "spokesman" in e.evidence]
    assert accusations and _sides(accusations[0]) == {"CHL": "source", "PER": "target"}


def test_the_official_after_a_ministry_spoke_makes_its_demand(extractor):
    events = _events(extractor, _MINISTRY_SAID + "The official called on Peru to halt the sale.")
    demands = [e for e in _asserted(events, "DEMAND") if "official" in e.evidence]
    assert demands and _sides(demands[0]) == {"CHL": "source", "PER": "target"}


def test_an_unnamed_official_with_no_report_before_makes_no_demand_of_its_addressee(extractor):
    events = _events(extractor, "The arms sale to Bolivia was signed on Monday. "
                                "The official called on Peru to halt the sale.")
    assert not [e for e in _asserted(events, "DEMAND")
                if any(p.actor.country == "PER" and p.role == "source" for p in e.participants)]


def test_a_report_three_sentences_back_is_too_far_for_the_spokesman(extractor):
    events = _events(extractor, _MINISTRY_SAID + "Talks on the border resumed in Lima. "
                                "Traders crossed the bridge again. Farmers sold their crops. "
                                "The spokesman accused Peru of fuelling the conflict.")
    assert not [e for e in _asserted(events, "ACCUSE") if "spokesman" in e.evidence
                and "CHL" in {p.actor.country for p in e.participants}]
