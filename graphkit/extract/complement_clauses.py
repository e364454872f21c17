"""A "that" clause told to someone, misread as a relative clause of the listener's noun.

"X told a regular briefing that Oslo opposed the move", "wrote on a social media platform
that he would ...", "reminded the prime minister that ...": spaCy's small model at times hangs
the clause on the noun before it (the audience, the medium) as a relative clause, yet labels
its "that" a subordinating mark, with a subject of its own in the clause. A relative "that"
fills a gap of its clause (the parser labels it the clause's subject or object: "the deal
that Chile signed"); a "that" the parser itself marks as a complementizer opens what the
verb says, so the clause is hung on that verb as its complement (ccomp), where the reporting
rules read it. The noun is the verb's object or the object of a preposition on the verb,
the verb one that tells (``told_clause_verbs`` of event_types.yaml), the noun none that takes
a content clause of its own (``content_clause_nouns``: "dismissed the allegation that Chile
had attacked Peru" is what the allegation says, not what Uruguay says).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _telling_verb(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, directly or through a preposition ("told a
    briefing", "wrote on a platform"), before the noun."""
    if noun.dep_ in ("dobj", "dative"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.i < noun.i else None


def that_clauses_told(sent: Span, verbs: Collection[str], nouns: Collection[str]) -> None:
    """Hang each such clause of ``sent`` on its verb as ccomp (see the module): the verb's
    lemma one of ``verbs``, the noun's none of ``nouns``."""
    for clause in sent:
        if clause.dep_ != "relcl" or clause.head.i >= clause.i:
            continue
        children = list(clause.children)
        if not (any(c.lower_ == "that" and c.dep_ == "mark" for c in children)
                and any(c.dep_ in _SUBJECTS for c in children)):
            continue
        noun = clause.head
        if noun.lemma_.lower() in nouns or noun.lower_ in nouns:
            continue  # "the allegation that ...": the clause is the noun's content
        verb = _telling_verb(noun)
        if verb is None or verb.lemma_.lower() not in verbs:
            continue
        clause.head, clause.dep_ = verb, "ccomp"
