"""The terms of an expulsion told as reported words ("the envoys must leave the country by
Friday, the spokesman said") are no position of the speaker and no request of anyone
(``departure_verbs`` / ``departure_subjects`` of reporting_verbs.yaml; ``unless_xcomp`` of
the "told X that Y must" DEMAND trigger). Invented people; real countries only because
the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_envoys_told_to_leave_by_a_deadline_make_no_demand(rules_only):
    text = ("Chile on Monday ordered Peru to cut its embassy staff by twelve people. The "
            "diplomats must leave Chile by March 30, government spokesman Tomas Varga told "
            "reporters.")
    events = _events(rules_only, text)
    assert not _asserted(events, "DEMAND")
    assert not _asserted(events, "STATEMENT")


def test_troops_that_must_leave_are_still_asked_to(rules_only):
    text = "Chilean President Tomas Varga said Peruvian troops must leave the border zone."
    assert _asserted(_events(rules_only, text), "DEMAND")
