"""A "that" clause with a subject of its own after the listener or the medium of a telling
verb ("told a regular briefing that ...", "wrote on a social media platform that ...") is what
the verb says, though spaCy's small model at times hangs it on the noun as a relative clause
(its "that" labelled a mark): the statement or the charge is read whichever place is named. A
relative clause whose "that" fills its gap ("the deal that Chile signed") stays one."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events

from graphkit.extract.nlp import load_nlp

# (sentence, type, countries of the parties in order): each one the parser, left alone, hangs
# the clause on the noun before it as a relative clause
TOLD: list[tuple[str, str, tuple[str, ...]]] = [
    ("Norwegian Foreign Ministry spokesman Ingrid Tveitan told a regular briefing that Oslo opposed "
     "the move.", "STATEMENT", ("NOR",)),
    ("Peruvian Foreign Ministry spokesman Hugo Pena told a regular briefing that Lima opposed the move.",
     "STATEMENT", ("PER",)),
    ("Ghanaian Foreign Ministry spokesman Kofi Mensah told a regular briefing that Accra opposed the "
     "move.", "STATEMENT", ("GHA",)),
    ("Icelandic spokeswoman Sigrun Hallsdottir told a regular news briefing that Reykjavik rejected "
     "the plan.", "STATEMENT", ("ISL",)),
]


@pytest.mark.parametrize(("sentence", "type_", "countries"), TOLD, ids=[r[0][:50] for r in TOLD])
def test_the_that_clause_is_what_the_verb_tells(rules_only, sentence, type_, countries):
    doc = load_nlp()(sentence)
    verb = next(doc.sents).root
    assert [c.dep_ for c in verb.children if c.dep_ in ("ccomp", "relcl")] == ["ccomp"]
    found = _asserted(_events(rules_only, sentence), type_)
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]


def test_a_that_clause_after_a_medium_is_what_was_written():
    doc = load_nlp()("Uruguayan minister Martin Larrea wrote on a social media platform that Paraguay "
                     "had broken the deal.")
    clause = next(t for t in doc if t.lower_ == "broken")
    assert (clause.dep_, clause.head.lower_) == ("ccomp", "wrote")


@pytest.mark.parametrize("sentence", [
    "Iceland rejected the deal that Chile signed on Monday.",
    "Uruguay welcomed the aid that Paraguay sent to Montevideo.",
])
def test_a_relative_clause_whose_that_fills_its_gap_stays_one(sentence):
    doc = load_nlp()(sentence)
    assert [t.dep_ for t in doc if t.pos_ == "VERB" and t.i > 2] == ["relcl"]
