"""What the extractor keeps while it reads one article: events found so far and the
article's state (its main contact, the last speaker), with small grammar helpers shared by
the stages."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from graphkit.extract.actors import ArticleMentions
from graphkit.extract.rules import EventTypeRule
from graphkit.model import Actor, Article, EventDate, Modality

#: The lead of an article: its first sentences, which tell the news of the day.
LEAD_SENTENCES = 3

@dataclass
class Found:
    """An event found in one sentence, before it gets its id."""

    type: str
    rule: EventTypeRule
    sent: Span
    token: Token
    participants: list[tuple[Actor, str]]
    confidence: float
    subtype: str | None = None
    modality: Modality = "asserted"
    reporter: Actor | None = None
    report_token: Token | None = None
    date: EventDate = field(default_factory=EventDate)
    quoted: bool = False  # the actor is the speaker of a quote ("we will expel ...")

    @property
    def actor_ids(self) -> list[str]:
        return [a.id for a, _ in self.participants]


@dataclass
class ArticleState:
    """One article being read: its mentions, the events found so far, its main (first)
    and last contact, and the last speaker heard."""

    article: Article
    mentions: ArticleMentions
    found: list[Found] = field(default_factory=list)
    main_contact: Found | None = None
    last_contact: Found | None = None
    last_speaker: tuple[int, list[Actor]] | None = None
    sentence: int = 0

    def group_actors(self, before: int | None = None) -> list[Actor]:
        """Both sides: the parties of the last contact, else the two countries the article
        has named most so far."""
        contact = self.last_contact or self.main_contact
        if contact:
            return [a for a, _ in contact.participants]
        return self.top_countries(before, 2)

    def top_countries(self, before: int | None, n: int) -> list[Actor]:
        """The ``n`` countries the article has named most before token ``before`` (fewer
        than ``n`` named: none)."""
        counts: dict[str, int] = {}
        actors: dict[str, Actor] = {}
        for m in self.mentions.mentions:
            if before is not None and m.start >= before:
                break
            for a in m.actors:
                if a.kind == "country":
                    counts[a.id] = counts.get(a.id, 0) + 1
                    actors[a.id] = a
        top = sorted(counts, key=lambda k: -counts[k])[:n]
        return [actors[k] for k in top] if len(top) == n else []

    def last_of(self, type_name: str) -> Found | None:
        return next((f for f in reversed(self.found) if f.type == type_name
                     and f.modality == "asserted"), None)


def ids_in_role(f: Found, role: str) -> set[str]:
    """The ids of ``f``'s actors in ``role``."""
    return {a.id for a, r in f.participants if r == role}


def countries_in_role(f: Found, role: str) -> set[str]:
    """The countries of ``f``'s actors in ``role`` (where known)."""
    return {a.country for a, r in f.participants if r == role and a.country}


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` belongs to (None past the root)."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") and current.dep_ != "aux":
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def pluperfect(verb: Token) -> bool:
    """"had arrested": told as lying before the time of the report."""
    return verb.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children)


def present_tense(verb: Token | None) -> bool:
    """"says", "has spoken": told as news of the present."""
    if verb is None:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.lower_ in ("has", "have") and c.dep_ == "aux"
                                      for c in verb.children)
