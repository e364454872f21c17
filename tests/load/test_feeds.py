"""News feeds (RSS 2.0, Atom, RSS 1.0/RDF) as inputs: one article per item."""

from __future__ import annotations

import json
import shutil
import warnings
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkit.cli import main
from graphkit.errors import LoadError
from graphkit.load import iter_articles, load_feed
from graphkit.model import Article

FEEDS = Path(__file__).resolve().parent / "feeds"
AS_OF = date(2025, 3, 14)


def _articles(path: Path) -> list[Article]:
    items = list(iter_articles([path], AS_OF))
    assert all(isinstance(item, Article) for item in items), items
    return items  # type: ignore[return-value]


def _rss(*items: str, title: str = "Arnor Post") -> str:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            + "".join(items) + "</channel></rss>")


def _item(n: int, description: str = "Envoys of Gondor and Rohan met.") -> str:
    return (f"<item><title>Story {n}</title><link>https://arnor-post.example/{n}</link>"
            f"<pubDate>Mon, 10 Mar 2025 09:00:00 +0000</pubDate>"
            f"<description>{description}</description></item>")


@pytest.mark.parametrize(("name", "outlet", "count"), [
    ("harbour-gazette.rss", "Harbour Gazette", 2),
    ("lakeside-wire.atom", "Lakeside Wire", 2),
    ("valley-courier.rdf", "Valley Courier", 1),
])
def test_each_feed_format_gives_one_article_per_item_with_the_feed_title_as_outlet(
        name: str, outlet: str, count: int) -> None:
    articles = _articles(FEEDS / name)

    assert len(articles) == count
    assert {a.outlet for a in articles} == {outlet}
    assert [a.source for a in articles] == [f"{FEEDS / name}#{n}" for n in range(1, count + 1)]
    assert all(a.title and a.published for a in articles)


def test_item_fields_become_title_link_and_date_as_the_feed_writes_it() -> None:
    call, expel = _articles(FEEDS / "harbour-gazette.rss")

    assert call.title == "Norway and Chile foreign ministers hold phone call"
    assert call.url == "https://harbour-gazette.example/2025/03/norway-chile-call"
    # 23:30 at +03:00 is 11 March where it was written (20:30 UTC), never the UTC day after
    assert call.published == date(2025, 3, 11)
    assert expel.published == date(2025, 3, 10)


def test_full_content_is_the_text_and_a_summary_alone_is_marked_as_summary() -> None:
    call, expel = _articles(FEEDS / "harbour-gazette.rss")

    assert not call.summary_only
    assert call.text.startswith("Norwegian Foreign Minister Arvid Tollefsen spoke")
    assert "\n\nThe two ministers discussed" in call.text  # paragraphs kept, tags gone
    assert expel.summary_only
    assert expel.text == ("Portugal expelled a Belarusian diplomat on Monday, "
                          "the Portuguese foreign ministry said.")


def test_an_item_without_a_web_link_has_no_url_and_an_id_from_its_guid() -> None:
    _, linkless = _articles(FEEDS / "lakeside-wire.atom")

    assert linkless.url is None
    assert linkless.id.startswith("guid-")


def test_ids_come_from_links_so_an_updated_item_keeps_its_id() -> None:
    first = list(load_feed(_rss(_item(1)), source="f.rss"))
    updated = list(load_feed(_rss(_item(1, "Envoys met again."), _item(2)), source="f.rss"))

    assert first[0].id == updated[0].id
    assert updated[1].id != updated[0].id


def test_undated_items_take_the_capture_date() -> None:
    feed = _rss("<item><title>Talks</title><link>https://a.example/1</link>"
                "<description>They met.</description></item>")

    [article] = load_feed(feed, source="f.rss", as_of=AS_OF)

    assert article.published == AS_OF


@pytest.mark.parametrize(("text", "reason"), [
    ('<?xml version="1.0"?><catalogue><book/></catalogue>', "is not a news feed"),
    ('<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
     "is a feed with no items"),
])
def test_a_file_that_is_not_a_feed_or_has_no_items_is_an_error(
        tmp_path: Path, text: str, reason: str) -> None:
    (tmp_path / "bad.xml").write_text(text, encoding="utf-8")

    [error] = iter_articles([tmp_path / "bad.xml"])

    assert isinstance(error, LoadError)
    assert reason in error.reason


def test_an_item_without_title_or_text_is_skipped_with_its_number(tmp_path: Path) -> None:
    (tmp_path / "f.rss").write_text(_rss(_item(1), "<item><guid>x</guid></item>"),
                                    encoding="utf-8")

    items = list(iter_articles([tmp_path / "f.rss"]))

    assert isinstance(items[0], Article)
    assert isinstance(items[1], LoadError) and items[1].reason.startswith("item 2:")


def test_a_feed_under_another_name_is_sniffed(tmp_path: Path) -> None:
    shutil.copy(FEEDS / "lakeside-wire.atom", tmp_path / "feed.txt")

    assert [a.outlet for a in _articles(tmp_path / "feed.txt")] == ["Lakeside Wire"] * 2


def _run(*args: str):
    return CliRunner().invoke(main, list(args), env={"NEO4J_URI": None, "GRAPHKIT_STORE": None},
                              catch_exceptions=False)


def _stats(store: Path) -> dict[str, int]:
    return json.loads(_run("stats", "--format", "json", "--store", str(store)).stdout)


def test_ingesting_a_folder_of_feeds_twice_changes_nothing(tmp_path: Path) -> None:
    store = str(tmp_path / "s")

    first = _run("ingest", str(FEEDS), "--store", store, "--as-of", "2025-03-14", "--quiet")
    counts = _stats(tmp_path / "s")
    second = _run("ingest", str(FEEDS), "--store", store, "--as-of", "2025-03-14", "--quiet")

    assert first.exit_code == second.exit_code == 0, first.output + second.output
    assert counts["Article"] == 5 and counts["Event"] >= 3
    assert _stats(tmp_path / "s") == counts


def test_reingesting_an_updated_feed_adds_only_its_new_items(tmp_path: Path) -> None:
    feed, store = tmp_path / "arnor.rss", str(tmp_path / "s")
    feed.write_text(_rss(_item(1)), encoding="utf-8")
    _run("ingest", str(feed), "--store", store, "--quiet")
    before = _stats(tmp_path / "s")["Article"]

    feed.write_text(_rss(_item(2), _item(1, "Envoys of Gondor and Rohan met in Bree.")),
                    encoding="utf-8")
    _run("ingest", str(feed), "--store", store, "--quiet")

    assert _stats(tmp_path / "s")["Article"] == before + 1



def test_an_unreadable_date_is_not_read_again_through_feedparsers_deprecated_fallback() -> None:
    # asked for a missing "updated", feedparser answers with "published" and warns that the
    # fallback will go; the loader asks for each field as written, so a future feedparser
    # changes nothing
    item = _item(1).replace("Mon, 10 Mar 2025 09:00:00 +0000", "sometime last week")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        articles = list(load_feed(_rss(item), source="f.rss", as_of=AS_OF))
    assert articles[0].published == AS_OF


def test_a_feed_cut_off_inside_an_item_reads_the_items_before_and_says_so_of_the_last() -> None:
    whole = _rss(_item(1), _item(2, "Envoys of Gondor and Rohan met again in Edoras."))
    cut = whole[:whole.index("met again")]
    items = list(load_feed(cut, source="f.rss", as_of=AS_OF))
    assert [type(i).__name__ for i in items] == ["Article", "LoadError"]
    assert "item 2: the feed ends inside it, the file is cut off" in str(items[1])


def test_a_feed_missing_only_its_closing_tags_loses_no_item() -> None:
    whole = _rss(_item(1), _item(2))
    items = list(load_feed(whole[:whole.index("</channel>")], source="f.rss", as_of=AS_OF))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
