"""What the third afternoon's user sweep left for the engineer: `graphkit cypher` as CSV and
JSON Lines, relationships, nodes and paths whole in its JSON, a missing parameter named with
its --param form, a text table capped with a note, and the ingest progress line's total of
input files. Invented names, the real Neo4j server."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphkit
from graphkit.cli import main

GRAPH = ("CREATE (v:Actor {id: 'person:arlen-voss', name: 'Arlen Voss', "
         "aliases: ['Voss', 'A. Voss']})"
         "-[:PARTICIPATED_IN {role: 'host'}]->(e:Event {id: 'ev-lorvik', type: 'MEET'})"
         "<-[:PARTICIPATED_IN {role: 'guest'}]-"
         "(m:Actor {id: 'person:ilse-marrow', name: 'Ilse Marrow', aliases: []})")
VOSS = {"labels": ["Actor"], "properties": {"aliases": ["Voss", "A. Voss"],
                                            "id": "person:arlen-voss", "name": "Arlen Voss"}}
HOST = {"type": "PARTICIPATED_IN", "start": "person:arlen-voss", "end": "ev-lorvik",
        "properties": {"role": "host"}}


def run(*args: str):
    return CliRunner().invoke(main, list(args), env={"NEO4J_URI": None, "GRAPHKIT_STORE": None})


def _neo4j(credentials: dict[str, str]) -> list[str]:
    return ["--neo4j", credentials["uri"], "--neo4j-user", credentials["user"],
            "--neo4j-password", credentials["password"]]


@pytest.fixture
def lorvik(neo4j_clean, neo4j_credentials) -> list[str]:
    """A Neo4j database holding one meeting of two invented leaders; its store options."""
    neo4j_clean.execute_query(GRAPH)
    return _neo4j(neo4j_credentials)


# -- nodes, relationships and paths whole in JSON ------------------------------------------------

@pytest.mark.neo4j
def test_cypher_json_gives_a_relationship_its_type_ends_and_properties(lorvik):
    result = run("cypher", "MATCH ()-[r:PARTICIPATED_IN {role: 'host'}]->() RETURN r",
                 "--format", "json", *lorvik)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"r": HOST}]
    assert list(json.loads(result.stdout)[0]["r"]) == ["type", "start", "end", "properties"]


@pytest.mark.neo4j
def test_cypher_json_gives_a_node_its_labels_and_properties_and_a_path_its_parts(lorvik):
    result = run("cypher", "MATCH p = (a:Actor {id: 'person:arlen-voss'})-[:PARTICIPATED_IN]->"
                 "(:Event) RETURN a, p", "--format", "json", *lorvik)
    row, = json.loads(result.stdout)
    assert row["a"] == VOSS
    assert row["p"]["nodes"] == [VOSS, {"labels": ["Event"],
                                        "properties": {"id": "ev-lorvik", "type": "MEET"}}]
    assert row["p"]["relationships"] == [HOST]


# -- CSV and JSON Lines ---------------------------------------------------------------------------

@pytest.mark.neo4j
def test_cypher_csv_has_the_return_columns_as_header_and_a_readable_cell_per_value(lorvik):
    result = run("cypher", "MATCH (a:Actor)-[r]->(:Event) RETURN a.name AS name, "
                 "a.aliases AS aliases, size(a.aliases) > 0 AS known, r ORDER BY name",
                 "--format", "csv", *lorvik)
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert header == ["name", "aliases", "known", "r"]
    assert [row[:3] for row in rows] == [["Arlen Voss", "Voss; A. Voss", "true"],
                                         ["Ilse Marrow", "", "false"]]
    assert json.loads(rows[0][3]) == HOST


@pytest.mark.neo4j
def test_cypher_csv_of_no_rows_is_its_header(neo4j_credentials):
    result = run("cypher", "UNWIND [] AS i RETURN i AS day, i AS place", "--format", "csv",
                 *_neo4j(neo4j_credentials))
    assert (result.exit_code, result.stdout) == (0, "day,place\n")


@pytest.mark.neo4j
def test_cypher_jsonl_is_a_row_a_line(neo4j_credentials):
    result = run("cypher", "UNWIND range(1, 3) AS i RETURN i, {day: i} AS m", "--format", "jsonl",
                 *_neo4j(neo4j_credentials))
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"i": i, "m": {"day": i}} for i in (1, 2, 3)]


# -- a missing parameter ---------------------------------------------------------------------------

@pytest.mark.neo4j
def test_a_missing_parameter_is_one_line_naming_it_and_the_param_form(neo4j_credentials):
    result = run("cypher", "MATCH (a:Actor {name: $name, country: $country}) RETURN a.id",
                 "--param", "country=CRV", *_neo4j(neo4j_credentials))
    assert result.exit_code == 1
    assert result.stderr == ("Error: the query uses $name, given no value: pass "
                             "--param name=VALUE\n")


@pytest.mark.neo4j
def test_the_library_raises_missing_parameters_with_their_names(neo4j_credentials):
    from graphkit.errors import MissingParameters

    with graphkit.open(neo4j_credentials["uri"], user=neo4j_credentials["user"],
                       password=neo4j_credentials["password"]) as kg, \
            pytest.raises(MissingParameters) as raised:
        kg.cypher("RETURN $day AS d, $place AS p")
    assert raised.value.names == ["day", "place"]


# -- a large answer: a text table is capped and says so; json, csv give every row -----------------

ROWS = "UNWIND range(1, 1500) AS i RETURN i"


@pytest.mark.neo4j
def test_a_text_table_shows_the_first_thousand_rows_and_says_how_many_there_were(
        neo4j_credentials):
    result = run("cypher", ROWS, *_neo4j(neo4j_credentials))
    shown = re.findall(r"│ (\d+)\s+│", result.stdout)
    assert shown == [str(i) for i in range(1, 1001)]
    assert result.stderr == ("Note: the first 1,000 rows of 1,500; pass --limit N or --all "
                             "for more.\n")


@pytest.mark.neo4j
@pytest.mark.parametrize("options, rows, note", [
    (["--format", "json"], 1500, False),
    (["--format", "csv"], 1500, False),
    (["--format", "json", "--limit", "10"], 10, True),
    (["--all"], 1500, False),
])
def test_json_and_csv_give_every_row_and_limit_or_all_say_how_many(neo4j_credentials, options,
                                                                    rows, note):
    result = run("cypher", ROWS, *options, *_neo4j(neo4j_credentials))
    assert result.exit_code == 0, result.output
    if "json" in options:
        assert len(json.loads(result.stdout)) == rows
    elif "csv" in options:
        assert len(result.stdout.splitlines()) == rows + 1
    else:
        assert len(re.findall(r"│ (\d+)\s+│", result.stdout)) == rows
    assert ("of 1,500" in result.stderr) is note


def test_limit_and_all_together_are_refused():
    result = run("cypher", ROWS, "--limit", "5", "--all")
    assert result.exit_code == 2
    assert "--limit or --all, not both" in result.output


# -- the progress line's total: input files ----------------------------------------------------------

def _story(i: int) -> str:
    return (f"URL: https://example.test/lorvik/{i}\nPUBLISHED: 2025-03-0{i}\n\n"
            f"President Arlen Voss of Carvania met Foreign Minister Ilse Marrow{i} of Dastova "
            f"in Lorvik on Monday.\n")


def test_the_progress_line_counts_the_input_files_reached_of_the_total(tmp_path, capsys):
    from graphkit.load import count_input_files
    from graphkit.progress import ingest_progress

    news = tmp_path / "news"
    news.mkdir()
    for i in (1, 2):
        (news / f"n{i}.txt").write_text(_story(i), encoding="utf-8")
    (news / "wire.jsonl").write_text("".join(json.dumps({"text": _story(i)}) + "\n"
                                             for i in (3, 4)), encoding="utf-8")
    (news / "photo.png").write_bytes(b"\x89PNG\r\n")
    files = count_input_files([str(news)])
    assert files == 3
    with graphkit.open(tmp_path / "kg") as kg, ingest_progress(every=0, files=files) as progress:
        kg.ingest([str(news)], on_progress=progress, jobs=1)
    lines = [line.split(" (")[0] for line in capsys.readouterr().err.splitlines()
             if line.startswith("Progress:")]
    assert lines == [f"Progress: {f} of 3 files: {n} articles read, {n} events, 0 articles "
                     f"stored, 0 failed" for f, n in ((1, 1), (2, 2), (3, 3), (3, 4))]


def test_stdin_has_no_file_total():
    from graphkit.load import count_input_files

    assert count_input_files(["-"]) is None


def test_a_path_named_twice_counts_once(tmp_path: Path):
    from graphkit.load import count_input_files

    story = tmp_path / "a.txt"
    story.write_text(_story(1), encoding="utf-8")
    assert count_input_files([str(story), str(tmp_path)]) == 1
