"""A group named by its examples ("the international community, including X and Y";
"neighbours and allies including X") stands for those examples when the group itself
names no party. Sentences written for these tests (invented places)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_a_group_subject_named_by_examples_acts_through_them(rules_only):
    sentence = ("Chile and Peru exchanged fire on Monday near the Tarvella pass. The international "
                "community, including Brazil and Japan, urged both sides to hold their fire.")
    demands = _asserted(_events(rules_only, sentence), "DEMAND")
    assert [{p.actor.country: p.role for p in e.participants} for e in demands] == [
        {"BRA": "source", "JPN": "source", "CHL": "target", "PER": "target"}]


def test_examples_on_a_later_member_of_the_group_count_too(rules_only):
    sentence = ("Peru's seizure of the Tarvella ferry was denounced by neighbours and allies "
                "including Brazil and Japan.")
    accusations = _asserted(_events(rules_only, sentence), "ACCUSE")
    assert [{p.actor.country: p.role for p in e.participants} for e in accusations] == [
        {"BRA": "source", "JPN": "source", "PER": "target"}]
