"""A pronoun that attributes a quotation ('"...," she said') is not a person the quoted
words name: the speaker is sought outside them. Sentences written for these tests
(invented people, real countries)."""

from __future__ import annotations

from extract.helpers import _asserted, _events, _first_statement_parties

_MEETING = ("Foreign Minister Ilse Marrow of Australia met Foreign Minister Wang Yi of China "
            "in Canberra on Wednesday. ")


def test_a_person_named_inside_the_quote_is_not_the_she_who_said_it(extractor):
    text = _MEETING + ('"I told him Australians were shocked at the sentence imposed on '
                       'Dr Chen Boliang," she said at a news conference.')
    assert _first_statement_parties(extractor, text) == ["Ilse Marrow"]


def test_a_counterpart_named_inside_the_quote_is_not_the_he_who_said_it(extractor):
    text = ("Foreign Minister Arlen Voss of Peru arrived in Santiago on Monday. "
            '"Our talks with Minister Tomas Herrera were frank and useful," he said.')
    statements = [e for e in _asserted(_events(extractor, text), "STATEMENT") if "frank" in e.evidence]
    assert statements and [a.name for a in statements[0].actors] == ["Arlen Voss"]


def test_a_person_named_outside_any_quote_is_still_the_pronoun_s_person(rules_only):
    text = ("Foreign Minister Arlen Voss of Peru arrived in Santiago on Monday. "
            "Chile's interior minister Tomas Herrera met the press later, and he said the "
            "border would reopen.")
    statements = [e for e in _asserted(_events(rules_only, text), "STATEMENT") if "border" in e.evidence]
    assert statements and [a.name for a in statements[0].actors] == ["Tomas Herrera"]
