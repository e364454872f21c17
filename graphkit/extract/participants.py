"""The learned participant scorer: which actors a sentence names take part in an event.

An event often names more parties than took part: a third state of a list ("the
diplomats of A, B and C"), an organisation of the setting, a state named in what was
said. The corpus's matching rule (two right parties) cannot see them; strict F1 and the
graph can. Taking the two names nearest the event's word instead loses a party more
often than it drops a wrong one. The scorer gives each candidate mention a probability
of being a participant of an event of type T at a token, from a logistic regression over
general features of the mention (its dependency relation and preposition, whether it
names a setting, its kind, its side of and distance to the word, its path to it, whether
its country is the story's); names are never features. :mod:`graphkit.training` fits it
beside the detector on the gold participants of the training sentences (``fit_scorer``), and it is stored
in the detector's weights file; the extractor cuts with it events of three sides, and, where
training chose a ``swap`` margin on held-out reads (:func:`graphkit.training.choose_cut`),
swaps the target of a directed act for a candidate of a third side it finds far likelier.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Span, Token

from graphkit.extract.mentions import ArticleMentions, Mention
from graphkit.model import Actor


def _bin(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def _hops(token: Token, anchor: Token) -> int:
    """Steps up from ``token`` to ``anchor`` in the parse (-1: the anchor is no ancestor)."""
    for n, a in enumerate(token.ancestors, 1):
        if a.i == anchor.i:
            return n
    return -1


def candidate_features(mention: Mention, candidates: Sequence[Mention], anchor: Token, sent: Span,
                       mentions: ArticleMentions, type_name: str, story_country: str | None,
                       speakers: frozenset[str] = frozenset()) -> list[str]:
    """The features of one candidate ``mention`` of an event of ``type_name`` at ``anchor``
    (``candidates``: every candidate mention of the sentence; ``story_country``: the
    country the article has named most; ``speakers``: ids of the sentence's reporters)."""
    doc = sent.doc
    root = doc[mention.start:mention.end].root
    actor = mention.actors[0]
    feats = {"kind:" + actor.kind, "via:" + mention.via, "dep:" + root.dep_}
    if root.dep_ == "pobj":
        feats.add("prep:" + root.head.lower_)
        feats.add("prephead:" + ("anchor" if root.head.head.i == anchor.i else root.head.head.pos_))
    if root.dep_ in ("conj", "appos", "compound", "poss"):
        feats.add("headdep:" + root.dep_ + ">" + root.head.dep_)
    if any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj":
        feats.add("list")
    if mentions.in_setting(mention, doc):
        feats.add("setting")
    if mention.is_subject:
        feats.add("subject")
    if any(a.id in speakers for a in mention.actors):
        feats.add("speaker")
    side = "before" if mention.start < anchor.i else "after"
    feats.add("side:" + side)
    by_distance = sorted(candidates, key=lambda m: abs(m.start - anchor.i))
    rank = next((n for n, m in enumerate(by_distance) if m is mention), len(by_distance))
    feats.add("rank:" + _bin(rank, (0, 1, 2)))
    feats.add("dist:" + _bin(abs(mention.start - anchor.i), (2, 5, 10, 20)))
    hops = _hops(root, anchor)
    feats.add("hops:" + ("none" if hops < 0 else _bin(hops, (1, 2, 3))))
    feats.add("cands:" + _bin(len({a.id for m in candidates for a in m.actors}), (1, 2, 3, 4)))
    if story_country and actor.country == story_country:
        feats.add("story_country")
    for f in [f for f in feats if f.split(":")[0] in ("dep", "side", "setting", "kind", "speaker",
                                                        "rank", "hops", "prep")]:
        feats.add(type_name + "|" + f)
    return sorted(feats)


#: a target swapped: (article id, sentence start, type, new actor id, the target it replaced, margin)
Swap = tuple[str, int, str, str, Actor, float]


@dataclass
class ParticipantScorer:
    """A logistic regression over candidate features; ``threshold`` keeps a candidate of
    an event of three sides; ``swap``: the margin by which a candidate of a third side must
    outscore a directed act's target to replace it (None: never). While training,
    ``swaps`` (when a list) logs each target swapped."""

    features: list[str]
    weights: np.ndarray
    bias: float
    threshold: float = 0.5
    swap: float | None = None
    swaps: list[Swap] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.index = {f: i for i, f in enumerate(self.features)}

    def probability(self, features: Iterable[str]) -> float:
        """The probability that a candidate of these features is a participant."""
        columns = [self.index[f] for f in features if f in self.index]
        score = self.bias + (float(self.weights[columns].sum()) if columns else 0.0)
        return 1.0 / (1.0 + math.exp(-score))
