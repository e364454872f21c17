"""What the fourth user sweep left (docs/user-sweeps.md): a person asked for by first and
last name without the middle one, the HTML timeline's source column, and
``bench/scale.py --keep`` on a folder with no store yet. Invented articles and people;
a real leader as a fact; both stores where the query runs on both."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from news_files import STORES, ingested, run_cli, write_news

from graphkit.api import KnowledgeGraph
from graphkit.errors import QueryError

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "2025-03-04-belkora.txt": (
        "URL: https://wire.test/2025/03/belkora\nOUTLET: Harbour Wire\nPUBLISHED: 2025-03-04\n"
        "TITLE: Erdogan hosts Voss\n\nRecep Tayyip Erdoğan, the Turkish president, met Carvanian "
        "President Arlen Voss in the town of Belkora on Monday.\n"),
    "2025-04-08-marrows.txt": (
        "URL: https://courier.test/2025/04/marrows\nOUTLET: Northgate Courier\n"
        "PUBLISHED: 2025-04-08\nTITLE: Two Marrows in Carvania\n\nDastovan Foreign Minister "
        "Ilse Dora Marrow met Carvanian President Arlen Voss in the town of Belkora on Monday.\n"
        "Dastovan Trade Minister Ilse Karin Marrow met Carvanian Prime Minister Tomas Reld "
        "on Tuesday.\n"),
}


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write_news(tmp_path / "news", ARTICLES)


@pytest.fixture(params=STORES)
def kg(request: pytest.FixtureRequest, tmp_path: Path, news: Path) -> Iterator[KnowledgeGraph]:
    yield from ingested(request, tmp_path / "kg", news)


run = run_cli


# -- a first and last name without the middle one ----------------------------------------------

@pytest.mark.parametrize("name", ["Recep Erdogan", "recep erdoğan", "RECEP ERDOGAN"])
def test_a_first_and_last_name_finds_the_one_person_whose_name_has_a_middle_word(kg, name):
    rows = kg.timeline(name)
    assert [(r["date"], r["type"]) for r in rows] == [("2025-03-03", "MEET")]
    last = kg.first_contact(name, "Arlen Voss", on="2025-03-10")
    assert last is not None and last.date == "2025-03-03"


def test_a_first_and_last_name_two_people_share_is_ambiguous_and_names_both(kg):
    with pytest.raises(QueryError, match="'Ilse Marrow' is ambiguous: did you mean "
                                         "Ilse Dora Marrow or Ilse Karin Marrow"):
        kg.timeline("Ilse Marrow")


def test_a_first_and_last_name_of_nobody_still_matches_no_one(kg):
    with pytest.raises(QueryError, match="no actor matches 'Recep Voss'"):
        kg.timeline("Recep Voss")


def test_timeline_on_the_command_line_finds_a_person_without_the_middle_name(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("timeline", "Recep Erdogan", "--format", "json", "--store", store)
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert row["type"] == "MEET"


def test_an_article_naming_a_leader_without_the_middle_name_stores_the_same_person(news, tmp_path):
    (news / "2025-05-14-call.txt").write_text(
        "URL: https://wire.test/2025/05/call\nOUTLET: Harbour Wire\nPUBLISHED: 2025-05-14\n"
        "TITLE: A call to Belkora\n\nTurkish President Recep Erdogan spoke by phone with "
        "Carvanian President Arlen Voss on Tuesday.\n", encoding="utf-8")
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("timeline", "Recep Tayyip Erdoğan", "--format", "json", "--store", store)
    assert result.exit_code == 0, result.output
    assert [r["type"] for r in json.loads(result.stdout)] == ["MEET", "CALL"]


# -- the HTML timeline names its sources -------------------------------------------------------

class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, Any]]] = []
        self.headers: list[str] = []
        self._in_th = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_th = tag == "th"

    def handle_data(self, data: str) -> None:
        if self._in_th:
            self.headers.append(data)
            self._in_th = False


def test_html_timeline_has_a_source_column_with_the_outlet_and_the_articles_link(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("timeline", "Arlen Voss", "--format", "html", "--store", store)
    assert result.exit_code == 0, result.output
    parser = _Tags()
    parser.feed(result.stdout)
    parser.close()
    assert parser.headers[-1] == "source"
    assert "Harbour Wire, 2025-03-04" in result.stdout
    assert "Northgate Courier, 2025-04-08" in result.stdout
    hrefs = [attrs["href"] for tag, attrs in parser.tags if tag == "a"]
    assert "https://wire.test/2025/03/belkora" in hrefs
    names = {tag for tag, _ in parser.tags}
    assert not {"script", "link", "img", "iframe"} & names  # nothing loaded from outside
    assert all("src" not in attrs for _, attrs in parser.tags)


# -- bench/scale.py --keep on a folder with no store yet ---------------------------------------

def test_scale_bench_keep_builds_the_store_in_an_empty_folder(tmp_path):
    folder = tmp_path / "kept"
    folder.mkdir()
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "scale.py"), "--events", "100",
                          "--repeats", "2", "--keep", str(folder)],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr[-500:]
    assert json.loads(out.stdout)["stored_events"] > 0
    assert (folder / "graph.db").is_file()
