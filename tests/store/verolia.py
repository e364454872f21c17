"""An invented pair for the Neo4j write-path tests: Queen Quella Vantor of Verolia and
Orsino Brask of Talrun, who call each other (``from store.verolia import ...``)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from store.samples import event

from graphkit.model import Actor, Article, EventDate, Extraction

QUELLA = Actor(id="person:queen-quella", name="Quella Vantor", kind="person", country="VRL")
ORSINO = Actor(id="person:orsino-brask", name="Orsino Brask", kind="person", country="TAL")
FAMILY = f"CALL|{ORSINO.id}+{QUELLA.id}"
"""The resolution key (type and participants) of their calls."""


def calls(first: date, n: int, step_days: int = 1, tag: str = "call",
          every_other_a_period: bool = False) -> list[Extraction]:
    """``n`` articles, each telling of one call between the two, ``step_days`` apart (with
    ``every_other_a_period``, every other one told as a period of talks)."""
    out = []
    for i in range(n):
        day = first + timedelta(days=i * step_days)
        text = "Quella Vantor spoke with Orsino Brask by telephone."
        article = Article(id=f"vrl-{tag}-{i}", outlet="Verolia Courier", url=None,
                          title=f"Call {i}", published=day, source=f"{tag}{i}.txt", text=text)
        when = EventDate(day.isoformat(), "day", None, "explicit")
        if every_other_a_period and i % 2:
            when = EventDate.interval(day, day + timedelta(days=300))
        out.append(Extraction(article, (event(article, 0, "CALL", (QUELLA, "participant"),
                                              (ORSINO, "participant"), date_=when),)))
    return out


def db_hits(plan: Any) -> int:
    """The db hits of a profiled plan (the driver's ``profile`` dict), its children's too."""
    return plan.get("dbHits", 0) + sum(db_hits(c) for c in plan.get("children", []))
