"""The scale benchmark: build a graph of N events through the real write path, then time it.

Usage::

    nice -n 10 .venv/bin/python bench/scale.py --events 10000 --format json
    nice -n 10 .venv/bin/python bench/scale.py --events 300000 --plain --probe 10000 100000
    nice -n 10 .venv/bin/python bench/scale.py --events 100000 --store neo4j --plain \
        --server-pid "$(cat "$GRAPHKIT_CACHE/neo4j/run/neo4j.pid")"
    eval "$(scripts/neo4j-local env)"; .venv/bin/python bench/scale.py --events 10000 --store neo4j

The events come from :mod:`world` (synthetic extractions: no spaCy, see its docstring for
the actor mix, dense leader pairs included) and go through what ``graphkit ingest`` does
after extraction: actor resolution and ``Store.write`` in batches of 200 articles
(:func:`graphkit.pipeline.write_extractions`). Printed per store, one JSON object:

- ``events``, ``events_per_s``: the build, resolution included; ``events_per_s_by_tenth``:
  the same over each tenth of the build (flat when writes do not slow as the graph grows);
  ``write_cpu_ms_per_1k_events_by_tenth``: this process's CPU time in ``Store.write`` per
  1,000 events, by tenth (the whole write for the embedded store, the client's share for
  Neo4j): a measure of flatness that other work on the machine does not move;
- ``at_size``: at each ``--probe`` size (and the last), the rates of the writes of the
  5,000 events that brought the graph to it: ``events_per_s`` (actor resolution and
  write), ``write_events_per_s`` (``Store.write`` alone, as bench/bench.py times it);
- with ``--plain``, each batch is also loaded by plain loaders (bench/plain.py), each into
  a plain graph growing beside the store's, so all are timed at the same load and graph
  size (the store's write and the loaders in an order that rotates each batch). Embedded:
  one, ``plain`` (a SQLite file next to the store). Neo4j: three in the same database,
  each on its own labels (``Plain*``, ``PlainIndexed*``, ``PlainEntries*``, dropped after):
  ``plain`` keeps only the id constraints; ``plain_indexed`` also the node indexes
  graphkit's queries read (its schema relabelled, full-text included; not the
  ``event_family_*`` indexes, which only resolution reads); ``plain_entries`` also writes
  graphkit's query entries (``TIMELINE_ENTRY`` / ``PAIR_CONTACT``) with their
  relationship indexes. For each loader NAME: ``NAME_events_per_s`` and
  ``write_to_NAME_ratio`` (the store's write time over the loader's) per probe, per
  tenth (``write_to_NAME_ratio_by_tenth``) and for the whole build
  (``write_to_plain_ratio`` is the ids-only loader's, as before); and
  ``client_cpu_ms_per_write_by_tenth`` (this process's CPU per write, by writer:
  ``write`` and each loader). With ``--server-pid`` (the Neo4j server's process, on this
  machine) also ``server_cpu_ms_per_write_by_tenth`` (the server's utime+stime during
  each writer's call, background work included) and ``write_to_NAME_cpu_ratio_by_tenth``
  (client + server CPU of the write over the loader's);
- ``open_s``: opening the built store in a new process and answering a first query;
- ``one_article_ingest_s``, ``peak_rss_mb``: a new process opens the built store and
  writes one more article (resolved against the graph): the time from opening the store to
  the committed write (the actor gazetteer is loaded, and the Neo4j driver imported,
  before: any ingest does both before it writes), and the process's peak RSS;
- ``load_before``, ``load_after``: the machine's load average around the run;
- ``first_contact_p95_ms``, ``contacts_p95_ms``, ``timeline_p95_ms``: the library calls
  (:mod:`graphkit.query`) by name, as the CLI makes them (``contacts`` and ``timeline``:
  its default page, the first :data:`graphkit.cli.DEFAULT_LIMIT` rows and one more to
  know whether more follow), over dense leader pairs and ordinary pairs; the timeline is
  one year of one actor. ``contacts_all_*``, ``timeline_all_*``: the same calls for all
  their rows (``limit=None``; ``*_all_rows_max``: the most rows one returned).
  ``*_cpu_p95_ms``: the same calls' CPU time in this process (on a loaded machine the
  wall-clock figures include waiting for a core, and for the disk; for Neo4j the
  server's share is not in it).

With ``--keep DIR`` the embedded store is built in DIR (made there when DIR is new or
holds no store) and reused when it already holds the same number of events (so a second
run only measures). With ``--existing`` nothing is
built or cleared: the store as it is (for Neo4j, the graph the server at ``NEO4J_URI``
holds) is measured; ``--events`` is then only a label.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plain import PlainNeo4j, PlainSqlite  # noqa: E402
from world import actors, extractions  # noqa: E402

from graphkit.cli import DEFAULT_LIMIT  # noqa: E402
from graphkit.pipeline import write_extractions  # noqa: E402
from graphkit.query import contacts, first_contact_since, timeline  # noqa: E402
from graphkit.resolve import ActorResolver  # noqa: E402
from graphkit.store.base import Store  # noqa: E402
from graphkit.store.tables import normalise_name  # noqa: E402

BATCH = 200  # articles per write, as ingest's default
PROBE_EVENTS = 5000  # events per rate probe (--probe)


def _open(kind: str, path: Path, create: bool = False) -> Store:
    """The store to measure; with ``create``, an embedded store is made in ``path`` when
    it holds none (``--keep DIR``: a new or empty folder is where the build goes)."""
    if kind == "embedded":
        from graphkit.store import EmbeddedStore

        store = EmbeddedStore(path)
        if create:
            store.create()
        return store
    from graphkit.store.neo4j import Neo4jStore

    return Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USERNAME", "neo4j"),
                      os.environ.get("NEO4J_PASSWORD", ""))


def _p95(samples: list[float]) -> float:
    samples = sorted(samples)
    return samples[max(int(len(samples) * 0.95) - 1, 0)]


def _latencies(store: Store, repeats: int) -> dict[str, float]:
    rng = random.Random(3)
    people = actors()
    # (a small build need not hold every official of the world: ask only of those it holds)
    held = {a["name"] for a in store.find_actors(
        names=[normalise_name(p.name) for p in people])}
    people = [p for p in people if p.name in held]
    leaders, others = people[:10], people[10:]
    pairs = [tuple(rng.sample(leaders, 2)) for _ in range(repeats // 2)]
    pairs += [tuple(rng.sample(others, 2)) for _ in range(repeats - len(pairs))]
    page = {"limit": DEFAULT_LIMIT + 1}  # (as the CLI asks: one more, to know more follow)
    figures: dict[str, list[float]] = {"first_contact": [], "contacts": [], "timeline": [],
                                       "contacts_all": [], "timeline_all": []}
    cpu: dict[str, list[float]] = {name: [] for name in figures}
    most: dict[str, int] = {"contacts_all": 0, "timeline_all": 0}
    # (the calls for all rows after the others: they read far more, and would leave the
    # caches cold for the next pair's calls)
    calls = [(i, a, b, query) for query in ("first", "all")
             for i, (a, b) in enumerate(pairs)]
    for i, a, b, query in calls:
        on = f"{2017 + i % 9}-{1 + i % 12:02d}-15"
        year = (a.name, f"{2016 + i % 10}-01-01", f"{2016 + i % 10}-12-31")
        for name, call, args, options in (
                ("first_contact", first_contact_since, (a.name, b.name, on), {}),
                ("contacts", contacts, (a.name, b.name), page),
                ("timeline", timeline, year, page)) if query == "first" else (
                ("contacts_all", contacts, (a.name, b.name), {}),
                ("timeline_all", timeline, year, {})):
            start, start_cpu = time.perf_counter(), time.process_time()
            rows = call(store, *args, **options)
            figures[name].append((time.perf_counter() - start) * 1000)
            cpu[name].append((time.process_time() - start_cpu) * 1000)
            if name in most:
                most[name] = max(most[name], len(rows))
    out: dict[str, float] = {f"{name}_rows_max": n for name, n in most.items()}
    for name, samples in figures.items():
        out[f"{name}_median_ms"] = round(statistics.median(samples), 2)
        out[f"{name}_p95_ms"] = round(_p95(samples), 2)
        # (this process's CPU time: what the query costs, whatever else the machine runs;
        # the server's share is not in it for Neo4j)
        out[f"{name}_cpu_p95_ms"] = round(_p95(cpu[name]), 2)
    return out


def _child(kind: str, path: Path, what: str) -> dict[str, Any]:
    """Run this script in a new process for one figure (open, or one-article ingest)."""
    out = subprocess.run([sys.executable, __file__, "--child", what, "--store", kind,
                          "--path", str(path)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def _child_main(kind: str, path: Path, what: str) -> None:
    from graphkit.resolve import ActorResolver

    resolver = ActorResolver()  # (extraction's data: loaded by any ingest before it writes)
    if kind == "neo4j":  # (the driver's import, ~0.4 s idle, is the program's start, not the store's)
        import graphkit.store.neo4j  # noqa: F401
    one = next(extractions(3, seed=99))
    start = time.perf_counter()
    store = _open(kind, path)
    if what == "open":
        first_contact_since(store, actors()[0].name, actors()[1].name, "2030-01-01")
    else:
        write_extractions([one], store, actor_resolver=resolver)
    seconds = time.perf_counter() - start
    store.close()
    print(json.dumps({"seconds": seconds,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


NEO4J_BASELINES = (("plain", "Plain", "ids"), ("plain_indexed", "PlainIndexed", "indexes"),
                   ("plain_entries", "PlainEntries", "entries"))
"""The Neo4j plain loaders timed beside the write: (name in the figures, label prefix,
baseline of bench/plain.py)."""


def _plain_loaders(kind: str, path: Path, clear: bool = True) -> dict[str, Any]:
    """The plain loaders (bench/plain.py) that grow beside the build, by name: a SQLite file
    next to the embedded store (``plain``); for Neo4j one per baseline of
    :data:`NEO4J_BASELINES`, each on its own labels in the same database (emptied first
    unless ``clear`` is false)."""
    if kind == "embedded":
        return {"plain": PlainSqlite(path.with_name(path.name + "-plain"))}
    from neo4j import GraphDatabase

    driver = GraphDatabase.driver(os.environ["NEO4J_URI"], auth=(
        os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", "")))
    loaders = {}
    for name, prefix, baseline in NEO4J_BASELINES:
        loader = PlainNeo4j(driver, label_prefix=prefix, baseline=baseline)
        if clear:
            loader.drop()
            loader = PlainNeo4j(driver, label_prefix=prefix, baseline=baseline)
        loaders[name] = loader
    return loaders


def _server_cpu(pid: int | None) -> float:
    """The server process's CPU seconds so far (utime + stime of /proc/PID/stat; 0 without
    a pid)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rate(events: int, seconds: float) -> float:
    return round(events / seconds) if seconds else 0.0


def _build(kind: str, store: Store, n_events: int, path: Path, plain: bool,
           probes: list[int], server_pid: int | None = None) -> dict[str, Any]:
    """Build ``n_events`` through the write path (actor resolution, then
    :func:`write_extractions` per batch of 200 articles); with ``plain``, each batch is
    also loaded by each plain loader, so they are timed batch by batch at the same load
    and the same graph size (the write and the loaders in an order that rotates by one
    each batch, so none always follows another's work)."""
    resolver = ActorResolver()
    loaders = _plain_loaders(kind, path) if plain else {}
    # per batch: events after it ("at"), its events ("n"), resolve s, and per writer
    # ("write" or a loader's name) its wall s, this process's CPU s, the server's CPU s
    log: list[dict[str, Any]] = []
    batch: list[Any] = []
    done = [0, 0.0]
    writers: dict[str, Any] = {"write": lambda: write_extractions(batch, store, resolved=True)}
    writers.update({name: (lambda loader=loader: loader.write(batch))
                    for name, loader in loaders.items()})
    names = list(writers)

    def flush() -> None:
        events = sum(len(x.events) for x in batch)
        turn = len(log) % len(names)
        row: dict[str, Any] = {"n": events, "resolve": done[1], "wall": {}, "cpu": {},
                               "server": {}}
        for name in names[turn:] + names[:turn]:
            start, start_cpu = time.perf_counter(), time.process_time()
            start_server = _server_cpu(server_pid)
            writers[name]()
            row["wall"][name] = time.perf_counter() - start
            row["cpu"][name] = time.process_time() - start_cpu
            row["server"][name] = _server_cpu(server_pid) - start_server
        done[0] += events
        row["at"] = done[0]
        log.append(row)
        batch.clear()
        done[1] = 0.0

    for extraction in extractions(n_events):
        start = time.perf_counter()
        batch.append(resolver.resolve(extraction))
        done[1] += time.perf_counter() - start
        if len(batch) == BATCH:
            flush()
    if batch:
        flush()
    for loader in loaders.values():
        if kind == "neo4j":
            # (its constraints stay until run() has measured: dropping them would empty the
            # server's query cache, and the one-article write would plan every statement
            # again)
            loader.drop(constraints=False)
        else:
            loader.close()
    if loaders and kind == "neo4j":
        next(iter(loaders.values())).driver.close()

    def total(rows: list[dict[str, Any]], what: str, name: str) -> float:
        return sum(r[what][name] for r in rows)

    def rates(rows: list[dict[str, Any]]) -> dict[str, float]:
        events = sum(r["n"] for r in rows)
        write = total(rows, "wall", "write")
        out = {"events_per_s": _rate(events, sum(r["resolve"] for r in rows) + write),
               "write_events_per_s": _rate(events, write)}
        for name in loaders:
            out[f"{name}_events_per_s"] = _rate(events, total(rows, "wall", name))
            out[f"write_to_{name}_ratio"] = round(write / total(rows, "wall", name), 2)
        return out

    figures: dict[str, Any] = {"events_per_s": rates(log)["events_per_s"]}
    tenths = [[r for r in log if i * n_events / 10 < r["at"] <= (i + 1) * n_events / 10]
              for i in range(10)]
    tenths = [t for t in tenths if t]
    figures["events_per_s_by_tenth"] = [rates(t)["events_per_s"] for t in tenths]
    # (CPU time is what the load does not move: flat when the write's own work is flat)
    figures["write_cpu_ms_per_1k_events_by_tenth"] = [
        round(1e6 * total(t, "cpu", "write") / sum(r["n"] for r in t)) for t in tenths]
    for name in loaders:
        figures[f"write_to_{name}_ratio"] = rates(log)[f"write_to_{name}_ratio"]
        figures[f"write_to_{name}_ratio_by_tenth"] = [rates(t)[f"write_to_{name}_ratio"]
                                                      for t in tenths]
    if loaders:
        # (CPU per write in ms, by tenth: this process's, and with --server-pid the
        # server's, whose sum the load does not move either)
        figures["client_cpu_ms_per_write_by_tenth"] = {
            name: [round(1000 * total(t, "cpu", name) / len(t)) for t in tenths]
            for name in names}
    if loaders and server_pid is not None:
        figures["server_cpu_ms_per_write_by_tenth"] = {
            name: [round(1000 * total(t, "server", name) / len(t)) for t in tenths]
            for name in names}
        for name in loaders:
            figures[f"write_to_{name}_cpu_ratio_by_tenth"] = [round(
                (total(t, "cpu", "write") + total(t, "server", "write"))
                / (total(t, "cpu", name) + total(t, "server", name)), 2) for t in tenths]
    # (each probe: the writes of the PROBE_EVENTS events that brought the graph to its size)
    figures["at_size"] = {str(size): rates([r for r in log
                                            if size - PROBE_EVENTS < r["at"] <= size])
                          for size in probes if size <= n_events}
    return figures


def run(kind: str, n_events: int, path: Path, repeats: int, existing: bool = False,
        plain: bool = False, probes: tuple[int, ...] = (),
        server_pid: int | None = None) -> dict[str, Any]:
    store = _open(kind, path, create=not existing)
    held = store.counts()["Event"]
    # (the machine's 1-minute load average before the build, and after the measurements:
    # on a shared machine every figure is a floor when it is high)
    figures: dict[str, Any] = {"store": kind, "events": n_events,
                               "load_before": round(os.getloadavg()[0], 1)}
    if not existing and (kind == "neo4j" or not held):
        if kind == "neo4j":
            # (relationships first: a leader's node holds tens of thousands, too many
            # for one transaction of a 1g server when deleted with its node)
            for clear in ("MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r",
                          "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n"):
                while store.run_cypher(f"{clear} RETURN count(*) AS n", {},
                                       write=True)[0]["n"]:
                    pass
        figures.update(_build(kind, store, n_events, path, plain,
                              sorted({*probes, n_events}), server_pid))
    figures["stored_events"] = store.counts()["Event"]
    figures.update(_latencies(store, repeats))
    store.close()
    opened = _child(kind, path, "open")
    figures["open_s"] = round(opened["seconds"], 3)
    one = _child(kind, path, "one-article")
    figures["one_article_ingest_s"] = round(one["seconds"], 3)
    figures["peak_rss_mb"] = round(one["peak_rss_mb"], 1)
    figures["load_after"] = round(os.getloadavg()[0], 1)
    if plain and kind == "neo4j" and not existing:
        loaders = _plain_loaders(kind, path, clear=False)
        for loader in loaders.values():
            loader.drop()
        next(iter(loaders.values())).driver.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10000)
    parser.add_argument("--store", choices=["embedded", "neo4j"], action="append")
    parser.add_argument("--repeats", type=int, default=100, help="queries per latency figure")
    parser.add_argument("--keep", type=Path, help="build the embedded store here, reuse it")
    parser.add_argument("--existing", action="store_true",
                        help="measure the store as it is: build and clear nothing")
    parser.add_argument("--plain", action="store_true",
                        help="load each batch with the plain loaders too (bench/plain.py)")
    parser.add_argument("--server-pid", type=int,
                        help="the Neo4j server's process id (same machine): also give each "
                             "writer's server CPU per write")
    parser.add_argument("--probe", type=int, nargs="*", default=[10000, 100000, 300000],
                        help="graph sizes at which to give the rates of the last "
                             f"{PROBE_EVENTS} events' writes")
    parser.add_argument("--format", choices=["text", "json"], default="json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    kinds = args.store or ["embedded"]
    if args.child:
        _child_main(kinds[0], args.path, args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            path = args.keep or Path(tmp) / "kg"
            figures = run(kind, args.events, path, args.repeats, args.existing,
                          args.plain, tuple(args.probe), args.server_pid)
            if args.format == "json":
                print(json.dumps(figures))
            else:
                for key, value in figures.items():
                    print(f"{key:28} {value}")


if __name__ == "__main__":
    main()
