"""A statement's parties are its speaker and whom it is told to, not the parties its quoted
words name. Sentences written for these tests (invented people)."""

from __future__ import annotations

from extract.helpers import _first_statement_parties


def test_a_party_named_only_inside_the_quoted_words_is_no_party_of_the_statement(extractor):
    assert _first_statement_parties(extractor, "\"Kenya's threats will never frighten us,\" "
                                    "Ugandan Foreign Minister Joseph Okello said on Monday.") == [
        "Joseph Okello"]


def test_the_hearer_of_a_quoted_remark_is_no_party_of_the_statement(extractor):
    assert _first_statement_parties(extractor, "\"This is a day the lake region will remember,\" "
                                    "Ugandan President Joseph Okello told Kenyan President Amos "
                                    "Kiprono on Monday.") == ["Joseph Okello"]


def test_the_addressee_of_reported_words_stays_a_party(extractor):
    assert set(_first_statement_parties(extractor, "Ugandan President Joseph Okello told Kenyan "
                                        "President Amos Kiprono on Monday that the border talks "
                                        "were a 'new start'.")) == {"Joseph Okello", "Amos Kiprono"}


def test_the_hearer_of_words_reported_without_that_is_no_party_of_the_statement(extractor):
    assert _first_statement_parties(extractor, "Ugandan President Joseph Okello told Kenyan "
                                    "President Amos Kiprono on Monday he hoped the border talks "
                                    "would go on.") == ["Joseph Okello"]
