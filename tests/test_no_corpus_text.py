"""The shared corpus is read where it lies; its wording never enters the project.

Any run of ``WINDOW`` words of a corpus article found in a project file (code, tests, schema,
docs, bench) fails here with the file and the words, so a test or a comment that quotes a
measured article is caught before it lands. Short runs are allowed: news English repeats
phrases such as "for the first time in three years" on its own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"
WINDOW = 10
PROJECT_PARTS = ("graphkit", "tests", "schema", "queries", "bench", "examples", "scripts", "docs", "training",
                 "README.md")
_WORD = re.compile(r"[a-z']+")


def _windows(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


def _project_files() -> list[Path]:
    files: list[Path] = []
    for part in PROJECT_PARTS:
        path = PROJECT_ROOT / part
        files.extend([path] if path.is_file() else
                     (f for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts))
    return files


def test_no_run_of_corpus_words_appears_in_the_project() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    corpus_windows: set[str] = set()
    for article in CORPUS.rglob("*.txt"):
        corpus_windows |= _windows(article.read_text(encoding="utf-8", errors="replace"))
    quoted = {}
    for path in _project_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary files (weights) hold no prose
        found = _windows(text) & corpus_windows
        if found:
            quoted[str(path.relative_to(PROJECT_ROOT))] = sorted(found)[:2]
    assert not quoted, f"corpus wording in the project: {quoted}"
