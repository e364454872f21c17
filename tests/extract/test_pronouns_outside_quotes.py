"""A pronoun outside quotation marks does not stand for a person named only inside them:
in '"I let the minister know ... Dr X," she said', she is the speaker named before,
not X. Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _first_statement_parties


def test_the_speaker_pronoun_skips_a_person_named_in_the_quote(rules_only):
    text = ("Peruvian Foreign Minister Ana Ruel met her Chilean counterpart Tomas Varga in Lima on "
            "Tuesday. \"I let the minister know that Peru was dismayed by the verdict handed to "
            "Dr Lin Wei,\" she said after the meeting.")
    assert _first_statement_parties(rules_only, text) == ["Ana Ruel"]
