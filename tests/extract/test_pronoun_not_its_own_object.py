"""A subject pronoun is never the person its own verb's object names ("X met Y, and he
urged Y to ...": he is X). Sentences written for these tests (invented people, real
countries)."""

from __future__ import annotations

from extract.helpers import _asserted, _events

_MEETING = "President Arlen Voss of Peru met President Tomas Herrera of Chile in Lima on Monday"


def _demand_sides(extractor, text: str) -> dict[str | None, str]:
    demands = _asserted(_events(extractor, text), "DEMAND")
    assert demands, "no demand found"
    return {p.actor.name: p.role for p in demands[0].participants}


def test_he_who_urged_the_named_counterpart_is_the_other_party(rules_only):
    sides = _demand_sides(rules_only, _MEETING + ", and he urged Herrera to reopen the border.")
    assert sides == {"Arlen Voss": "source", "Tomas Herrera": "target"}


def test_he_who_urged_the_counterpart_by_description_is_the_other_party(rules_only):
    sides = _demand_sides(rules_only, "President Arlen Voss of Peru held talks with President Tomas "
                                      "Herrera of Chile on Monday, and afterwards he urged the "
                                      "Chilean leader to reopen the border.")
    assert sides == {"Arlen Voss": "source", "Tomas Herrera": "target"}


def test_he_who_urged_a_third_party_keeps_its_reading(rules_only):
    sides = _demand_sides(rules_only, _MEETING + ", and he urged Bolivia to reopen the border.")
    assert sides == {"Tomas Herrera": "source", "Bolivia": "target"}
