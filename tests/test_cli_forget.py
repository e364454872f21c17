"""Corrections and retractions on the command line: ``graphkit ingest`` of a corrected
article says what it withdrew, ``graphkit forget`` takes articles out. Invented news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from news_files import run_cli, write_news

ARTICLES = {
    "visit.txt": (
        "URL: https://example.org/2025/03/voss-visit\nOUTLET: Harbour Wire\n"
        "PUBLISHED: 2025-03-05\nTITLE: Voss meets Marrow\n\nDastovan Foreign Minister Ilse "
        "Marrow met Carvanian President Arlen Voss in the town of Belkora on Monday.\nVoss "
        "also spoke by phone with Turkey's Recep Erdogan on Tuesday.\n"),
    "call.txt": (
        "URL: https://example.org/2025/03/voss-call\nOUTLET: Northgate Courier\n"
        "PUBLISHED: 2025-03-05\nTITLE: Voss calls Ankara\n\nCarvanian President Arlen Voss "
        "held a phone call with Turkey's Recep Erdogan on Tuesday, his "
        "office said.\n"),
}


@pytest.fixture
def store(tmp_path: Path) -> str:
    news = write_news(tmp_path / "news", ARTICLES)
    folder = str(tmp_path / "kg")
    assert run_cli("ingest", str(news), "--store", folder, "--quiet").exit_code == 0
    return folder


def test_forget_prints_the_articles_it_took_out_and_what_went(store):
    result = run_cli("forget", "https://example.org/2025/03/voss-visit", "--store", store)
    assert result.exit_code == 0, result.output
    assert "Voss meets Marrow" in result.stdout
    assert result.stdout.endswith(
        "1 article forgotten: 1 event deleted, 1 kept (other articles report them).\n")


def test_forget_as_json_lists_the_articles_and_the_counts(store):
    result = run_cli("forget", "https://example.org/2025/03/voss-call", "--format", "json",
                     "--store", store)
    found = json.loads(result.stdout)
    assert ([a["url"] for a in found["articles"]], found["events_deleted"],
            found["events_kept"]) == (["https://example.org/2025/03/voss-call"], 0, 1)


def test_forget_of_an_article_the_store_does_not_hold_is_one_error_line(store):
    result = run_cli("forget", "https://example.org/no-such-story", "--store", store)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no stored article is known by "
                                    "'https://example.org/no-such-story'")
    assert result.stderr.count("\n") == 1
    assert json.loads(run_cli("stats", "--format", "json", "--store", store).stdout)[
        "Article"] == 2


def test_forget_on_a_folder_holding_no_store_is_an_error_that_creates_nothing(tmp_path):
    result = run_cli("forget", "https://example.org/x", "--store", str(tmp_path / "typo"))
    assert result.exit_code == 1
    assert "no graphkit store at" in result.stderr
    assert not (tmp_path / "typo").exists()


def test_ingest_of_a_corrected_article_says_how_many_events_it_withdrew(tmp_path):
    news = write_news(tmp_path / "news", {"visit.txt": ARTICLES["visit.txt"]})
    store = str(tmp_path / "kg")
    assert run_cli("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    (news / "visit.txt").write_text(ARTICLES["visit.txt"].replace(
        "Voss also spoke by phone with Turkey's Recep Erdogan on Tuesday.\n",
        ""), encoding="utf-8")
    result = run_cli("ingest", str(news), "--store", store)
    assert result.exit_code == 0, result.output
    assert "1 event withdrawn (no longer in the article read again, nor in any other)" in \
        result.stderr


def test_a_corrected_article_ingested_again_keeps_the_event_another_article_reports(store, tmp_path):
    visit = tmp_path / "news" / "visit.txt"
    visit.write_text(ARTICLES["visit.txt"].replace(
        "Voss also spoke by phone with Turkey's Recep Erdogan on Tuesday.\n",
        ""), encoding="utf-8")
    assert run_cli("ingest", str(visit), "--store", store, "--quiet").exit_code == 0
    timeline = json.loads(run_cli("timeline", "Arlen Voss", "--format", "json", "--store",
                                  store).stdout)
    assert [(r["type"], r["article_url"]) for r in timeline] == [
        ("MEET", "https://example.org/2025/03/voss-visit"),
        ("CALL", "https://example.org/2025/03/voss-call")]
    stats = json.loads(run_cli("stats", "--format", "json", "--store", store).stdout)
    assert stats["MENTIONED_IN"] == 2  # (the call's report is the other article's alone)


def test_forget_of_a_folder_takes_out_every_article_read_from_it(store, tmp_path):
    result = run_cli("forget", str(tmp_path / "news"), "--format", "json", "--store", store)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["articles"]) == 2
    stats = json.loads(run_cli("stats", "--format", "json", "--store", store).stdout)
    assert (stats["Article"], stats["Event"], stats["Actor"]) == (0, 0, 0)
