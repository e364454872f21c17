"""Dates told on a noun: whose day they are.

A date standing before a noun ("the July 14 attacks", "last year's crackdown", "their
late-October takeover") names the time of what that noun names. When an act of speech
(an accusation, a demand) is about that noun, the day is the day of the act spoken of,
not of the speaking: "X denounced the July 14 attacks" was said on its own day.

The reverse: a date in a participle on the document an act was told in ("In a joint
statement issued in February, X condemned ...", "told a paper in an interview published
Thursday") is the day of that act, though it sits in a clause of its own; for an act of
speech, so is a date on that document itself ("in a statement on Monday", "according to a
statement released on Monday").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: dependencies of a date standing before the noun it describes
_PRENOMINAL = frozenset({"poss", "compound", "nmod", "amod"})
#: dependencies of a noun that tells the act (its subject), not what the act is about
_TELLER_DEPS = frozenset({"nsubj", "nsubjpass"})


def date_of_spoken_noun(ent: Span, trigger: Token, documents: frozenset[str],
                        settings: frozenset[str]) -> bool:
    """``ent`` stands before a noun other than the ``trigger`` that the act is about
    ("condemned the July 14 attacks", "accused X of last week's raid", "actions during their
    late-October takeover"); not one of the act's setting, a noun under a preposition of
    ``settings`` hung on a verb or on the act's own object ("said at Monday's briefing", "on
    the sidelines of Monday's summit", "condemned X's attack at Monday's session", where the
    parser hangs "at" on "attack"), nor a document (``documents``) or a subject that tells
    it ("Monday's statement accused X")."""
    root = ent.root
    noun = root.head
    if root.dep_ not in _PRENOMINAL or noun.i <= root.i or noun.pos_ != "NOUN" or noun.i == trigger.i:
        return False
    if noun.lemma_.lower() in documents or noun.dep_ in _TELLER_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return False
    t = noun
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "prep" and t.lower_ in settings and (
                t.head.pos_ in ("VERB", "AUX") or t.head.dep_ == "dobj" and t.head.head.i == trigger.i):
            return False
        t = t.head
    return True


def date_of_own_document(ent: Span, clauses: set[int], documents: frozenset[str],
                         speech: bool = False) -> bool:
    """``ent`` sits in a participle on a document noun (``documents``) that is the object
    of a preposition hung on one of ``clauses`` (those that tell the act): "In a statement
    issued on Monday, X condemned ...": the act's own day. For an act of ``speech`` also a
    day hung on the document itself, and a document after "according to" ("according to
    a statement released on Monday", "X urged Y to withdraw, in a statement on Monday"):
    what the statement tells is its words; a deed it reports ("X shelled the town,
    according to a ministry note of Monday") keeps its own time."""
    for t in ent.root.ancestors:
        if (t.dep_ == "acl" and t.tag_ == "VBN") or (speech and t.dep_ == "prep" and t.head.pos_ == "NOUN"):
            return _told_in_document(t.head, clauses, documents, speech)
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _told_in_document(noun: Token, clauses: set[int], documents: frozenset[str], speech: bool) -> bool:
    """``noun`` is a document (``documents``) that a preposition hangs on one of
    ``clauses`` ("in a statement", "in an interview"); for an act of ``speech`` also two
    prepositions ("according to a statement")."""
    if noun.lemma_.lower() not in documents or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    prep = noun.head
    if speech and prep.head.dep_ == "prep":
        prep = prep.head
    return prep.head.i in clauses
