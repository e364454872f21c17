"""What an embedded write reads back, and how it writes a new event's pairs: an article the
planner looked up is not looked up again, the held eras of the write's windows are
one statement, and a pair of actors is one ``dyad`` row whether or not the statement that
writes them needs SQLite's DISTINCT."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from query.world import ARAGORN, FARAMIR, HALBARAD, IMRAHIL, world
from store.samples import event

from graphkit.model import Article, EventDate, Extraction
from graphkit.store import EmbeddedStore


def _traced(kg: EmbeddedStore) -> list[str]:
    statements: list[str] = []
    kg.conn.set_trace_callback(statements.append)
    return statements


def _talks(key: str, day: str, *roles: tuple) -> Extraction:
    article = Article(id=key, outlet="Vale Courier", published=date(2024, 5, 9),
                      title="Talks at Edoras", url=f"https://example.org/{key}",
                      text="Aragorn and Faramir held talks at Edoras on Tuesday.")
    return Extraction(article, (event(article, 0, "MEET", *roles,
                                      date_=EventDate(day, "day", "on Tuesday", "weekday")),))


def test_a_write_looks_each_new_article_up_once(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world()[:3])
    statements = _traced(kg)
    kg.write([_talks("t1-talks", "2024-05-07", (ARAGORN, "participant"),
                     (FARAMIR, "participant"))])
    kg.close()
    reads = [s for s in statements if s.startswith("SELECT") and "'t1-talks'" in s]
    assert len(reads) == 1  # (the planner's: the label check and the node write reuse it)


def test_the_held_eras_of_a_writes_windows_are_read_in_one_statement(tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write(world())
    statements = _traced(kg)
    kg.write([_talks("t2-talks", "2024-05-07", (ARAGORN, "participant"),
                     (FARAMIR, "participant"))])
    kg.close()
    assert sum("FROM report_span WHERE reach =" in s for s in statements) == 1


def _pairs(path: Path) -> list[tuple]:
    with sqlite3.connect(path / "graph.db") as conn:
        return sorted(conn.execute("SELECT actor_id, other_id, event_id FROM dyad"))


def test_each_pair_of_an_event_is_one_dyad_row_with_or_without_an_actor_in_two_roles(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    kg.write([_talks("t3-one-role", "2024-05-07", (ARAGORN, "participant"),
                     (FARAMIR, "participant"), (HALBARAD, "participant")),
              _talks("t4-two-roles", "2024-06-04", (IMRAHIL, "source"),
                     (IMRAHIL, "participant"), (FARAMIR, "participant"))])
    kg.close()
    pairs = _pairs(tmp_path)
    assert len(pairs) == len(set(pairs)) == 4  # (three pairs of three, one of two)


def test_pairs_of_events_whose_actors_hold_one_role_each_are_written_without_distinct(
        tmp_path: Path) -> None:
    kg = EmbeddedStore(tmp_path)
    statements = _traced(kg)
    kg.write([_talks("t5-one-role", "2024-05-07", (ARAGORN, "participant"),
                     (FARAMIR, "participant"))])
    kg.close()
    inserts = [s for s in statements if s.startswith("INSERT INTO dyad")]
    assert len(inserts) == 1 and "DISTINCT" not in inserts[0]
