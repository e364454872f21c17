"""`import` and `load` show progress as `ingest` does: a long run says it is alive."""

from __future__ import annotations

import json
import re
from pathlib import Path

import graphkit
from graphkit.progress import import_progress_line, ingest_progress

GDELT = Path(__file__).parent / "data" / "20240313181500.export.CSV"


def _progress(err: str) -> list[str]:
    return [line.split(" (")[0] for line in err.splitlines() if line.startswith("Progress:")]


def test_an_import_reports_the_checked_file_then_each_article_written(tmp_path, capsys) -> None:
    with graphkit.open(tmp_path / "kg") as kg, ingest_progress(
            every=0, line=import_progress_line) as on_progress:
        report = kg.import_events(GDELT, fmt="gdelt", batch_size=1, on_progress=on_progress)
    lines = _progress(capsys.readouterr().err)
    skipped = len(report.failures)
    assert lines[0] == (f"Progress: {report.rows} rows checked: 0 of {report.articles} articles "
                        f"written, 0 events read, {skipped} rows skipped")
    written = [int(re.search(r": (\d+) of", line).group(1)) for line in lines]
    assert written == sorted(written) and written[-1] == report.articles


def test_a_load_reports_the_articles_read_and_stored(tmp_path, capsys) -> None:
    events = tmp_path / "events.jsonl"
    rows = [json.dumps({"id": f"ev-{i}", "type": "STATEMENT", "date": f"2025-03-0{i}",
                        "article": {"id": f"a-{i}", "published": f"2025-03-0{i}",
                                    "url": f"https://example.test/{i}"},
                        "actors": [{"name": "Carvania", "kind": "country"}],
                        "modality": "asserted", "evidence": "x"})
            for i in (1, 2)]
    events.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with graphkit.open(tmp_path / "kg") as kg, ingest_progress(every=0) as on_progress:
        kg.load_events(events, on_progress=on_progress)
    assert _progress(capsys.readouterr().err) == [
        f"Progress: {n} articles read, {n} events, 0 articles stored, 0 failed" for n in (1, 2)]


def test_an_import_tells_the_time_left_from_the_articles_written(tmp_path, capsys) -> None:
    from itertools import count

    from graphkit.progress import import_written

    ticks = count(0, 20)  # a clock 20 s on at each look
    with graphkit.open(tmp_path / "kg") as kg, ingest_progress(
            every=0, line=import_progress_line, done_of=import_written,
            clock=lambda: float(next(ticks))) as on_progress:
        report = kg.import_events(GDELT, fmt="gdelt", batch_size=1, on_progress=on_progress)
    lines = _progress(capsys.readouterr().err)
    assert "left" not in lines[0]  # nothing written yet
    # the second look, at 40 s: one article of four written, three to go at 40 s each
    assert f"1 of {report.articles} articles written" in lines[1]
    assert lines[1].endswith("about 0:02:00 left") and report.articles == 4
