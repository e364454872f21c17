"""A named query by name on a Neo4j store built by ``bench/scale.py``: what the name
look-ups cost.

The pairs of ``bench/scale.py``'s latency figures (half of leaders), each asked five ways
in turn, call by call (the order rotating from pair to pair): ``apart`` (a look-up per
name, as before ``resolve_refs``), ``one`` (both names in one look-up read, then the
query's read: nothing kept, as before 2026-12-05), ``with`` (nothing kept: the look-up in
the query's own read, :mod:`graphkit.store.neo4j_lookup`, what a call by new names does),
``kept`` (the refs kept per store while its version is unchanged, as a long-lived process
asks) and ``ids`` (refs resolved beforehand). Prints median and p95 ms of wall-clock time
and of this process's CPU time, per way.

Usage: ``NEO4J_URI=... NEO4J_PASSWORD=... .venv/bin/python bench/name_lookups.py
[--pairs N] [--query first_contact_since|contacts|timeline]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import _p95  # noqa: E402
from world import actors  # noqa: E402

from graphkit.query import contacts, first_contact_since, refs, timeline  # noqa: E402
from graphkit.store.base import Store  # noqa: E402
from graphkit.store.neo4j import Neo4jStore  # noqa: E402
from graphkit.store.tables import normalise_name  # noqa: E402

MODES = ("apart", "one", "with", "kept", "ids")
QUERIES = {
    # (the calls of bench/scale.py's latency figures; a page as the CLI asks one)
    "first_contact_since": lambda store, a, b, i: first_contact_since(
        store, a, b, f"{2017 + i % 9}-{1 + i % 12:02d}-15"),
    "contacts": lambda store, a, b, i: contacts(store, a, b, limit=101),
    "timeline": lambda store, a, b, i: timeline(
        store, a, f"{2016 + i % 10}-01-01", f"{2016 + i % 10}-12-31", limit=101),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=200, help="pairs asked, each five ways")
    parser.add_argument("--query", choices=sorted(QUERIES), default="first_contact_since")
    args = parser.parse_args()
    store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                       os.environ.get("NEO4J_PASSWORD", ""))
    people = actors()
    held = {a["name"] for a in store.find_actors(
        names=[normalise_name(p.name) for p in people])}
    people = [p for p in people if p.name in held]
    rng = random.Random(3)
    leaders, others = people[:10], people[10:]
    pairs = [tuple(rng.sample(leaders, 2)) for _ in range(args.pairs // 2)]
    pairs += [tuple(rng.sample(others, 2)) for _ in range(args.pairs - len(pairs))]
    resolved = {p.name: refs.resolve_ref(store, p.name) for p in people}
    call = QUERIES[args.query]
    looking_up = store.looking_up
    samples: dict[str, list[float]] = {mode: [] for mode in MODES}
    cpu: dict[str, list[float]] = {mode: [] for mode in MODES}
    for i, (a, b) in enumerate(pairs):
        for mode in MODES[i % len(MODES):] + MODES[:i % len(MODES)]:
            refs._known.pop(store, None)  # (nothing kept)
            if mode == "kept":
                refs.resolve_refs(store, a.name, b.name)  # (kept, untimed)
            # (the look-up in the query's read only where the way asks for it)
            store.looking_up = (looking_up if mode in ("with", "kept")  # type: ignore[method-assign]
                                else Store.looking_up.__get__(store))
            start, start_cpu = time.perf_counter(), time.process_time()
            if mode == "ids":
                call(store, resolved[a.name], resolved[b.name], i)
            elif mode == "apart":
                call(store, refs.resolve_ref(store, a.name), refs.resolve_ref(store, b.name), i)
            else:
                call(store, a.name, b.name, i)
            samples[mode].append((time.perf_counter() - start) * 1000)
            cpu[mode].append((time.process_time() - start_cpu) * 1000)
    store.close()
    print(f"{args.query}, {len(pairs)} pairs, load {os.getloadavg()[0]:.1f}")
    for mode, times in samples.items():
        print(f"{mode}: median {statistics.median(times):.2f} ms, p95 {_p95(times):.2f} ms; "
              f"CPU median {statistics.median(cpu[mode]):.2f} ms, p95 {_p95(cpu[mode]):.2f} ms")


if __name__ == "__main__":
    main()
