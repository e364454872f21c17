"""Invented articles written to a folder, as a user's news folder for the CLI tests."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def write_news(folder: Path, articles: Mapping[str, str]) -> Path:
    """Write each ``{file name: text}`` of ``articles`` into ``folder`` (made here) and
    return the folder."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
