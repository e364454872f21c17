"""What a researcher working from the Python API and a user training their own detector meet
on a second afternoon with graphkit: docstring examples, the extract table, and scoring
weights `graphkit train` wrote. Invented news throughout."""

from __future__ import annotations

import csv
import doctest
import importlib
import io
import json
import pkgutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit
from graphkit.cli import main
from graphkit.evaluate import evaluate
from graphkit.extract import Extractor
from graphkit.extract.learned import EventDetector

ROOT = Path(__file__).resolve().parent.parent

CALL = ("URL: https://example.test/carvania/call\nOUTLET: Velmar Ledger\nPUBLISHED: 2026-03-14\n"
        "TITLE: Voss and Marrow speak\n\nPresident Arlen Voss of Carvania spoke by phone with "
        "Foreign Minister Ilse Marrow of Dastova on Friday.\n")

GOLD = {
    "g1": ("PUBLISHED: 2026-02-10\nTITLE: Orrin meets Osk\n\nNorwegian Foreign Minister Halda "
           "Orrin met Chilean Foreign Minister Pavel Osk in Oslo on Monday.\n",
           [{"type": "MEET", "actors": ["Halda Orrin", "Pavel Osk"], "countries": ["NOR", "CHL"],
             "date": "2026-02-09",
             "evidence": "Norwegian Foreign Minister Halda Orrin met Chilean Foreign Minister "
                         "Pavel Osk in Oslo on Monday."}]),
    "g2": ("PUBLISHED: 2026-09-01\nTITLE: Orrin phones Osk\n\nNorwegian Foreign Minister Halda "
           "Orrin spoke by phone with Chilean Foreign Minister Pavel Osk on Monday.\n",
           [{"type": "CALL", "actors": ["Halda Orrin", "Pavel Osk"], "countries": ["NOR", "CHL"],
             "date": "2026-08-31",
             "evidence": "Norwegian Foreign Minister Halda Orrin spoke by phone with Chilean "
                         "Foreign Minister Pavel Osk on Monday."}]),
    "g3": ("PUBLISHED: 2026-05-09\nTITLE: Linde detained\n\nPeruvian police arrested a Chilean "
           "reporter, Petra Linde, in Lima on Thursday. Chile demanded her release.\n",
           [{"type": "ARREST", "actors": ["Peru", "Petra Linde"], "countries": ["PER", "CHL"],
             "date": "2026-05-07",
             "evidence": "Peruvian police arrested a Chilean reporter, Petra Linde, in Lima on "
                         "Thursday."},
            {"type": "DEMAND", "actors": ["Chile", "Peru"], "countries": ["CHL", "PER"],
             "date": "2026-05-09", "evidence": "Chile demanded her release."}]),
}


CONTACTS = {
    "2025-02-10-oslo.txt": (
        "URL: https://example.test/fjord/oslo\nOUTLET: Fjord Post\nPUBLISHED: 2025-02-10\n"
        "TITLE: Orrin meets Osk\n\nNorwegian Foreign Minister Halda Orrin met Chilean Foreign "
        "Minister Pavel Osk in Oslo on Monday.\n"),
    "2025-09-02-call.txt": (
        "URL: https://example.test/fjord/call\nOUTLET: Fjord Post\nPUBLISHED: 2025-09-02\n"
        "TITLE: Orrin phones Osk\n\nNorwegian Foreign Minister Halda Orrin spoke by phone with "
        "Chilean Foreign Minister Pavel Osk on Monday.\n"),
    "2025-09-20-accuse.txt": (
        "URL: https://example.test/fjord/accuse\nOUTLET: Fjord Post\nPUBLISHED: 2025-09-20\n"
        "TITLE: Osk accuses Norway\n\nChilean Foreign Minister Pavel Osk accused Norway of "
        "blocking the fisheries talks on Friday.\n"),
}


def run(*args: str, input: str | None = None):
    env = {"NEO4J_URI": None, "GRAPHKIT_STORE": None}
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


# -- docstring examples a notebook copies ----------------------------------------------------

def _modules_with_examples() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(graphkit.__path__, "graphkit."):
        if info.name.endswith("__main__") or info.name == "graphkit.api":
            continue  # __main__ runs the CLI; api's examples need tests/test_api.py's fixtures
        module = importlib.import_module(info.name)
        if any(test.examples for test in doctest.DocTestFinder().find(module)):
            names.append(info.name)
    return names


@pytest.mark.parametrize("name", _modules_with_examples())
def test_docstring_examples_run_as_written_from_a_checkout(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    results = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS,
                              raise_on_error=False, report=True, verbose=False)
    assert results.failed == 0


# -- the extract table -----------------------------------------------------------------------

def test_extract_table_names_an_actor_without_a_country_without_none():
    result = run("extract", "-", "--format", "table", input=CALL)
    assert result.exit_code == 0, result.output
    assert "Arlen Voss" in result.output
    assert "None" not in result.output


# -- scoring the weights graphkit train wrote ------------------------------------------------

@pytest.fixture
def gold(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for name, (text, events) in GOLD.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        title = text.split("TITLE: ")[1].split("\n")[0]
        published = text.split("PUBLISHED: ")[1].split("\n")[0]
        record = {"file": f"{name}.txt", "as_of": published,
                  "articles": [{"title": title, "published": published, "events": events}]}
        (folder / f"{name}.gold.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def test_evaluate_scores_the_weights_train_wrote(gold, tmp_path):
    weights = tmp_path / "det.npz"
    assert run("train", str(gold), "--out", str(weights)).exit_code == 0
    result = run("evaluate", str(gold), "--model", str(weights), "--format", "json")
    assert result.exit_code == 0, result.output
    expected = evaluate(gold, Extractor(detector=EventDetector.load(weights)))
    assert json.loads(result.output) == json.loads(json.dumps(expected.to_dict()))


def test_evaluate_model_with_cross_validation_is_a_usage_error(gold, tmp_path):
    weights = tmp_path / "det.npz"
    assert run("train", str(gold), "--out", str(weights)).exit_code == 0
    result = run("evaluate", str(gold), "--model", str(weights), "--cv", "2")
    assert result.exit_code == 2
    assert "neither --cv nor --rules-only" in result.output


# -- CSV of the analyst queries, for a spreadsheet -------------------------------------------

@pytest.fixture
def contacts_store(tmp_path: Path) -> tuple[Path, Path]:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in CONTACTS.items():
        (news / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    assert run("ingest", str(news), "--store", str(store), "--quiet").exit_code == 0
    return news, store


ROW_QUESTIONS = (
    ("resumed", "--min-gap", "30"),
    ("resumed", "--min-gap", "30", "--countries"),
    ("network", "Norway", "--depth", "2"),
    ("summary", "Norway", "Chile", "--by", "month"),
)


def _flat(value):
    if isinstance(value, list):
        return ", ".join(f"{c['type']} {c['count']}" for c in value)
    return "" if value is None else str(value)


@pytest.mark.parametrize("question", ROW_QUESTIONS, ids=" ".join)
def test_query_rows_come_as_csv_with_the_json_keys_as_columns(contacts_store, question):
    _, store = contacts_store
    as_json = run(*question, "--format", "json", "--store", str(store))
    as_csv = run(*question, "--format", "csv", "--store", str(store))
    assert as_csv.exit_code == 0, as_csv.output
    rows = json.loads(as_json.stdout)
    assert rows
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert table == [{key: _flat(value) for key, value in row.items()} for row in rows]


@pytest.mark.neo4j
def test_query_rows_as_csv_are_the_same_text_on_both_stores(contacts_store, neo4j_clean,
                                                           neo4j_credentials):
    news, store = contacts_store
    neo4j = ["--neo4j", neo4j_credentials["uri"], "--neo4j-user", neo4j_credentials["user"],
             "--neo4j-password", neo4j_credentials["password"]]
    assert run("ingest", str(news), "--quiet", *neo4j).exit_code == 0
    for question in ROW_QUESTIONS:
        embedded = run(*question, "--format", "csv", "--store", str(store))
        served = run(*question, "--format", "csv", *neo4j)
        assert embedded.exit_code == 0, embedded.output
        assert served.stdout == embedded.stdout, question


# -- publication dates in other forms --------------------------------------------------------

MEETING = ("President Arlen Voss of Carvania met Foreign Minister Ilse Marrow of Dastova "
           "on Thursday.")


@pytest.mark.parametrize(("written", "published", "met"), [
    ("09.05.2026", "2026-05-09", "2026-05-07"),        # day first, as Europe writes it
    ("9.5.2026 14:00", "2026-05-09", "2026-05-07"),
    ("20260509", "2026-05-09", "2026-05-07"),          # ISO 8601's basic form
])
def test_a_numeric_publication_date_reads_as_its_writers_mean_it(written, published, met):
    text = f"PUBLISHED: {written}\nTITLE: Voss meets Marrow\n\n{MEETING}\n"
    record = json.dumps({"id": "w1", "title": "Voss meets Marrow", "published": written,
                         "text": MEETING})
    for given in (text, record + "\n"):
        result = run("extract", "-", "--format", "jsonl", input=given)
        assert result.exit_code == 0, result.output
        event = json.loads(result.stdout.splitlines()[0])
        assert (event["article"]["published"], event["date"]) == (published, met)

