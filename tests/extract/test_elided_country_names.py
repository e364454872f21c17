"""Two country names sharing their last word, told once ("North and South Korea"): the
first word with the shared word names a country too. Sentences written for these tests
(invented people and places)."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_shared_last_word_names_both_countries(rules_only):
    events = _events(rules_only, "Envoys of North and South Korea signed a pact on Thursday to "
                                 "reopen a liaison office in the border village of Hanseo-ri.")
    assert any(_countries(e) == {"PRK", "KOR"} for e in _asserted(events, "AGREE"))


def test_a_word_that_names_no_country_with_the_shared_word_adds_none(rules_only):
    events = _events(rules_only, "Officials from Hanseo and South Korea agreed on Thursday to "
                                 "reopen a liaison office in the border village of Tamri.")
    assert all(_countries(e) <= {"KOR", None} for e in _asserted(events, "AGREE"))
