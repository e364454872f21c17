"""Loading batches: mixed formats, bad files among good ones, stdin, the dev corpus."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from graphkit.errors import LoadError
from graphkit.load import iter_articles
from graphkit.model import Article

AS_OF = date(2025, 7, 2)
TEXT = "Putin spoke with Macron by telephone on Tuesday, the Kremlin said."


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_batch_with_one_bad_file_still_yields_the_good_ones_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"TITLE: First\n\n{TEXT}", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": 3, "text": TEXT}), encoding="utf-8")

    items = list(iter_articles([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "missing.txt",
                                tmp_path / "c.jsonl"], AS_OF))

    assert [type(item) for item in items] == [Article, LoadError, LoadError, Article]
    assert (items[0].title, items[3].id) == ("First", "3")
    assert [item.source for item in items[1:3]] == [str(tmp_path / "b.txt"),
                                                    str(tmp_path / "missing.txt")]


def test_directory_yields_every_format_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(
        "\n".join(json.dumps({"id": n, "text": TEXT}) for n in (1, 2)), encoding="utf-8")

    sources = [item.source for item in iter_articles([tmp_path], AS_OF)]

    assert sources == [f"{tmp_path / 'a.jsonl'}#1", f"{tmp_path / 'a.jsonl'}#2",
                       str(tmp_path / "b.txt")]


def test_a_file_named_twice_is_loaded_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    items = list(iter_articles([tmp_path / "a.txt", tmp_path, str(tmp_path / "a.txt")]))

    assert len(items) == 1


def test_a_single_path_is_accepted_as_well_as_a_list(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    assert len(list(iter_articles(str(tmp_path / "a.txt")))) == 1  # type: ignore[arg-type]


def test_as_of_is_published_of_articles_without_a_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    [article] = iter_articles([tmp_path / "a.txt"], AS_OF)

    assert article.published == AS_OF


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, f"TITLE: From a pipe\n\n{TEXT}".encode())

    [article] = iter_articles(["-"], AS_OF)

    assert (article.title, article.text, article.source) == ("From a pipe", TEXT, "<stdin>")


def test_stdin_json_lines_are_recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = "\n".join(json.dumps({"id": n, "text": TEXT}) for n in (1, 2))
    _stdin(monkeypatch, lines.encode())

    assert [a.source for a in iter_articles(["-"])] == ["<stdin>#1", "<stdin>#2"]


def test_empty_stdin_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"")

    [error] = iter_articles(["-"])

    assert isinstance(error, LoadError)
    assert error.source == "<stdin>"


def test_stdin_over_max_bytes_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, TEXT.encode())

    [error] = iter_articles(["-"], max_bytes=10)

    assert isinstance(error, LoadError)
    assert "limit of 10 bytes" in error.reason


@pytest.mark.corpus
def test_dev_corpus_loads_every_gold_article(shared_corpus: Path) -> None:
    for gold_path in sorted(shared_corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items = list(iter_articles([shared_corpus / gold["file"]],
                                   date.fromisoformat(gold["as_of"])))

        assert [(a.title, a.outlet, a.published.isoformat()) for a in items] == [
            (g["title"], g["outlet"], g["published"]) for g in gold["articles"]], gold["file"]


@pytest.mark.corpus
def test_dev_corpus_directory_loads_without_errors(shared_corpus: Path) -> None:
    items = list(iter_articles([shared_corpus], AS_OF))

    assert not [item for item in items if isinstance(item, LoadError)]
    assert len({item.id for item in items}) == len(items)
