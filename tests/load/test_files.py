"""Bad inputs: each gets a LoadError that names the problem and, where there is one, the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.errors import LoadError
from graphkit.load import find_article_files, iter_articles, read_file

TEXT = "Putin spoke with Macron by telephone on Tuesday, the Kremlin said."


def _only_error(paths: list[str | Path], **options: object) -> LoadError:
    [item] = iter_articles(paths, **options)  # type: ignore[arg-type]
    assert isinstance(item, LoadError)
    return item


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    error = _only_error([tmp_path / "nope.txt"])

    assert error.source == str(tmp_path / "nope.txt")
    assert error.reason == "no such file or directory"


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")

    assert "empty" in _only_error([tmp_path / "a.txt"]).reason


def test_whitespace_only_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" \n\t\r\n  \n", encoding="utf-8")

    assert "only whitespace" in _only_error([tmp_path / "a.txt"]).reason


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),   # NUL bytes
    bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"some text",  # control characters
])
def test_binary_file_is_an_error(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(data)

    assert "binary" in _only_error([tmp_path / "a.txt"]).reason


def test_invalid_utf8_is_an_error_suggesting_an_encoding(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Café talks in Paris.".encode("latin-1"))

    error = _only_error([tmp_path / "a.txt"])

    assert "not valid UTF-8" in error.reason
    assert "--encoding latin-1" in error.reason


def test_encoding_given_decodes_with_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Café talks in Paris.".encode("latin-1"))

    [article] = iter_articles([tmp_path / "a.txt"], encoding="latin-1")

    assert article.text == "Café talks in Paris."


def test_unknown_encoding_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")

    assert "unknown encoding 'klingon'" in _only_error([tmp_path / "a.txt"],
                                                        encoding="klingon").reason


def test_utf16_with_byte_order_mark_is_read_without_encoding(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-16")

    [article] = iter_articles([tmp_path / "a.txt"])

    assert article.text == TEXT


def test_file_over_max_bytes_is_an_error_giving_size_and_limit(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    size = len(TEXT.encode("utf-8"))

    error = _only_error([tmp_path / "a.txt"], max_bytes=20)

    assert f"is {size:,} bytes" in error.reason
    assert "limit of 20 bytes" in error.reason


def test_directory_with_no_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")

    error = _only_error([tmp_path])

    assert error.source == str(tmp_path)
    assert "holds no article files" in error.reason


def test_read_file_raises_for_a_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="is a directory"):
        read_file(tmp_path)


def test_directory_search_is_recursive_sorted_and_skips_hidden_gold_and_other_files(
        tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.jsonl", "a/y.HTML", "c.htm", "d.json", ".hidden.txt",
                 ".git/e.txt", "x.gold.json", "notes.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(TEXT, encoding="utf-8")

    found = find_article_files(tmp_path)

    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a/y.HTML", "a/z.jsonl", "b.txt", "c.htm", "d.json"]
