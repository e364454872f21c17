"""Reported speech: who says what, and when a report is a STATEMENT.

"X said (that) Y": Y is the event and X its reporter. A report whose content holds no other
(asserted) event is a STATEMENT by X; a stance verb ("reiterated", "denied") makes one even
with a plain object. Media outlets report, they never make statements. "According to X"
and "citing X" attribute a sentence without a verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphkit.extract.actors import ActorResolver, ArticleMentions, unique_actors
from graphkit.extract.arguments import mentions_at
from graphkit.extract.found import Found
from graphkit.extract.rules import Rules
from graphkit.model import Actor

STANCE_CONFIDENCE = 0.7
PLAIN_CONFIDENCE = 0.55


class ReportReader:
    """Finds the reporting verbs of sentences and the statements they make."""

    def __init__(self, rules: Rules, actors: ActorResolver) -> None:
        rep = rules.reporting
        self.rules = rules
        self.actors = actors
        self.reporting = rules.words(rep, "reporting")
        self.stance = rules.words(rep, "stance")
        self.needs_predicate = rules.words(rep, "needs_predicate")
        self.media_words = rules.words(rep, "media_words")
        self.wrapper_only = rules.words(rep, "wrapper_only")
        self.attribution_preps = rules.words(rep, "attribution_preps")
        self.attribution_verbs = rules.words(rep, "attribution_verbs")

    def reports(self, sent: Span, mentions: ArticleMentions) -> list[tuple[Token, list[Actor]]]:
        """The reporting verbs of a sentence whose speaker is an actor (not the media)."""
        out: list[tuple[Token, list[Actor]]] = []
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in self.reporting:
                continue
            if token.lemma_.lower() in self.needs_predicate and not any(
                    c.dep_ in ("oprd", "ccomp", "xcomp") for c in token.children):
                continue
            if not has_content(token, token.lemma_.lower() in self.stance):
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ in ("conj", "advcl", "xcomp"):
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            actors: list[Actor] = []
            for s in subjects:
                if s.lower_ in self.media_words or any(
                        t.lower_ in self.media_words for t in s.subtree if t.dep_ in ("compound", "amod")):
                    continue
                for m in mentions_at(s, mentions):
                    actors.extend(a for a in m.actors if a.id not in self.actors.media_ids)
            if actors:
                out.append((token, unique_actors(actors)))
        return out

    def statement(self, verb: Token, speakers: list[Actor], sent: Span,
                   mentions: ArticleMentions) -> Found | None:
        rule = self.rules.types["STATEMENT"]
        addressees: list[Actor] = []
        for c in verb.children:
            if c.dep_ in ("dative", "dobj") and verb.lemma_.lower() == "tell":
                for m in mentions_at(c, mentions):
                    addressees.extend(m.actors)
        for c in verb.children:  # "X said that Azerbaijan has not granted ...": about Azerbaijan
            if c.dep_ in ("ccomp", "parataxis"):
                for subject in (t for t in c.children if t.dep_ in ("nsubj", "nsubjpass")):
                    for m in mentions_at(subject, mentions):
                        if m.via not in ("pronoun", "group"):
                            addressees.extend(a for a in m.actors if a.kind != "person")
        countries = {s.country for s in speakers}
        participants = [(a, "speaker") for a in speakers]
        participants += [(a, "target") for a in unique_actors(addressees)
                         if a.id not in {s.id for s in speakers} and a.country not in countries]
        confidence = STANCE_CONFIDENCE if verb.lemma_.lower() in self.stance else PLAIN_CONFIDENCE
        return Found("STATEMENT", rule, sent, verb, participants, confidence)

    def attribution(self, sent: Span, mentions: ArticleMentions) -> Actor | None:
        """"according to X", "citing X": who the sentence attributes its news to."""
        for token in sent:
            if token.lower_ in self.attribution_preps or token.lemma_.lower() in self.attribution_verbs:
                for t in token.subtree:
                    m = mentions.at(t.i)
                    if m is not None and m.actors:
                        return m.actors[0]
        return None


def has_content(verb: Token, stance: bool) -> bool:
    """A reporting verb reports something: a clause, a quote, a colon, or it wraps the
    sentence ("..., the ministry said"); a stance verb may take a plain object
    ("reaffirmed the policy")."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"ccomp", "xcomp", "parataxis", "oprd"} or verb.dep_ in ("parataxis",):
        return True
    if stance and deps & {"dobj", "prep"}:
        return True
    quotes = {'"', "“", "”", "'", "‘", "’", ":"}
    return any(t.text in quotes for t in verb.sent if t.i != verb.i)


def content_tokens(verb: Token) -> set[int]:
    """The tokens a reporting verb reports: its clausal complements, and for a wrapper
    ("..., the ministry said") the main clause it hangs from."""
    content: set[int] = set()
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "dobj", "oprd", "advcl", "parataxis") or (
                c.dep_ == "conj" and c.pos_ == "VERB"):
            content.update(t.i for t in c.subtree)
    if verb.dep_ in ("parataxis", "advcl") and verb.head.i != verb.i:
        content.update(t.i for t in verb.head.subtree if t.i not in {x.i for x in verb.subtree})
    return content


def report_of(token: Token, reports: list[tuple[Token, list[Actor]]]
               ) -> tuple[Token, list[Actor]] | None:
    """The innermost report whose content holds ``token``."""
    holding = [(verb, speakers) for verb, speakers in reports if token.i in content_tokens(verb)]
    if not holding:
        return None
    return min(holding, key=lambda r: len(content_tokens(r[0])))
