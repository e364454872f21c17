"""Nothing is lost (reduced form of ``bench/durability.py``): re-ingesting, kill -9 of
graphkit mid-ingest and two writers at once all leave the graph a clean run gives, compared
with the canonical dump on both stores.

Writers that must be real processes (the one killed, the concurrent ones) run
``graphkit ingest``; the rest runs in-process with one shared extractor, to stay quick."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graphkit.export.dump import generate_dump
from graphkit.extract import Extractor
from graphkit.pipeline import ingest
from graphkit.store import EmbeddedStore, Store

from .checks import concurrent_ingest, diff_lines, dump, kill_mid_ingest, write_corpus

N_ARTICLES = 24


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_corpus(tmp_path_factory.mktemp("corpus"), N_ARTICLES)


def _dump(store: Store) -> str:
    return "".join(line + "\n" for line in generate_dump(store.to_networkx()))


@pytest.fixture(scope="module")
def clean_dump(corpus: list[Path], extractor: Extractor,
               tmp_path_factory: pytest.TempPathFactory) -> str:
    with EmbeddedStore(tmp_path_factory.mktemp("clean") / "kg") as store:
        assert ingest(corpus, store, extractor=extractor).ok
        return _dump(store)


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store_env(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, str]:
    if request.param == "embedded":
        return {"GRAPHKIT_STORE": str(tmp_path / "kg"), "NEO4J_URI": ""}
    credentials: dict[str, str] = request.getfixturevalue("neo4j_credentials")
    request.getfixturevalue("neo4j_clean")
    return {"NEO4J_URI": credentials["uri"], "NEO4J_USERNAME": credentials["user"],
            "NEO4J_PASSWORD": credentials["password"]}


@pytest.fixture
def store(store_env: dict[str, str]) -> Iterator[Store]:
    from graphkit.store import open_store

    if not store_env["NEO4J_URI"]:  # (open_store would follow $NEO4J_URI, set by scripts/test)
        with EmbeddedStore(store_env["GRAPHKIT_STORE"]) as embedded:
            yield embedded
        return
    with open_store(neo4j_uri=store_env["NEO4J_URI"], user=store_env.get("NEO4J_USERNAME"),
                    password=store_env.get("NEO4J_PASSWORD")) as opened:
        yield opened


def test_both_stores_dump_the_clean_graph_and_reingesting_changes_nothing(
        corpus: list[Path], clean_dump: str, extractor: Extractor, store: Store) -> None:
    ingest(corpus, store, extractor=extractor)
    first = _dump(store)
    ingest(corpus, store, extractor=extractor)

    assert _dump(store) == first
    assert first == clean_dump, diff_lines(first, clean_dump)


def test_kill_9_mid_ingest_then_reingest_gives_the_clean_graph(
        corpus: list[Path], clean_dump: str, extractor: Extractor, store_env: dict[str, str],
        store: Store) -> None:
    kill_mid_ingest(corpus, store_env, after=4.0)
    dump(store_env)  # the store opens and reads after the kill
    ingest(corpus, store, extractor=extractor)

    assert _dump(store) == clean_dump, diff_lines(_dump(store), clean_dump)


def test_two_writers_at_once_lose_nothing(corpus: list[Path], clean_dump: str,
                                          tmp_path: Path) -> None:
    env = {"GRAPHKIT_STORE": str(tmp_path / "kg"), "NEO4J_URI": ""}
    concurrent_ingest([corpus[::2], corpus[1::2]], env)

    assert dump(env) == clean_dump, diff_lines(dump(env), clean_dump)
