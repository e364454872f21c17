"""Plain-text articles: the KEY: value header, headline detection, text cleaning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graphkit.errors import LoadError
from graphkit.load import article_from_text, clean_text, load_text, split_header
from graphkit.model import Article

AS_OF = date(2025, 7, 2)
BODY = "Merel spoke with Osk by telephone on Tuesday, her office said.\nThey discussed grain."
HEADER = (
    "URL: https://example.org/2025/07/merel-osk\n"
    "OUTLET: Example News\n"
    "PUBLISHED: 2025-07-01\n"
    "TITLE: Merel and Osk talk for first time in two years\n"
    "\n"
)


def test_header_fills_url_outlet_published_and_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(HEADER + BODY, encoding="utf-8")

    article = load_text(path, AS_OF)

    assert article.url == "https://example.org/2025/07/merel-osk"
    assert article.outlet == "Example News"
    assert article.published == date(2025, 7, 1)
    assert article.title == "Merel and Osk talk for first time in two years"
    assert article.text == BODY
    assert article.source == str(path)


def test_header_keys_are_case_insensitive() -> None:
    article = article_from_text("title: Talks\nOutlet: Wire\nPublished: 2024-02-14\n\n" + BODY)

    assert (article.title, article.outlet, article.published) == ("Talks", "Wire", date(2024, 2, 14))


@pytest.mark.parametrize("value", ["1 July 2025", "Tuesday, July 1, 2025", "2025-07-01T23:30:00+03:00"])
def test_published_accepts_written_dates_and_iso_datetimes(value: str) -> None:
    article = article_from_text(f"PUBLISHED: {value}\n\n{BODY}", as_of=AS_OF)

    assert article.published == date(2025, 7, 1)


def test_unreadable_published_is_a_load_error_naming_the_value() -> None:
    with pytest.raises(LoadError, match="'sometime soon' is not a date"):
        article_from_text(f"PUBLISHED: sometime soon\n\n{BODY}", source="a.txt")


def test_unknown_header_keys_are_ignored() -> None:
    article = article_from_text(f"TITLE: Talks\nAUTHOR: Jane Doe\n\n{BODY}")

    assert article.title == "Talks"
    assert article.text == BODY


def test_dateline_with_colon_is_not_a_header() -> None:
    text = "Portmere: Two blasts shook Portmere on Tuesday.\n\nValdoria condemned the strike."

    header, body = split_header(text)

    assert header is None
    assert body == text


def test_without_header_published_is_as_of_and_title_none_for_running_text() -> None:
    article = article_from_text(BODY, as_of=AS_OF)

    assert article.published == AS_OF
    assert article.title is None
    assert article.outlet is None
    assert article.text == BODY


def test_without_header_and_as_of_published_is_none() -> None:
    assert article_from_text(BODY).published is None


def test_standalone_first_line_that_reads_as_a_headline_becomes_the_title() -> None:
    article = article_from_text("Merel and Osk talk for first time in two years\n\n" + BODY)

    assert article.title == "Merel and Osk talk for first time in two years"
    assert article.text == BODY


@pytest.mark.parametrize("first_line", [
    "The Kremlin said the two leaders spoke.",          # ends like a sentence
    "the leaders spoke again",                           # starts in lower case
    " ".join(["word"] * 30).capitalize(),                # too long for a headline
])
def test_first_line_that_is_not_a_headline_stays_in_the_text(first_line: str) -> None:
    article = article_from_text(f"{first_line}\n\n{BODY}")

    assert article.title is None
    assert article.text.startswith(first_line)


def test_carriage_returns_and_runs_of_spaces_are_normalised_keeping_sentences() -> None:
    raw = "TITLE: Talks\r\n\r\nPutin  spoke\twith\u00a0Macron.\r\nThey   agreed.\r\n\r\n\r\n\r\nEnd."

    article = article_from_text(raw)

    assert article.text == "Putin spoke with Macron.\nThey agreed.\n\nEnd."
    assert "\r" not in article.text


def test_clean_text_drops_invisible_characters() -> None:
    assert clean_text("\ufeffPutin\u200b spoke.") == "Putin spoke."


def test_id_is_derived_from_the_url_when_there_is_one() -> None:
    article = article_from_text(HEADER + BODY)

    assert article.id == Article.make_id("https://example.org/2025/07/merel-osk", None, "")


def test_id_without_url_is_derived_from_title_and_text() -> None:
    article = article_from_text(f"TITLE: Talks\n\n{BODY}")

    assert article.id == Article.make_id(None, "Talks", BODY)


def test_a_string_is_loaded_as_text_with_source_text() -> None:
    article = load_text(BODY)

    assert article.source == "<text>"
    assert article.text == BODY


def test_header_without_body_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("TITLE: Talks\nPUBLISHED: 2025-07-01\n", encoding="utf-8")

    with pytest.raises(LoadError, match="no article text"):
        load_text(path)
