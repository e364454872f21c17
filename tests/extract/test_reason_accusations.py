"""A measure whose reason names another party's deed in words of blame accuses that party
too (``reason_accusations`` of event_types.yaml): behaviour tests on invented sentences."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_an_expulsion_over_a_party_interference_accuses_that_party(rules_only):
    events = _events(rules_only, "Kenya expelled two Ghanaian diplomats on Monday over Ghana's "
                                 "interference in its elections.")
    accusations = _asserted(events, "ACCUSE")
    assert [{p.actor.country: p.role for p in e.participants} for e in accusations] == [
        {"KEN": "source", "GHA": "target"}]
    assert _asserted(events, "EXPEL")


def test_an_expulsion_for_reasons_naming_no_deed_accuses_nobody(rules_only):
    events = _events(rules_only, "Kenya expelled two Ghanaian diplomats on Monday for unspecified "
                                 "reasons.")
    assert not _asserted(events, "ACCUSE")


def test_an_expulsion_beside_an_accusation_told_outright_makes_no_second_one(rules_only):
    events = _events(rules_only, "Kenya expelled two Ghanaian diplomats over Ghana's interference and "
                                 "accused Ghana of lying.")
    assert len(_asserted(events, "ACCUSE")) == 1
