"""Hostile and unlucky inputs: each is one clear LoadError (or a cleaned article), and the
good articles of the same batch always load."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from graphkit.errors import LoadError
from graphkit.limits import Limits
from graphkit.load import iter_articles
from graphkit.load.aggregator import RelativeAge
from graphkit.load.guard import guard_article, split_long_runs
from graphkit.model import Article, EventDate

GOOD = "Queen Elowen of Arnor spoke with King Thalion of Gondor by telephone on Tuesday."


def _load(paths: list[str | Path], **options: object) -> tuple[list[Article], list[LoadError]]:
    items = list(iter_articles(paths, **options))  # type: ignore[arg-type]
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, LoadError)])


def _folder_with_good_articles(tmp_path: Path, n: int = 3) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(n):
        (folder / f"good{i}.txt").write_text(f"{GOOD} Round {i} of talks.", encoding="utf-8")
    return folder


def test_file_name_that_is_not_utf8_loads_with_a_printable_source(tmp_path: Path) -> None:
    folder = _folder_with_good_articles(tmp_path)
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(GOOD.encode())

    articles, errors = _load([folder])

    assert not errors
    assert len(articles) == 4
    odd = next(a for a in articles if "caf" in a.source)
    assert odd.source.endswith("caf\\xe9.txt")
    odd.source.encode("utf-8")  # storable


@pytest.mark.parametrize("field", ["id", "title", "outlet", "url", "text"])
def test_lone_surrogate_in_a_json_record_is_replaced(tmp_path: Path, field: str) -> None:
    record = {"id": "r1", "title": "Talks", "text": GOOD}
    record[field] = (record.get(field) or "x") + "\ud800"
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({"text": GOOD}) + "\n", encoding="utf-8")

    articles, errors = _load([path])

    assert not errors and len(articles) == 2
    for article in articles:
        for name in ("id", "title", "outlet", "url", "text", "source"):
            value = getattr(article, name)
            if value is not None:
                value.encode("utf-8")


@pytest.mark.parametrize("name", ["deep.jsonl", "deep.json", "deep.txt"])
def test_deeply_nested_json_is_one_error(tmp_path: Path, name: str) -> None:
    folder = _folder_with_good_articles(tmp_path)
    (folder / name).write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")

    articles, errors = _load([folder])

    assert len(articles) == 3
    [error] = errors
    assert "nested" in error.reason


def test_huge_integer_in_json_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": ' + "9" * 5000 + ', "text": "x"}\n' + json.dumps({"text": GOOD}) + "\n",
                    encoding="utf-8")

    articles, errors = _load([path])

    assert len(articles) == 1
    [error] = errors
    assert "line 1" in error.reason and "integer" in error.reason


def test_symlink_loop_is_one_error(tmp_path: Path) -> None:
    folder = _folder_with_good_articles(tmp_path)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")

    articles, errors = _load([folder])

    assert len(articles) == 3
    [error] = errors
    assert "loops" in error.reason


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    articles, errors = _load([fifo, _folder_with_good_articles(tmp_path)])

    assert len(articles) == 3
    [error] = errors
    assert "FIFO" in error.reason


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_device_is_refused() -> None:
    _, [error] = _load(["/dev/zero"])

    assert "device" in error.reason


def test_trailing_slash_on_a_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")

    articles, [error] = _load([f"{tmp_path / 'a.txt'}/"])

    assert not articles
    assert "not a directory" in error.reason


@pytest.mark.parametrize("content", [b"a", b"ab", b"{}", b"[]", b"12345 678", b"-- -- --"])
def test_text_file_that_cannot_be_an_article_is_refused(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(content)

    articles, errors = _load([tmp_path / "a.txt"])

    assert not articles
    assert len(errors) == 1


def test_json_array_in_a_text_file_is_read_as_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(json.dumps([{"title": "Talks", "text": GOOD}]), encoding="utf-8")

    [article], errors = _load([tmp_path / "a.txt"])

    assert not errors and article.title == "Talks"


def test_control_characters_in_text_become_spaces(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks\x01in\x1fArnor.\x1e " + GOOD, encoding="utf-8")

    [article], _ = _load([tmp_path / "a.txt"])

    assert "Talks in Arnor." in article.text


def test_article_over_the_size_limit_is_refused_naming_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHKIT_MAX_ARTICLE_CHARS", "200")
    (tmp_path / "big.txt").write_text(GOOD * 10, encoding="utf-8")
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")

    articles, [error] = _load([tmp_path])

    assert len(articles) == 1
    assert "max_article_chars" in error.reason


def test_long_run_without_spaces_is_split_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    article = Article(id="a", text=GOOD + " " + "[" * 1000, source="a.txt")

    guarded = guard_article(article, Limits(max_token_chars=100))

    assert max(len(word) for word in guarded.text.split()) == 100
    assert guarded.text.replace(" ", "") == article.text.replace(" ", "")
    assert "max_token_chars" in caplog.text


def test_text_without_long_runs_is_left_as_it_is() -> None:
    assert split_long_runs(GOOD, 20) is GOOD


@pytest.mark.parametrize("age", [RelativeAge(99_999, "years"), RelativeAge(10**30, "hours"),
                                 RelativeAge(3, "days")])
def test_age_before_the_calendar_resolves_to_nothing(age: RelativeAge) -> None:
    assert age.resolve(date(1, 1, 2)) is None or age == RelativeAge(3, "days")
    assert age.resolve(date(1, 1, 1)) is None


def test_absurd_relative_publication_date_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": GOOD, "published": "99999 years ago"}) + "\n"
                    + json.dumps({"text": GOOD + " Again."}) + "\n", encoding="utf-8")

    articles, [error] = _load([path], as_of=date(2025, 7, 2))

    assert len(articles) == 1
    assert "not a date" in error.reason


def test_month_date_in_the_last_month_of_the_calendar_has_an_end() -> None:
    assert EventDate("9999-12", "month").end == "9999-12-31"
    assert EventDate("2024-02", "month").end == "2024-02-29"


def test_error_never_echoes_a_huge_value(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"text": GOOD, "published": "x" * 100_000}) + "\n", encoding="utf-8")

    _, [error] = _load([path])

    assert len(str(error)) < 400
