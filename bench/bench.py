"""Benchmarks: extraction against spaCy's own parsing, store writes against a plain loader,
ingest end to end, query latency.

Usage::

    .venv/bin/python bench/bench.py                  # 3000 articles, embedded store
    eval "$(scripts/neo4j-local env)"; .venv/bin/python bench/bench.py --neo4j
    eval "$(scripts/neo4j-local env)"; .venv/bin/python bench/bench.py --neo4j-only
    .venv/bin/python bench/bench.py --articles 500 --format json

Figures printed (the README keeps the current ones):

- ``nlp.pipe``: spaCy's pipeline alone over the same texts (the floor extraction stands on);
- ``extract``: graphkit's extraction (parse + rules + detector), and its ratio to ``nlp.pipe``;
- ``*_write``: events/s that each store's ``write`` merges (extractions prepared and their
  actors resolved beforehand; 200 articles per write), event resolution included;
- ``*_plain_write``: the same extractions written by a plain loader of this script, the
  baseline a store cannot beat: one row per extracted node and relationship
  (:func:`graphkit.graph.records`, no event resolution), ``INSERT … ON CONFLICT`` with
  ``executemany`` into two keyed tables (SQLite, the same pragmas as the store) or
  ``UNWIND $rows MERGE … SET`` (Neo4j, under graphkit's constraints), one transaction per
  200 articles; ``*_write_to_plain_ratio`` is the store's time over the loader's (on
  Neo4j both after one untimed write of each kind, so on a server that has planned them);
- ``*_ingest``: articles/s of a real :func:`graphkit.pipeline.ingest` run (load, extract
  on ``--jobs`` processes, resolve, write) into an empty store, and ``nlp.pipe``'s time
  over ingest's (``*_ingest_to_parse_ratio``; above 1 when ``--jobs`` beats one process);
- ``first_contact_since``: median and 95th-percentile latency on each store.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
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

from graphkit.extract import Extractor, load_nlp  # noqa: E402
from graphkit.graph import GraphRecords, records, relationship_key  # noqa: E402
from graphkit.load import iter_articles  # noqa: E402
from graphkit.model import Article, Extraction  # noqa: E402
from graphkit.pipeline import ingest  # noqa: E402
from graphkit.query import first_contact_since  # noqa: E402
from graphkit.resolve import ActorResolver  # noqa: E402
from graphkit.store import EmbeddedStore  # noqa: E402

BATCH = 200  # articles per write, as ingest's default
# (relationship type, GraphRecords field, source field, target field)
_RELATIONSHIPS = (("PARTICIPATED_IN", "participations", "actor_id", "event_id"),
                  ("MENTIONED_IN", "mentions", "event_id", "article_id"),
                  ("REPORTED", "reports", "actor_id", "event_id"))


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


# -- the plain loaders (the baseline) -----------------------------------------------------------

def _props(row: dict[str, Any], *skip: str) -> str:
    return json.dumps({k: v for k, v in row.items() if k not in skip and v is not None},
                      sort_keys=True)


def plain_sqlite(path: Path, extractions: list[Extraction]) -> None:
    """Write ``records`` of each batch into two keyed SQLite tables, nothing resolved."""
    path.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path / "plain.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE node (id TEXT PRIMARY KEY, label TEXT, props TEXT)")
    conn.execute("CREATE TABLE edge (source TEXT, target TEXT, key TEXT, type TEXT, props TEXT,"
                 " PRIMARY KEY (source, target, key))")
    for batch in _batches(extractions):
        rows = records(batch)
        conn.execute("BEGIN IMMEDIATE")
        for label, nodes in (("Article", rows.articles), ("Actor", rows.actors),
                             ("Event", rows.events)):
            conn.executemany(
                "INSERT INTO node VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "props = excluded.props", [(n["id"], label, _props(n, "id")) for n in nodes])
        for rel_type, field, src, dst in _RELATIONSHIPS:
            conn.executemany(
                "INSERT INTO edge VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, target, key) "
                "DO UPDATE SET props = excluded.props",
                [(r[src], r[dst], relationship_key(rel_type, r), rel_type, _props(r, src, dst))
                 for r in getattr(rows, field)])
        conn.execute("COMMIT")
    conn.close()


_PLAIN_CYPHER = {
    "Article": "UNWIND $rows AS row MERGE (n:Article {id: row.id}) SET n += row",
    "Actor": "UNWIND $rows AS row MERGE (n:Actor {id: row.id}) SET n += row",
    "Event": "UNWIND $rows AS row MERGE (n:Event {id: row.id}) SET n += row",
    "PARTICIPATED_IN": ("UNWIND $rows AS row MATCH (a:Actor {id: row.actor_id}), "
                        "(e:Event {id: row.event_id}) "
                        "MERGE (a)-[:PARTICIPATED_IN {role: row.role}]->(e)"),
    "MENTIONED_IN": ("UNWIND $rows AS row MATCH (e:Event {id: row.event_id}), "
                     "(a:Article {id: row.article_id}) MERGE (e)-[r:MENTIONED_IN]->(a) "
                     "SET r += row.props"),
    "REPORTED": ("UNWIND $rows AS row MATCH (a:Actor {id: row.actor_id}), "
                 "(e:Event {id: row.event_id}) "
                 "MERGE (a)-[:REPORTED {article_id: row.article_id}]->(e)"),
}


def _neo4j_rows(rows: GraphRecords) -> list[tuple[str, list[dict[str, Any]]]]:
    mentions = [{"event_id": m["event_id"], "article_id": m["article_id"],
                 "props": {k: v for k, v in m.items()
                           if k not in ("event_id", "article_id") and v is not None}}
                for m in rows.mentions]
    clean = [[{k: v for k, v in r.items() if v is not None} for r in nodes]
             for nodes in (rows.articles, rows.actors, rows.events)]
    return [("Article", clean[0]), ("Actor", clean[1]), ("Event", clean[2]),
            ("PARTICIPATED_IN", rows.participations), ("MENTIONED_IN", mentions),
            ("REPORTED", rows.reports)]


def plain_neo4j(extractions: list[Extraction]) -> None:
    """``UNWIND … MERGE`` the ``records`` of each batch in one transaction, nothing resolved
    (into the database the Neo4j store opened, so under graphkit's constraints)."""
    from neo4j import GraphDatabase

    uri, user, password = _neo4j_env()
    clear_neo4j()
    with GraphDatabase.driver(uri, auth=(user, password)) as driver, driver.session() as session:
        for batch in _batches(extractions):
            parts = _neo4j_rows(records(batch))

            def write(tx: Any, parts: list[tuple[str, list[dict[str, Any]]]] = parts) -> None:
                for kind, rows in parts:
                    if rows:
                        tx.run(_PLAIN_CYPHER[kind], rows=rows).consume()

            session.execute_write(write)
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

def run(n_articles: int, backends: list[str], n_process: int, repeats: int,
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
        pairs = [(a[1], b[1]) for a in LEADERS[:4] for b in LEADERS[4:8]]
        for name in backends:
            if name == "neo4j":
                warm_neo4j(resolved[:BATCH])
            with _store(name, Path(tmp) / "store") as store:
                _, t_write = _timed(lambda store=store: [
                    store.write(batch) for batch in _batches(resolved)])
                figures[f"{name}_write_events_per_s"] = n_events / t_write
            if name == "embedded":
                _, t_plain = _timed(lambda: plain_sqlite(Path(tmp) / "plain", resolved))
            else:
                _, t_plain = _timed(lambda: plain_neo4j(resolved))
            figures[f"{name}_plain_write_events_per_s"] = n_events / t_plain
            figures[f"{name}_write_to_plain_ratio"] = t_write / t_plain
            with _store(name, Path(tmp) / "ingest") as store:
                _, t_all = _timed(lambda store=store: ingest(
                    [path], store, extractor=Extractor(nlp=nlp), jobs=jobs))
                figures[f"{name}_ingest_articles_per_s"] = n_articles / t_all
                figures[f"{name}_ingest_to_parse_ratio"] = t_parse / t_all
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
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    backends = ["neo4j"] if args.neo4j_only else ["embedded", "neo4j"] if args.neo4j else [
        "embedded"]
    figures = run(args.articles, backends, args.processes, args.repeats, args.jobs)
    if args.format == "json":
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:36} {value:12.2f}" if isinstance(value, float) else f"{key:36} {value:12}")


if __name__ == "__main__":
    main()
