"""Who a condemnation blames when the deed it names tells its doer by "by" where the parser
hangs the phrase on the deed's "of" object ("the expulsion of two of its diplomats by Y"):
Y. Sentences written for these tests (real countries)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _accused(extractor, text: str) -> dict[str | None, str]:
    accusations = _asserted(_events(extractor, text), "ACCUSE")
    assert accusations, "no accusation found"
    return {p.actor.country: p.role for p in accusations[0].participants}


def test_the_expeller_told_by_by_after_the_expelled_is_blamed(rules_only):
    assert _accused(rules_only, "Chile condemned the expulsion of two of its diplomats by Peru "
                                "on Monday.") == {"CHL": "source", "PER": "target"}


def test_a_protest_against_an_expulsion_by_a_state_blames_that_state(rules_only):
    assert _accused(rules_only, "Chile protested on Monday against the expulsion of two Chilean "
                                "diplomats by Peru.") == {"CHL": "source", "PER": "target"}


def test_the_jailer_told_after_a_counted_group_is_blamed(rules_only):
    assert _accused(rules_only, "Chile condemned the arrest of two of its citizens by Peru "
                                "on Monday.") == {"CHL": "source", "PER": "target"}


def test_a_by_phrase_of_a_verb_inside_the_deed_names_no_doer(rules_only):
    events = _events(rules_only, "Chile condemned the arrest of two fishermen wanted by Peru on Monday.")
    assert not [e for e in _asserted(events, "ACCUSE") if "PER" in {a.country for a in e.actors}]
