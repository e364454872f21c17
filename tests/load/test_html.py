"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graphkit.errors import LoadError
from graphkit.load import article_from_html, load_file, load_html

AS_OF = date(2025, 7, 2)
PARAGRAPHS = (
    "<p>French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday "
    "to prepare the next summit of the European Union.</p>"
    "<p>The two leaders agreed to coordinate their positions on defence spending, "
    "officials said after the talks.</p>"
)
PAGE = f"""<!DOCTYPE html>
<html><head>
<title>Macron and Scholz meet in Paris | Example News</title>
<meta property="og:title" content="Macron and Scholz meet in Paris">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://example.org/2024/09/macron-scholz">
<meta property="article:published_time" content="2024-09-10T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Macron and Scholz meet in Paris</h1>{PARAGRAPHS}</article>
<footer>Copyright Example News. All rights reserved.</footer>
</body></html>"""
BARE_PAGE = f"<html><body><article>{PARAGRAPHS}</article></body></html>"


def test_html_metadata_fills_title_url_outlet_and_published(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")

    article = load_html(path, AS_OF)

    assert article.title == "Macron and Scholz meet in Paris"
    assert article.url == "https://example.org/2024/09/macron-scholz"
    assert article.outlet == "Example News"
    assert article.published == date(2024, 9, 10)
    assert article.source == str(path)


def test_html_text_is_the_main_text_without_navigation_footer_or_title() -> None:
    article = article_from_html(PAGE)

    assert article.text.startswith("French President Emmanuel Macron met")
    assert article.text.endswith("officials said after the talks.")
    assert "Home" not in article.text
    assert "All rights reserved" not in article.text


def test_html_without_date_is_published_as_of() -> None:
    assert article_from_html(BARE_PAGE, as_of=AS_OF).published == AS_OF


def test_html_without_main_text_is_a_load_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body></body></html>",
                    encoding="utf-8")

    with pytest.raises(LoadError, match="no article text found"):
        load_html(path)


@pytest.mark.parametrize("name", ["page.htm", "page.HTML", "saved_page.txt"])
def test_html_is_recognised_by_extension_or_content(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")

    [article] = load_file(path, AS_OF)

    assert article.title == "Macron and Scholz meet in Paris"
