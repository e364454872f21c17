"""plan_write's first reads in one call (fetch_first): the same plan, fewer reads."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

from store.test_reach_memo import _reports, _summary

from graphkit.resolve import ActorResolver, ResolutionRules
from graphkit.store import EmbeddedStore, embedded_write, tables
from graphkit.store.components import new_periods, untouched_events
from graphkit.store.planner import FirstRead, plan_write

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from world import extractions  # noqa: E402


def test_every_new_period_is_counted_by_the_first_untouched_events_call() -> None:
    rules = ResolutionRules.load()
    for seed in range(20):
        rng = random.Random(seed)
        stored = sorted((_summary(rng, i) for i in range(40)), key=lambda e: e.props["id"])
        reports = _reports(rng)
        periods = new_periods(reports, rules)
        assert periods  # (the reports hold a month report)
        assert periods <= untouched_events(stored, reports, rules, {}).need


def _plan(conn: Any, items: list[Any], first: bool, calls: dict[str, int]) -> Any:
    def counted(name: str, call: Any) -> Any:
        def wrapped(*args: Any) -> Any:
            calls[name] = calls.get(name, 0) + 1
            return call(*args)
        return wrapped

    def count_dated(queries: list[Any]) -> list[int]:
        return [tables.count_dated(conn, *q) for q in queries]

    nodes = counted("nodes", lambda label, ids: embedded_write._nodes_of_label(conn, label, ids))
    summaries = counted("summaries",
                        lambda windows, ids: embedded_write._event_summaries(conn, windows, ids))
    count = counted("count_dated", count_dated)

    def fetch_first(articles: list[str], actors: list[str], windows: Any, ids: list[str],
                    queries: list[Any]) -> FirstRead:
        calls["first"] = calls.get("first", 0) + 1
        return FirstRead(embedded_write._nodes_of_label(conn, "Article", articles),
                         embedded_write._nodes_of_label(conn, "Actor", actors),
                         embedded_write._event_summaries(conn, windows, ids),
                         count_dated(queries))

    return plan_write(items, lambda windows, ids: embedded_write._stored_events(conn, windows, ids),
                      nodes, fetch_summaries=summaries, count_dated=count,
                      fetch_first=fetch_first if first else None)


def test_a_first_read_in_one_call_plans_the_same_write(tmp_path: Path) -> None:
    resolver = ActorResolver()
    world = [resolver.resolve(x) for x in extractions(1500)]
    store = EmbeddedStore(tmp_path / "kg")
    store.write(world[:300])
    again = world[250:350]  # (articles written again, and new ones)
    separate: dict[str, int] = {}
    together: dict[str, int] = {}
    assert _plan(store.conn, again, True, together) == _plan(store.conn, again, False, separate)
    assert together["first"] == 1 and "nodes" not in together
    assert separate["nodes"] == 2
    assert together.get("summaries", 0) == separate["summaries"] - 1
    assert together.get("count_dated", 0) < separate["count_dated"]
