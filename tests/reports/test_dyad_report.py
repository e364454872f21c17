"""The dyad report and the timeline in every format, each produced and parsed or opened;
the report is the same from both stores; the CLI writes them."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import matplotlib.image
import pytest
from click.testing import CliRunner
from query.analyst_samples import analyst_news

from graphkit.api import KnowledgeGraph
from graphkit.cli import main
from graphkit.query import timeline
from graphkit.reports import FORMATS, DyadReport, render_dyad, render_timeline
from graphkit.store import EmbeddedStore, Store

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = EmbeddedStore(tmp_path / "kg")
    opened.write(analyst_news())
    yield opened
    opened.close()


@pytest.fixture
def report(store: Store) -> DyadReport:
    return KnowledgeGraph(store).report("Russia", "France")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, Any]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _html_tags(page: str) -> list[tuple[str, dict[str, Any]]]:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser.tags


def _png_shape(data: bytes) -> tuple[int, ...]:
    assert data.startswith(PNG_MAGIC)
    return matplotlib.image.imread(io.BytesIO(data), format="png").shape


def test_report_has_contacts_with_gaps_silences_statements_and_sources(
        report: DyadReport) -> None:
    assert report.a.country == "RUS" and report.b.country == "FRA"
    assert [(c["date"], c["gap_days"]) for c in report.contacts] == [
        ("2022-09-11", None), ("2025-06", 994), ("2025-07-01", 30), (None, None)]
    assert [(s["start"], s["end"], s["days"]) for s in report.silences] == [
        ("2022-09-11", "2025-06-01", 994)]
    assert sorted(s["type"] for s in report.statements) == ["ACCUSE", "STATEMENT"]  # same day
    assert [s["id"] for s in report.sources] == ["f2-2025-resumed", "f3-ministers",
                                                 "f1-2022-call"]
    overview = report.overview()
    assert (overview["contacts"], overview["latest_contact"]) == (3, "2025-07-01")


@pytest.mark.neo4j
def test_report_is_the_same_from_neo4j(report: DyadReport, request: pytest.FixtureRequest) -> None:
    from graphkit.store.neo4j import Neo4jStore

    creds: dict[str, Any] = request.getfixturevalue("neo4j_credentials")
    request.getfixturevalue("neo4j_clean")
    with Neo4jStore(creds["uri"], creds["user"], creds["password"]) as neo4j:
        neo4j.write(analyst_news())
        assert KnowledgeGraph(neo4j).report("Russia", "France").as_dict() == report.as_dict()


def test_text_report_names_the_sides_and_its_sections(report: DyadReport) -> None:
    text = render_dyad(report, "text")
    for expected in ("Russia (RUS) and France (FRA)", "Contact history", "By year",
                     "Latest statements", "Sources", "994"):
        assert expected in text


def test_markdown_report_has_a_table_per_section(report: DyadReport) -> None:
    text = render_dyad(report, "markdown")
    assert text.startswith("# Russia (RUS) and France (FRA)")
    assert text.count("\n## ") == 4 and "| date | type | modality | gap (days) |" in text


def test_json_report_loads(report: DyadReport) -> None:
    data = json.loads(render_dyad(report, "json"))
    assert data["a"]["ids"] == list(report.a.ids)
    assert data["overview"]["longest_silence"]["days"] == 994
    assert len(data["events"]) == len(report.events) == 7


def test_csv_report_has_one_row_per_event(report: DyadReport) -> None:
    rows = list(csv.DictReader(io.StringIO(render_dyad(report, "csv"))))
    assert len(rows) == len(report.events)
    assert rows[0]["article_title"] == "Macron calls Putin" and rows[0]["quad_class"] == (
        "verbal cooperation")
    assert rows[-1]["date"] == "" and rows[-1]["modality"] == "planned"


def test_png_report_decodes(report: DyadReport) -> None:
    height, width, _ = _png_shape(render_dyad(report, "png"))
    assert width > height > 100


def test_svg_report_parses(report: DyadReport) -> None:
    root = ET.fromstring(render_dyad(report, "svg"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "994 days" in "".join(root.itertext())


def test_html_report_is_one_self_contained_page(report: DyadReport) -> None:
    page = render_dyad(report, "html")
    tags = _html_tags(page)
    names = [t for t, _ in tags]
    assert names[0] == "html" and "svg" in names and names.count("table") == 4
    assert not {"script", "link", "img", "iframe"} & set(names)  # nothing loaded from outside
    assert all("src" not in attrs for _, attrs in tags)
    hrefs = [attrs["href"] for tag, attrs in tags if tag == "a"]
    assert "https://example.fr/f2" in hrefs


def test_html_report_escapes_text(tmp_path: Path) -> None:
    from dataclasses import replace

    news = analyst_news()
    f1 = news[-3]
    hostile = replace(f1, article=replace(f1.article, title="<script>alert(1)</script>"))
    with EmbeddedStore(tmp_path / "x") as store:
        store.write([*news[:-3], hostile, *news[-2:]])
        page = render_dyad(KnowledgeGraph(store).report("Russia", "France"), "html")
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("fmt", ["csv", "png", "svg", "html", "text", "markdown", "json"])
def test_timeline_renders_in_every_format(store: Store, fmt: str) -> None:
    out = render_timeline(timeline(store, "Russia"), fmt, "Timeline of Russia")
    if fmt == "png":
        assert _png_shape(out)[0] > 100
    elif fmt == "svg":
        assert ET.fromstring(out).tag.endswith("svg")
    elif fmt == "html":
        assert "svg" in [t for t, _ in _html_tags(out)]
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(out)))) == len(timeline(store, "Russia"))
    elif fmt == "json":
        assert isinstance(json.loads(out), list)
    else:
        assert "Timeline of Russia" in out


# -- the CLI ------------------------------------------------------------------------------

def _run(*args: str):
    return CliRunner().invoke(main, list(args), env={"NEO4J_URI": None, "GRAPHKIT_STORE": None})


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_report_dyad_writes_every_format(store: EmbeddedStore, tmp_path: Path,
                                             fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    result = _run("report", "dyad", "Russia", "France", "--format", fmt, "--out", str(out),
                  "--store", str(store.path))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(PNG_MAGIC) if fmt == "png" else data.decode("utf-8").strip()


def test_cli_png_needs_out(store: EmbeddedStore) -> None:
    result = _run("report", "dyad", "Russia", "France", "--format", "png",
                  "--store", str(store.path))
    assert result.exit_code == 2 and "--out" in result.output


def test_cli_report_dyad_unknown_actor_is_one_line(store: EmbeddedStore) -> None:
    result = _run("report", "dyad", "Russia", "Atlantis", "--store", str(store.path))
    assert result.exit_code == 1 and "no actor matches 'Atlantis'" in result.output


@pytest.mark.parametrize(("args", "check"), [
    (("resumed", "--min-gap", "365"), lambda rows: [r["gap_days"] for r in rows] == [895, 1024]),
    (("resumed", "--countries", "--from", "2025-06-01"), lambda rows: rows[0]["a"] == "FRA"),
    (("network", "Putin"), lambda rows: rows[0]["target_name"] == "Emmanuel Macron"),
    (("summary", "Russia", "France", "--by", "year"),
     lambda rows: [r["period"] for r in rows] == ["2022", "2025"]),
])
def test_cli_analyst_commands_print_json(store: EmbeddedStore, args: tuple[str, ...],
                                         check: Any) -> None:
    result = _run(*args, "--format", "json", "--store", str(store.path))
    assert result.exit_code == 0, result.output
    assert check(json.loads(result.stdout))


@pytest.mark.parametrize("command", [("resumed",), ("network", "Russia"),
                                     ("summary", "Russia", "France")])
def test_cli_analyst_commands_print_tables(store: EmbeddedStore, command: tuple[str, ...]) -> None:
    result = _run(*command, "--store", str(store.path))
    assert result.exit_code == 0, result.output
    assert "┃" in result.stdout or "none" in result.stdout
