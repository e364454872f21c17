"""What the tests of a store upgrade share: an old store is made by writing a new one and
turning its tables back into an older schema's (each test file holds that schema's DDL);
the upgrade must then give the layout, rows and answers of a store built new."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from query.world import ARAGORN, ARN, FARAMIR, GON, IMRAHIL, world
from store.samples import event

from graphkit.model import Article, EventDate, Extraction
from graphkit.store import EmbeddedStore
from graphkit.store.tables import DYAD_COLUMNS


def council(key: str = "k1", published: date = date(2024, 5, 2)) -> Extraction:
    """A meeting of Aragorn, Faramir and Imrahil at Edoras, reported by article ``key``."""
    article = Article(id=key, outlet=f"Outlet {key}", published=published,
                      title="A council at Edoras", url=f"https://example.org/{key}",
                      text="Aragorn hosted Faramir and Imrahil at Edoras on Tuesday.")
    return Extraction(article, (event(
        article, 0, "MEET", (ARAGORN, "participant"), (FARAMIR, "participant"),
        (IMRAHIL, "participant"),
        date_=EventDate("2024-04-30", "day", "on Tuesday", "weekday")),))


def layout(path: Path) -> dict[str, str]:
    """Every table, index and trigger of the store at ``path``, by name, as its SQL."""
    with sqlite3.connect(path / "graph.db") as conn:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def schema_of(path: Path) -> str:
    """The schema version the store at ``path`` records."""
    with sqlite3.connect(path / "graph.db") as conn:
        return conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]


def answers(kg: EmbeddedStore) -> list:
    """Reads by actor, pair, date and page, and a subgraph: what an upgrade must not change."""
    view = kg.view()
    return [view.event_rows(GON, participants=True),
            view.event_rows([ARAGORN.id], partners=[FARAMIR.id]),
            view.event_rows(ARN, date_from="2024-01-01", newest_first=True, limit=3),
            list(view.subgraph([row.event["id"] for row in view.event_rows(GON)][:5]).edges(
                keys=True, data=True))]


def dyads_both_ways(conn: sqlite3.Connection, table: str) -> None:
    """Fill an older schema's ``dyad`` from ``table`` (this graphkit's rows, each pair once)
    with every pair in both orders, as every schema before 11 held them."""
    conn.execute(f"INSERT INTO dyad({DYAD_COLUMNS}) SELECT {DYAD_COLUMNS} FROM {table} "
                 "UNION ALL SELECT other_id, actor_id, event_id, type, modality, date_start, "
                 f"date_end FROM {table}")


def written_alike(tmp_path: Path, as_old: Callable[[Path], None],
                  later: Sequence[Extraction]) -> tuple[Path, Path]:
    """Two stores of the fictional world, one turned old by ``as_old``, both opened and given
    the writes ``later`` and then the same again with some of the world (nothing changes):
    the old store's path and the new one's."""
    old, new = tmp_path / "old", tmp_path / "new"
    EmbeddedStore(old).write(world())
    as_old(old)
    EmbeddedStore(new).write(world())
    for path in (old, new):
        kg = EmbeddedStore(path)
        kg.write(list(later))
        kg.write([*later, *world()[:2]])
        kg.close()
    return old, new


def renamed_by_a_later_report(tmp_path: Path) -> tuple[Path, Path, Extraction, Extraction]:
    """One meeting reported twice, written in two writes (the later report first, so the
    second write renames the event: a cluster's id is its smallest report's) into
    ``tmp_path/"two"`` and in one write into ``tmp_path/"one"``: both paths, then the
    reports (early: the one whose id the event keeps; late: the other)."""
    early, late = sorted((council("k1", date(2024, 5, 2)), council("k9", date(2024, 5, 3))),
                         key=lambda x: x.events[0].id)
    kg = EmbeddedStore(tmp_path / "two")
    kg.write([late])
    kg.write([early])
    kg.close()
    EmbeddedStore(tmp_path / "one").write([late, early])
    return tmp_path / "two", tmp_path / "one", early, late
