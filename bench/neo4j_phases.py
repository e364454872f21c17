"""Where a one-article ingest into a Neo4j store spends its time, in a new process.

Usage (against a built store, e.g. after ``bench/scale.py --store neo4j``)::

    eval "$(scripts/neo4j-local env)"
    nice -n 10 .venv/bin/python bench/neo4j_phases.py --seed 99 [--profile]

Prints one JSON object: the seconds of each phase (the driver's import, connecting, the
schema check on open, actor resolution, each statement of the write in order, the commit)
and, per statement, the server's own figures from the result summary: ``available_ms``
(planning included: a statement the server has not planned since its statistics changed
is planned again) and ``consumed_ms``. With ``--profile`` each read statement of the write
runs again under ``PROFILE`` (in a transaction that is rolled back) and its db hits and
plan's operators are printed too. ``--prepare S`` calls ``prepare_writes()`` on open and
waits S seconds (as extraction would) before the write. ``--seed`` picks the article (bench/world.py); run it
with several seeds to see a first and a later write.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

T0 = time.perf_counter()
import neo4j  # noqa: E402, F401

import graphkit.store.neo4j as neo4j_store  # noqa: E402
import graphkit.store.neo4j_write as neo4j_write  # noqa: E402

IMPORT_S = time.perf_counter() - T0

from world import extractions  # noqa: E402

from graphkit.resolve import ActorResolver  # noqa: E402


class _Eager:
    """A result read to its end when it ran, so its time is the statement's."""

    def __init__(self, records: list[Any], summary: Any) -> None:
        self._records, self._summary = records, summary

    def __iter__(self) -> Any:
        return iter(self._records)

    def data(self) -> list[dict[str, Any]]:
        return [r.data() for r in self._records]

    def single(self) -> Any:
        return self._records[0] if self._records else None

    def consume(self) -> Any:
        return self._summary


class _TimedTx:
    """A transaction that times each statement (the wall time, and the server's own)."""

    def __init__(self, tx: Any, log: list[dict[str, Any]]) -> None:
        self._tx, self._log = tx, log

    def run(self, query: str, parameters: dict[str, Any] | None = None, **kwargs: Any) -> _Eager:
        start = time.perf_counter()
        result = self._tx.run(query, parameters, **kwargs)
        query = query.removeprefix(neo4j_write._KEEP_PLAN)
        records = list(result)
        summary = result.consume()
        self._log.append({
            "statement": " ".join(query.split())[:90],
            "query": query, "params": {**(parameters or {}), **kwargs},
            "s": round(time.perf_counter() - start, 4),
            "available_ms": summary.result_available_after,
            "consumed_ms": summary.result_consumed_after, "rows": len(records)})
        return _Eager(records, summary)


def _plan_ops(plan: Any, out: list[str]) -> list[str]:
    args = plan.get("args", {}) if isinstance(plan, dict) else {}
    details = args.get("Details", "")
    out.append(f"{plan['operatorType']} rows={plan.get('rows')} hits={plan.get('dbHits')} "
               f"{str(details)[:80]}")
    for child in plan.get("children", []):
        _plan_ops(child, out)
    return out


def _profile(driver: Any, database: str | None, entry: dict[str, Any]) -> dict[str, Any]:
    with driver.session(database=database) as session:
        tx = session.begin_transaction()
        try:
            result = tx.run("PROFILE " + entry["query"], entry["params"])
            list(result)
            profile = result.consume().profile
        finally:
            tx.rollback()

    def hits(p: dict[str, Any]) -> int:
        return p.get("dbHits", 0) + sum(hits(c) for c in p.get("children", []))

    return {"db_hits": hits(profile), "operators": _plan_ops(profile, [])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=99)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--prepare", type=float, default=None, metavar="SECONDS",
                        help="call prepare_writes() on open, then wait SECONDS (standing in "
                             "for extraction) before the write")
    args = parser.parse_args()
    phases: dict[str, Any] = {"driver_import_s": round(IMPORT_S, 3)}
    start = time.perf_counter()
    resolver = ActorResolver()
    phases["gazetteer_load_s"] = round(time.perf_counter() - start, 3)
    one = next(extractions(3, seed=args.seed))

    log: list[dict[str, Any]] = []
    original = neo4j_store.Neo4jStore._write_resolved
    marks: dict[str, float] = {}

    def timed_write(self: Any, tx: Any, items: Any) -> Any:
        counts = original(self, _TimedTx(tx, log), items)
        marks["statements_done"] = time.perf_counter()
        return counts

    neo4j_store.Neo4jStore._write_resolved = timed_write  # type: ignore[method-assign]
    original_schema = neo4j_store.Neo4jStore._apply_schema

    def timed_schema(self: Any) -> None:
        marks["connected"] = time.perf_counter()
        original_schema(self)
        marks["schema_done"] = time.perf_counter()

    neo4j_store.Neo4jStore._apply_schema = timed_schema  # type: ignore[method-assign]

    total = time.perf_counter()
    store = neo4j_store.Neo4jStore(os.environ["NEO4J_URI"],
                                   os.environ.get("NEO4J_USERNAME", "neo4j"),
                                   os.environ.get("NEO4J_PASSWORD", ""))
    phases["connect_s"] = round(marks["connected"] - total, 3)
    phases["schema_check_s"] = round(marks["schema_done"] - marks["connected"], 3)
    if args.prepare is not None:
        store.prepare_writes()
        time.sleep(args.prepare)
        phases["prepared_for_s"] = args.prepare
    start = time.perf_counter()
    resolved = resolver.resolve(one)
    phases["actor_resolution_s"] = round(time.perf_counter() - start, 4)
    start = time.perf_counter()
    store.write([resolved])
    end = time.perf_counter()
    phases["write_s"] = round(end - start, 3)
    phases["statements_s"] = round(sum(e["s"] for e in log), 3)
    phases["commit_s"] = round(end - marks["statements_done"], 3)
    phases["open_to_commit_s"] = round(end - total, 3)
    phases["load"] = round(os.getloadavg()[0], 1)
    phases["statements"] = [{k: v for k, v in e.items() if k not in ("query", "params")}
                            for e in log]
    if args.profile:
        for shown, entry in zip(phases["statements"], log, strict=True):
            if entry["query"].lstrip().upper().startswith(("CALL", "UNWIND RANGE", "MATCH")):
                shown["profile"] = _profile(store._driver, store.database, entry)
    store.close()
    print(json.dumps(phases, indent=1))


if __name__ == "__main__":
    main()
