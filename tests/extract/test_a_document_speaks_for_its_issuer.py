"""A document told again by its bare noun as the subject of a main verb of its own ("X issued
a statement. The statement urged Y to ...") speaks for who issued it: the subject of the verb
the last sentences hung that noun on ("X issued a statement", "X said in a statement";
``document_nouns`` in mentions.yaml, by lemma). Not the subject of a verb by which the document
came from another or was kept from being issued ("rejected", "welcomed the statement":
``document_withholding_verbs``). A document with words of its own ("the joint statement") is
left to the rules that read those words. Invented towns; real countries only because the
gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "type_", "sides"), [
    ("Chile issued a statement on Monday. The statement urged Peru to free the fishermen.",
     "DEMAND", ["CHL", "PER"]),
    ("The Ghanaian foreign ministry released a communique on Monday. The communique condemned Togo "
     "for closing the border.", "ACCUSE", ["GHA", "TGO"]),
    # the same noun by its lemma or another spelling
    ("The Ghanaian foreign ministry released a communiqué on Monday. The communique condemned Togo "
     "for closing the border.", "ACCUSE", ["GHA", "TGO"]),
    ("Chile issued two statements on Monday. The statement urged Peru to free the fishermen.",
     "DEMAND", ["CHL", "PER"]),
    # the issuer is who named the statement, not the last party to speak
    ("The Chilean navy named the trawler's captain in a statement on Thursday. Peru's embassy said "
     "on Friday that it was seeking access to him. The statement accused Peru of fishing in Chilean "
     "waters.", "ACCUSE", ["CHL", "PER"]),
])
def test_a_bare_document_subject_speaks_for_its_issuer(rules_only, text, type_, sides):
    events = _asserted(_events(rules_only, text), type_)
    assert [[a.country for a in e.actors] for e in events] == [sides]


@pytest.mark.parametrize("text", [
    "Peru rejected a statement from Chile on Monday. The statement urged Bolivia to free the fishermen.",
    "Bolivia welcomed the statement on Monday. The statement urged Peru to free the fishermen.",
])
def test_a_document_its_verb_took_from_another_does_not_speak_for_that_verb_s_subject(rules_only, text):
    events = _asserted(_events(rules_only, text), "DEMAND")
    assert not [e for e in events if [a.country for a in e.actors][:1] in (["PER"], ["BOL"])]


def test_a_document_with_words_of_its_own_is_not_read_as_its_issuer(rules_only):
    opening = "Chile issued a statement on Monday. Chile and Bolivia met in Tarvoa on Tuesday. "
    # the bare noun speaks for its issuer; the joint statement is another document
    urged = "statement urged Peru to free the fishermen."
    assert _asserted(_events(rules_only, opening + "The " + urged), "DEMAND")
    assert not _asserted(_events(rules_only, opening + "The joint " + urged), "DEMAND")
