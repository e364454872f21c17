"""Nothing is lost (reduced form of ``bench/durability.py``): re-ingesting, kill -9 of
graphkit mid-ingest and two writers at once all leave the graph a clean run gives, compared
with the canonical dump on both stores.

Writers that must be real processes (the one killed, the concurrent ones) run
``graphkit ingest``; the rest runs in-process with one shared extractor, to stay quick."""

from __future__ import annotations

import os
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


def _made(store_env: dict[str, str]) -> bool:
    """Whether the store exists: a Neo4j database always does, an embedded store once
    written."""
    return bool(store_env["NEO4J_URI"]) or (Path(store_env["GRAPHKIT_STORE"]) / "graph.db").exists()


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
    if _made(store_env):  # (an ingest killed before its first write made no store to read)
        dump(store_env)  # the store opens and reads after the kill
    ingest(corpus, store, extractor=extractor)

    assert _dump(store) == clean_dump, diff_lines(_dump(store), clean_dump)


def test_two_writers_at_once_lose_nothing(corpus: list[Path], clean_dump: str,
                                          tmp_path: Path) -> None:
    env = {"GRAPHKIT_STORE": str(tmp_path / "kg"), "NEO4J_URI": ""}
    concurrent_ingest([corpus[::2], corpus[1::2]], env)

    assert dump(env) == clean_dump, diff_lines(dump(env), clean_dump)


def test_a_batch_with_bad_items_stores_every_good_one(tmp_path: Path, extractor: Extractor,
                                                      store: Store) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(3):
        (folder / f"good{i}.txt").write_text(
            f"TITLE: Arnor and Gondor talk ({i})\nPUBLISHED: 2025-03-04\n\n"
            f"Queen Elowen of Arnor spoke with King Thalion of Gondor on Monday, round {i}.\n",
            encoding="utf-8")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:  # a name that is not UTF-8
        handle.write(b"TITLE: Rohan and Gondor talk\n\nKing Theoden of Rohan met King Thalion.\n")
    (folder / "feed.jsonl").write_text(  # a lone surrogate in one title, by JSON escape
        '{"id": "s1", "title": "Talks \\ud800 in Dale", "text": "The King of Dale met Queen Elowen."}\n'
        '{"id": "s2", "title": "Nested", "text": ' + "[" * 5000 + "]" * 5000 + "}\n",
        encoding="utf-8")
    (folder / "noise.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "deep.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")

    report = ingest([folder], store, extractor=extractor)

    titles = {data.get("title") for _, data in store.to_networkx().nodes(data=True)}
    assert {f"Arnor and Gondor talk ({i})" for i in range(3)} <= titles
    assert {"Rohan and Gondor talk", "Talks \ufffd in Dale"} <= titles
    assert len(report.failures) >= 3  # the bad JSON line, the binary file, the deep JSON
