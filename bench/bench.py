"""Benchmarks: extraction against spaCy's own parsing, store writes against a plain loader,
ingest end to end, query latency.

Usage::

    .venv/bin/python bench/bench.py                  # 3000 articles, embedded store
    eval "$(scripts/neo4j-local env)"; .venv/bin/python bench/bench.py --neo4j
    eval "$(scripts/neo4j-local env)"; .venv/bin/python bench/bench.py --neo4j-only
    .venv/bin/python bench/bench.py --articles 500 --format json
    .venv/bin/python bench/bench.py --articles 1000 --writes-only --rounds 7   # writes alone

Figures printed (the README keeps the current ones):

- ``nlp.pipe``: spaCy's pipeline alone over the same texts (the floor extraction stands on);
- ``extract``: graphkit's extraction (parse + rules + detector), and its ratio to ``nlp.pipe``;
- ``*_write``: events/s that each store's ``write`` merges (extractions prepared and their
  actors resolved beforehand; 200 articles per write), event resolution included;
  ``*_rewrite``: the same writes again into the store that holds them (every article
  read again, unchanged: what re-ingesting a folder costs);
- ``*_plain_write``: the same extractions written by a plain loader (bench/plain.py), the
  baseline a store cannot beat: one row per extracted node and relationship
  (:func:`graphkit.graph.records`, no event resolution), ``INSERT … ON CONFLICT`` with
  ``executemany`` into two keyed tables (SQLite, the same pragmas as the store) or
  ``UNWIND $rows MERGE … SET`` (Neo4j, under graphkit's labels, constraints and indexes:
  bench/scale.py's ``plain_indexed`` baseline, as the family indexes hold none of its rows,
  which carry no ``resolution_key``, and it writes no query entries), one transaction per
  200 articles. On the embedded store three plain loaders (:data:`SQLITE_BASELINES`):
  ``plain`` (the two keyed tables alone), ``plain_indexed`` (also the indexes and name
  table graphkit's embedded queries find actors and events by) and ``plain_entries``
  (also graphkit's per-actor and per-pair date-ordered entries, ``participation`` and
  ``dyad``, written from the loader's own unresolved rows): each ``*_plain_indexed_*`` and
  ``*_plain_entries_*`` figure is the ``*_plain_*`` one's for that loader. The resolved
  write and each loader run ``--rounds`` times, interleaved (each round in an order
  rotated by one; each into an empty store); the figures are the medians,
  ``*_write_to_plain_ratio`` the median of the rounds' store-time over loader-time ratios
  (``*_ratios``: each round's; on Neo4j all after one untimed write of each kind, so on a
  server that has planned them); ``embedded_write_to_plain_cpu_ratio`` (and ``_cpu_ratios``,
  ``embedded_write_cpu_s``, ``embedded_plain_write_cpu_s``): the same of their CPU times
  (all in this process);
- ``*_ingest``: articles/s of a real :func:`graphkit.pipeline.ingest` run (load, extract
  on ``--jobs`` processes, resolve, write) into an empty store, and ``nlp.pipe``'s time
  over ingest's (``*_ingest_to_parse_ratio``; above 1 when ``--jobs`` beats one process),
  and ``nlp.pipe``'s CPU time over all of ingest's, workers included
  (``*_ingest_to_parse_cpu_ratio``: what the ratio would be on one core, which waiting
  for a core on a shared machine does not move; on two idle cores ingest may reach twice
  it; on Neo4j the server's CPU is not in it);
- ``first_contact_since``: median and 95th-percentile latency on each store.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import LEADERS, generate_articles, write_jsonl  # noqa: E402
from plain import PlainNeo4j, PlainSqlite  # noqa: E402

from graphkit.extract import Extractor, load_nlp  # noqa: E402
from graphkit.load import iter_articles  # noqa: E402
from graphkit.model import Article, Extraction  # noqa: E402
from graphkit.pipeline import ingest  # noqa: E402
from graphkit.query import first_contact_since  # noqa: E402
from graphkit.resolve import ActorResolver  # noqa: E402
from graphkit.store import EmbeddedStore  # noqa: E402

BATCH = 200  # articles per write, as ingest's default


def _timed(func: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def _latencies(store: Any, pairs: list[tuple[str, str]], on: date,
               repeats: int) -> tuple[float, float]:
    samples = []
    for i in range(repeats):
        a, b = pairs[i % len(pairs)]
        start = time.perf_counter()
        first_contact_since(store, a, b, on)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def _batches(extractions: list[Extraction]) -> list[list[Extraction]]:
    return [extractions[i:i + BATCH] for i in range(0, len(extractions), BATCH)]


def _neo4j_env() -> tuple[str, str, str]:
    return (os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""))


def _store(name: str, path: Path) -> Any:
    """An empty store of backend ``name`` (Neo4j from the NEO4J_* environment)."""
    if name == "embedded":
        return EmbeddedStore(path)
    from graphkit.store.neo4j import Neo4jStore

    store = Neo4jStore(*_neo4j_env())
    clear_neo4j()
    return store


_CLEAR = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


def clear_neo4j() -> None:
    """Empty the database in transactions of 10,000 nodes (one transaction for a large
    graph outgrows the server's transaction memory)."""
    from neo4j import GraphDatabase

    uri, user, password = _neo4j_env()
    with GraphDatabase.driver(uri, auth=(user, password)) as driver, driver.session() as session:
        session.run(_CLEAR).consume()


# -- the plain loaders (the baseline: bench/plain.py) -----------------------------------------

SQLITE_BASELINES = (("plain", "ids"), ("plain_indexed", "indexes"), ("plain_entries", "entries"))
"""The embedded write's plain loaders: (name in the figures, baseline of bench/plain.py), as
bench/scale.py names Neo4j's."""


def plain_sqlite(path: Path, extractions: list[Extraction], baseline: str = "ids") -> None:
    """Write ``records`` of each batch into two keyed SQLite tables, nothing resolved, and
    what ``baseline`` keeps for the queries (bench/plain.py :class:`PlainSqlite`)."""
    loader = PlainSqlite(path, baseline)
    try:
        for batch in _batches(extractions):
            loader.write(batch)
    finally:
        loader.close()


def plain_neo4j(extractions: list[Extraction]) -> None:
    """``UNWIND … MERGE`` the ``records`` of each batch in one transaction, nothing resolved
    (into the database the Neo4j store opened, so under graphkit's constraints)."""
    from neo4j import GraphDatabase

    uri, user, password = _neo4j_env()
    clear_neo4j()
    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        loader = PlainNeo4j(driver)
        for batch in _batches(extractions):
            loader.write(batch)
    clear_neo4j()


def warm_neo4j(extractions: list[Extraction]) -> None:
    """One untimed resolved write and one plain load of ``extractions``, then an empty
    database: both timed writes then run on a server that has planned their statements
    (a server just started plans each on a cold JVM: seconds, see bench/neo4j_phases.py)."""
    from graphkit.store.neo4j import Neo4jStore

    with Neo4jStore(*_neo4j_env()) as store:
        clear_neo4j()
        store.write(extractions)
    plain_neo4j(extractions)


# -- the run -----------------------------------------------------------------------------------

def _cpu_timed(func: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, this process's CPU seconds) of ``func()``."""
    start, start_cpu = time.perf_counter(), time.process_time()
    func()
    return time.perf_counter() - start, time.process_time() - start_cpu


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended (ingest's workers
    end with the run)."""
    return sum(r.ru_utime + r.ru_stime for r in (
        resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))


def _write_rounds(name: str, tmp: Path, resolved: list[Extraction], n_events: int,
                  rounds: int) -> dict[str, Any]:
    """``rounds`` resolved writes of ``resolved`` into an empty store and as many loads by
    each plain loader (on the embedded store the three of :data:`SQLITE_BASELINES`, on
    Neo4j one), interleaved: each round in an order rotated by one from the last, so none
    always follows another and a burst of load on the shared machine falls on all; the
    figures are the medians, and each round's write-to-loader time ratio per loader (on the
    embedded store after one untimed write of each kind, as on Neo4j by :func:`warm_neo4j`).
    On the embedded store all run in this process, so their CPU times give ratios that waiting
    for a core does not move (``*_write_to_NAME_cpu_ratio``; Neo4j's server CPU is not in
    this process's)."""
    loaders = SQLITE_BASELINES if name == "embedded" else (("plain", "indexes"),)
    kinds = ["write", *(loader for loader, _ in loaders)]
    timed: dict[str, list[tuple[float, float]]] = {kind: [] for kind in [*kinds, "rewrite"]}
    if name == "embedded":  # (one untimed write of each kind first: imports, caches)
        with _store(name, tmp / "store-warm") as store:
            store.write(resolved[:BATCH])
        for loader, baseline in loaders:
            plain_sqlite(tmp / f"{loader}-warm", resolved[:BATCH], baseline)
        for kind in ("store", *(loader for loader, _ in loaders)):
            shutil.rmtree(tmp / f"{kind}-warm", ignore_errors=True)
    for i in range(rounds):
        for kind in kinds[i % len(kinds):] + kinds[:i % len(kinds)]:
            if kind == "write":
                with _store(name, tmp / f"store-{i}") as store:
                    timed[kind].append(_cpu_timed(lambda store=store: [
                        store.write(batch) for batch in _batches(resolved)]))
                    # (the same articles again: each is read again, unchanged)
                    timed["rewrite"].append(_cpu_timed(lambda store=store: [
                        store.write(batch) for batch in _batches(resolved)]))
            elif name == "embedded":
                baseline = dict(loaders)[kind]
                timed[kind].append(_cpu_timed(lambda i=i, kind=kind, baseline=baseline:
                                              plain_sqlite(tmp / f"{kind}-{i}", resolved,
                                                           baseline)))
            else:
                timed[kind].append(_cpu_timed(lambda: plain_neo4j(resolved)))
        for kind in kinds:
            shutil.rmtree(tmp / f"{'store' if kind == 'write' else kind}-{i}", ignore_errors=True)
    write_s = timed["write"]
    figures: dict[str, Any] = {
        f"{name}_write_events_per_s": n_events / statistics.median(w[0] for w in write_s),
        f"{name}_rewrite_events_per_s": n_events / statistics.median(
            w[0] for w in timed["rewrite"])}
    for loader, _ in loaders:
        plain_s = timed[loader]
        ratios = [w[0] / p[0] for w, p in zip(write_s, plain_s, strict=True)]
        figures[f"{name}_{loader}_write_events_per_s"] = n_events / statistics.median(
            p[0] for p in plain_s)
        figures[f"{name}_write_to_{loader}_ratio"] = statistics.median(ratios)
        figures[f"{name}_write_to_{loader}_ratios"] = [round(r, 2) for r in ratios]
        if name == "embedded":
            cpu = [w[1] / p[1] for w, p in zip(write_s, plain_s, strict=True)]
            figures[f"{name}_write_to_{loader}_cpu_ratio"] = statistics.median(cpu)
            figures[f"{name}_write_to_{loader}_cpu_ratios"] = [round(r, 2) for r in cpu]
            figures[f"{name}_{loader}_write_cpu_s"] = statistics.median(p[1] for p in plain_s)
    if name == "embedded":
        figures[f"{name}_write_cpu_s"] = statistics.median(w[1] for w in write_s)
    return figures


def run(n_articles: int, backends: list[str], n_process: int, repeats: int,
        jobs: int | None, rounds: int = 5, with_ingest: bool = True) -> dict:
    figures: dict = {"articles": n_articles}
    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(generate_articles(n_articles), Path(tmp) / "bench.jsonl")
        articles = [a for a in iter_articles([path]) if isinstance(a, Article)]
        texts = [a.text for a in articles]

        nlp = load_nlp()
        t_parse, cpu_parse = _cpu_timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)))
        figures["nlp_pipe_articles_per_s"] = n_articles / t_parse

        extractor = Extractor(nlp=nlp, n_process=n_process)
        extractions, t_extract = _timed(lambda: list(extractor.extract_many(articles)))
        n_events = sum(len(x.events) for x in extractions)
        figures["events"] = n_events
        figures["extract_articles_per_s"] = n_articles / t_extract
        figures["extract_to_parse_ratio"] = t_extract / t_parse

        resolver = ActorResolver()
        resolved = [resolver.resolve(x) for x in extractions]
        pairs = [(a[1], b[1]) for a in LEADERS[:4] for b in LEADERS[4:8]]
        for name in backends:
            if name == "neo4j":
                warm_neo4j(resolved[:BATCH])
            figures.update(_write_rounds(name, Path(tmp), resolved, n_events, rounds))
            if not with_ingest:
                continue
            with _store(name, Path(tmp) / "ingest") as store:
                cpu_before = _cpu_with_children()
                _, t_all = _timed(lambda store=store: ingest(
                    [path], store, extractor=Extractor(nlp=nlp), jobs=jobs))
                figures[f"{name}_ingest_articles_per_s"] = n_articles / t_all
                figures[f"{name}_ingest_to_parse_ratio"] = t_parse / t_all
                figures[f"{name}_ingest_to_parse_cpu_ratio"] = cpu_parse / (
                    _cpu_with_children() - cpu_before)
                median, p95 = _latencies(store, pairs, date(2025, 6, 1), repeats)
                figures[f"{name}_first_contact_median_ms"] = median
                figures[f"{name}_first_contact_p95_ms"] = p95
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--neo4j", action="store_true", help="also bench Neo4j (NEO4J_* env)")
    parser.add_argument("--neo4j-only", action="store_true", help="bench Neo4j alone")
    parser.add_argument("--processes", type=int, default=1, help="extraction processes")
    parser.add_argument("--repeats", type=int, default=200, help="queries per latency figure")
    parser.add_argument("--jobs", type=int, default=None,
                        help="ingest's extraction processes (default: every core)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="interleaved rounds of resolved write and plain loaders")
    parser.add_argument("--writes-only", action="store_true",
                        help="only the write rounds (no ingest run, no query latency)")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    backends = ["neo4j"] if args.neo4j_only else ["embedded", "neo4j"] if args.neo4j else [
        "embedded"]
    figures = run(args.articles, backends, args.processes, args.repeats, args.jobs,
                  args.rounds, not args.writes_only)
    if args.format == "json":
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:36} {value:12.2f}" if isinstance(value, float) else f"{key:36} {value!s:>12}")


if __name__ == "__main__":
    main()
