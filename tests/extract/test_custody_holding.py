"""A state holding people in custody arrests them; a counted group it holds is the target,
named by its own words, not a member of it named beside it. Sentences written for these
tests (invented people)."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def _names(event) -> dict[str, str]:
    return {p.actor.name: p.role for p in event.participants}


def test_a_counted_group_held_is_the_target(rules_only):
    text = "Chile is holding nine foreign citizens, among them the engineer Tomas Arven."
    arrests = _asserted(_events(rules_only, text), "ARREST")
    assert len(arrests) == 1
    assert _names(arrests[0]) == {"Chile": "source", "foreign citizens": "target"}


def test_a_group_held_is_of_the_country_its_words_name(rules_only):
    arrests = _asserted(_events(rules_only, "Chile is holding six Peruvian nationals."), "ARREST")
    assert len(arrests) == 1
    assert {p.actor.country: p.role for p in arrests[0].participants} == {"CHL": "source",
                                                                          "PER": "target"}


def test_a_title_with_national_in_it_holds_nobody(rules_only):
    text = ("National Security Adviser Tomas Arven held a new round of border dialogue with "
            "Peruvian Foreign Minister Ana Verloc on Monday.")
    assert not [e for e in _events(rules_only, text) if e.type == "ARREST"]
