"""Threats told as a plan: a coercive measure announced for later ("announced plans to
impose a 25% tariff on X", "was preparing to announce tariffs on X") is not done yet, but
telling it is a threat made now (the corpus codes such plans THREATEN, asserted).

The measures and the words that make their plan a threat are schema data
(``planned_threats`` of event_types.yaml).
"""

from __future__ import annotations

from typing import Any

from graphkit.extract.found import ArticleState, Found
from graphkit.extract.rules import Rules


def planned_threats(candidates: list[Found], state: ArticleState, rules: Rules) -> list[Found]:
    """The threats a sentence's planned measures make: the measure's source threatens its
    target, with the measure's date and confidence. None when the sentence already holds
    an asserted threat (one read as planned, as the measure, is no threat made).

    Args:
        candidates: the events found in one sentence so far.
        state: the article read so far (unused: the measure names its own parties).
        rules: the loaded rules; ``rules.planned_threats`` configures this reading.
    Returns:
        The new events (possibly none).
    """
    spec: dict[str, Any] = rules.planned_threats
    kind = spec.get("type")
    if not spec or kind not in rules.types or any(c.type == kind and c.modality == "asserted"
                                                  for c in candidates):
        return []
    measures = frozenset(spec.get("types") or ())
    cues = frozenset(str(w).lower() for w in spec.get("cues") or ())
    for c in candidates:
        if c.type not in measures or c.modality != "planned":
            continue
        words = {t.lemma_.lower() for t in c.token.subtree} | {c.token.lemma_.lower()}
        if not words & cues:
            continue  # ("aiming to cut off revenue": a purpose of a measure, no plan told)
        sources = [a for a, role in c.participants if role == "source"]
        targets = [a for a, role in c.participants if role == "target"]
        if sources and targets:
            return [Found(kind, rules.types[kind], c.sent, c.token,
                          [(a, "source") for a in sources] + [(a, "target") for a in targets],
                          c.confidence, date=c.date, reporter=c.reporter, report_token=c.report_token)]
    return []
