"""A bloc that adopts a declaration agrees with itself: its members agree together, so
the AGREE names the bloc alone (``body_alone`` of the trigger); a body of one state that
adopts a text is no accord. "The bloc" refers back to the international body the story
named last. Invented people; real countries and blocs only because the gazetteer knows
them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_a_bloc_summit_adopting_a_declaration_is_an_accord_of_the_bloc(rules_only):
    text = "The Mercosur summit on Sunday adopted a joint declaration on river freight."
    accords = _asserted(_events(rules_only, text), "AGREE")
    assert [[a.name for a in e.actors] for e in accords] == [["Mercosur"]]


def test_a_parliament_adopting_a_statement_is_no_accord(rules_only):
    text = "The Peruvian parliament adopted a statement condemning Chile on Sunday."
    assert not _asserted(_events(rules_only, text), "AGREE")


def test_the_bloc_is_the_body_named_before(rules_only):
    text = ("Mercosur leaders met in Lima on Sunday. "
            "The bloc imposed tariffs on Bolivia on Monday.")
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanctions) == 1
    assert _countries(sanctions[0]) == {"Mercosur", "BOL"}
