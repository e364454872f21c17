"""Long inputs cut before the parser are reported with a warning that names the article."""

from __future__ import annotations

import pytest

from graphkit.extract import Extractor
from graphkit.limits import Limits
from graphkit.load.guard import guard_article
from graphkit.model import Article

SENTENCE = "Queen Elowen of Arnor met King Thalion of Gondor in Minas Tirith"


def test_sentence_cut_warning_names_the_article_source_and_title(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("GRAPHKIT_MAX_SENTENCE_TOKENS", "20")
    article = Article(id="a1", text=", and ".join([SENTENCE] * 10) + ".",
                      title="Talks in Minas Tirith", source="wires/arnor.txt")

    extractor.extract(article)

    [warning] = [r.getMessage() for r in caplog.records if "max_sentence_tokens" in r.getMessage()]
    assert warning.startswith('wires/arnor.txt ("Talks in Minas Tirith"): cut stretches')


def test_sentence_under_the_limit_is_not_cut_and_not_warned(
        extractor: Extractor, caplog: pytest.LogCaptureFixture) -> None:
    extractor.extract(Article(id="a2", text=SENTENCE + ".", source="wires/gondor.txt"))

    assert "max_sentence_tokens" not in caplog.text


def test_token_run_warning_names_the_article(caplog: pytest.LogCaptureFixture) -> None:
    article = Article(id="a3", text=SENTENCE + " " + "&" * 500, title="Flood", source="wires/flood.txt")

    guard_article(article, Limits(max_token_chars=100))

    assert 'wires/flood.txt ("Flood"): split runs' in caplog.text
