"""Accusations told as the reason of a measure: "X expelled Y's envoys over Y's
interference in its elections" is an expulsion and an accusation of Y by X.

The measures, the prepositions of their reason and the words of blame that make the reason
an accusation are schema data (``reason_accusations`` of event_types.yaml).
"""

from __future__ import annotations

from typing import Any

from graphkit.extract.found import ArticleState, Found
from graphkit.extract.rules import Rules


def reason_accusations(candidates: list[Found], state: ArticleState, rules: Rules) -> list[Found]:
    """The accusations the reasons of a sentence's asserted measures make: aimed at the
    parties the reason names that are not of the measure's sources' countries. None when
    the sentence already holds an accusation.

    Args:
        candidates: the events found in one sentence so far.
        state: the article read so far (its mentions).
        rules: the loaded rules; ``rules.reason_accusations`` configures this reading.
    Returns:
        The new events (possibly none).
    """
    spec: dict[str, Any] = rules.reason_accusations
    kind = spec.get("type")
    if not spec or kind not in rules.types or any(c.type == kind for c in candidates):
        return []
    measures = frozenset(spec.get("types") or ())
    marks = frozenset(str(w).lower() for w in spec.get("marks") or ())
    cues = frozenset(str(w).lower() for w in spec.get("cues") or ())
    made: list[Found] = []
    for c in candidates:
        if c.type not in measures or c.modality != "asserted":
            continue
        sources = [a for a, role in c.participants if role == "source"]
        own = {a.country for a in sources}
        for prep in (t for t in c.token.children if t.dep_ == "prep" and t.lower_ in marks):
            words = list(prep.subtree)
            if not {t.lemma_.lower() for t in words} & cues:
                continue
            targets = [a for t in words if (m := state.mentions.at(t.i)) is not None
                       for a in m.actors if a.country and a.country not in own]
            if sources and targets:
                made.append(Found(kind, rules.types[kind], c.sent, prep,
                                  [(a, "source") for a in sources] + [(targets[0], "target")], 0.6))
                return made
    return made
