"""An accusation the learned detector adds inside a report is the reporter's, aimed at the
doer the reported clause names: "X said Y had been detained illegally by Z" is X's
accusation of Z, never Z's of Y. Sentences written for these tests (invented people); real
countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _events


def test_blame_told_in_a_report_is_the_reporters_aimed_at_the_doer(extractor):
    text = ("Peruvian foreign ministry spokesman Juan Ortiz thanked Chile for its help and said "
            "on Saturday that Maria Lopez had been detained illegally by Bolivia.")
    accusations = _asserted(_events(extractor, text), "ACCUSE")
    assert accusations
    for accusation in accusations:
        roles = {p.actor.country: p.role for p in accusation.participants}
        assert roles.get("PER") == "source" and roles.get("BOL") == "target"
