"""The embedded store's write takes a new event's derived rows (participation, report
spans, first article) from the write itself: they equal what reading them back gives."""

from __future__ import annotations

import random
from pathlib import Path

from store.samples import more_news, news

from graphkit.model import Extraction
from graphkit.resolve import ActorResolver
from graphkit.store import EmbeddedStore, tables

DERIVED = {"participation": "SELECT * FROM participation",
           "dyad": "SELECT * FROM dyad",
           "report_span": "SELECT * FROM report_span",
           "first_article": "SELECT id, first_article FROM node WHERE label = 'Event'"}


def _derived(store: EmbeddedStore) -> dict[str, list[tuple]]:
    return {name: sorted(store.conn.execute(sql)) for name, sql in DERIVED.items()}


def _shuffled_writes(tmp_path: Path, items: list[Extraction], seed: int) -> EmbeddedStore:
    resolver = ActorResolver()
    resolved = [resolver.resolve(x) for x in items]
    random.Random(seed).shuffle(resolved)
    store = EmbeddedStore(tmp_path / f"store-{seed}")
    for i in range(0, len(resolved), 7):
        store.write(resolved[i:i + 7])
    return store


def test_derived_rows_equal_those_read_back(tmp_path: Path) -> None:
    for seed in (1, 2, 3):
        store = _shuffled_writes(tmp_path, [*news(), *more_news(40)], seed)
        written = _derived(store)
        assert written["participation"] and written["report_span"]
        events = tables.all_event_ids(store.conn)
        # every event's rows again, read back from the tables: nothing changes
        tables.refresh_participation(store.conn, events)
        tables.refresh_report_spans(store.conn, events)
        tables.refresh_first_articles(store.conn, None)
        assert _derived(store) == written
        store.close()


def test_first_article_is_the_earliest_published_then_undated_then_by_id() -> None:
    published = {"b": "2024-01-02", "a": "2024-01-02", "c": "2023-12-31", "u": None,
                 "v": None}
    assert tables.first_article(["a", "b", "c", "u"], published) == "c"
    assert tables.first_article(["b", "a"], published) == "a"
    assert tables.first_article(["v", "u"], published) == "u"
    assert tables.first_article(["v", "b"], published) == "b"
    assert tables.first_article(["missing"], published) is None
