"""Captured aggregator pages: detection, splitting, relative ages, furniture as data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graphkit.errors import LoadError
from graphkit.load import (
    PageFurniture,
    RelativeAge,
    is_aggregator_page,
    load_file,
    parse_age_line,
    split_aggregator_page,
)
from graphkit.load.aggregator import FURNITURE_FILE
from graphkit.model import Article

DAILY8 = "000_daily8_aggregator_page"
AS_OF = date(2025, 7, 2)

# A page of another layout: outlet and age on one line with a separator, outlet on its own
# line, a byline instead of an outlet, comment boxes and footers between the articles.
OTHER_LAYOUT = """Site logo
Menu
Top Stories

Macron meets Scholz in Berlin
Reuters · 3 hours ago
French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.
The two leaders agreed to coordinate their positions.
Share
Erdogan calls Putin over grain deal
Anadolu Agency
2 days ago
Turkish President Recep Tayyip Erdogan spoke with Vladimir Putin by phone, his office said.
Comments (3)
Be the first to comment
You may also like
Blinken visits Kyiv
By Jane Doe
yesterday
US Secretary of State Antony Blinken arrived in Kyiv on an unannounced visit.
Subscribe to our newsletter
Privacy Policy
"""


@pytest.fixture(scope="module")
def daily8(shared_corpus: Path) -> tuple[Path, dict]:
    gold = json.loads((shared_corpus / f"{DAILY8}.gold.json").read_text(encoding="utf-8"))
    return shared_corpus / f"{DAILY8}.txt", gold


@pytest.mark.corpus
def test_real_page_splits_into_the_gold_articles(daily8: tuple[Path, dict]) -> None:
    path, gold = daily8

    articles = list(load_file(path, date.fromisoformat(gold["as_of"])))

    assert all(isinstance(a, Article) for a in articles)
    assert [(a.title, a.outlet, a.published.isoformat()) for a in articles] == [
        (g["title"], g["outlet"], g["published"]) for g in gold["articles"]]


@pytest.mark.corpus
def test_real_page_articles_are_sourced_path_hash_n(daily8: tuple[Path, dict]) -> None:
    path, gold = daily8

    articles = split_aggregator_page(path.read_text(encoding="utf-8"), source=str(path),
                                     as_of=AS_OF)

    assert [a.source for a in articles] == [f"{path}#{n}" for n in range(1, 5)]


@pytest.mark.corpus
def test_real_page_articles_hold_their_evidence_and_no_furniture(daily8: tuple[Path, dict]) -> None:
    path, gold = daily8

    articles = split_aggregator_page(path.read_text(encoding="utf-8"), as_of=AS_OF)

    for article, gold_article in zip(articles, gold["articles"], strict=True):
        for event in gold_article["events"]:
            assert event["evidence"] in article.text
        lines = article.text.split("\n")
        assert article.title not in lines
        assert not {"logo", "Comments", "Related Articles", "DOWNLOAD THE APP"} & set(lines)
        assert "Russia Today" not in lines
        assert "Daily8" not in article.text


def test_another_layout_splits_with_titles_outlets_and_dates() -> None:
    articles = split_aggregator_page(OTHER_LAYOUT, source="page.txt", as_of=AS_OF)

    assert [(a.title, a.outlet, a.published) for a in articles] == [
        ("Macron meets Scholz in Berlin", "Reuters", date(2025, 7, 2)),
        ("Erdogan calls Putin over grain deal", "Anadolu Agency", date(2025, 6, 30)),
        ("Blinken visits Kyiv", None, date(2025, 7, 1)),
    ]
    assert articles[0].text == ("French President Emmanuel Macron met German Chancellor Olaf "
                                "Scholz in Berlin on Monday.\nThe two leaders agreed to "
                                "coordinate their positions.")
    assert articles[2].text.endswith("unannounced visit.")


def test_split_articles_get_content_ids() -> None:
    article = split_aggregator_page(OTHER_LAYOUT, as_of=AS_OF)[0]

    assert article.id == Article.make_id(None, article.title, article.text)


def test_without_as_of_published_is_none() -> None:
    assert {a.published for a in split_aggregator_page(OTHER_LAYOUT)} == {None}


def test_aggregator_page_is_detected() -> None:
    assert is_aggregator_page(OTHER_LAYOUT)


@pytest.mark.parametrize("text", [
    "Putin meets envoy\n\nThe Kremlin said Putin met the envoy two days ago.\nTalks went well.",
    "TITLE: Talks\n\nThey met.",
    "One headline here\nBBC 2 hours ago\nOnly one block is no aggregator page.",
])
def test_ordinary_article_is_not_an_aggregator_page(text: str) -> None:
    assert not is_aggregator_page(text)


@pytest.mark.corpus
def test_no_other_dev_article_is_taken_for_an_aggregator_page(shared_corpus: Path) -> None:
    for path in sorted(shared_corpus.glob("*.txt")):
        if path.stem != DAILY8:
            assert not is_aggregator_page(path.read_text(encoding="utf-8")), path.name


def test_text_without_blocks_is_a_load_error() -> None:
    with pytest.raises(LoadError, match="no article blocks"):
        split_aggregator_page("Just a sentence of text.", source="x.txt")


@pytest.mark.parametrize(("line", "outlet", "age"), [
    ("Russia Today17 hours ago", "Russia Today", RelativeAge(17, "hours")),
    ("timean hour ago", None, RelativeAge(1, "hours")),
    ("2 hours ago", None, RelativeAge(2, "hours")),
    ("Reuters · 3 hours ago", "Reuters", RelativeAge(3, "hours")),
    ("• Al Jazeera 5m ago", "Al Jazeera", RelativeAge(5, "minutes")),
    ("dw.com | Posted 2 days ago", "dw.com", RelativeAge(2, "days")),
    ("Yesterday", None, RelativeAge(1, "days")),
])
def test_age_line_gives_outlet_and_age(line: str, outlet: str | None, age: RelativeAge) -> None:
    assert parse_age_line(line) == (outlet, age)


@pytest.mark.parametrize("line", [
    "He left two days ago",            # running text before the age
    "Russia Today",                    # "Today" is part of a name, not an age
    "The talks began 3 weeks ago.",    # a sentence
])
def test_line_that_is_not_an_age_line(line: str) -> None:
    assert parse_age_line(line) is None


@pytest.mark.parametrize(("age", "expected"), [
    (RelativeAge(17, "hours"), date(2025, 7, 1)),   # noon minus 17 h is the evening before
    (RelativeAge(1, "hours"), date(2025, 7, 2)),
    (RelativeAge(12, "hours"), date(2025, 7, 2)),   # exactly midnight of the capture day
    (RelativeAge(13, "hours"), date(2025, 7, 1)),
    (RelativeAge(45, "minutes"), date(2025, 7, 2)),
    (RelativeAge(3, "days"), date(2025, 6, 29)),
    (RelativeAge(2, "weeks"), date(2025, 6, 18)),
    (RelativeAge(1, "months"), date(2025, 6, 2)),
    (RelativeAge(1, "years"), date(2024, 7, 2)),
])
def test_relative_age_counts_back_from_noon_of_as_of(age: RelativeAge, expected: date) -> None:
    assert age.resolve(AS_OF) == expected


def test_month_ages_clamp_to_the_last_day_of_shorter_months() -> None:
    assert RelativeAge(1, "months").resolve(date(2025, 3, 31)) == date(2025, 2, 28)


def test_furniture_comes_from_the_yaml_file(tmp_path: Path) -> None:
    data = FURNITURE_FILE.read_text(encoding="utf-8")
    custom = tmp_path / "furniture.yaml"
    custom.write_text(data.replace("furniture:\n", "furniture:\n  - 'the two leaders.*'\n", 1),
                      encoding="utf-8")

    default = split_aggregator_page(OTHER_LAYOUT, as_of=AS_OF)[0]
    changed = split_aggregator_page(OTHER_LAYOUT, as_of=AS_OF,
                                    furniture=PageFurniture.from_yaml(custom))[0]

    assert "The two leaders" in default.text
    assert "The two leaders" not in changed.text


def test_unusable_furniture_file_is_a_load_error(tmp_path: Path) -> None:
    bad = tmp_path / "furniture.yaml"
    bad.write_text("furniture: ['(unclosed']\n", encoding="utf-8")

    with pytest.raises(LoadError, match="not a usable page furniture file"):
        PageFurniture.from_yaml(bad)


@pytest.mark.parametrize("line", ["logo", "Orange background", "Comments", "No comments yet...",
                                  "Related Articles", "DOWNLOAD THE APP", "app-storeplay-store",
                                  "Try Our AI Features", "Share", "Advertisement"])
def test_common_page_furniture_is_recognised(line: str) -> None:
    assert PageFurniture.load().is_furniture(line)


@pytest.mark.parametrize("line", ["Russia Today", "Putin and Macron talk for first time",
                                  "Moscow responds to NATO chief's comment about Lavrov"])
def test_titles_and_outlets_are_not_furniture(line: str) -> None:
    assert not PageFurniture.load().is_furniture(line)
