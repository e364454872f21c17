"""What the plain loader does, and what the embedded store's resolved write does beyond it.

Usage::

    nice -n 10 .venv/bin/python bench/write_cpu.py --prepare /tmp/bench-1000.pkl --articles 1000
    nice -n 10 .venv/bin/python bench/write_floor.py --extractions /tmp/bench-1000.pkl --rounds 7
    nice -n 10 .venv/bin/python bench/write_floor.py --extractions /tmp/bench-1000.pkl --tables

The default run times, in alternating rounds (CPU, ``time.process_time``; each into an
empty store, 200 articles a write, as bench/write_cpu.py):

- ``plain``: the plain loader (bench/plain.py, baseline ``ids``: two keyed tables), the
  issue's baseline; ``plain_indexed`` and ``plain_entries``: the same rows with the indexes
  and name table graphkit's embedded queries find actors and events by, and also with
  its per-actor and per-pair date-ordered entries (baselines ``indexes``, ``entries``);
- ``resolve_only``: the resolution alone, no store: each write's articles into reports
  (:func:`graphkit.resolve.article_reports`) and the reports into events
  (:func:`graphkit.resolve.resolve_reports`), the actors merged;
- ``resolving_loader``: ``resolve_only`` and its rows written as the plain loader writes
  its own (two keyed tables, ``json.dumps`` with sorted keys): a store that resolves each
  write on its own, reads nothing back and keeps no index a query reads;
- ``resolving_loader_fast``: the same with the store's own JSON encoder
  (:func:`graphkit.store.tables.encode`);
- ``resolving_loader_entries``: ``resolve_only`` and its rows written by the ``entries``
  plain loader (its indexes, name table and date-ordered entries): a store that resolves
  each write on its own, reads nothing back, and keeps what graphkit's queries read;
- ``write``: the embedded store's write.

Each figure is the median over the rounds, with its median ratio to each plain loader
(``to_plain``, ``to_plain_indexed``, ``to_plain_entries``): a floor for any store that
resolves events (``resolving_loader_fast``, which keeps no index a query reads) against
what the store does.

``--tables`` inserts a bench build's rows of each table into a fresh in-memory table,
with its key alone, with each of its indexes, and with all of them (CPU ms, min of 7):
what each tree a query reads costs to fill.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plain import RELATIONSHIPS, PlainSqlite, _props  # noqa: E402

from graphkit.graph import (  # noqa: E402
    GraphRecords,
    actor_properties,
    article_properties,
    relationship_key,
)
from graphkit.model import Extraction  # noqa: E402
from graphkit.resolve import (  # noqa: E402
    ResolutionRules,
    article_reports,
    merge_actor,
    resolve_reports,
)
from graphkit.store import EmbeddedStore, tables  # noqa: E402
from graphkit.store.embedded_write import _properties  # noqa: E402
from graphkit.store.planner import paused_collection  # noqa: E402

BATCH = 200
PLAIN_LOADERS = ("plain", "plain_indexed", "plain_entries")
"""The plain loaders every figure is given against (bench/plain.py's baselines ``ids``,
``indexes``, ``entries``; bench/bench.py's names)."""
_UPSERT_NODE = ("INSERT INTO node VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "props = excluded.props")
_UPSERT_EDGE = ("INSERT INTO edge VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, target, key) "
                "DO UPDATE SET props = excluded.props")
# (table, its indexes, the order its rows are read in: the order a write adds them)
_TABLES = (("node", ("node_by_label", "node_family_dated", "node_actor_country"), "rowid"),
           ("edge", ("edge_target",), "rowid"),
           ("participation", ("participation_span", "participation_long"),
            "seq, actor_id, role"),
           ("dyad", ("dyad_date", "dyad_long"), "rowid"),
           ("report_span", ("report_span_seq",), "seq"))


def _batches(items: Sequence[Extraction]) -> list[Sequence[Extraction]]:
    return [items[i:i + BATCH] for i in range(0, len(items), BATCH)]


def resolved_records(batch: Sequence[Extraction], rules: ResolutionRules) -> GraphRecords:
    """The rows of one write resolved on its own (nothing stored is read)."""
    out = GraphRecords()
    actors: dict[str, dict[str, Any]] = {}
    reports = []
    for extraction in batch:
        out.articles.append(article_properties(extraction.article))
        for actor in extraction.actors:
            actors[actor.id] = merge_actor(actors.get(actor.id), actor_properties(actor))
        reports.extend(article_reports(extraction, rules))
    resolved = resolve_reports(reports, rules)
    out.actors = list(actors.values())
    out.events, out.participations = resolved.events, resolved.participations
    out.mentions, out.reports = resolved.mentions, resolved.reports
    return out


def _resolving_loader(path: Path, items: Sequence[Extraction], rules: ResolutionRules,
                      props: Callable[..., str]) -> None:
    loader = PlainSqlite(path)
    conn = loader.conn
    for batch in _batches(items):
        with paused_collection():
            rows = resolved_records(batch, rules)
        conn.execute("BEGIN IMMEDIATE")
        for label, nodes in (("Article", rows.articles), ("Actor", rows.actors),
                             ("Event", rows.events)):
            conn.executemany(_UPSERT_NODE, [(n["id"], label, props(n, "id")) for n in nodes])
        for rel_type, field, src, dst in RELATIONSHIPS:
            conn.executemany(_UPSERT_EDGE, [
                (r[src], r[dst], relationship_key(rel_type, r), rel_type, props(r, src, dst))
                for r in getattr(rows, field)])
        conn.execute("COMMIT")
    loader.close()


def _resolving_loader_of(path: Path, items: Sequence[Extraction], rules: ResolutionRules,
                         baseline: str) -> None:
    loader = PlainSqlite(path, baseline)
    for batch in _batches(items):
        with paused_collection():
            rows = resolved_records(batch, rules)
        loader.write_records(rows)
    loader.close()


def _fast_props(row: dict[str, Any], *ends: str) -> str:
    return tables.encode(_properties(row, *ends))


def kinds(items: Sequence[Extraction]) -> dict[str, Callable[[Path], None]]:
    rules = ResolutionRules.load()

    def plain(path: Path, baseline: str = "ids") -> None:
        loader = PlainSqlite(path, baseline)
        for batch in _batches(items):
            loader.write(batch)
        loader.close()

    def resolve_only(path: Path) -> None:
        with paused_collection():
            for batch in _batches(items):
                resolved_records(batch, rules)

    def write(path: Path) -> None:
        store = EmbeddedStore(path)
        for batch in _batches(items):
            store.write(batch)
        store.close()

    return {"plain": plain,
            "plain_indexed": lambda p: plain(p, "indexes"),
            "plain_entries": lambda p: plain(p, "entries"),
            "resolve_only": resolve_only,
            "resolving_loader": lambda p: _resolving_loader(p, items, rules, _props),
            "resolving_loader_fast": lambda p: _resolving_loader(p, items, rules, _fast_props),
            "resolving_loader_entries": lambda p: _resolving_loader_of(p, items, rules,
                                                                       "entries"),
            "write": write}


def rounds(items: Sequence[Extraction], n_rounds: int) -> dict[str, Any]:
    runs = kinds(items)
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    with tempfile.TemporaryDirectory() as tmp:
        for name, run in runs.items():  # (warm: rules, caches)
            run(Path(tmp) / f"warm-{name}")
        for i in range(n_rounds):
            for name in list(runs) if i % 2 == 0 else list(runs)[::-1]:
                start = time.process_time()
                runs[name](Path(tmp) / f"{name}-{i}")
                cpu[name].append(time.process_time() - start)
    return {name: {"cpu_s": round(statistics.median(times), 4),
                   **{f"to_{loader}": round(statistics.median(
                       t / p for t, p in zip(times, cpu[loader], strict=True)), 3)
                      for loader in PLAIN_LOADERS}}
            for name, times in cpu.items()}


def table_costs(items: Sequence[Extraction]) -> dict[str, dict[str, Any]]:
    statements = tables.statements(tables.SCHEMA)
    creates = {s.split("CREATE INDEX IF NOT EXISTS ", 1)[1].split(" ", 1)[0]: s
               for s in statements if "CREATE INDEX" in s}
    out: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "kg")
        for batch in _batches(items):
            store.write(batch)
        for table, indexes, order in _TABLES:
            rows = store.conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            create = next(s for s in statements
                          if s.startswith(f"CREATE TABLE IF NOT EXISTS {table} "))
            variants = [("key", ()), *((f"+{i}", (i,)) for i in indexes), ("all", indexes)]
            best: dict[str, float] = {}
            for _ in range(7):
                for name, wanted in variants:
                    conn = sqlite3.connect(":memory:", isolation_level=None)
                    conn.execute(create)
                    for index in wanted:
                        conn.execute(creates[index])
                    start = time.process_time()
                    conn.execute("BEGIN")
                    conn.executemany(f"INSERT INTO {table} VALUES "
                                     f"({','.join('?' * len(rows[0]))})", rows)
                    conn.execute("COMMIT")
                    spent = time.process_time() - start
                    best[name] = min(best.get(name, spent), spent)
                    conn.close()
            out[table] = {"rows": len(rows), **{k: round(v * 1000, 2) for k, v in best.items()}}
        store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extractions", type=Path, required=True,
                        help="the input bench/write_cpu.py --prepare kept")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--tables", action="store_true",
                        help="each table's and index's cost to fill, CPU ms")
    args = parser.parse_args()
    items = pickle.loads(args.extractions.read_bytes())
    print(json.dumps(table_costs(items) if args.tables else rounds(items, args.rounds)))


if __name__ == "__main__":
    main()
