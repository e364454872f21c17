"""A document told again by its bare noun as the subject of a main verb of its own ("X issued
a statement. The statement urged Y to ...") speaks for who issued it: the subject of the verb
the last sentences hung that noun on ("X issued a statement", "X said in a statement";
``it_documents`` in mentions.yaml). A document with words of its own ("the joint statement")
is left to the rules that read those words. Invented towns; real countries only because the
gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "type_", "sides"), [
    ("Chile issued a statement on Monday. The statement urged Peru to free the fishermen.",
     "DEMAND", ["CHL", "PER"]),
    ("The Ghanaian foreign ministry released a communique on Monday. The communique condemned Togo "
     "for closing the border.", "ACCUSE", ["GHA", "TGO"]),
    # the issuer is who named the statement, not the last party to speak
    ("The Chilean navy named the trawler's captain in a statement on Thursday. Peru's embassy said "
     "on Friday that it was seeking access to him. The statement accused Peru of fishing in Chilean "
     "waters.", "ACCUSE", ["CHL", "PER"]),
])
def test_a_bare_document_subject_speaks_for_its_issuer(rules_only, text, type_, sides):
    events = _asserted(_events(rules_only, text), type_)
    assert [[a.country for a in e.actors] for e in events] == [sides]


def test_a_document_with_words_of_its_own_is_not_read_as_its_issuer(rules_only):
    text = "Chile and Bolivia met in Tarvoa on Monday. The joint statement urged Peru to free the fishermen."
    assert not _asserted(_events(rules_only, text), "DEMAND")
