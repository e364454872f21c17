"""JSON Lines and JSON records: fields, ids, and one error per bad record."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graphkit.errors import LoadError
from graphkit.load import load_file, load_json, load_jsonl
from graphkit.model import Article

AS_OF = date(2025, 7, 2)
RECORD = {
    "id": "rt-1", "url": "https://example.org/a", "title": "Putin and Macron talk",
    "outlet": "Russia Today", "published": "2025-07-01",
    "text": "Putin spoke with Macron by telephone on Tuesday.",
}


def _write_lines(path: Path, *lines: object) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line)
                              for line in lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_record_fills_every_field(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "news.jsonl", RECORD)

    [article] = load_jsonl(path, AS_OF)

    assert article == Article(id="rt-1", text=RECORD["text"], title="Putin and Macron talk",
                              outlet="Russia Today", url="https://example.org/a",
                              published=date(2025, 7, 1), source=f"{path}#1")


def test_jsonl_integer_id_is_stringified(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "news.jsonl", {"id": 42, "text": "They met."})

    [article] = load_jsonl(path)

    assert article.id == "42"


def test_jsonl_record_without_id_gets_a_content_id(tmp_path: Path) -> None:
    record = {"url": "https://example.org/b", "text": "They met."}
    path = _write_lines(tmp_path / "news.jsonl", record)

    [article] = load_jsonl(path)

    assert article.id == Article.make_id("https://example.org/b", None, "They met.")


def test_jsonl_record_without_published_gets_as_of(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "news.jsonl", {"text": "They met."})

    [article] = load_jsonl(path, AS_OF)

    assert article.published == AS_OF


def test_jsonl_blank_lines_are_skipped_and_sources_keep_line_numbers(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "news.jsonl", {"text": "One."}, "", "   ", {"text": "Two."})

    articles = list(load_jsonl(path))

    assert [a.source for a in articles] == [f"{path}#1", f"{path}#4"]


@pytest.mark.parametrize(("bad_line", "reason"), [
    ('{"text": "unterminated', "not valid JSON"),
    ('["a", "list"]', "record is an array, not an object"),
    ({"title": "No text"}, 'record has no "text"'),
    ({"text": "   "}, 'empty "text"'),
    ({"text": 12}, '"text" must be a string, not a number'),
    ({"text": "They met.", "title": ["a"]}, '"title" must be a string, not an array'),
    ({"text": "They met.", "id": True}, '"id" must be a string or an integer'),
    ({"text": "They met.", "published": "someday"}, "'someday' is not a date"),
])
def test_malformed_jsonl_line_is_an_error_naming_file_and_line_and_others_still_load(
        tmp_path: Path, bad_line: object, reason: str) -> None:
    path = _write_lines(tmp_path / "news.jsonl", {"text": "First."}, bad_line, {"text": "Third."})

    items = list(load_jsonl(path))

    assert [type(item) for item in items] == [Article, LoadError, Article]
    error = items[1]
    assert error.source == str(path)
    assert error.reason.startswith("line 2: ")
    assert reason in error.reason
    assert [a.text for a in items if isinstance(a, Article)] == ["First.", "Third."]


def test_jsonl_extra_fields_are_ignored(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "news.jsonl", {**RECORD, "author": "Jane Doe", "lang": "en"})

    [article] = load_jsonl(path)

    assert article.id == "rt-1"


def test_json_file_with_an_array_loads_each_record(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text(json.dumps([RECORD, {"text": "They met."}]), encoding="utf-8")

    articles = list(load_json(path))

    assert [a.source for a in articles] == [f"{path}#1", f"{path}#2"]


def test_json_file_with_one_record_is_one_article_sourced_by_path(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps(RECORD), encoding="utf-8")

    [article] = load_file(path)

    assert (article.id, article.source) == ("rt-1", str(path))


def test_invalid_json_file_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "news.json"
    path.write_text('{"text": ', encoding="utf-8")

    [error] = load_file(path)

    assert isinstance(error, LoadError)
    assert "not valid JSON" in error.reason
