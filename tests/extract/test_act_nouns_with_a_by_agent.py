"""An act noun told with its doer after "by" ("the expulsion of X by Y", "the shelling of X
by Y") reads as a passive: the "by" phrase names the doer, the "of" phrase what the act was
done to, whichever word of the phrase the parser hangs the "by" on. The doer comes first.
Invented people; real countries only because the gazetteer knows them."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events


@pytest.mark.parametrize(("text", "type_", "doer", "target"), [
    ("The expulsion of a Peruvian diplomat by Lithuania on Sunday angered Lima.", "EXPEL", "LTU", "PER"),
    ("The expulsion of two Bolivian diplomats by Norway was announced on Monday.", "EXPEL", "NOR", "BOL"),
    ("The shelling of Kumasi by Latvian forces on Tuesday killed three people.", "ATTACK", "LVA", "GHA"),
    ("The bombing of Kumasi by Latvia on Tuesday killed three people.", "ATTACK", "LVA", "GHA"),
])
def test_the_by_phrase_names_the_doer_and_the_of_phrase_the_target(rules_only, text, type_, doer, target):
    found = _asserted(_events(rules_only, text), type_)
    assert [tuple(a.country for a in e.actors) for e in found] == [(doer, target)]

