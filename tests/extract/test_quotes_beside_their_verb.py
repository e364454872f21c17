"""A quote the parser hangs off no clause of its reporting verb is still what the verb
reports: the words quoted before a main verb ('"...," X said') and the quote opened just
after it ('stating in a statement, "..."'). Invented people and places; real countries
only because the gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _first_statement_parties


def test_a_quote_opened_after_a_participle_of_saying_is_its_content(rules_only):
    text = ('The Peruvian presidency defended the decision, stating in a statement, "Peru is a '
            'sovereign nation and we will not bow to pressure."')
    assert _first_statement_parties(rules_only, text) == ["Peruvian Presidency"]


def test_a_quote_opened_after_a_colon_is_its_content(rules_only):
    text = ('Peruvian President Ana Ruel defended the closure, stating in a speech: "We will not '
            'bow to pressure from anyone."')
    assert _first_statement_parties(rules_only, text) == ["Ana Ruel"]


def test_a_quote_before_its_main_verb_is_its_content_when_the_parse_breaks_it(rules_only):
    # the paragraph break after the first sentence makes the parser hang the quote on
    # nothing the verb governs
    text = ('"Blocked, broken and muddy roads severely undermine entry for rescue teams," '
            'Peruvian Interior Minister Ana Ruel said, adding there were many power cuts and '
            'phone outages.\n\n'
            '"The bridges over the river that link the north of the town to the south have '
            'collapsed," Ruel said.\n')
    assert _first_statement_parties(rules_only, text) == ["Ana Ruel"]
