"""Modality: did the event happen, will it, might it, or did it not?

Read from the trigger and the verbs that govern it, with the cue words of
``schema/modality.yaml``; climbing stops at a reporting verb, so "X said it will visit"
is planned but "X warned it would strike" is a threat made now. Order of precedence:
negated, hypothetical, planned, asserted.

Also here: the cue of an implied prior contact ("the first call since September 2022",
"the first visit in 11 years", "having last met in May").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from graphkit.extract.rules import Rules
from graphkit.extract.triggers import agent_clauses, governing_verb, reduced_passive
from graphkit.model import Modality

_CLIMB_DEPS = {"xcomp", "conj", "pcomp", "pobj", "prep", "dobj", "acl", "nsubjpass", "auxpass",
               "attr", "ccomp"}
_FIRST_PERSON = {"we", "i"}
_IN_YEARS = re.compile(
    r"\b(?:in|for)\s+(?:more than\s+|nearly\s+|almost\s+|over\s+)?"
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+(years?|months?)\b",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


class ModalityReader:
    """Decides an event's modality from its trigger token."""

    def __init__(self, rules: Rules) -> None:
        m = rules.modality
        words = rules.words
        self.neg_words = words(m.get("negated", {}), "neg_words")
        self.neg_governors = words(m.get("negated", {}), "governors")
        self.hyp_modals = words(m.get("hypothetical", {}), "modals")
        self.hyp_governors = words(m.get("hypothetical", {}), "governors")
        self.hyp_markers = words(m.get("hypothetical", {}), "markers")
        self.plan_modals = words(m.get("planned", {}), "modals")
        self.plan_governors = words(m.get("planned", {}), "governors")
        self.future_words = words(m.get("planned", {}), "future_words")
        self.infinitive_governors = words(m.get("planned", {}), "infinitive_governors")
        self.announced_types = frozenset(m.get("planned", {}).get("announced_types") or ())
        self.speech_types = frozenset(m.get("planned", {}).get("speech_types") or ())
        self.reporting = words(rules.reporting, "reporting")

    def reported(self, token: Token) -> bool:
        """The trigger lies in the content of a reporting verb ("X said it would ...")."""
        current = token
        for _ in range(8):
            if current.head.i == current.i:
                return False
            current = current.head
            if current.pos_ == "VERB" and current.lemma_.lower() in self.reporting:
                return True
        return False

    def chain(self, token: Token) -> list[Token]:
        """The trigger, then the words governing it up to a reporting verb or the root."""
        start = token
        if token.pos_ in ("NOUN", "PROPN"):
            own = agent_clauses(token)
            if own:  # "sanctions imposed by X": the clause tells the fact
                return [token, own[0]]
            verb = governing_verb(token)
            chain = [token]
            if verb is None:
                return chain
            start = verb
        else:
            chain = []
        current = start
        for _ in range(6):
            chain.append(current)
            if current.i != start.i and current.lemma_.lower() in self.reporting:
                chain.pop()
                break
            if current.dep_ not in _CLIMB_DEPS or current.head.i == current.i:
                break
            if current.dep_ == "acl" and reduced_passive(current):
                break  # "citizens arrested by X": a fact of its own, whatever governs X

            current = current.head
        return chain

    def modality(self, token: Token, type_name: str, subjects: list[Token] | None = None) -> Modality:
        chain = self.chain(token)
        own = [t for t in chain[:2]]
        if any(c.dep_ == "neg" or c.lower_ in self.neg_words and c.dep_ in ("neg", "advmod", "det")
               for t in own for c in t.children):
            return "negated"
        if any(t.lemma_.lower() in self.neg_governors for t in _governors(chain)):
            return "negated"  # "refused to meet"; not "rejected X and accused Y"
        modals = {c.lower_ for t in own for c in t.children if c.dep_ == "aux"}
        if modals & self.hyp_modals:
            if modals & self.hyp_modals == {"would"} and self.reported(token) and \
                    type_name not in self.speech_types:
                return "planned"  # "the Kremlin said Putin would visit": future in the past
            return "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in self.hyp_markers for t in own for c in t.children):
            return "hypothetical"
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.children) for t in own for c in t.children):
            return "hypothetical"  # "to slap sanctions if it rejected ...": on a condition
        if any(t.lemma_.lower() in self.hyp_governors for t in chain[1:]):
            return "hypothetical"
        speech = type_name in self.speech_types  # "warned it will strike": a threat made now
        planned = (
            any(t.lemma_.lower() in self.plan_governors for t in chain[1:])
            or self._infinitive_governed(chain[1] if token.pos_ in ("NOUN", "PROPN") and len(chain) > 1
                                         else token)
            or (not speech and any(c.dep_ == "aux" and c.lower_ in self.plan_modals
                                   for t in own for c in t.children))
            or (not speech and any(self._future(t) for t in own))
        )
        if planned:
            if type_name in self.announced_types and any(
                    s.lower_ in _FIRST_PERSON for s in subjects or ()):
                return "asserted"
            return "planned"
        return "asserted"

    def _infinitive_governed(self, verb: Token) -> bool:
        """"agreed to meet again", "called on X to slap sanctions": the infinitive
        complement of a verb of agreeing, promising or asking is still to happen."""
        current = verb
        for _ in range(3):
            if current.dep_ != "xcomp" or current.head.i == current.i:
                return False
            current = current.head
            if current.lemma_.lower() in self.infinitive_governors:
                return True
        return False

    def _future(self, token: Token) -> bool:
        """"will meet next week", "talks in the coming days": a time phrase of the
        trigger's own that lies ahead."""
        for c in token.children:
            if c.lower_ in self.future_words and c.dep_ in ("amod", "advmod", "npadvmod"):
                if c.lower_ == "later" and any(g.dep_ == "npadvmod" for g in c.children):
                    continue  # "hours later": after the last event told, not in the future
                return True
            if c.dep_ == "npadvmod" and any(g.lower_ in self.future_words for g in c.children):
                return True
            if c.dep_ == "prep":
                for pobj in c.children:
                    if pobj.dep_ == "pobj" and any(g.lower_ in self.future_words and g.dep_ == "amod"
                                                   for g in pobj.children):
                        return True
        return False


def _governors(chain: list[Token]) -> list[Token]:
    """The words of a chain that govern the trigger: up to the first conjunct link, since
    a coordinated verb ("rejected ... and accused") is a sibling, not a governor."""
    out: list[Token] = []
    for prev, t in zip(chain, chain[1:], strict=False):
        if prev.dep_ == "conj":
            break
        out.append(t)
    return out


@dataclass(frozen=True)
class PriorCue:
    """A sentence's cue of an earlier contact: its type and, if stated, "in N years"."""

    type: str
    years_ago: int | None = None
    months_ago: int | None = None
    noun: Token | None = None  # the contact noun "first" modifies ("the first visit ...")
    dated: bool = False  # the sentence's own date is the earlier contact's ("last met in May")


class PriorContactReader:
    """Finds "first ... since X" and "last met in X" cues of earlier contacts."""

    def __init__(self, rules: Rules) -> None:
        prior = rules.modality.get("implied_prior", {})
        self.first_words = rules.words(prior, "first_words")
        self.last_words = rules.words(prior, "last_words")
        self.nouns = {t: frozenset(w.lower() for w in ws) for t, ws in
                      (prior.get("contact_nouns") or {}).items()}
        self.since_nouns = {t: frozenset(w.lower() for w in ws) for t, ws in
                            (prior.get("since_contact_nouns") or {}).items()}
        self.verbs = {t: frozenset(w.lower() for w in ws) for t, ws in
                      (prior.get("contact_verbs") or {}).items()}

    def cue(self, sent: Span, has_since_date: bool) -> PriorCue | None:
        """The prior-contact cue of ``sent``, or None.

        ``has_since_date``: the dates stage found a "since <date>" expression here.
        """
        words = [t.lower_ for t in sent]
        since = sent[words.index("since")] if "since" in words else None
        if any(w in self.first_words for w in words):
            first = sent[next(k for k, w in enumerate(words) if w in self.first_words)]
            kind = self._since_type(since) or self._type_near(first)
            noun = first.head if first.head.pos_ in ("NOUN", "PROPN") else None
            if kind is None:
                return None
            in_years = _IN_YEARS.search(sent.text)
            if in_years and in_years.start() > first.idx - sent.start_char:
                n = _NUMBERS.get(in_years.group(1).lower()) or int(in_years.group(1))
                unit = in_years.group(2).lower()
                if unit.startswith("year"):
                    return PriorCue(kind, years_ago=n, noun=noun)
                return PriorCue(kind, months_ago=n, noun=noun)
            if since is not None and (has_since_date or self._since_type(since)):
                return PriorCue(kind, noun=noun)
            return None
        for k, w in enumerate(words):
            if w in self.last_words:
                t = sent[k]
                if t.dep_ == "advmod" and t.head.pos_ == "VERB":
                    for kind, verbs in self.verbs.items():
                        if t.head.lemma_.lower() in verbs:
                            return PriorCue(kind, dated=True)
        if since is None:
            return None  # the clause below turns on a "since"
        for t in sent:
            # "has not met X since they held talks in May": the contact the since-clause tells
            if t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children) and any(
                    c.lower_ == "since" or any(g.lower_ == "since" and g.dep_ == "mark" for g in c.children)
                    for c in t.children):
                for kind, verbs in self.verbs.items():
                    if t.lemma_.lower() in verbs:
                        return PriorCue(kind, dated=True)
        return None

    def _since_type(self, since: Token | None) -> str | None:
        if since is None:
            return None
        sub = {t.lower_ for t in since.subtree} | {t.lemma_.lower() for t in since.subtree}
        for kind, nouns in self.since_nouns.items():
            if sub & nouns:
                return kind
        return None

    def _type_near(self, first: Token) -> str | None:
        around = [first.head, *first.head.children, *first.head.lefts]
        if first.head.head is not None:
            around.append(first.head.head)
        near = {t.lower_ for t in around} | {t.lemma_.lower() for t in around}
        for kind in ("CALL", "MEET"):
            if near & self.nouns.get(kind, frozenset()):
                return kind
        for kind in ("CALL", "MEET"):
            if near & self.verbs.get(kind, frozenset()):
                return kind
        return None
