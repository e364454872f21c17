"""untouched_events keeps what it worked out across the calls of one write (ReachMemo)."""

from __future__ import annotations

import random
from typing import Any

from graphkit.resolve import ResolutionRules
from graphkit.store.components import Reach, ReachMemo, untouched_events
from graphkit.store.planner import EventSummary

FAMILIES = ("MEET|actor:ysolde|actor:corvan", "CALL|actor:ysolde|actor:marrek")


def _summary(rng: random.Random, i: int) -> EventSummary:
    family = rng.choice(FAMILIES)
    precision = rng.choice(["day", "day", "day", "month", "year"])
    day = f"2031-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
    value = {"day": day, "month": day[:7], "year": day[:4]}[precision]
    props = {"id": f"ev-{i}", "resolution_key": family, "modality": "asserted",
             "date": value, "date_precision": precision}
    return EventSummary(props, [(f"m-{i}", value, precision)], [], 3, False)


def _reports(rng: random.Random) -> list[dict[str, Any]]:
    return [{"mention_id": f"new-{i}", "family": rng.choice(FAMILIES), "modality": "asserted",
             "date": f"2031-02-{rng.randint(1, 28):02d}", "date_precision": "day"}
            for i in range(6)] + [{"mention_id": "new-month", "family": FAMILIES[0],
                                   "modality": "asserted", "date": "2031-02",
                                   "date_precision": "month"}]


def _same(a: Reach, b: Reach) -> bool:
    return (a.kept, a.extents, a.kept_counts, a.need) == (b.kept, b.extents, b.kept_counts,
                                                          b.need)


def test_a_memo_gives_what_a_fresh_call_gives_as_events_and_counts_grow() -> None:
    rules = ResolutionRules.load()
    for seed in range(20):
        rng = random.Random(seed)
        stored = [_summary(rng, i) for i in range(40)]
        reports = _reports(rng)
        memo = ReachMemo()
        counts: dict[Any, int] = {}
        for step in range(1, 5):  # (as the planner calls it: more events, more counts)
            seen = sorted(stored[:10 * step], key=lambda e: e.props["id"])
            for _ in range(2):  # (the same events again once the store has counted)
                remembered = untouched_events(seen, reports, rules, counts, memo)
                assert _same(remembered, untouched_events(seen, reports, rules, dict(counts)))
                for key in sorted(remembered.need):
                    counts[key] = rng.choice([0, 1, 2, 3])
