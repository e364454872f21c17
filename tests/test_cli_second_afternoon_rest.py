"""The rest of what the second afternoon's user sweep left: graphkit's own named queries run
as ad-hoc Cypher without the server's notices about them, map keys in JSON as the query
gives them, the store options before the command, and an implied contact linked to the
contact it stands for. Invented news, real stores."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from graphkit.cli import main

MEETING = ("URL: https://example.test/carvania/meet\nOUTLET: Velmar Ledger\nPUBLISHED: 2026-02-12\n"
           "TITLE: Voss meets Marrow\n\nPresident Arlen Voss of Carvania met Foreign Minister "
           "Ilse Marrow of Dastova in Velmar on Thursday to discuss trade.\n")
CALL = ("URL: https://example.test/carvania/call\nOUTLET: Velmar Ledger\nPUBLISHED: 2026-03-10\n"
        "TITLE: Voss and Marrow speak\n\nPresident Arlen Voss of Carvania spoke by phone with "
        "Foreign Minister Ilse Marrow of Dastova on Tuesday, the first contact between the two "
        "since February.\n")


def run(*args: str, input: str | None = None):
    env = {"NEO4J_URI": None, "GRAPHKIT_STORE": None}
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "2026-02-12-meet.txt").write_text(MEETING, encoding="utf-8")
    (folder / "2026-03-10-call.txt").write_text(CALL, encoding="utf-8")
    return folder


def _neo4j_args(credentials: dict[str, str]) -> list[str]:
    return ["--neo4j", credentials["uri"], "--neo4j-user", credentials["user"],
            "--neo4j-password", credentials["password"]]


# -- graphkit's own queries as ad-hoc Cypher: no notice about them ------------------------------

def _bound(name: str) -> dict[str, Any]:
    """The parameters a user passes to run named query ``name`` by hand (every one bound)."""
    from store.test_neo4j_notifications import PARAMS

    from graphkit.query import named

    return named(name).bind(PARAMS[name])


@pytest.mark.neo4j
@pytest.mark.parametrize("name", ["actor_network", "claim_check", "contacts", "dyad_events",
                                  "dyad_summary", "first_contact_since", "partner_countries",
                                  "resumed_contacts", "timeline"])
def test_a_named_querys_own_text_as_cypher_gives_no_notice_on_an_empty_graph(
        neo4j_clean, neo4j_credentials, caplog, name):
    import graphkit
    from graphkit.query import named

    text = named(name).cypher
    kg = graphkit.open(neo4j_credentials["uri"], user=neo4j_credentials["user"],
                       password=neo4j_credentials["password"])
    found: list[Any] = []
    with kg, caplog.at_level(logging.DEBUG):
        kg.cypher(text, _bound(name), notices=found)
        kg.cypher(text.strip() + "\n", _bound(name))  # as `"$(cat queries/NAME.cypher)"` gives it
    assert [notice.one_line() for notice in found] == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


@pytest.mark.neo4j
def test_graphkit_cypher_of_a_named_query_file_prints_its_rows_and_no_deprecation(
        news, neo4j_clean, neo4j_credentials):
    import json

    from graphkit.query import named

    neo4j = _neo4j_args(neo4j_credentials)
    assert run("ingest", str(news), "--quiet", *neo4j).exit_code == 0
    voss = json.loads(run("cypher", "MATCH (a:Actor {name: 'Arlen Voss'}) RETURN a.id AS id",
                          "--format", "json", *neo4j).stdout)[0]["id"]
    args = [arg for key, value in {**_bound("timeline"), "x_ids": [voss]}.items()
            for arg in ("-p", f"{key}={json.dumps(value)}")]
    query = named("timeline").cypher
    result = run("cypher", query, *args, "--format", "json", *neo4j)
    assert result.exit_code == 0, result.output
    assert {row["type"] for row in json.loads(result.stdout)} == {"MEET", "CALL"}
    assert result.stderr == ""
    mine = run("cypher", "// my copy\n" + query, *args, *neo4j)  # a user's own text: told
    assert "01N00" in mine.stderr


# -- graphkit cypher: a map's keys in one order, whatever the server's -------------------------

@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_cypher_gives_the_keys_of_a_map_inside_a_row_sorted_and_the_columns_as_returned(
        neo4j_clean, neo4j_credentials, fmt):
    import json

    query = ("RETURN {name: 'Arlen Voss', country: 'CRV', role: 'subject', "
             "seen: [{zeta: 1, alpha: 2}]} AS participant, 1 AS n")
    result = run("cypher", query, "--format", fmt, *_neo4j_args(neo4j_credentials))
    assert result.exit_code == 0, result.output
    sorted_map = ('{"country": "CRV", "name": "Arlen Voss", "role": "subject", '
                  '"seen": [{"alpha": 2, "zeta": 1}]}')
    if fmt == "json":
        [row] = json.loads(result.stdout)
        assert list(row) == ["participant", "n"]
        assert json.dumps(row["participant"]) == sorted_map
    else:
        assert sorted_map in result.stdout


# -- the store options before the command ------------------------------------------------------

def test_store_before_the_command_is_the_store_of_the_command(news, tmp_path):
    store = str(tmp_path / "kg")
    assert run("--store", store, "ingest", str(news), "--quiet").exit_code == 0
    before = run("--store", store, "timeline", "Arlen Voss", "--format", "json")
    after = run("timeline", "Arlen Voss", "--format", "json", "--store", store)
    assert before.exit_code == 0, before.output
    assert before.stdout == after.stdout
    assert '"type": "MEET"' in before.stdout
    nested = run("--store", store, "report", "dyad", "Arlen Voss", "Ilse Marrow")
    assert nested.exit_code == 0, nested.output
    assert nested.stdout == run("report", "dyad", "Arlen Voss", "Ilse Marrow", "--store",
                                store).stdout


def test_the_commands_own_store_beats_the_one_before_it(news, tmp_path):
    full = str(tmp_path / "full")
    assert run("ingest", str(news), "--quiet", "--store", full).exit_code == 0
    result = run("--store", str(tmp_path / "missing"), "stats", "--format", "json",
                 "--store", full)
    assert result.exit_code == 0, result.output
    assert '"Event": ' in result.stdout


def test_store_before_a_command_that_uses_no_store_is_one_usage_line(news, tmp_path):
    result = run("--store", str(tmp_path / "kg"), "extract", str(news))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: --store is for the commands that use a store; `graphkit extract` uses none")


def test_store_before_the_command_and_neo4j_after_it_are_both_given(tmp_path):
    result = run("--store", str(tmp_path / "kg"), "stats", "--neo4j", "bolt://localhost:7687")
    assert result.exit_code == 2
    assert "give --store or --neo4j, not both" in result.output


def test_the_help_says_the_store_options_may_come_before_the_command():
    result = run("--help")
    assert result.exit_code == 0
    assert "--store PATH" in result.output
    assert "graphkit --store kg timeline" in " ".join(result.output.split())


@pytest.mark.neo4j
def test_neo4j_options_before_the_command_open_that_server(news, neo4j_clean, neo4j_credentials):
    neo4j = _neo4j_args(neo4j_credentials)
    assert run(*neo4j, "ingest", str(news), "--quiet").exit_code == 0
    before = run(*neo4j, "contacts", "Arlen Voss", "Ilse Marrow", "--format", "json")
    assert before.exit_code == 0, before.output
    assert before.stdout == run("contacts", "Arlen Voss", "Ilse Marrow", "--format", "json",
                                *neo4j).stdout
    assert '"type": "MEET"' in before.stdout


# -- an implied contact of no kind refers to the contact it stands for -------------------------

def _refers_to(kg: Any) -> list[tuple[str, str, str, str]]:
    """(implied type, its subtype, prior type, prior date) of each REFERS_TO of the graph."""
    graph = kg.store.to_networkx()
    node = graph.nodes
    return sorted((node[s]["type"], node[s].get("subtype"), node[t]["type"], node[t]["date"])
                  for s, t, edge in graph.edges(data=True) if edge["type"] == "REFERS_TO")


LINKED = [("CALL", "contact", "MEET", "2026-02-12")]


@pytest.mark.parametrize("order", ["together", "meeting first", "call first"])
def test_an_implied_first_contact_refers_to_the_earlier_meeting(news, tmp_path, order):
    import graphkit

    meeting, call = sorted(news.iterdir())
    writes = {"together": [[meeting, call]], "meeting first": [[meeting], [call]],
              "call first": [[call], [meeting]]}[order]
    with graphkit.open(tmp_path / "kg") as kg:
        for paths in writes:
            kg.ingest(paths)
        assert _refers_to(kg) == LINKED


def test_an_implied_first_call_does_not_refer_to_a_meeting(news, tmp_path):
    import graphkit

    call = news / "2026-03-10-call.txt"
    call.write_text(CALL.replace("first contact", "first call"), encoding="utf-8")
    with graphkit.open(tmp_path / "kg") as kg:
        kg.ingest([news])
        assert _refers_to(kg) == []


@pytest.mark.neo4j
def test_neo4j_links_the_implied_first_contact_as_the_embedded_store_does(
        news, tmp_path, neo4j_clean, neo4j_credentials):
    import graphkit

    meeting, call = sorted(news.iterdir())
    served = graphkit.open(neo4j_credentials["uri"], user=neo4j_credentials["user"],
                           password=neo4j_credentials["password"])
    with served, graphkit.open(tmp_path / "kg") as embedded:
        for paths in ([call], [meeting]):
            served.ingest(paths)
            embedded.ingest(paths)
        assert _refers_to(served) == _refers_to(embedded) == LINKED
        assert served.summary("Arlen Voss", "Ilse Marrow") == embedded.summary(
            "Arlen Voss", "Ilse Marrow")


def test_an_implied_first_contact_refers_to_the_latest_contact_of_either_kind(news, tmp_path):
    import graphkit

    (news / "2026-02-05-call.txt").write_text(
        "URL: https://example.test/carvania/early-call\nOUTLET: Velmar Ledger\n"
        "PUBLISHED: 2026-02-05\nTITLE: Voss calls Marrow\n\nPresident Arlen Voss of Carvania "
        "spoke by phone with Foreign Minister Ilse Marrow of Dastova on Thursday.\n",
        encoding="utf-8")
    with graphkit.open(tmp_path / "kg") as kg:
        kg.ingest([news])
        assert _refers_to(kg) == LINKED  # the meeting of 12 February, not the call of the 5th
