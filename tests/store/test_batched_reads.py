"""A write's many small reads batched into few statements: the same answers as one each."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from graphkit.resolve import ActorResolver
from graphkit.store import EmbeddedStore, tables
from graphkit.store.components import dated_query

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from world import extractions  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedStore:
    resolver = ActorResolver()
    built = [resolver.resolve(x) for x in extractions(3000)]
    kg = EmbeddedStore(tmp_path_factory.mktemp("batched") / "kg")
    for start in range(0, len(built), 500):
        kg.write(built[start:start + 500])
    return kg


def _families(kg: EmbeddedStore) -> list[tuple[str, str]]:
    return kg.conn.execute("SELECT DISTINCT resolution_key, modality FROM node WHERE "
                           "resolution_key IS NOT NULL ORDER BY 1, 2").fetchall()


def test_counts_of_many_periods_in_one_call_equal_one_count_each(store: EmbeddedStore) -> None:
    # months (one precision) and years (two), more than one statement holds, and periods
    # nothing starts in
    periods = [(family, modality, value) for family, modality in _families(store)
               for value in ("2023-03", "2024-11", "2024", "1999")]
    queries = [dated_query(p) for p in periods]
    assert len(queries) > tables.CHUNK // 6
    expected = [tables.count_dated(store.conn, *q) for q in queries]
    assert any(expected) and not all(expected)
    assert tables.count_dated_many(store.conn, queries) == expected
    assert tables.count_dated_many(store.conn, []) == []


def test_events_of_many_windows_are_those_of_each_window_once(store: EmbeddedStore) -> None:
    windows = [(family, first, last) for (family, _) in _families(store)
               for first, last in (("2023-01-01", "2023-02-15"), ("2024-06-01", "2024-06-01"))]
    assert len(windows) * 4 > tables.CHUNK // 5  # (more ranges than one statement binds)
    expected = {i for window in windows for i in tables.events_with_reports_within(
        store.conn, [window])}
    found = tables.events_with_reports_within(store.conn, windows)
    assert expected and len(found) == len(set(found)) and set(found) == expected
