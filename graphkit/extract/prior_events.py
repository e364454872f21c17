"""An implied prior contact as an event: the cue record and the event built from it.

:class:`PriorCue` is what :class:`~graphkit.extract.priors.PriorContactReader` (the cues,
their words and grammar) and :mod:`graphkit.extract.prior_dates` (their dates) find in a
sentence; :func:`prior_contact` turns one into a contact event of modality
``implied_prior`` with its parties: the actors of the cue's own phrase, completed by the
parties of the sentence's contact or the article's main contact. The
:class:`~graphkit.extract.article_reader.ArticleReader` calls it per cue, after the
sentence's own events are dated.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graphkit.extract.found import ArticleState, Found
from graphkit.extract.mentions import ArticleMentions, Mention, unique_actors
from graphkit.extract.rules import Rules
from graphkit.model import ANY_CONTACT, CONTACT_TYPES, Actor, EventDate


@dataclass(frozen=True)
class PriorCue:
    """One cue of an earlier contact in a sentence.

    ``contact`` is the contact word the cue is about ("visit" in "the first visit"; "met"
    in "last met"); ``tells_prior``: that word tells the earlier contact itself ("they last
    met in May"), so it is no event of its own; ``type`` is None when the cue names no
    contact ("the first since October"): the sentence's or the article's contact decides.
    """

    kind: str
    anchor: Token
    type: str | None
    contact: Token | None
    date: EventDate | None
    tells_prior: bool = False
    parties_at: Token | None = None  # "the last minister to visit Y was Z": Z


def prior_contact(cue: PriorCue, sent: Span, chosen: list[Found], state: ArticleState,
                  rules: Rules, since_marks: frozenset[str] = frozenset()) -> Found | None:
    """The implied earlier contact of ``cue`` as an event, or None when neither its type
    nor its parties can be told (``since_marks``: the words opening a since-phrase, whose
    parties are not the cue's own)."""
    contact = next((f for f in chosen if f.type in CONTACT_TYPES and f.modality != "implied_prior"
                    and f.token.i != (cue.contact.i if cue.contact is not None and cue.tells_prior
                                      else -1)), None)
    if cue.kind == "again" and cue.type is None and (
            contact is None or contact.token.i != cue.anchor.head.i):
        return None  # "again" on a verb that tells no contact
    kind = cue.type or (contact.type if contact is not None else None) or (
        state.main_contact.type if state.main_contact is not None else None)
    raw = rules.modality.get("implied_prior") or {}
    if cue.contact is not None and cue.contact.lower_ in rules.words(raw, "generic_contact_nouns"):
        # "met ..., the first such contact since 2019": the contact told decides the type
        told = contact or state.main_contact
        kind = told.type if told is not None else kind
    if kind not in CONTACT_TYPES:
        return None
    party_preps = rules.words(raw, "party_preps")
    actors = _parties(cue, sent, contact, chosen, state, party_preps, since_marks)
    if not actors:
        return None
    rule = rules.types[kind]
    any_kind = cue.contact is not None and cue.contact.lower_ in rules.words(raw, "any_contact_words")
    return Found(kind, rule, sent, cue.anchor, [(a, "participant") for a in actors], 0.7,
                 subtype=ANY_CONTACT if any_kind else rule.prior_subtype, modality="implied_prior",
                 date=cue.date or EventDate())


def _parties(cue: PriorCue, sent: Span, contact: Found | None, chosen: list[Found],
             state: ArticleState, party_preps: frozenset[str],
             since_marks: frozenset[str]) -> list[Actor]:
    """The cue phrase's own actors, then those of the sentence's contact (else the main
    contact) for a side not yet named."""
    mentions = state.mentions
    own: list[Actor] = []
    phrase = _phrase(cue, party_preps, since_marks)
    in_phrase = _starting_in(mentions, phrase)
    inside = [m for m in in_phrase if m.actors]
    if any(m.via == "group" for m in inside):
        inside = []  # "the two leaders last met": the article's pair, below
    own = unique_actors(a for m in inside for a in m.actors)
    if cue.parties_at is not None:
        named = [m for m in mentions.starting_in(cue.parties_at.left_edge.i,
                                                 cue.parties_at.right_edge.i + 1) if m.actors]
        if named:  # "the last minister to visit Y was Z": Z, not today's minister
            placed = unique_actors(a for m in named for a in m.actors)
            countries = {a.country for a in placed}
            # the role's holder today ("the last Chilean president") is not who went then
            own = placed + [a for a in own if a.country not in countries and a.kind != "person"]
    if any(m.via == "group" for m in in_phrase):
        # "X called Y ..., but they last spoke in March": the sides this sentence named
        # before the cue, else the story's pair ("the two leaders")
        named = unique_actors(a for m in mentions.within(sent.start, cue.anchor.i)
                              if m.via not in ("group", "pronoun") for a in m.actors)
        if contact is not None:
            own = [a for a, _ in contact.participants]
        elif len({a.country for a in named if a.country}) >= 2:
            own = named  # two sides of two states (not a broadcaster quoted before the cue)
        else:
            own = list(state.group_actors(cue.anchor.i))
    others = [f for f in chosen if f.modality == "asserted" and f is not contact]
    for fallback in (contact, state.last_contact, state.main_contact, *others):
        if fallback is None or len({a.country or a.id for a in own}) >= 2:
            continue
        have = {a.country or a.id for a in own} | {a.id for a in own}
        for a, _ in fallback.participants:
            if a.id not in have and (a.country or a.id) not in have:
                own.append(a)
                have |= {a.id, a.country or a.id}
    if not own:
        inside = [m for m in mentions.within(sent.start, sent.end) if m.actors and m.via != "group"]
        own = unique_actors(a for m in inside for a in m.actors)
    return own


def _starting_in(mentions: ArticleMentions, tokens: set[int]) -> list[Mention]:
    """The mentions whose first token is one of ``tokens`` (looked up around them, not
    over the whole article)."""
    if not tokens:
        return []
    return [m for m in mentions.starting_in(min(tokens), max(tokens) + 1) if m.start in tokens]


def _phrase(cue: PriorCue, party_preps: frozenset[str], since_marks: frozenset[str]) -> set[int]:
    """Token indexes of the cue's own phrase: the contact noun's phrase ("the first visit
    by a Syrian minister to Riyadh"), or the contact verb's subject and objects ("the two
    leaders last met"), never a since-phrase inside it."""
    word = cue.contact
    if word is None:
        return set()
    if word.pos_ in ("VERB", "AUX"):
        parts = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "prep")]
        tokens = {t.i for c in parts for t in c.subtree}
        if word.dep_ in ("acl", "relcl"):
            tokens |= {word.head.i}  # "the last minister to visit Y": the minister
            tokens |= {t.i for t in word.head.subtree if t.i < word.head.i}
    else:
        # the noun with its modifiers and party phrases ("the first visit by X to Y", "the
        # first minister to meet Y"), not a relative clause about something else
        tokens = {word.i} | {t.i for c in word.children if c.dep_ not in ("relcl", "appos")
                             for t in c.subtree}
        verb = word.head.head if word.dep_ == "pobj" else word.head
        if word.dep_ in ("pobj", "dobj", "attr") and verb.pos_ in ("VERB", "AUX"):
            # "for the first time ... met", "had his first call with Y": the verb's parties
            tokens |= {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
                       or c.dep_ == "prep" and c.lower_ in party_preps for t in c.subtree}
    doc = word.doc
    for t in [doc[i] for i in tokens]:
        if t.dep_ == "prep" and t.lower_ not in party_preps:
            # "met at a summit in Bali", "the first talks in a year": a setting, no party
            # (but "in a year between X and Y" still names X and Y)
            for o in t.children:
                if o.dep_ == "pobj":
                    tokens -= {o.i} | {x.i for c in o.lefts for x in c.subtree}
                    tokens -= {x.i for c in o.rights if c.dep_ == "compound" for x in c.subtree}
    since = [t for t in doc[min(tokens, default=word.i):max(tokens, default=word.i) + 1]
             if t.lower_ in since_marks]
    for s in since:
        tokens -= {t.i for t in s.subtree}
    return tokens
