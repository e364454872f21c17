"""A listing for a sanction told with examples of the listed ("put 14 firms, including X
and Y, on its export list") or with a quoted list name ("added ... to its
\\"unreliable entity list\\"") is a sanction. Invented firms; real countries only because the
gazetteer knows them."""

from __future__ import annotations

from extract.helpers import _asserted, _countries, _events


def test_firms_placed_on_an_export_control_list_with_examples_are_sanctioned(rules_only):
    text = ("Chile put 14 Peruvian firms, including Andina Systems and Quispe Metals & Arms, "
            "on its export control list on Tuesday.")
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanctions) == 1
    assert _countries(sanctions[0]) == {"CHL", "PER"}


def test_firms_added_to_a_quoted_entity_list_are_sanctioned(rules_only):
    text = 'Chile added ten Peruvian firms to its "unreliable entity list" on Thursday.'
    sanctions = _asserted(_events(rules_only, text), "SANCTION")
    assert len(sanctions) == 1
    assert _countries(sanctions[0]) == {"CHL", "PER"}


def test_an_item_added_to_a_quoted_agenda_list_is_no_sanction(rules_only):
    text = 'Chile added the border crossings to its "list of topics" for the talks with Peru.'
    assert _asserted(_events(rules_only, text), "SANCTION") == []
