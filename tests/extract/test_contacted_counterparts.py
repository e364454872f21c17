""""Contacted X and Y": a leader reaching counterparts at a distance is a call with each
of them (the CALL trigger on "contact" with a person as object, one call per person); a
news outlet that contacts someone for comment makes no contact between parties (outlets
are no parties of a ``known_parties`` type). Invented people; real countries only because
the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_contacting_two_leaders_is_a_call_with_each(rules_only):
    text = ("Chilean President Tomas Varga contacted Peruvian President Ana Ruel and Bolivian "
            "President Hugo Mena on Monday to voice his concern over the border.")
    calls = _asserted(_events(rules_only, text), "CALL")
    assert sorted(sorted(a.name for a in c.actors) for c in calls) == [
        ["Ana Ruel", "Tomas Varga"], ["Hugo Mena", "Tomas Varga"]]


def test_an_outlet_contacting_a_leader_is_no_call(rules_only):
    text = "Reuters contacted Peruvian President Ana Ruel on Monday about the border."
    assert not _asserted(_events(rules_only, text), "CALL")
