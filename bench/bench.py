"""Benchmarks: extraction speed against spaCy's own parsing, store write speed, query latency.

Usage::

    .venv/bin/python bench/bench.py                  # 3000 articles, embedded store
    eval "$(scripts/neo4j-local env)"; .venv/bin/python bench/bench.py --neo4j
    .venv/bin/python bench/bench.py --articles 500 --format json

Figures printed (the README keeps the current ones):
- ``nlp.pipe``: spaCy's pipeline alone over the same texts (the floor extraction stands on);
- ``extract``: graphkit's extraction (parse + rules), and its ratio to ``nlp.pipe``;
- ``write``: events/s merged into each store (extractions prepared beforehand);
- ``ingest``: articles/s of a real :func:`graphkit.pipeline.ingest` run (load, extract on
  ``--jobs`` processes, resolve, write) into an empty store, and its ratio to ``nlp.pipe``
  on one process (``*_ingest_to_parse_ratio``); ``*_noresolve`` is the same without
  cross-article resolution;
- ``first_contact_since``: median and 95th-percentile latency on each store.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import LEADERS, generate_articles, write_jsonl  # noqa: E402

from graphkit.extract import Extractor, load_nlp  # noqa: E402
from graphkit.load import iter_articles  # noqa: E402
from graphkit.model import Article  # noqa: E402
from graphkit.pipeline import ingest  # noqa: E402
from graphkit.query import first_contact_since  # noqa: E402
from graphkit.resolve import ActorResolver  # noqa: E402
from graphkit.store import EmbeddedStore  # noqa: E402


def _timed(func):
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def _latencies(store, pairs, on, repeats):
    samples = []
    for i in range(repeats):
        a, b = pairs[i % len(pairs)]
        start = time.perf_counter()
        first_contact_since(store, a, b, on)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def _store(name: str, path: Path, resolve: bool):
    """An empty store of backend ``name`` (Neo4j from the NEO4J_* environment)."""
    if name == "embedded":
        return EmbeddedStore(path, resolve=resolve)
    import os

    from graphkit.store.neo4j import Neo4jStore

    store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                       os.environ.get("NEO4J_PASSWORD", ""), resolve=resolve)
    store.run_cypher("MATCH (n) DETACH DELETE n", {}, write=True)
    return store


def run(n_articles: int, use_neo4j: bool, n_process: int, repeats: int,
        jobs: int | None) -> dict:
    figures: dict = {"articles": n_articles}
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(generate_articles(n_articles), Path(tmp) / "bench.jsonl")
        articles = [a for a in iter_articles([path]) if isinstance(a, Article)]
        texts = [a.text for a in articles]

        nlp = load_nlp()
        _, t_parse = _timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)))
        figures["nlp_pipe_articles_per_s"] = n_articles / t_parse

        extractor = Extractor(nlp=nlp, n_process=n_process)
        extractions, t_extract = _timed(lambda: list(extractor.extract_many(articles)))
        n_events = sum(len(x.events) for x in extractions)
        figures["events"] = n_events
        figures["extract_articles_per_s"] = n_articles / t_extract
        figures["extract_to_parse_ratio"] = t_extract / t_parse

        resolver = ActorResolver()
        resolved = [resolver.resolve(x) for x in extractions]
        backends = ["embedded", "neo4j"] if use_neo4j else ["embedded"]
        pairs = [(a[1], b[1]) for a in LEADERS[:4] for b in LEADERS[4:8]]
        for name in backends:
            for resolve in (False, True):
                suffix = "" if resolve else "_noresolve"
                batch = resolved if resolve else extractions
                with _store(name, Path(tmp) / f"store{suffix}", resolve) as store:
                    _, t_write = _timed(lambda store=store, batch=batch: [
                        store.write(batch[i:i + 200]) for i in range(0, len(batch), 200)])
                    figures[f"{name}_write_events_per_s{suffix}"] = n_events / t_write
                with _store(name, Path(tmp) / f"ingest{suffix}", resolve) as store:
                    _, t_all = _timed(lambda store=store: ingest(
                        [path], store, extractor=Extractor(nlp=nlp), jobs=jobs))
                    figures[f"{name}_ingest_articles_per_s{suffix}"] = n_articles / t_all
                    figures[f"{name}_ingest_to_parse_ratio{suffix}"] = t_parse / t_all
                    if resolve:
                        median, p95 = _latencies(store, pairs, date(2025, 6, 1), repeats)
                        figures[f"{name}_first_contact_median_ms"] = median
                        figures[f"{name}_first_contact_p95_ms"] = p95
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--neo4j", action="store_true", help="also bench Neo4j (NEO4J_* env)")
    parser.add_argument("--processes", type=int, default=1, help="extraction processes")
    parser.add_argument("--repeats", type=int, default=200, help="queries per latency figure")
    parser.add_argument("--jobs", type=int, default=None,
                        help="ingest's extraction processes (default: every core)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    figures = run(args.articles, args.neo4j, args.processes, args.repeats, args.jobs)
    if args.format == "json":
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:36} {value:12.2f}" if isinstance(value, float) else f"{key:36} {value:12}")


if __name__ == "__main__":
    main()
