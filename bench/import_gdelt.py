"""Benchmark: importing a GDELT 2.0 event export (generated, 100,000 rows) into each store.

Usage::

    .venv/bin/python bench/import_gdelt.py                     # embedded store
    eval "$(scripts/neo4j-local env)"; .venv/bin/python bench/import_gdelt.py --neo4j
    eval "$(scripts/neo4j-local env)"; .venv/bin/python bench/import_gdelt.py --neo4j-only
    .venv/bin/python bench/import_gdelt.py --rows 20000 --format json

The file is made here in the 61-column layout from invented rows: pairs of the
gazetteer's countries and leaders, CAMEO codes of every graphkit type (and some that map
to none), a day in 2024, and one source URL per ~3 rows. Figures printed: rows/s to read
the file into extractions, and rows/s end to end (:func:`graphkit.imports.import_events`:
read and check the whole file, then actor resolution and the store's resolved write, one
transaction per ``--batch`` articles) for each store.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from graphkit.imports import IMPORT_BATCH_ARTICLES, import_events
from graphkit.imports.gdelt import EVENT_COLUMNS, read_gdelt
from graphkit.store import EmbeddedStore

COUNTRIES = [("FRA", "FRANCE"), ("DEU", "GERMANY"), ("RUS", "RUSSIA"), ("USA", "UNITED STATES"),
             ("CHN", "CHINA"), ("TUR", "TURKEY"), ("IND", "INDIA"), ("BRA", "BRAZIL"),
             ("JPN", "JAPAN"), ("GBR", "UNITED KINGDOM"), ("UKR", "UKRAINE"), ("IRN", "IRAN")]
LEADERS = [("FRA", "EMMANUEL MACRON"), ("DEU", "OLAF SCHOLZ"), ("RUS", "VLADIMIR PUTIN"),
           ("USA", "JOE BIDEN"), ("CHN", "XI JINPING"), ("TUR", "RECEP TAYYIP ERDOGAN")]
CODES = ["041", "042", "043", "046", "010", "0111", "112", "100", "057", "130", "163", "166",
         "173", "190", "195", "073", "020", "036", "0314"]


def write_export(path: Path, rows: int, seed: int = 7) -> None:
    """``rows`` invented event rows in the GDELT 2.0 export layout."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        for i in range(rows):
            a, b = rng.sample(LEADERS if rng.random() < 0.3 else COUNTRIES, 2)
            code = rng.choice(CODES)
            day = (start + timedelta(days=rng.randrange(366))).strftime("%Y%m%d")
            cells = dict.fromkeys(EVENT_COLUMNS, "")
            cells.update(GLOBALEVENTID=str(1_000_000_000 + i), Day=day, MonthYear=day[:6],
                         Year=day[:4], Actor1Code=a[0], Actor1Name=a[1], Actor1CountryCode=a[0],
                         Actor2Code=b[0], Actor2Name=b[1], Actor2CountryCode=b[0],
                         IsRootEvent="1", EventCode=code, EventBaseCode=code[:3],
                         EventRootCode=code[:2], QuadClass=str(rng.randint(1, 4)),
                         GoldsteinScale=f"{rng.uniform(-10, 10):.1f}",
                         NumMentions=str(rng.randint(1, 20)), NumSources="1",
                         NumArticles=str(rng.randint(1, 10)),
                         AvgTone=f"{rng.uniform(-8, 8):.2f}", DATEADDED=day + "120000",
                         SOURCEURL=f"https://wire.example/{day}/story-{i // 3}")
            out.write("\t".join(cells[c] for c in EVENT_COLUMNS) + "\n")


def _neo4j_store():
    from neo4j import GraphDatabase

    from graphkit.store.neo4j import Neo4jStore

    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    store = Neo4jStore(os.environ["NEO4J_URI"], *auth)
    # emptied in transactions of 10,000 nodes: one for a 100k-row import outgrows the server
    with GraphDatabase.driver(os.environ["NEO4J_URI"], auth=auth) as driver, \
            driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS "
                    "OF 10000 ROWS").consume()
    return store


def run(rows: int, backends: list[str], batch: int) -> dict:
    figures: dict = {"rows": rows}
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "20240101000000.export.CSV"
        write_export(export, rows)
        start = time.perf_counter()
        read = read_gdelt(export)
        figures["read_rows_per_s"] = round(rows / (time.perf_counter() - start))
        figures["events"] = sum(len(x.events) for x in read.extractions)
        print(f"read: {figures['read_rows_per_s']:,} rows/s", file=sys.stderr, flush=True)
        for backend in backends:
            store = EmbeddedStore(Path(tmp) / "kg") if backend == "embedded" else _neo4j_store()
            with store:
                start = time.perf_counter()
                report = import_events(export, store, fmt="gdelt", batch_size=batch)
                seconds = time.perf_counter() - start
                figures[f"{backend}_import_rows_per_s"] = round(rows / seconds)
                figures[f"{backend}_events_in_graph"] = store.counts()["Event"]
                assert report.ok, report.failures[:3]
                print(f"{backend}: {figures[f'{backend}_import_rows_per_s']:,} rows/s",
                      file=sys.stderr, flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--neo4j", action="store_true", help="also bench Neo4j (NEO4J_* env)")
    parser.add_argument("--neo4j-only", action="store_true", help="bench Neo4j alone")
    parser.add_argument("--batch", type=int, default=IMPORT_BATCH_ARTICLES,
                        help="articles per store transaction")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args()
    backends = ["neo4j"] if args.neo4j_only else ["embedded", "neo4j"] if args.neo4j else [
        "embedded"]
    figures = run(args.rows, backends, args.batch)
    if args.format == "json":
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:32} {value:,}")


if __name__ == "__main__":
    sys.exit(main())
