"""The main verb after a subject's apposition ("Hugo Pena, Uruguay's defence minister, called
X"; "Uruguay's defence minister, Hugo Pena, accused Y of ..."), which spaCy's small model at
times reads as a participle of the subject, is read as the sentence's verb: the event does not
depend on which names follow. A participle that acts on nothing ("..., accused of fraud in
2019") stays a participle."""

from __future__ import annotations

import pytest
from extract.helpers import _events, _of_type

from graphkit.extract.nlp import load_nlp

# (sentence, type, countries of the parties in order): each one the parser, left alone, reads
# with no verb at its root (the verb hung on the subject or on its apposition as acl)
MISREAD: list[tuple[str, str, tuple[str, ...]]] = [
    ("Aslan Temir, Kazakhstan's president, called Bolivian President Rafael Quispe on Monday.",
     "CALL", ("KAZ", "BOL")),
    ("Iceland's foreign minister, Ilse Marrow, called Bolivian President Rafael Quispe.",
     "CALL", ("ISL", "BOL")),
    ("Uruguay's defence minister, Hugo Pena, called Bolivian President Rafael Quispe on Monday.",
     "CALL", ("URY", "BOL")),
    ("Iceland's foreign minister, Ilse Marrow, accused Paraguay of interference on Monday.",
     "ACCUSE", ("ISL", "PRY")),
    ("Uruguay's defence minister, Hugo Pena, accused Paraguay of interference.",
     "ACCUSE", ("URY", "PRY")),
    ("The Latvian president, Karlis Berzins, accused Paraguay of interference on Monday.",
     "ACCUSE", ("LVA", "PRY")),
]


@pytest.mark.parametrize(("sentence", "type_", "countries"), MISREAD, ids=[r[0][:50] for r in MISREAD])
def test_the_verb_after_the_apposition_is_the_main_verb(rules_only, sentence, type_, countries):
    doc = load_nlp()(sentence)
    root = next(doc.sents).root
    assert root.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in root.children)
    found = _of_type(_events(rules_only, sentence), type_)
    assert [tuple(a.country for a in e.actors) for e in found] == [countries]


@pytest.mark.parametrize("sentence", [
    "Hugo Pena, a Uruguayan lawyer, accused of fraud in 2019.",
    "Hugo Pena, Uruguay's former minister, arrested in Montevideo on Monday.",
    "Pablo Rivas, Chile's envoy, expelled from Iceland on Monday.",
])
def test_a_participle_that_acts_on_nothing_stays_a_participle(rules_only, sentence):
    # a caption's or a list's participle ("X, a lawyer, accused of fraud"): no event of its own
    doc = load_nlp()(sentence)
    assert next(doc.sents).root.pos_ != "VERB"
    assert [e for e in _events(rules_only, sentence) if e.modality == "asserted"] == []


@pytest.mark.parametrize("sentence", [
    "The Kazakh president, Aslan Temir, called Chile's president a liar.",
    "Hugo Pena, a Uruguayan diplomat, named ambassador to Chile in 2019.",
])
def test_what_a_verb_calls_its_object_or_a_lone_role_noun_is_no_object(rules_only, sentence):
    """"called X a liar": of two predicates the first is the object, the second what it is
    called (no phone call); a lone role noun after a caption's participle ("named
    ambassador") is no object, so the participle stays one."""
    assert _of_type(_events(rules_only, sentence), "CALL") == []
    doc = load_nlp()(sentence)
    assert not [t for t in doc if t.dep_ == "dobj" and t.lower_ in ("liar", "ambassador")]
