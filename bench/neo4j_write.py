"""Where the Neo4j store's resolved write spends its time, statement by statement, against
the plain loader on the same server.

Usage (input kept by ``bench/write_cpu.py --prepare``)::

    eval "$(scripts/neo4j-local env)"
    nice -n 10 .venv/bin/python bench/neo4j_write.py --extractions /tmp/bench-1000.pkl --rounds 5
    nice -n 10 .venv/bin/python bench/neo4j_write.py --extractions /tmp/bench-1000.pkl --hashes

A round writes the extractions into an empty database in writes of 200 articles, then
loads them with the plain loader (bench/plain.py), alternating which goes first (one
untimed write of each kind before, so both run planned). The figures are medians over
``--rounds``: the wall seconds of each, their ratio, and the awaited statements per
write. One more round runs with each statement timed: ``statements_s`` (their wall
time), ``python_s`` (the rest of the transaction function: planning in Python, the
driver), ``commit_and_rest_s``, and ``statements``: per statement kind, how many ran,
their wall seconds and the server's ``available_ms`` (planning and the first row) and
``consumed_ms``.

``--hashes`` prints the SHA-256 of the dump (:mod:`graphkit.export.dump`) of the
database after writes of 200 and of 37 articles, and of a ``world`` build of 5,000
events (bench/world.py) in writes of 200, then with a part written again: equal hashes,
equal stores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from neo4j_phases import _TimedTx  # noqa: E402
from plain import PlainNeo4j  # noqa: E402

import graphkit.store.neo4j as neo4j_store  # noqa: E402
from bench import clear_neo4j  # noqa: E402
from graphkit.export.dump import generate_dump  # noqa: E402
from graphkit.model import Extraction  # noqa: E402

BATCH = 200


def _env() -> tuple[str, str, str]:
    return (os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""))


def _batches(items: list[Extraction], size: int) -> list[list[Extraction]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _write(store: Any, items: list[Extraction], size: int = BATCH) -> float:
    clear_neo4j()
    start = time.perf_counter()
    for batch in _batches(items, size):
        store.write(batch)
    return time.perf_counter() - start


def _plain(driver: Any, items: list[Extraction]) -> float:
    clear_neo4j()
    loader = PlainNeo4j(driver)
    start = time.perf_counter()
    for batch in _batches(items, BATCH):
        loader.write(batch)
    return time.perf_counter() - start


def _timed_round(store: Any, items: list[Extraction]) -> dict[str, Any]:
    log: list[dict[str, Any]] = []
    original = neo4j_store.Neo4jStore._write_resolved
    inside = [0.0]

    def timed(self: Any, tx: Any, extractions: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(self, _TimedTx(tx, log), extractions)
        finally:
            inside[0] += time.perf_counter() - start

    neo4j_store.Neo4jStore._write_resolved = timed  # type: ignore[method-assign]
    try:
        whole = _write(store, items)
    finally:
        neo4j_store.Neo4jStore._write_resolved = original  # type: ignore[method-assign]
    kinds: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0])
    for entry in log:
        kind = kinds[entry["statement"][:60]]
        kind[0] += 1
        kind[1] += entry["s"]
        kind[2] += entry["available_ms"]
        kind[3] += entry["consumed_ms"]
    statements = sum(e["s"] for e in log)
    return {"timed_write_s": round(whole, 3),
            "statements_s": round(statements, 3),
            "python_s": round(inside[0] - statements, 3),
            "commit_and_rest_s": round(whole - inside[0], 3),
            "statements_per_write": round(len(log) / len(_batches(items, BATCH)), 1),
            "statements": {k: {"n": v[0], "s": round(v[1], 3), "available_ms": v[2],
                               "consumed_ms": v[3]}
                           for k, v in sorted(kinds.items(), key=lambda kv: -kv[1][1])}}


def rounds(items: list[Extraction], n_rounds: int) -> dict[str, Any]:
    from neo4j import GraphDatabase

    write_s, plain_s = [], []
    with neo4j_store.Neo4jStore(*_env()) as store, \
            GraphDatabase.driver(_env()[0], auth=_env()[1:]) as driver:
        _write(store, items[:BATCH])
        _plain(driver, items[:BATCH])
        for i in range(n_rounds):
            for kind in ("write", "plain") if i % 2 == 0 else ("plain", "write"):
                if kind == "write":
                    write_s.append(_write(store, items))
                else:
                    plain_s.append(_plain(driver, items))
        timed = _timed_round(store, items)
        clear_neo4j()
    ratios = [w / p for w, p in zip(write_s, plain_s, strict=True)]
    return {"rounds": n_rounds, "load": round(os.getloadavg()[0], 1),
            "write_s": round(statistics.median(write_s), 3),
            "plain_s": round(statistics.median(plain_s), 3),
            "write_to_plain_ratio": round(statistics.median(ratios), 3),
            "ratios": [round(r, 2) for r in ratios], **timed}


def _hash(store: Any) -> str:
    digest = hashlib.sha256()
    for line in generate_dump(store.to_networkx()):
        digest.update(line.encode() + b"\n")
    return digest.hexdigest()[:16]


def hashes(items: list[Extraction]) -> dict[str, str]:
    from world import extractions as world

    from graphkit.resolve import ActorResolver

    resolver = ActorResolver()
    built = [resolver.resolve(x) for x in world(5000)]
    shuffled = built[:]
    random.Random(5).shuffle(shuffled)
    out = {}
    with neo4j_store.Neo4jStore(*_env()) as store:
        for name, part, size in (("bench_200", items, 200), ("bench_37", items, 37),
                                 ("world_200", built, 200)):
            _write(store, part, size)
            out[name] = _hash(store)
        for batch in _batches(shuffled[:1000], 300):
            store.write(batch)
        out["world_part_again"] = _hash(store)
        clear_neo4j()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extractions", type=Path, required=True,
                        help="the input bench/write_cpu.py --prepare kept")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--hashes", action="store_true", help="dump hashes, no timing")
    args = parser.parse_args()
    items = pickle.loads(args.extractions.read_bytes())
    print(json.dumps(hashes(items) if args.hashes else rounds(items, args.rounds), indent=1))


if __name__ == "__main__":
    main()
