"""Where the embedded store's resolved write spends its CPU, against the plain loader.

Usage::

    nice -n 10 .venv/bin/python bench/write_cpu.py --prepare /tmp/bench-1000.pkl --articles 1000
    nice -n 10 .venv/bin/python bench/write_cpu.py --extractions /tmp/bench-1000.pkl --rounds 5
    nice -n 10 .venv/bin/python bench/write_cpu.py --extractions /tmp/bench-1000.pkl --hashes
    # another version of graphkit, for A/B: its tree first on the path
    git archive main | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base nice -n 10 .venv/bin/python bench/write_cpu.py --extractions /tmp/bench-1000.pkl

``--prepare`` extracts bench/corpus.py articles once and keeps the resolved extractions
(pickled), so A/B runs of two versions of the store read the same input. A round writes
them into an empty store in batches of 200 articles, then loads them with the plain loader
(bench/plain.py; ``--baseline``: which of its baselines, ``ids`` unless told), alternating
which goes first; each function of the write listed in
:data:`PARTS` is wrapped to add up its own CPU time (``time.process_time``; no profiler,
so the figures are those of a normal run plus a few µs a call). The figures are the
medians over ``--rounds``: ``write_cpu_s``, ``plain_cpu_s``, their ratio
(``write_to_plain_cpu_ratio``) and ``parts`` (CPU s and calls per write function).
CPU time is what a shared machine's load does not move; compare versions by running them
alternately.

``--hashes`` prints the SHA-256 of the dump (:mod:`graphkit.export.dump`) of stores built
from the same input in writes of 200 and of 37 articles, and of a ``world`` build of
20,000 events (bench/world.py) in date order, shuffled in one write, and with a part
written again: equal hashes, equal stores.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import pickle
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plain import BASELINES, PlainSqlite  # noqa: E402

from graphkit.export.dump import generate_dump  # noqa: E402
from graphkit.model import Extraction  # noqa: E402
from graphkit.store import EmbeddedStore  # noqa: E402

BATCH = 200
# (module, attribute): the parts of a write timed on their own; a part called inside
# another counts in both
PARTS = [("graphkit.store.embedded", "plan_write"), ("graphkit.store.embedded", "_apply_plan"),
         ("graphkit.store.planner", "untouched_events"),
         ("graphkit.store.planner", "resolve_reports"),
         ("graphkit.store.embedded", "_event_summaries"),
         ("graphkit.store.tables", "refresh_participation"),
         ("graphkit.store.tables", "refresh_report_spans"),
         ("graphkit.store.tables", "refresh_first_articles")]


def _wrap(totals: dict[str, list[float]]) -> None:
    for module_name, attr in PARTS:
        module = importlib.import_module(module_name)
        func = getattr(module, attr, None)
        if func is None:
            continue
        name = f"{module_name.rsplit('.', 1)[1]}.{attr}"

        def timed(*args: Any, _func: Callable[..., Any] = func, _name: str = name,
                  **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return _func(*args, **kwargs)
            finally:
                entry = totals[_name]
                entry[0] += time.process_time() - start
                entry[1] += 1

        setattr(module, attr, timed)


def _batches(items: list[Extraction], size: int) -> list[list[Extraction]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _write(path: Path, items: list[Extraction], size: int) -> EmbeddedStore:
    store = EmbeddedStore(path)
    for batch in _batches(items, size):
        store.write(batch)
    return store


def _hash(store: EmbeddedStore) -> str:
    digest = hashlib.sha256()
    for line in generate_dump(store.to_networkx()):
        digest.update(line.encode() + b"\n")
    store.close()
    return digest.hexdigest()[:16]


def rounds(items: list[Extraction], n_rounds: int, baseline: str = "ids") -> dict[str, Any]:
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    _wrap(totals)
    write_s, plain_s, parts = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n_rounds):
            totals.clear()
            for kind in ("write", "plain") if i % 2 == 0 else ("plain", "write"):
                start = time.process_time()
                if kind == "write":
                    _write(Path(tmp) / f"store-{i}", items, BATCH).close()
                    write_s.append(time.process_time() - start)
                    parts.append({k: tuple(v) for k, v in totals.items()})
                else:
                    loader = PlainSqlite(Path(tmp) / f"plain-{i}", baseline)
                    for batch in _batches(items, BATCH):
                        loader.write(batch)
                    loader.close()
                    plain_s.append(time.process_time() - start)
    return {"rounds": n_rounds, "plain_baseline": baseline,
            "write_cpu_s": round(statistics.median(write_s), 4),
            "plain_cpu_s": round(statistics.median(plain_s), 4),
            "write_to_plain_cpu_ratio": round(statistics.median(
                w / p for w, p in zip(write_s, plain_s, strict=True)), 3),
            "parts": {name: [round(statistics.median(p[name][0] for p in parts), 4),
                             int(statistics.median(p[name][1] for p in parts))]
                      for name in parts[0]}}


def hashes(items: list[Extraction]) -> dict[str, str]:
    from world import extractions as world

    from graphkit.resolve import ActorResolver

    resolver = ActorResolver()
    built = [resolver.resolve(x) for x in world(20000)]
    shuffled = built[:]
    random.Random(5).shuffle(shuffled)
    with tempfile.TemporaryDirectory() as tmp:
        out = {"bench_200": _hash(_write(Path(tmp) / "a", items, 200)),
               "bench_37": _hash(_write(Path(tmp) / "b", items, 37)),
               "world_200": _hash(_write(Path(tmp) / "c", built, 200)),
               "world_shuffled_one_write": _hash(_write(Path(tmp) / "d", shuffled,
                                                        len(shuffled)))}
        again = _write(Path(tmp) / "e", built, 200)
        for batch in _batches(shuffled[:3000], 300):
            again.write(batch)
        out["world_part_again"] = _hash(again)
    return out


def prepare(n_articles: int, out: Path) -> None:
    from corpus import generate_articles, write_jsonl

    from graphkit.extract import Extractor
    from graphkit.load import iter_articles
    from graphkit.model import Article
    from graphkit.resolve import ActorResolver

    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(generate_articles(n_articles), Path(tmp) / "bench.jsonl")
        articles = [a for a in iter_articles([path]) if isinstance(a, Article)]
    resolver = ActorResolver()
    items = [resolver.resolve(x) for x in Extractor().extract_many(articles)]
    out.write_bytes(pickle.dumps(items))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prepare", type=Path, help="extract and keep the input here")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--extractions", type=Path, help="the input --prepare kept")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--hashes", action="store_true", help="dump hashes, no timing")
    parser.add_argument("--baseline", choices=BASELINES, default="ids",
                        help="the plain loader's baseline (bench/plain.py)")
    args = parser.parse_args()
    if args.prepare:
        prepare(args.articles, args.prepare)
        return
    items = pickle.loads(args.extractions.read_bytes())
    result = hashes(items) if args.hashes else rounds(items, args.rounds, args.baseline)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
