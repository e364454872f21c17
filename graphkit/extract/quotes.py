"""Quotation marks: which tokens of a sentence are inside a quote (the speaker's own words)."""

from __future__ import annotations

from spacy.tokens import Span

QUOTES = {'"', "“", "”", "'", "‘", "’"}


def quoted(sent: Span) -> set[int]:
    """The indices of the sentence's tokens inside quotation marks (an apostrophe right
    after a word, "the countries' envoys", is a mark only when it closes a single quote
    opened before it)."""
    marks: list[int] = []
    single_open = False
    for t in sent:
        if t.text not in QUOTES:
            continue
        attached = t.text in ("'", "’") and t.i > sent.start and t.nbor(-1).whitespace_ == ""
        if attached and not single_open:
            continue
        marks.append(t.i)
        if t.text in ("'", "’", "‘"):
            single_open = not attached
    inside: set[int] = set()
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        inside.update(range(a + 1, b))
    return inside
