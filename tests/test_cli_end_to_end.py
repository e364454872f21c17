"""The CLI end to end on real inputs and real stores: ingest, query, bad input, Neo4j errors."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.store import EmbeddedStore

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(*args: str, env: dict[str, str] | None = None):
    base_env = {"NEO4J_URI": None, "GRAPHKIT_STORE": None}
    base_env.update(env or {})
    return CliRunner().invoke(main, list(args), env=base_env, catch_exceptions=False)


def stats(store: Path) -> dict[str, int]:
    result = run("stats", "--format", "json", "--store", str(store))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_writes_articles_and_events(tmp_path):
    result = run("ingest", str(EXAMPLES), "--store", str(tmp_path / "s"), "--quiet")
    assert result.exit_code == 0, result.output
    counts = stats(tmp_path / "s")
    assert counts["Article"] == len(list(EXAMPLES.glob("*.txt")))
    assert counts["Event"] > counts["Article"]


def test_ingesting_twice_leaves_counts_unchanged(tmp_path):
    store = str(tmp_path / "s")
    run("ingest", str(EXAMPLES), "--store", store, "--quiet")
    first = stats(tmp_path / "s")
    run("ingest", str(EXAMPLES), "--store", store, "--quiet")
    assert stats(tmp_path / "s") == first


def test_ingest_summary_counts_reports_merged_on_reingest(tmp_path):
    store = str(tmp_path / "s")
    first = run("ingest", str(EXAMPLES), "--store", store)
    second = run("ingest", str(EXAMPLES), "--store", store)
    assert "0 merged" in first.stderr
    assert "0 new in the graph" in second.stderr
    assert "0 merged" not in second.stderr


def test_first_contact_answers_from_examples(tmp_path):
    store = str(tmp_path / "s")
    run("ingest", str(EXAMPLES), "--store", store, "--quiet")
    result = run("first-contact", "Macron", "Erdogan", "--on", "2024-11-04", "--format", "json",
                 "--store", store)
    assert result.exit_code == 0, result.output
    previous = json.loads(result.stdout)["previous_contact"]
    assert previous["type"] == "CALL"
    assert previous["date"] == "2024-02-13"
    assert previous["gap_days"] == 265


def test_timeline_lists_events_oldest_first(tmp_path):
    store = str(tmp_path / "s")
    run("ingest", str(EXAMPLES), "--store", store, "--quiet")
    result = run("timeline", "Erdogan", "--format", "json", "--store", store)
    rows = json.loads(result.stdout)
    dates = [r["date_start"] for r in rows if r.get("date_start")]
    assert len(rows) >= 4
    assert dates == sorted(dates)


def test_claim_check_confirms_the_examples_first_since_claim(tmp_path):
    store = str(tmp_path / "s")
    run("ingest", str(EXAMPLES), "--store", store, "--quiet")
    claim = EXAMPLES / "2024-11-05-macron-erdogan-call.txt"
    result = run("claim-check", str(claim), "--format", "json", "--store", store)
    assert result.exit_code == 0, result.output
    assert [row["status"] for row in json.loads(result.stdout)] == ["confirmed"]


def test_claim_check_reports_a_contact_in_between(tmp_path):
    store = str(tmp_path / "s")
    between = tmp_path / "june-call.txt"
    between.write_text(
        "PUBLISHED: 2024-06-12\nTITLE: Leaders speak\n\n"
        "French President Emmanuel Macron spoke by telephone with Turkish President "
        "Recep Tayyip Erdogan on Tuesday.\n", encoding="utf-8")
    run("ingest", str(EXAMPLES), str(between), "--store", store, "--quiet")
    claim = EXAMPLES / "2024-11-05-macron-erdogan-call.txt"
    rows = json.loads(run("claim-check", str(claim), "--format", "json", "--store", store).stdout)
    assert [row["status"] for row in rows] == ["contradicted"]
    assert [c["date"] for c in rows[0]["contacts_between"]] == ["2024-06-11"]


@pytest.fixture
def bad_batch(tmp_path) -> tuple[Path, list[Path]]:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_good.txt").write_text(
        "PUBLISHED: 2024-03-05\nTITLE: Leaders talk\n\n"
        "French President Emmanuel Macron spoke by phone with German Chancellor Olaf Scholz on Monday.\n",
        encoding="utf-8")
    (folder / "b_empty.txt").write_text("", encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "d_latin1.txt").write_bytes("Le président a parlé à Berlin.".encode("latin-1"))
    (folder / "e_broken.jsonl").write_text('{"id": "1", "text": \n', encoding="utf-8")
    missing = tmp_path / "does-not-exist.txt"
    return folder, [missing]


def test_bad_inputs_get_one_line_each_and_the_rest_is_ingested(tmp_path, bad_batch):
    folder, extra = bad_batch
    result = run("ingest", str(folder), *map(str, extra), "--store", str(tmp_path / "s"), "--quiet")
    assert result.exit_code != 0
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(error_lines) == 5
    for name in ("b_empty", "c_binary", "d_latin1", "e_broken", "does-not-exist"):
        assert sum(name in line for line in error_lines) == 1, (name, error_lines)
    assert stats(tmp_path / "s")["Article"] == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_neo4j_not_running_is_one_clear_line(tmp_path):
    result = run("stats", "--neo4j", f"bolt://127.0.0.1:{_free_port()}", "--neo4j-password", "x")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "Neo4j" in result.stderr


@pytest.mark.neo4j
def test_store_typed_on_the_command_line_beats_neo4j_uri_from_the_environment(tmp_path):
    # the URI points at a closed port: were it used, the command would fail
    env = {"NEO4J_URI": f"bolt://127.0.0.1:{_free_port()}", "NEO4J_PASSWORD": "x"}
    EmbeddedStore(tmp_path / "s").create()
    result = run("stats", "--format", "json", "--store", str(tmp_path / "s"), env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["Event"] == 0


def test_neo4j_uri_from_the_environment_beats_store_from_the_environment(tmp_path):
    env = {"NEO4J_URI": f"bolt://127.0.0.1:{_free_port()}", "NEO4J_PASSWORD": "x",
           "GRAPHKIT_STORE": str(tmp_path / "s")}
    result = run("stats", env=env)
    assert result.exit_code != 0
    assert "Neo4j" in result.stderr


def test_store_and_neo4j_flags_together_are_refused(tmp_path):
    result = run("stats", "--store", str(tmp_path / "s"), "--neo4j", "bolt://127.0.0.1:7687")
    assert result.exit_code == 2
    assert "not both" in result.stderr


def test_wrong_neo4j_password_is_one_clear_line(neo4j_credentials):
    result = run("stats", "--neo4j", neo4j_credentials["uri"], "--neo4j-password", "wrong-password")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "password" in result.stderr.lower()


@pytest.mark.corpus
def test_aggregator_page_yields_its_four_articles(shared_corpus):
    page = shared_corpus / "000_daily8_aggregator_page.txt"
    gold = json.loads((shared_corpus / "000_daily8_aggregator_page.gold.json").read_text())
    result = run("extract", str(page), "--as-of", gold["as_of"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    titles = {line["article"]["title"] for line in lines}
    assert titles == {a["title"] for a in gold["articles"]}
    assert {line["article"]["outlet"] for line in lines} == {a["outlet"] for a in gold["articles"]}


def _first_contact_putin_macron(store_args: list[str], shared_corpus: Path) -> dict:
    page = shared_corpus / "000_daily8_aggregator_page.txt"
    ingest = run("ingest", str(page), "--as-of", "2025-07-02", "--quiet", *store_args)
    assert ingest.exit_code == 0, ingest.output
    result = run("first-contact", "Putin", "Macron", "--on", "2025-07-01", "--format", "json",
                 *store_args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["previous_contact"]


@pytest.mark.corpus
def test_first_contact_putin_macron_is_implied_2022_call(tmp_path, shared_corpus):
    previous = _first_contact_putin_macron(["--store", str(tmp_path / "s")], shared_corpus)
    assert previous["date"] == "2022-09"
    assert previous["modality"] == "implied_prior"
    assert 990 <= previous["gap_days"] <= 1040


@pytest.mark.corpus
@pytest.mark.neo4j
def test_first_contact_putin_macron_same_from_neo4j(tmp_path, shared_corpus, neo4j_clean,
                                                    neo4j_credentials):
    args = ["--neo4j", neo4j_credentials["uri"], "--neo4j-user", neo4j_credentials["user"],
            "--neo4j-password", neo4j_credentials["password"]]
    from_neo4j = _first_contact_putin_macron(args, shared_corpus)
    from_embedded = _first_contact_putin_macron(["--store", str(tmp_path / "s")], shared_corpus)
    assert from_neo4j == from_embedded
