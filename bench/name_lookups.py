"""``first_contact_since`` by name on a Neo4j store built by ``bench/scale.py``: what the
name look-ups cost.

The pairs of ``bench/scale.py``'s latency figures (half of leaders), each asked four ways
in turn, call by call: ``apart`` (a look-up per name, as before ``resolve_refs``), ``one``
(both names in one look-up, nothing kept), ``kept`` (the refs kept per store while its
version is unchanged, as a long-lived process asks) and ``ids`` (refs resolved
beforehand). Prints median and p95 ms.

Usage: ``NEO4J_URI=... NEO4J_PASSWORD=... .venv/bin/python bench/name_lookups.py [--pairs N]``
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

from graphkit.query import first_contact_since, refs  # noqa: E402
from graphkit.store.neo4j import Neo4jStore  # noqa: E402
from graphkit.store.tables import normalise_name  # noqa: E402

MODES = ("apart", "one", "kept", "ids")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=200, help="pairs asked, each four ways")
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
    samples: dict[str, list[float]] = {mode: [] for mode in MODES}
    for i, (a, b) in enumerate(pairs):
        on = f"{2017 + i % 9}-{1 + i % 12:02d}-15"
        for mode in MODES:
            if mode != "kept":
                refs._known.pop(store, None)  # (nothing kept)
            start = time.perf_counter()
            if mode == "ids":
                first_contact_since(store, resolved[a.name], resolved[b.name], on)
            elif mode == "apart":
                first_contact_since(store, refs.resolve_ref(store, a.name),
                                    refs.resolve_ref(store, b.name), on)
            else:
                first_contact_since(store, a.name, b.name, on)
            samples[mode].append((time.perf_counter() - start) * 1000)
    store.close()
    for mode, times in samples.items():
        print(f"{mode}: median {statistics.median(times):.2f} ms, p95 {_p95(times):.2f} ms")


if __name__ == "__main__":
    main()
