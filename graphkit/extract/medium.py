"""A contact's medium, read off the words on its own word.

A meeting told with a remote medium ("met virtually", "held talks by video link", "took
part in an online summit", "talks by phone") is a call of that medium: the corpus codes
video calls and virtual summits as CALL (with MEET as the other reading). The medium is
what modifies the contact's word itself (an adjective, compound or adverb on it, or a
"by"/"via" phrase on it or on the verb it is the object of), never a word elsewhere in
the sentence: "met in Lima a day after a video call" is a meeting. The type to become,
its subtypes' cue words and the prepositions are data (`remote` of a type in
event_types.yaml).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graphkit.extract.found import Found
from graphkit.extract.rules import Rules

# relations of a word's own modifiers, and of a verb's object (whose verb's "by" phrase
# tells the medium of the object: "held talks by video link")
_MODIFIERS = frozenset({"amod", "compound", "advmod", "npadvmod", "nmod"})
_OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "pobj"})


def medium_words(token: Token, preps: frozenset[str]) -> set[str]:
    """The lower-case forms and lemmas of the words that modify ``token`` itself, and of
    the phrases of ``preps`` on it or, for an object, on its verb."""
    words: set[str] = set()
    holders = [token] + ([token.head] if token.dep_ in _OBJECTS and token.head is not token else [])
    for holder in holders:
        for child in holder.children:
            if child.dep_ in _MODIFIERS and holder is token:
                words.update((child.lower_, child.lemma_.lower()))
            elif child.dep_ == "prep" and child.lower_ in preps:
                words.update(w for t in child.subtree for w in (t.lower_, t.lemma_.lower()))
            elif child.dep_ == "prep" and holder is token:  # "met virtually with X": the
                # parser hangs the adverb on the preposition
                words.update(w for t in child.children if t.dep_ == "advmod"
                             for w in (t.lower_, t.lemma_.lower()))
    return words


def by_medium(found: Found, rules: Rules) -> Found:
    """``found`` as an event of its type's ``remote_type`` when its own word is told with
    a remote medium (the subtype of the first medium whose cue it holds); else as it is."""
    rule = found.rule
    if not rule.remote_cues or rule.remote_type is None:
        return found
    words = medium_words(found.token, rule.remote_preps)
    for subtype, cues in rule.remote_cues.items():
        if cues & words:
            remote = rules.types[rule.remote_type]
            return replace(found, type=remote.name, rule=remote, subtype=subtype)
    return found
