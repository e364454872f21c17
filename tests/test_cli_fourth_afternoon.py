"""What the fourth user sweep (an analyst asking the brief's questions) found wrong or
missing, each answer checked on both stores where the query runs on both. Invented news:
invented towns, reporters and wording, real leaders and countries as facts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from news_files import STORES, ingested, run_cli, write_news

from graphkit.api import KnowledgeGraph

ARTICLES = {
    "2023-05-11-koravka.txt": (
        "URL: https://wire.test/2023/05/koravka\nOUTLET: Harbour Wire\nPUBLISHED: 2023-05-11\n"
        "TITLE: Putin hosts Aliyev at a resort\n\nRussian President Vladimir Putin met "
        "Azerbaijani President Ilham Aliyev in the resort town of Koravka on Wednesday.\n"),
    "2024-07-17-call.txt": (
        "URL: https://ledger.test/2024/07/call\nOUTLET: Caspian Ledger\nPUBLISHED: 2024-07-17\n"
        "TITLE: Putin and Aliyev speak again\n\nVladimir Putin held a phone call with Ilham "
        "Aliyev on Tuesday, the Kremlin said.\nIt was the first contact between the two "
        "presidents since May 2023.\n"),
    "2025-06-25-call.txt": (
        "URL: https://wire.test/2025/06/call\nOUTLET: Harbour Wire\nPUBLISHED: 2025-06-25\n"
        "TITLE: Putin and Aliyev talk amid a row\n\nPutin spoke by phone with Aliyev on "
        "Tuesday, the Kremlin said.\nIt was the first contact between the two leaders since "
        "July 2024.\n"),
    "2025-06-18-reporters.txt": (
        "URL: https://ledger.test/2025/06/reporters\nOUTLET: Caspian Ledger\n"
        "PUBLISHED: 2025-06-18\nTITLE: A row over two reporters\n\nThe Kremlin accused "
        "Azerbaijan of persecuting Russian citizens.\n"),
    "2025-06-21-antalya.txt": (
        "URL: https://courier.test/2025/06/antalya\nOUTLET: Northgate Courier\n"
        "PUBLISHED: 2025-06-21\nTITLE: Lavrov and Fidan meet\n\nRussian Foreign Minister "
        "Sergei Lavrov met Hakan Fidan, the Turkish foreign minister, in the town of Belkora on "
        "Friday.\n"),
}


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write_news(tmp_path / "news", ARTICLES)


@pytest.fixture(params=STORES)
def kg(request: pytest.FixtureRequest, tmp_path: Path, news: Path) -> Iterator[KnowledgeGraph]:
    yield from ingested(request, tmp_path / "kg", news)


run = run_cli


# -- an implied contact is the contact it refers to, not one more ------------------------------

def test_a_later_articles_first_since_claim_is_not_a_contact_between_an_earlier_claim_and_its_call(kg, news):
    # 2025's "first contact since July 2024" implies a July 2024 contact: the 16 July call
    # itself, not a second contact inside 2024's "first contact since May 2023"
    [row] = kg.claim_check(str(news / "2024-07-17-call.txt"))
    assert (row["status"], row["prior_date"], row["contacts_between"]) == \
        ("confirmed", "2023-05-10", [])


def test_the_previous_contact_before_a_day_is_never_an_implied_month_that_stands_for_a_later_call(kg):
    # "since July 2024" is the 16 July call: on 10 July the previous contact is May 2023's
    last = kg.first_contact("Putin", "Aliyev", on="2024-07-10")
    assert last is not None
    assert (last.type, last.date, last.modality, last.gap_days) == ("MEET", "2023-05-10", "asserted", 427)
    assert kg.first_contact("Putin", "Aliyev", on="2023-05-05") is None


def test_claim_check_on_the_command_line_confirms_the_claim_a_later_article_restates(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("claim-check", str(news / "2024-07-17-call.txt"), "--store", store)
    assert result.exit_code == 0, result.output
    assert "confirmed" in result.stdout and "contradicted" not in result.stdout


# -- who did what to whom, in the text a person reads ------------------------------------------

def test_a_timeline_row_names_the_accuser_before_the_accused_with_an_arrow(kg):
    from graphkit.reports.text import format_events

    rows = kg.timeline("Moscow", types="ACCUSE")
    assert [p["role"] for p in rows[0]["participants"]] == ["target", "source"]  # by name
    text = format_events(rows, "text")
    assert "Russia (RUS) → Azerbaijan (AZE)" in text


def test_timeline_text_and_csv_on_the_command_line_show_the_direction_of_an_accusation(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    for fmt in ("text", "csv", "markdown"):
        result = run("timeline", "Azerbaijan", "--type", "accuse", "--format", fmt, "--store", store)
        assert result.exit_code == 0, result.output
        assert "Russia (RUS) → Azerbaijan (AZE)" in result.stdout, fmt


# -- "every Russia-Azerbaijan event this month" -----------------------------------------------

def test_a_timeline_with_a_partner_keeps_only_the_events_between_the_two_sides(kg):
    month = kg.timeline("Russia", "2025-06-01", "2025-06-30")
    assert "MEET" in [r["type"] for r in month]  # Lavrov and Fidan: Russia's, not Azerbaijan's
    between = kg.timeline("Russia", "2025-06-01", "2025-06-30", partner="Azerbaijan")
    assert [(r["date"], r["type"]) for r in between] == [("2025-06-18", "ACCUSE"),
                                                        ("2025-06-24", "CALL")]
    assert kg.timeline("Russia", "2025-06-01", "2025-06-30", partner="Azerbaijan",
                       limit=1, offset=1) == between[1:]


def test_timeline_with_on_the_command_line_titles_the_pair_and_refuses_one_side_twice(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("timeline", "Russia", "--with", "Azerbaijan", "--from", "2025-06-01",
                 "--to", "2025-06-30", "--store", store)
    assert result.exit_code == 0, result.output
    assert "Events between Russia and Azerbaijan" in result.stdout
    assert "ACCUSE" in result.stdout and "Fidan" not in result.stdout
    same = run("timeline", "Russia", "--with", "RUS", "--store", store)
    assert same.exit_code == 1
    assert "'Russia' and 'RUS' both name Russia (RUS)" in same.stderr


# -- the source of an answer: outlet and date, not a title alone ------------------------------

def test_the_previous_contact_names_its_reports_outlet_and_publication_day(kg):
    last = kg.first_contact("Putin", "Aliyev", on="2024-07-10")
    assert last is not None
    assert (last.article_outlet, last.article_published) == ("Harbour Wire", "2023-05-11")


def test_first_contact_on_the_command_line_gives_title_outlet_day_and_address(news, tmp_path):
    import json

    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("first-contact", "Putin", "Aliyev", "--on", "2024-07-10", "--store", store)
    assert result.exit_code == 0, result.output
    assert ("Source: Putin hosts Aliyev at a resort (Harbour Wire, 2023-05-11) "
            "https://wire.test/2023/05/koravka") in result.stdout
    found = json.loads(run("first-contact", "Putin", "Aliyev", "--on", "2024-07-10",
                           "--format", "json", "--store", store).stdout)["previous_contact"]
    assert found["article_outlet"] == "Harbour Wire"


# -- how many newsrooms a contact rests on ------------------------------------------------------

def test_the_dyad_reports_contact_history_names_every_outlet_that_reported_a_contact(tmp_path):
    folder = tmp_path / "restated"
    folder.mkdir()
    for outlet, day in (("Harbour Wire", "2025-07-01"), ("Caspian Ledger", "2025-07-01"),
                        ("Northgate Courier", "2025-07-02")):
        slug = outlet.split()[0].lower()
        (folder / f"{slug}.txt").write_text(
            f"URL: https://{slug}.test/2025/07/call\nOUTLET: {outlet}\nPUBLISHED: {day}\n"
            f"TITLE: Leaders speak\n\nRussian President Vladimir Putin spoke by phone with "
            f"French President Emmanuel Macron on 1 July, officials in Velsk said.\n",
            encoding="utf-8")
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(folder), "--store", store, "--quiet").exit_code == 0
    result = run("report", "dyad", "Putin", "Macron", "--format", "markdown", "--store", store)
    assert result.exit_code == 0, result.output
    [row] = [line for line in result.stdout.splitlines() if line.startswith("| 2025-07-01 | CALL")]
    assert row.endswith("Northgate Courier) |")  # published a day later: last
    assert "Caspian Ledger" in row and "Harbour Wire" in row
    assert "1 event between them, 1 call or meeting (first 2025-07-01" in result.stdout


# -- whose claim: "the two leaders" named ----------------------------------------------------

def test_a_claim_row_names_who_the_two_leaders_are(kg, news):
    [row] = kg.claim_check(str(news / "2025-06-25-call.txt"))
    assert [(p["name"], p["country"]) for p in row["participants"]] == [
        ("Ilham Aliyev", "AZE"), ("Vladimir Putin", "RUS")]


def test_claim_check_text_has_a_column_naming_the_pair(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("claim-check", str(news / "2025-06-25-call.txt"), "--store", store)
    assert result.exit_code == 0, result.output
    assert "┃ of " in result.stdout and "Ilham Aliyev (AZE)," in result.stdout


# -- an empty answer says what was asked -------------------------------------------------------

def test_an_empty_month_names_the_range_that_holds_nothing(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("timeline", "Russia", "--from", "2025-02-01", "--to", "2025-02-28", "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout == "Timeline of Russia, 2025-02-01 to 2025-02-28: no events\n"
    typed = run("timeline", "Russia", "--with", "Azerbaijan", "--type", "expel", "--store", store)
    assert typed.stdout == "Events between Russia and Azerbaijan, EXPEL: no events\n"


# -- a contact history lists each contact once ------------------------------------------------

def test_contacts_and_timeline_list_a_call_once_not_again_as_the_month_a_later_claim_implies(kg):
    # "first contact since July 2024" stands for the 16 July call: one July row, as in report dyad
    history = [(r["date"], r["type"], r["modality"]) for r in kg.contacts("Putin", "Aliyev")]
    assert history == [("2023-05-10", "MEET", "asserted"), ("2024-07-16", "CALL", "asserted"),
                       ("2025-06-24", "CALL", "asserted")]
    days = [r["date"] for r in kg.timeline("Aliyev", types=["CALL", "MEET"])]
    assert days == ["2023-05-10", "2024-07-16", "2025-06-24"]
    assert len(kg.report("Putin", "Aliyev").contacts) == len(history)


# -- a misspelt name: each actor suggested once, by its own name ------------------------------

def test_a_misspelt_name_suggests_the_actor_once_not_each_of_its_spellings(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("timeline", "Aliev", "--store", store)
    assert result.exit_code == 1
    assert result.stderr == "Error: no actor matches 'Aliev'; did you mean Ilham Aliyev?\n"


# -- a country's partners ranked --------------------------------------------------------------

def test_a_countrys_partners_are_ranked_by_country_each_event_counted_once(kg):
    # the Kremlin's accusation is Russia's; the calls Putin's: one country, Azerbaijan,
    # whose two actors (Aliyev and the state) share no event
    ranked = kg.partner_countries("Russia")
    assert [(r["country"], r["events"]) for r in ranked] == [("AZE", 4), ("TUR", 1)]
    assert kg.partner_countries("Russia", date_from="2025-06-01")[0]["events"] == 2


def test_network_countries_on_the_command_line_ranks_and_refuses_a_deeper_walk(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("network", "Russia", "--countries", "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith("AZE,4,")
    deeper = run("network", "Russia", "--countries", "--depth", "2", "--store", store)
    assert deeper.exit_code == 2 and "leave --depth at 1" in deeper.stderr


# -- a resumed contact says what the contact before the silence was ---------------------------

def test_a_resumed_contact_carries_the_sentence_of_the_contact_before_the_silence(kg):
    [row] = [r for r in kg.resumed(365) if r["date"] == "2024-07-16"]
    assert (row["previous_type"], row["previous_date"], row["gap_days"]) == ("MEET", "2023-05-10", 433)
    assert row["previous_evidence"].startswith("Russian President Vladimir Putin met")


def test_resumed_on_the_command_line_names_the_previous_contacts_type(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("resumed", "--min-gap", "365", "--store", store)
    assert result.exit_code == 0, result.output
    assert "MEET 2023-05-10" in result.stdout
    csv = run("resumed", "--min-gap", "365", "--format", "csv", "--store", store).stdout
    assert "previous_evidence" in csv.splitlines()[0]


# -- the source of each row of contacts and timeline ------------------------------------------

def test_contacts_and_timeline_rows_name_their_articles_title_outlet_and_day(kg):
    [first] = kg.contacts("Putin", "Aliyev", limit=1)
    assert (first["article_title"], first["article_outlet"], first["article_published"],
            first["article_url"]) == ("Putin hosts Aliyev at a resort", "Harbour Wire",
                                      "2023-05-11", "https://wire.test/2023/05/koravka")
    [accusation] = kg.timeline("Azerbaijan", types="ACCUSE")
    assert accusation["article_outlet"] == "Caspian Ledger"


def test_timeline_and_contacts_text_give_each_sentences_outlet_and_day(news, tmp_path):
    store = str(tmp_path / "cli-kg")
    assert run("ingest", str(news), "--store", store, "--quiet").exit_code == 0
    result = run("contacts", "Putin", "Aliyev", "--format", "markdown", "--store", store)
    assert "in the resort town of Koravka on Wednesday. (Harbour Wire, 2023-05-11) |" in result.stdout
    csv = run("timeline", "Aliyev", "--format", "csv", "--store", store).stdout
    assert "article_outlet" in csv.splitlines()[0] and "Caspian Ledger" in csv
