"""Charges read as parties: "accused X of <charge>" where the charge word was taken for a name.

A one-word name the gazetteer does not know that is a charge noun (``charge_nouns`` of
mentions.yaml: suffixes such as -ism, -phobia, and words such as aggression) takes no part
in an event; "X of <charge>" read as one name stands for X. Applied to the participants of
an event after the learned detector's review only, so the mentions, the detector's
features and its training stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from graphkit.extract.found import Found
from graphkit.model import Actor


@dataclass(frozen=True)
class ChargeNouns:
    """The words that name a charge, from ``charge_nouns`` of mentions.yaml."""

    suffixes: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    joiner: str = "of"

    @classmethod
    def from_section(cls, section: dict[str, Any] | None) -> ChargeNouns:
        section = section or {}
        return cls(tuple(str(s).lower() for s in section.get("suffixes") or ()),
                   frozenset(str(w).lower() for w in section.get("words") or ()),
                   str(section.get("joiner") or "of").lower())

    def is_charge(self, word: str) -> bool:
        """Whether one word names a charge ("aggression", any "-phobia")."""
        low = word.lower()
        return low in self.words or any(low.endswith(s) and len(low) > len(s) + 2 for s in self.suffixes)

    def owner(self, name: str) -> str | None:
        """X of a name "X of <charge>", or None when the name is not of that shape."""
        words = name.split()
        if len(words) < 3 or words[-2].lower() != self.joiner or not self.is_charge(words[-1]):
            return None
        return " ".join(words[:-2])


def without_charges(f: Found, charges: ChargeNouns, known: Callable[[Actor], bool],
                    named: Callable[[str], Actor | None],
                    accused: Callable[[Found], Actor | None] = lambda f: None) -> Found | None:
    """``f`` with each unknown actor (``known`` false) that is a charge dropped, or
    replaced by the actor ``named`` by X of "X of <charge>", else by the one ``accused``
    names for the event (the party of another side named nearest its word); None when too
    few parties are left for its type (``min_participants``)."""
    kept: list[tuple[Actor, str]] = []
    changed = False
    for actor, role in f.participants:
        if actor.kind != "country" and not known(actor):
            owner = charges.owner(actor.name)
            if owner is not None or (" " not in actor.name and charges.is_charge(actor.name)):
                changed = True
                actor = named(owner) if owner is not None else accused(replace(f, participants=kept))
                if actor is None:
                    continue
        if all(actor.id != a.id for a, _ in kept):
            kept.append((actor, role))
    if not changed:
        return f
    if len(kept) < max(1, f.rule.min_participants):
        return None
    return replace(f, participants=kept)
