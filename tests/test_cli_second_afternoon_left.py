"""What the second afternoon's user sweep left, mended: a claim of first contact checked
against calls and meetings both, the library's own words in its errors, a page path given
as a string, unreadable weights and feed dates, and help examples that run. Invented news
throughout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main

MEETING = ("URL: https://example.test/carvania/meet\nOUTLET: Velmar Ledger\nPUBLISHED: 2026-02-12\n"
           "TITLE: Voss meets Marrow\n\nPresident Arlen Voss of Carvania met Foreign Minister "
           "Ilse Marrow of Dastova in Velmar on Thursday to discuss trade.\n")


def _call(claim: str) -> str:
    return ("URL: https://example.test/carvania/call\nOUTLET: Velmar Ledger\n"
            "PUBLISHED: 2026-03-10\nTITLE: Voss and Marrow speak\n\nPresident Arlen Voss of "
            "Carvania spoke by phone with Foreign Minister Ilse Marrow of Dastova on Tuesday, "
            f"the first {claim} between the two since February.\n")


def run(*args: str, input: str | None = None):
    env = {"NEO4J_URI": None, "GRAPHKIT_STORE": None}
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


# -- claim-check: what a claim of first contact counts -----------------------------------------

def _claim_store(tmp_path: Path, claim: str) -> tuple[Path, Path, Path]:
    news = tmp_path / "news"
    news.mkdir()
    (news / "2026-02-12-meet.txt").write_text(MEETING, encoding="utf-8")
    call = news / "2026-03-10-call.txt"
    call.write_text(_call(claim), encoding="utf-8")
    store = tmp_path / "store"
    assert run("ingest", str(news), "--store", str(store), "--quiet").exit_code == 0
    return news, call, store


def _status(*args: str) -> list[tuple[str, str | None]]:
    result = run("claim-check", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return [(r["status"], r["prior_date"]) for r in json.loads(result.stdout)]


@pytest.mark.parametrize("claim", ["contact", "talks"])
def test_a_claim_of_first_contact_is_confirmed_by_an_earlier_meeting(tmp_path, claim):
    _, call, store = _claim_store(tmp_path, claim)
    assert _status(str(call), "--store", str(store)) == [("confirmed", "2026-02-12")]


def test_a_claim_of_a_first_call_is_not_confirmed_by_a_meeting(tmp_path):
    _, call, store = _claim_store(tmp_path, "call")
    assert _status(str(call), "--store", str(store)) == [("unverified", None)]


def test_claim_check_type_names_the_types_the_prior_contact_may_be(tmp_path):
    _, call, store = _claim_store(tmp_path, "call")
    assert _status(str(call), "--type", "MEET", "--store", str(store)) == [
        ("confirmed", "2026-02-12")]
    (tmp_path / "contact").mkdir()
    _, call, store = _claim_store(tmp_path / "contact", "contact")
    assert _status(str(call), "--type", "CALL", "--store", str(store)) == [("unverified", None)]


@pytest.mark.neo4j
@pytest.mark.parametrize(("claim", "types"), [("contact", ()), ("call", ()),
                                               ("call", ("--type", "MEET"))])
def test_claim_check_gives_the_same_verdict_on_both_stores(tmp_path, neo4j_clean,
                                                          neo4j_credentials, claim, types):
    news, call, store = _claim_store(tmp_path, claim)
    neo4j = ["--neo4j", neo4j_credentials["uri"], "--neo4j-user", neo4j_credentials["user"],
             "--neo4j-password", neo4j_credentials["password"]]
    assert run("ingest", str(news), "--quiet", *neo4j).exit_code == 0
    embedded = run("claim-check", str(call), *types, "--format", "json", "--store", str(store))
    served = run("claim-check", str(call), *types, "--format", "json", *neo4j)
    assert served.exit_code == 0, served.output
    assert served.stdout == embedded.stdout


# -- a read-only refusal names the fix of whoever asked ---------------------------------------

@pytest.mark.neo4j
@pytest.mark.parametrize("query", ["CREATE (:Scratch {x: 1})", "SHOW USERS"])
def test_a_refused_write_names_the_librarys_argument_from_python_and_the_flag_from_the_cli(
        neo4j_clean, neo4j_credentials, query):
    import graphkit
    from graphkit.errors import QueryError

    kg = graphkit.open(neo4j_credentials["uri"], user=neo4j_credentials["user"],
                       password=neo4j_credentials["password"])
    with kg, pytest.raises(QueryError, match="pass write=True") as refused:
        kg.cypher(query)
    assert "--write" not in str(refused.value)
    result = run("cypher", query, "--neo4j", neo4j_credentials["uri"], "--neo4j-user",
                 neo4j_credentials["user"], "--neo4j-password", neo4j_credentials["password"])
    assert result.exit_code != 0
    assert "pass --write to allow it" in result.output
    assert "write=True" not in result.output


# -- load_html: a path as a string -------------------------------------------------------------

PAGE = ("<html><head><title>Voss meets Marrow</title></head><body><article><h1>Voss meets "
        "Marrow</h1><p>President Arlen Voss of Carvania met Foreign Minister Ilse Marrow of "
        "Dastova in Velmar on Thursday.</p></article></body></html>")


def test_load_html_reads_a_string_that_names_a_file_as_that_file(tmp_path):
    from graphkit.load import load_html

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    article = load_html(str(page))
    assert article.source == str(page)
    assert "Arlen Voss" in article.text
    assert str(page) not in article.text


def test_load_html_of_a_page_name_that_names_no_file_is_a_load_error(tmp_path):
    from graphkit.errors import LoadError
    from graphkit.load import load_html

    with pytest.raises(LoadError, match="no such file"):
        load_html(str(tmp_path / "missing.html"))


def test_load_html_still_reads_a_string_of_html():
    from graphkit.load import load_html

    assert "Arlen Voss" in load_html(PAGE).text


# -- evaluate: unreadable weights, a gold folder without prior contacts -------------------------

@pytest.fixture
def gold(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "g1.txt").write_text(MEETING, encoding="utf-8")
    events = [{"type": "MEET", "actors": ["Arlen Voss", "Ilse Marrow"], "date": "2026-02-12",
               "evidence": MEETING.split("\n\n")[1].strip()}]
    record = {"file": "g1.txt", "as_of": "2026-02-12",
              "articles": [{"title": "Voss meets Marrow", "published": "2026-02-12",
                            "events": events}]}
    (folder / "g1.gold.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


@pytest.mark.parametrize("content", [b"not weights at all\n", b"",
                                     b"PK\x03\x04 a cut-off zip"], ids=["text", "empty", "zip"])
def test_evaluate_with_a_file_that_holds_no_weights_says_so_in_one_line(gold, tmp_path, content):
    junk = tmp_path / "junk.npz"
    junk.write_bytes(content)
    result = run("evaluate", str(gold), "--model", str(junk))
    assert result.exit_code == 1
    assert result.output == f"Error: not a graphkit detector file: {junk} (the weights " \
                            "`graphkit train --out` writes)\n"


def test_evaluate_on_a_gold_without_prior_contacts_says_there_are_none(gold):
    result = run("evaluate", str(gold))
    assert result.exit_code == 0, result.output
    assert "prior contacts: none in the gold, 0 extracted" in result.output
    assert "0/0" not in result.output.split("dates right")[0]


# -- a name nothing looks like: the hint leads to the graph's names -----------------------------

def test_a_name_like_no_actor_is_answered_with_the_names_the_graph_holds(tmp_path):
    _, _, store = _claim_store(tmp_path, "call")
    result = run("timeline", "Quenlor", "--store", str(store))
    assert result.exit_code == 1
    assert result.output == ("Error: no actor matches 'Quenlor'; the graph's actors are "
                             "Arlen Voss, Ilse Marrow\n")


# -- a feed item whose date cannot be read ------------------------------------------------------

FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Velmar Ledger</title>'
        "<item><title>Voss meets Marrow</title><link>https://example.test/1</link>"
        "<pubDate>{date}</pubDate><description>President Arlen Voss of Carvania met Foreign "
        "Minister Ilse Marrow of Dastova in Velmar.</description></item></channel></rss>")


@pytest.mark.parametrize(("as_of", "then"), [((), "it has none"),
                                             (("--as-of", "2026-03-12"),
                                              "it takes the capture date 2026-03-12")])
def test_a_feed_item_whose_date_is_no_date_is_read_with_a_warning(tmp_path, as_of, then):
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.format(date="sometime last week"), encoding="utf-8")
    result = run("extract", str(feed), "--format", "jsonl", *as_of)
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"Warning: {feed}#1: the publication date 'sometime last week' "
                             f"is no date; {then}\n")


def test_a_feed_item_with_a_readable_date_gives_no_warning(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.format(date="Tue, 10 Mar 2026 09:00:00 +0100"), encoding="utf-8")
    result = run("extract", str(feed), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


# -- import --help: its example files are placeholders, said to be -----------------------------

def test_import_help_examples_name_no_file_a_checkout_lacks_unless_a_placeholder():
    root = Path(__file__).resolve().parent.parent
    result = run("import", "--help")
    assert result.exit_code == 0
    commands = [line.split() for line in result.output.splitlines()
                if line.strip().startswith("graphkit import ")]
    assert len(commands) == 3
    for words in commands:
        name = words[2]
        assert (root / name).exists() or "YYYY" in name, name
    assert "stands for" in result.output
