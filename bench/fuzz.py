"""Fuzz the CLI with generated hostile inputs: count crashes, hangs, silent exits, losses.

Runs the seeded cases of ``tests/fuzz/cases.py`` (hostile files, special files, odd file
names, query arguments, ``--param`` values) through ``graphkit`` in-process, on the
embedded store and, with ``--neo4j`` (or NEO4J_URI set), on Neo4j too, and prints what went
wrong. A run is fine when every count but ``ok`` is 0.

    nice -n 10 .venv/bin/python bench/fuzz.py --cases 2000
    eval "$(scripts/neo4j-local env)" && nice -n 10 .venv/bin/python bench/fuzz.py --cases 2000 --neo4j
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fuzz.cases import generate_cases, run_case  # noqa: E402

VERDICTS = ("ok", "crash", "hang", "silent", "lost")


def _neo4j_reset(env: dict[str, str]):  # type: ignore[no-untyped-def]
    from neo4j import GraphDatabase

    driver = GraphDatabase.driver(env["NEO4J_URI"], auth=(env["NEO4J_USERNAME"], env["NEO4J_PASSWORD"]))

    def reset() -> None:
        driver.execute_query("MATCH (n) DETACH DELETE n")

    return reset


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200, help="cases per store")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=30.0, help="a case over this is a hang")
    parser.add_argument("--neo4j", action="store_true", help="also run every case on Neo4j")
    parser.add_argument("--neo4j-only", action="store_true", help="run the cases on Neo4j only")
    args = parser.parse_args()
    stores = ["embedded"]
    neo4j_env = None
    reset = None
    if args.neo4j or args.neo4j_only or os.environ.get("NEO4J_URI"):
        neo4j_env = {k: os.environ.get(k, "") for k in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD")}
        neo4j_env["NEO4J_USERNAME"] = neo4j_env["NEO4J_USERNAME"] or "neo4j"
        reset = _neo4j_reset(neo4j_env)
        stores = ["neo4j"] if args.neo4j_only else [*stores, "neo4j"]
    failed = 0
    for store in stores:
        counts: collections.Counter[str] = collections.Counter()
        problems = []
        slowest = (0.0, "")
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="graphkit-fuzz-") as work:
            for case in generate_cases(args.cases, seed=args.seed, store=store):
                outcome = run_case(case, Path(work), seconds=args.seconds,
                                   neo4j_env=neo4j_env if store == "neo4j" else None,
                                   reset_neo4j=reset if store == "neo4j" else None)
                counts[outcome.verdict] += 1
                slowest = max(slowest, (outcome.seconds, case.describe()))
                if outcome.verdict != "ok":
                    problems.append(outcome)
                    print(f"  {outcome.verdict}: {case.describe()}: {outcome.detail}", flush=True)
                if (case.number + 1) % 100 == 0:
                    print(f"  {store}: {case.number + 1} cases, {time.monotonic() - started:.0f} s: "
                          + ", ".join(f"{v} {counts[v]}" for v in VERDICTS), flush=True)
        total = time.monotonic() - started
        print(f"{store}: {args.cases} cases in {total:.0f} s: "
              + ", ".join(f"{v} {counts[v]}" for v in VERDICTS)
              + f"; slowest {slowest[0]:.1f} s ({slowest[1][:80]})", flush=True)
        failed += len(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
