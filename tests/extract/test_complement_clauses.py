"""A "that" clause with a subject of its own after the listener or the medium of a telling
verb ("told a regular briefing that ...", "wrote on a social media platform that ...") is what
the verb says, though spaCy's small model at times hangs it on the noun as a relative clause
(its "that" labelled a mark): the statement or the charge is read whichever place is named. A
relative clause whose "that" fills its gap ("the deal that Chile signed") stays one."""

from __future__ import annotations

import pytest
from extract.helpers import _asserted, _events, _with_setting

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


# a content noun's own clause (``content_clause_nouns``) or a verb that tells nothing
# (outside ``told_clause_verbs``): the clause is not what the subject says
NOT_TOLD = [
    "Uruguay dismissed the allegation that Chile had attacked Peru.",
    "Uruguay rejected the allegation that Chile had attacked Peru.",
    "Ghana questioned the claim that Nepal had shelled Peru.",
]


@pytest.mark.parametrize("sentence", NOT_TOLD, ids=[s[:40] for s in NOT_TOLD])
def test_a_content_nouns_clause_is_no_charge_by_the_subject(rules_only, sentence):
    subject = sentence.split()[0]
    found = _events(rules_only, sentence)
    assert not [e for e in found if e.type == "ACCUSE" and e.actors and e.actors[0].name == subject]
    doc = load_nlp()(sentence)
    assert not [t for t in doc if t.dep_ == "ccomp" and t.head.i == next(doc.sents).root.i]


def test_a_speakers_colon_read_again_keeps_the_told_clause():
    """The colon's re-parse ("says") copies a fresh parse's heads: the clause is hung on
    the telling verb after it."""
    doc = load_nlp()("Norway's Ana Voss: spokesman Ingrid Tveitan told a regular briefing that Oslo "
                     "opposed the move")
    clause = next(t for t in doc if t.lower_ == "opposed")
    assert (clause.dep_, clause.head.lower_) == ("ccomp", "told")


def test_an_extractor_on_the_shared_pipeline_reads_its_own_schemas_told_clause_verbs(rules_only, tmp_path):
    own = _with_setting(rules_only, tmp_path, "event_types.yaml", "told_clause_verbs", [], detector=False)
    sentence = TOLD[0][0]
    assert [e.type for e in _asserted(_events(rules_only, sentence), "STATEMENT")] == ["STATEMENT"]
    docs = list(own.parse([sentence]))
    clause = next(t for t in docs[0] if t.lower_ == "opposed")
    assert clause.dep_ == "relcl"
