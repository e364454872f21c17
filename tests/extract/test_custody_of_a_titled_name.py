"""Custody of a person named after a bare title ("police in X detained journalist Y Z") is
an arrest, however the parser first read the line: a capitalised modal inside the name
("Can", "May", "Will") read as an auxiliary, or the verb read as an adjective of the bare
title with no verb left at the root, is parsed again with a stand-in written in its place
(graphkit.extract.headlines). Invented people."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

DETAINED = [
    ("Police in Istanbul detained journalist Can Aydin on Friday.", "Can Aydin"),
    ("Police in Istanbul detained student Can Aydin and two others.", "Can Aydin"),
    ("Security forces in Izmir detained lawyer Can Ozdemir on Sunday.", "Can Ozdemir"),
    ("Authorities in Santiago detained businessman May Lin on Tuesday.", "May Lin"),
    ("Police in London arrested activist Will Harlow on Monday.", "Will Harlow"),
    ("Police in Istanbul detained journalist Ali Korkmaz on Friday.", "Ali Korkmaz"),
    # not the article's first sentence: the re-parse reads the sentence where it lies
    ("The city was calm. Authorities in Santiago detained businessman May Lin on Tuesday.", "May Lin"),
    ("Markets opened late. Police in Istanbul detained journalist Can Aydin on Friday.", "Can Aydin"),
]


@pytest.mark.parametrize(("sentence", "name"), DETAINED, ids=[c[0][:45] for c in DETAINED])
def test_custody_of_a_titled_name_is_an_arrest_of_that_person(rules_only, sentence, name):
    arrests = _asserted(_events(rules_only, sentence), "ARREST")
    assert arrests, "no asserted ARREST"
    assert any(p.actor.name == name for e in arrests for p in e.participants), \
        [[p.actor.name for p in e.participants] for e in arrests]
