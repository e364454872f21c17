"""PROFILE the named queries on a Neo4j store built by ``bench/scale.py``.

Usage (against a built store)::

    eval "$(scripts/neo4j-local env)"
    nice -n 10 .venv/bin/python bench/neo4j_queries.py [--pairs 5] [--plans]

For dense leader pairs and ordinary pairs of :mod:`world`, runs ``first_contact_since``,
``contacts`` and a one-year ``timeline`` as their library calls do (names resolved to ids
first, the same parameters), under ``PROFILE``, and prints one JSON object per query and
pair: the rows, the server's db hits and the time until the result was available and
consumed (planning excluded: each query is run once before it is profiled). With
``--plans`` the plan's operators with their db hits are printed too. With ``--timing``
nothing is profiled: each call is timed as the store runs it (names resolved to ids
before), and one JSON object gives each query's median and p95 wall milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from world import actors  # noqa: E402

from graphkit.query.named.contacts import QUERY as CONTACTS  # noqa: E402
from graphkit.query.named.first_contact_since import QUERY as FIRST_CONTACT  # noqa: E402
from graphkit.query.named.timeline import QUERY as TIMELINE  # noqa: E402
from graphkit.query.refs import resolve_ref  # noqa: E402
from graphkit.store.neo4j import Neo4jStore  # noqa: E402


def _operators(plan: Any) -> list[tuple[str, int, str]]:
    """The plan's operators, depth first: (operator, db hits, details)."""
    out = [(plan["operatorType"], plan.get("dbHits", 0),
            str(plan.get("args", {}).get("Details", ""))[:120])]
    for child in plan.get("children", []):
        out += _operators(child)
    return out


def _profile(store: Neo4jStore, query: Any, params: dict[str, Any], plans: bool) -> dict[str, Any]:
    bound = query.bind(params)
    with store._driver.session(database=store.database) as session:  # noqa: SLF001
        session.run(query.cypher, bound).consume()  # (planned once, as a repeated call is)
        result = session.run("PROFILE " + query.cypher, bound)
        rows = len(list(result))
        summary = result.consume()
    ops = _operators(summary.profile)
    out: dict[str, Any] = {"rows": rows, "db_hits": sum(hits for _, hits, _ in ops),
                           "available_ms": summary.result_available_after,
                           "consumed_ms": summary.result_consumed_after}
    if plans:
        out["plan"] = ops
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=3, help="dense and ordinary pairs each")
    parser.add_argument("--plans", action="store_true", help="print the plans' operators")
    parser.add_argument("--limit", type=int, default=100,
                        help="page size of contacts and timeline (0: all rows), as the CLI's --limit")
    parser.add_argument("--timing", action="store_true",
                        help="time the calls given ids (no PROFILE): median and p95 per query")
    args = parser.parse_args()
    timings: dict[str, list[float]] = {}
    rng = random.Random(3)
    people = actors()
    pairs = [("dense", *rng.sample(people[:10], 2)) for _ in range(args.pairs)]
    pairs += [("ordinary", *rng.sample(people[10:], 2)) for _ in range(args.pairs)]
    store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                       os.environ.get("NEO4J_PASSWORD", ""))
    try:
        for i, (kind, a, b) in enumerate(pairs):
            ref_a, ref_b = resolve_ref(store, a.name), resolve_ref(store, b.name)
            ids = {"a_ids": list(ref_a.ids), "b_ids": list(ref_b.ids)}
            year = 2016 + i % 10
            rows = {"limit": args.limit or None, "offset": 0}
            for name, query, params in (
                    ("first_contact_since", FIRST_CONTACT,
                     {**ids, "on": f"{2017 + i % 9}-{1 + i % 12:02d}-15"}),
                    ("contacts", CONTACTS, {**ids, "modalities": [], **rows}),
                    ("timeline", TIMELINE,
                     {"x_ids": ids["a_ids"], "date_from": f"{year}-01-01",
                      "date_to": f"{year}-12-31", "types": [], **rows})):
                if args.timing:
                    start = time.perf_counter()
                    store.run_named(query, params)
                    timings.setdefault(name, []).append((time.perf_counter() - start) * 1000)
                    continue
                print(json.dumps({"query": name, "pair": kind, **_profile(store, query, params,
                                                                           args.plans)}))
    finally:
        store.close()
    if timings:
        print(json.dumps({f"{name}_{figure}_ms": round(value, 2)
                          for name, samples in timings.items()
                          for figure, value in (("median", statistics.median(samples)),
                                                ("p95", _p95(samples)))}))


def _p95(samples: list[float]) -> float:
    samples = sorted(samples)
    return samples[max(int(len(samples) * 0.95) - 1, 0)]


if __name__ == "__main__":
    main()
