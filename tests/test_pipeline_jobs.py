"""Extraction on several cores gives exactly what one process gives, errors in their place."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import GraphkitError
from graphkit.model import Article, Extraction
from graphkit.parallel import CHUNK, extract_in_workers
from graphkit.pipeline import default_extractor, extract_paths, ingest
from graphkit.store import EmbeddedStore

PEOPLE = [("Arwen Telcontar", "Gondor"), ("Elrond Peredhel", "Rivendell"),
          ("Theoden Eorling", "Rohan"), ("Denethor Hurin", "Gondor")]


def _articles(folder: Path, n: int) -> list[Path]:
    """``n`` short invented wire stories (more than one worker chunk), and one empty file."""
    paths = []
    for i in range(n):
        (a, a_home), (b, b_home) = PEOPLE[i % 4], PEOPLE[(i + 1) % 4]
        path = folder / f"{i:03d}.txt"
        path.write_text(
            f"TITLE: Talks {i}\nPUBLISHED: 2024-03-{1 + i % 28:02d}\n\n"
            f"{a} spoke by telephone with {b} on Monday, officials in {a_home} said. "
            f"{b} met {a} in {b_home} on Tuesday for talks on river trade.\n",
            encoding="utf-8")
        paths.append(path)
        if i == n // 2:
            (folder / f"{i:03d}-empty.txt").write_text("", encoding="utf-8")
    return paths


def _rows(items: list[Extraction | GraphkitError]) -> list[object]:
    return [([e.to_contract(x.article) for e in x.events] if isinstance(x, Extraction)
             else f"{type(x).__name__}: {x}") for x in items]


@pytest.fixture(scope="module")
def extractor():
    return default_extractor()


def test_several_jobs_extract_exactly_what_one_does(tmp_path: Path, extractor) -> None:
    _articles(tmp_path, 40)
    one = list(extract_paths([tmp_path], extractor=extractor, jobs=1))
    two = list(extract_paths([tmp_path], extractor=extractor, jobs=2))
    assert _rows(two) == _rows(one)
    assert sum(not isinstance(x, Extraction) for x in one) == 1  # the empty file, in place
    assert any(isinstance(x, Extraction) and x.events for x in one)


def test_ingest_with_several_jobs_builds_the_same_graph(tmp_path: Path, extractor) -> None:
    (tmp_path / "in").mkdir()
    _articles(tmp_path / "in", 40)
    graphs = []
    for jobs in (1, 2):
        with EmbeddedStore(tmp_path / f"kg{jobs}") as store:
            report = ingest([tmp_path / "in"], store, extractor=extractor, jobs=jobs)
            assert report.articles == 40 and len(report.failures) == 1
            assert report.new_events == store.counts()["Event"] > 0
            graphs.append(store.to_networkx())
    assert sorted(graphs[0].nodes(data=True)) == sorted(graphs[1].nodes(data=True))
    assert sorted(graphs[0].edges(keys=True, data=True)) == sorted(
        graphs[1].edges(keys=True, data=True))


def test_workers_share_what_is_prepared_before_they_fork() -> None:
    prepared: list[int] = []

    def work(articles: list[Article]) -> list[Extraction | GraphkitError]:
        # (each worker sees what the parent prepared before forking)
        return [GraphkitError(f"{a.id}:{len(prepared)}") for a in articles]

    articles = [Article(id=f"a{i}", title="", text="Minas Tirith.") for i in range(CHUNK * 3)]
    out = list(extract_in_workers(articles, work, 2, prepare=lambda: prepared.append(1)))
    assert prepared == [1]
    assert [str(x) for x in out] == [f"a{i}:1" for i in range(CHUNK * 3)]
    prepared.clear()
    list(extract_in_workers(articles[:1], work, 2, prepare=lambda: prepared.append(1)))
    assert prepared == []  # one chunk: no workers, nothing to share
