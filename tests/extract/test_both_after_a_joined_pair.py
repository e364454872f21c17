"""A group reference with no parties of its own ("both sides") stands first for the pair its
sentence has just joined by a conjunction ("Chilean and Peruvian troops clashed ..., and
Uruguay urged both sides to ..."), before the parties of the last contact. Sentences
written for these tests (invented places)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_both_sides_after_a_joined_pair_is_that_pair(rules_only):
    text = ("Brazil and Argentina held talks in Lima on Sunday. Chilean and Peruvian troops clashed "
            "on Monday in the Tarvella valley, and Uruguay urged both sides to hold their fire.")
    demands = _asserted(_events(rules_only, text), "DEMAND")
    assert [{a.country for a in e.actors} for e in demands] == [{"URY", "CHL", "PER"}]

