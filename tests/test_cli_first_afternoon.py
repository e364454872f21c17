"""What an analyst meets on a first afternoon with graphkit: pasted help examples, store
addresses, output formats and limits, on invented news in real stores."""

from __future__ import annotations

import csv
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from news_files import write_news

import graphkit
from graphkit.cli import main
from graphkit.errors import ExportError, StoreError

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "2023-06-12-santiago.txt": (
        "URL: https://example.test/wire/2023/06/santiago\nOUTLET: Tarnwick Wire\n"
        "PUBLISHED: 2023-06-12\nTITLE: Strand visits Santiago\n\n"
        "Norwegian Prime Minister Halvard Strand met Chilean President Marisol Quintero in "
        "Santiago on Sunday.\n"),
    "2025-03-04-call.txt": (
        "URL: https://example.test/wire/2025/03/call\nOUTLET: Tarnwick Wire\n"
        "PUBLISHED: 2025-03-04\nTITLE: Strand and Quintero speak by phone\n\n"
        "Norwegian Prime Minister Halvard Strand spoke by telephone with Chilean President "
        "Marisol Quintero on Monday.\nIt was their first phone contact since "
        "June 2023.\n"),
    "2025-04-02-lima.txt": (
        "URL: https://example.test/wire/2025/04/lima\nOUTLET: Harbour Ledger\n"
        "PUBLISHED: 2025-04-02\nTITLE: Peru expels Chilean attache\n\n"
        "Peru expelled a Chilean military attache on Tuesday, accusing him of spying on "
        "naval bases near Callao.\n"),
}


def run(*args: str, env: dict[str, str] | None = None):
    base_env = {"NEO4J_URI": None, "GRAPHKIT_STORE": None, "GRAPHKIT_MAX_FILE_BYTES": None}
    base_env.update(env or {})
    return CliRunner().invoke(main, list(args), env=base_env, catch_exceptions=False)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write_news(tmp_path / "news", ARTICLES)


@pytest.fixture
def ingested(tmp_path: Path, news: Path) -> Path:
    store = tmp_path / "store"
    result = run("ingest", str(news), "--store", str(store), "--quiet")
    assert result.exit_code == 0, result.output
    return store


# -- a Neo4j server named without its scheme ------------------------------------------------

def test_neo4j_flag_without_a_scheme_is_refused_and_makes_no_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("stats", "--neo4j", "localhost:7687")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "bolt://localhost:7687" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_neo4j_uri_variable_without_a_scheme_is_refused_and_makes_no_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("timeline", "Strand", env={"NEO4J_URI": "db.example.test:7687"})
    assert result.exit_code == 1
    assert "bolt://db.example.test:7687" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_open_refuses_a_server_address_without_its_scheme(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="bolt://localhost:7687"):
        graphkit.open("localhost:7687")
    assert list(tmp_path.iterdir()) == []


# -- output an analyst reads ------------------------------------------------------------------

def test_contacts_table_has_no_empty_participants_column(ingested):
    result = run("contacts", "Strand", "Quintero", "--format", "markdown", "--store", str(ingested))
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if line.startswith("| date"))
    assert header == "| date | type | modality | evidence (source) |"
    assert "Santiago on Sunday" in result.stdout


def test_timeline_csv_columns_are_ones_a_timeline_fills(ingested):
    result = run("timeline", "Chile", "--format", "csv", "--store", str(ingested))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    empty = [column for column in rows[0] if not any(row[column] for row in rows)]
    assert empty == []


def test_timeline_takes_one_type_given_as_a_string(ingested):
    with graphkit.open(ingested) as kg:
        rows = kg.timeline("Strand", types="call")
    assert rows
    assert {row["type"] for row in rows} == {"CALL"}


# -- limits -------------------------------------------------------------------------------------

def test_max_file_bytes_variable_refuses_a_bigger_file(tmp_path, news):
    result = run("ingest", str(news / "2023-06-12-santiago.txt"), "--store", str(tmp_path / "s"),
                 env={"GRAPHKIT_MAX_FILE_BYTES": "100"})
    assert result.exit_code == 1
    assert "over the limit of 100 bytes" in result.stderr
    assert "GRAPHKIT_MAX_FILE_BYTES" in result.stderr


# -- the examples of --help, pasted after `graphkit ingest examples/` ---------------------------

PASTABLE = ("first-contact", "contacts", "timeline", "report", "claim-check", "resumed",
            "summary", "network", "export", "stats")
"""Commands whose examples need only the graph of examples/ (the others name a file, a data
set, a gold folder or a Neo4j server of the user's own)."""


def _help_examples(command: str) -> list[str]:
    group = main.commands[command]
    texts = [group.help or ""]
    if command == "report":
        texts = [sub.help or "" for sub in group.commands.values()]
    lines = []
    for text in texts:
        block = text.split("Example:", 1)[1] if "Example:" in text else ""
        lines += [line.strip() for line in block.splitlines()
                  if line.strip().startswith(f"graphkit {command}")]
    return lines


@pytest.mark.parametrize("command", PASTABLE)
def test_help_examples_run_as_pasted_after_ingesting_the_examples(command, tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    store = str(tmp_path / "graphkit-data")
    assert run("ingest", "examples/", "--store", store, "--quiet").exit_code == 0
    examples = _help_examples(command)
    assert examples
    for example in examples:
        result = run(*shlex.split(example)[1:], "--store", store)
        assert result.exit_code == 0, f"{example}: {result.output}"
        assert "no actor matches" not in result.output, example


def test_claim_check_of_a_mistyped_file_is_an_error_not_an_empty_answer(ingested, news):
    result = run("claim-check", str(news / "2025-03-04-cal.txt"), "--store", str(ingested))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "2025-03-04-cal.txt: no such file" in result.stderr


# -- both stores --------------------------------------------------------------------------------

def _neo4j_args(credentials: dict[str, str]) -> list[str]:
    return ["--neo4j", credentials["uri"], "--neo4j-user", credentials["user"],
            "--neo4j-password", credentials["password"]]


QUESTIONS = (
    ("timeline", "Strand", "--format", "json"),
    ("summary", "Chile", "Norway", "--by", "year", "--format", "json"),
    ("network", "Chile", "--depth", "2", "--format", "json"),
    ("report", "dyad", "Strand", "Quintero", "--format", "json"),
)


@pytest.mark.neo4j
def test_json_answers_are_the_same_text_on_both_stores(news, ingested, neo4j_clean,
                                                       neo4j_credentials):
    neo4j = _neo4j_args(neo4j_credentials)
    assert run("ingest", str(news), "--quiet", *neo4j).exit_code == 0
    for question in QUESTIONS:
        embedded = run(*question, "--store", str(ingested))
        served = run(*question, *neo4j)
        assert embedded.exit_code == 0, embedded.output
        assert served.stdout == embedded.stdout, question


@pytest.mark.neo4j
def test_cypher_syntax_error_says_where_it_is(neo4j_credentials):
    result = run("cypher", "MATCH (n) RETRN n", *_neo4j_args(neo4j_credentials))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "at line 1, column 11" in result.stderr
    assert "RETRN" in result.stderr


# -- the same export, file for file -------------------------------------------------------------

def _export_in_a_new_process(store: Path, out: Path, *args: str, hash_seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    env.pop("NEO4J_URI", None)
    done = subprocess.run([sys.executable, "-m", "graphkit", "export", str(out), *args,
                           "--store", str(store)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


@pytest.mark.parametrize("args", [("--format", "json", "--actor", "Peru"),
                                  ("--format", "jsonld")], ids=["filtered-json", "jsonld"])
def test_an_export_is_the_same_file_in_every_process(ingested, tmp_path, args):
    files = {_export_in_a_new_process(ingested, tmp_path / f"out-{seed}", *args, hash_seed=seed)
             for seed in ("1", "2", "3")}
    assert len(files) == 1


@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "cytoscape", "dot", "jsonld"])
def test_an_export_is_the_same_file_from_both_stores(news, ingested, tmp_path, neo4j_clean,
                                                     neo4j_credentials, fmt):
    neo4j = _neo4j_args(neo4j_credentials)
    assert run("ingest", str(news), "--quiet", *neo4j).exit_code == 0
    assert run("export", str(tmp_path / "embedded"), "--format", fmt,
               "--store", str(ingested)).exit_code == 0
    assert run("export", str(tmp_path / "served"), "--format", fmt, *neo4j).exit_code == 0
    assert (tmp_path / "served").read_bytes() == (tmp_path / "embedded").read_bytes()


# -- a name the graph does not hold ---------------------------------------------------------------

def test_a_misspelt_name_gets_the_names_it_looks_like(ingested):
    result = run("timeline", "Quinterro", "--store", str(ingested))
    assert result.exit_code == 1
    assert result.stderr == "Error: no actor matches 'Quinterro'; did you mean Marisol Quintero?\n"


def test_a_name_asked_of_an_empty_graph_says_the_graph_is_empty(tmp_path):
    from graphkit.store import EmbeddedStore

    with EmbeddedStore(tmp_path / "empty") as store:
        store.create()
    result = run("first-contact", "Strand", "Quintero", "--store", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "the graph is empty" in result.stderr


# -- a mistyped --store folder ------------------------------------------------------------------

READ_COMMANDS = [("timeline", "Strand"), ("report", "dyad", "Strand", "Quintero"),
                 ("first-contact", "Strand", "Quintero"), ("contacts", "Strand", "Quintero"),
                 ("summary", "Strand", "Quintero"), ("network", "Strand"), ("resumed",),
                 ("claim-check", "txt-0123456789abcdef"), ("stats",), ("dump",),
                 ("export", "graph.graphml"), ("reindex", "--event", "ev-1")]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_read_command_on_a_mistyped_store_folder_is_an_error_and_makes_no_folder(
        ingested, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    typo = tmp_path / "stroe"
    result = run(*command, "--store", str(typo))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: no graphkit store at {typo} (no such folder): check the "
                             f"folder (--store, $GRAPHKIT_STORE), or ingest articles to create a "
                             f"store there\n")
    assert not typo.exists() and not (tmp_path / "graph.graphml").exists()


def test_a_read_command_on_a_folder_holding_no_store_writes_nothing_into_it(tmp_path):
    result = run("stats", "--store", str(tmp_path))
    assert result.exit_code == 1
    assert "the folder holds no graph.db" in result.stderr
    assert list(tmp_path.iterdir()) == []


# -- a dyad of one side ---------------------------------------------------------------------------

@pytest.mark.parametrize("names", [("Strand", "Strand"), ("Strand", "Halvard Strand")])
def test_report_dyad_of_one_actor_named_twice_is_a_one_line_error(ingested, names):
    result = run("report", "dyad", *names, "--store", str(ingested))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "Halvard Strand" in result.stderr and "two different actors or countries" in result.stderr


def test_a_person_and_a_country_whose_only_actor_they_are_is_a_one_line_error(ingested):
    result = run("contacts", "Strand", "Norway", "--store", str(ingested))
    assert result.exit_code == 1
    assert result.stderr == ("Error: 'Strand' and 'Norway' name the same actors: Halvard Strand "
                             "is the only actor of Norway (NOR) in the graph; a dyad needs two "
                             "different sides\n")


# -- re-ingesting from stdin ----------------------------------------------------------------------

def test_reingesting_an_article_from_stdin_keeps_the_file_it_was_read_from(ingested, news):
    path = news / "2025-03-04-call.txt"
    piped = CliRunner().invoke(main, ["ingest", "-", "--store", str(ingested), "--quiet"],
                               input=path.read_text(encoding="utf-8"),
                               env={"NEO4J_URI": None, "GRAPHKIT_STORE": None})
    assert piped.exit_code == 0, piped.output
    with graphkit.open(ingested) as kg:
        sources = sorted(a.get("source") for _, a in kg.store.to_networkx().nodes(data=True)
                         if a.get("label") == "Article")
    assert sources == sorted(str(p) for p in news.iterdir())


@pytest.mark.neo4j
def test_a_misspelt_name_gets_the_names_it_looks_like_on_neo4j(news, neo4j_clean,
                                                               neo4j_credentials):
    neo4j = _neo4j_args(neo4j_credentials)
    assert run("ingest", str(news), "--quiet", *neo4j).exit_code == 0
    result = run("contacts", "Strnad", "Quintero", *neo4j)
    assert result.exit_code == 1
    assert result.stderr == "Error: no actor matches 'Strnad'; did you mean Halvard Strand?\n"


# -- files in, files out ------------------------------------------------------------------------------

def test_export_without_a_format_writes_the_one_its_extension_names(ingested, tmp_path):
    out = tmp_path / "graph.json"
    result = run("export", str(out), "--store", str(ingested))
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["nodes"]
    assert "(json)" in result.stderr


def test_a_broken_json_lines_record_is_named_by_line_and_column(tmp_path):
    feed = tmp_path / "wire.jsonl"
    feed.write_text('{"id": "w1", "text": "Halvard Strand met Marisol Quintero.}\n',
                    encoding="utf-8")
    result = run("ingest", str(feed), "--store", str(tmp_path / "s"))
    assert result.exit_code == 1
    assert "line 1: not valid JSON (Unterminated string starting at column 22)" in result.stderr


def test_load_of_an_article_file_says_that_ingest_reads_it(tmp_path):
    articles = tmp_path / "wire.jsonl"
    articles.write_text('{"id": "w1", "title": "Talks", "text": "Halvard Strand met Marisol '
                        'Quintero in Oslo on Friday."}\n', encoding="utf-8")
    result = run("load", str(articles), "--store", str(tmp_path / "s"))
    assert result.exit_code == 1
    assert "an article, not an extract-contract record: `graphkit ingest` reads" in result.stderr


# -- reindex -------------------------------------------------------------------------------------------

@pytest.mark.neo4j
def test_reindex_of_an_id_no_event_has_is_an_error(neo4j_clean, neo4j_credentials):
    result = run("reindex", "--event", "ev-no-such-event", *_neo4j_args(neo4j_credentials))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no event has the id 'ev-no-such-event'; nothing "
                                    "was reindexed")


def test_reindex_of_an_id_no_event_has_is_an_error_on_the_embedded_store_too(ingested):
    result = run("reindex", "--event", "ev-no-such-event", "--store", str(ingested))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no event has the id 'ev-no-such-event'")


def test_reindex_on_the_embedded_store_says_there_is_nothing_to_do(ingested):
    result = run("reindex", "--store", str(ingested))
    assert result.exit_code == 0
    assert result.stderr == "Nothing to reindex: this store keeps its query entries itself.\n"


# -- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [("timeline", "Strand"), ("network", "Strand"), ("resumed",),
                                     ("export", "out.json")])
def test_swapped_date_bounds_are_an_error_not_an_empty_answer(ingested, tmp_path, monkeypatch,
                                                              command):
    monkeypatch.chdir(tmp_path)
    result = run(*command, "--from", "2025-05-01", "--to", "2025-01-01", "--store", str(ingested))
    assert result.exit_code == 1
    assert result.stderr == ("Error: the range starts after it ends: from 2025-05-01 "
                             "to 2025-01-01\n")


def test_export_with_a_bound_that_is_no_date_raises_a_graphkit_error(ingested, tmp_path):
    with graphkit.open(ingested) as kg, pytest.raises(ExportError, match="not a date"):
        kg.export(tmp_path / "out.json", date_from="spring")


def test_a_one_day_gap_reads_one_day(ingested):
    result = run("first-contact", "Strand", "Quintero", "--on", "2023-06-12",
                 "--store", str(ingested))
    assert result.exit_code == 0, result.output
    assert "Gap: 1 day.\n" in result.stdout


def test_the_ingest_summary_counts_one_article_and_one_failure_in_the_singular(news, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("ingest", str(news / "2023-06-12-santiago.txt"), str(empty),
                 "--store", str(tmp_path / "s"))
    assert result.exit_code == 1
    assert "Ingested 1 article: 1 event found" in result.stderr
    assert result.stderr.endswith("; 1 input failed.\n")


def test_contacts_come_as_csv_too(ingested):
    result = run("contacts", "Norway", "Chile", "--format", "csv", "--store", str(ingested))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["date"], r["type"], r["modality"]) for r in rows] == [
        ("2023-06", "CALL", "implied_prior"), ("2023-06-11", "MEET", "asserted"),
        ("2025-03-03", "CALL", "asserted")]
