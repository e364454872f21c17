"""A threat must be aimed at someone: one whose target neither its sentence nor the story
names is no event, one whose target comes from the story still is (invented sentences)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_vow_to_retaliate_against_no_named_party_is_no_threat(rules_only):
    events = _events(rules_only, "Chilean President Marta Ilvane vowed to retaliate on Friday.")
    assert not _asserted(events, "THREATEN")


def test_a_vow_to_retaliate_takes_the_storys_counterpart(rules_only):
    events = _events(rules_only, "Peru shelled a Chilean border post on Thursday. "
                                 "Chilean President Marta Ilvane vowed to retaliate on Friday.")
    threats = _asserted(events, "THREATEN")
    assert threats and {a.country for a in threats[0].actors} == {"CHL", "PER"}
