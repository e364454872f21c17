"""A long ingest tells the time left at the pace so far, once that pace means something."""

from __future__ import annotations

from itertools import count

import graphkit
from graphkit.progress import ESTIMATE_AFTER, ingest_progress


def _story(i: int) -> str:
    return (f"PUBLISHED: 2025-03-0{i}\n\nPresident Arlen Voss of Chile met Foreign Minister "
            f"Ilse Marrow of Peru in Lorvik on Monday, talk number {i}.\n")


def test_the_log_line_tells_the_time_left_from_the_files_done(tmp_path, capsys) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for i in (1, 2, 3, 4):
        (news / f"n{i}.txt").write_text(_story(i), encoding="utf-8")
    ticks = count(0, 20)  # a clock 20 s on at each look
    with graphkit.open(tmp_path / "kg") as kg, ingest_progress(
            every=0, files=4, clock=lambda: float(next(ticks))) as on_progress:
        kg.ingest([str(news)], on_progress=on_progress, jobs=1)
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("Progress:")]
    assert lines[0].startswith("Progress: 1 of 4 files:") and "left" not in lines[0]  # none done
    assert lines[1].startswith("Progress: 2 of 4 files:")
    assert "about 0:02:00 left" in lines[1]  # one file done in 40 s, three to go


def test_no_time_left_is_guessed_in_the_first_seconds(tmp_path, capsys) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "n1.txt").write_text(_story(1), encoding="utf-8")
    with graphkit.open(tmp_path / "kg") as kg, ingest_progress(
            every=0, files=2, clock=lambda: ESTIMATE_AFTER / 2) as on_progress:
        kg.ingest([str(news)], on_progress=on_progress, jobs=1)
    assert "left" not in capsys.readouterr().err
