"""Counted plural references to parties named together before: "the three governments
condemned ...", after "A, B and C recalled their envoys", stands for A, B and C
(``counted_groups`` of schema/mentions.yaml).

Such a phrase is read as a group reference (a mention of no actors of its own, like "both
sides"); when its parties are sought, it stands for the last list of exactly that many
parties joined in one phrase before it, else for both sides of the last contact, as any
group reference does."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from graphkit.extract.arguments import mentions_at
from graphkit.extract.found import ArticleState
from graphkit.extract.mentions import Mention, unique_actors
from graphkit.model import Actor


def counted_group_phrases(mentions: dict[str, Any]) -> list[str]:
    """The phrases of ``counted_groups`` ("the three governments", "all four states")."""
    section = mentions.get("counted_groups") or {}
    return [f"{det} {count} {noun}".lower() for det in section.get("determiners") or ()
            for count in (section.get("counts") or {}) for noun in section.get("nouns") or ()]


def paired_group_phrases(mentions: dict[str, Any]) -> list[str]:
    """The phrases of ``paired_groups`` ("both warring parties", "the two chief
    executives"): a determiner of two, an optional modifier and a noun of parties."""
    section = mentions.get("paired_groups") or {}
    modifiers = ["", *(f"{m} " for m in section.get("modifiers") or ())]
    return [f"{det} {mod}{noun}".lower() for det in section.get("determiners") or ()
            for mod in modifiers for noun in section.get("nouns") or ()]


class CountedGroups:
    """The counts of ``counted_groups`` and the parties a counted reference stands for."""

    def __init__(self, mentions: dict[str, Any]) -> None:
        section = mentions.get("counted_groups") or {}
        self.counts = {str(k).lower(): int(v) for k, v in (section.get("counts") or {}).items()}

    def members(self, m: Mention, state: ArticleState, doc: Doc) -> list[Actor]:
        """The parties of the last list of as many parties as ``m`` counts, joined in one
        phrase before it ("A, B and C"), or none (not a counted reference, no such list)."""
        count = next((self.counts[t.lower_] for t in doc[m.start:m.end] if t.lower_ in self.counts), 0)
        if not count:
            return []
        seen: set[int] = set()
        for before in sorted((x for x in state.mentions.mentions if x.end <= m.start and x.actors
                              and x.via not in ("pronoun", "group", "definite")),
                             key=lambda x: x.start, reverse=True):
            first = doc[before.start:before.end].root
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.i in seen:
                continue
            seen.add(first.i)
            words = [first, *first.conjuncts]
            actors = unique_actors([a for t in words for n in mentions_at(t, state.mentions, deep=False)
                                    for a in n.actors])
            if len(words) == count and len(actors) == count:
                return actors
        return []
