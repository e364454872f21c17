"""What a sentence's talk is about: the matter a discussion verb or noun names.

"X discussed the war in Y", "talked about Y's bid", "exchanged views on Y", "the talks on
Y": Y is named as the matter talked over, no party of the talk, and the war is not X's.
The words live in event_types.yaml (``discussion_verbs``, ``discussion_nouns``,
``topic_preps``, ``topic_partner_preps``, ``topic_unless``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphkit.extract.rules import Rules

#: entity types of a phrase that tells when, not what about ("talks on Friday")
_TIMES = frozenset({"DATE", "TIME"})


def discussion_topics(sent: Span, rules: Rules) -> list[tuple[Token, frozenset[int]]]:
    """Per discussion word of ``sent``, the indices of the tokens that tell what it is about
    (its object if a verb, its phrases of a topic preposition), without the partner phrases
    inside them ("discussed trade with X": X is talked with, not about)."""
    out = []
    for token in sent:
        lemma = token.lemma_.lower()
        verb = token.pos_ in ("VERB", "AUX") and lemma in rules.discussion_verbs
        noun = token.pos_ in ("NOUN", "PROPN") and lemma in rules.discussion_nouns
        if not (verb or noun):
            continue
        heads = [c for c in token.children if c.dep_ == "prep" and c.lower_ in rules.topic_preps
                 and not any(p.lemma_.lower() in rules.topic_unless or p.ent_type_ in _TIMES
                             for p in c.children)]
        if verb:
            heads += [c for c in token.children if c.dep_ == "dobj"]
        indices: set[int] = set()
        for head in heads:
            indices |= _without_partners(head, rules.topic_partner_preps)
        if indices:
            out.append((token, frozenset(indices)))
    return out


def _without_partners(head: Token, partner_preps: frozenset[str]) -> set[int]:
    """The indices of ``head``'s subtree, less its partner phrases' subtrees."""
    cut = {t.i for c in head.subtree if c is not head and c.dep_ == "prep"
           and c.lower_ in partner_preps for t in c.subtree}
    return {t.i for t in head.subtree} - cut


def topic_around(token: Token, topics: list[tuple[Token, frozenset[int]]]) -> frozenset[int] | None:
    """The narrowest topic ``token`` is named inside, if any."""
    around = [indices for _, indices in topics if token.i in indices]
    return min(around, key=len) if around else None
