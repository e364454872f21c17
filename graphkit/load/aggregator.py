"""Captured news-aggregator pages: detect them and split them into their articles.

A captured aggregator page is text copied or saved from a site that shows several news
articles on one page. Each article is a *block*: a header of short lines (the title,
often repeated, and the outlet) around a relative age, then the body::

    Merel and Osk talk for first time in two years
    Harbour Wire17 hours ago            <- outlet glued to the age
    Valdorian President Ana Merel has spoken with ...

    Tarvin refuses visits to detained Valdorians
    Harbour Wire
    timean hour ago                     <- an icon's alt text glued to the age
      • Harbour Wire
    Tarvin refuses visits to detained Valdorians
    Tarvin has not let consuls see the two detained ...

Between blocks sits page furniture (logos, buttons, app adverts, comment boxes, "Related
Articles"). What counts as furniture, which lines end an article's body, which labels can
precede an age and how ages are spelt all come from ``schema/page_furniture.yaml``.

How a page is read:

1. Every line ending in a relative age ("17 hours ago", "2h ago", "yesterday") is an
   anchor; whatever precedes the age on that line, less an age label such as "time",
   is the outlet when it reads like a name.
2. The short headline-like lines just before and after an anchor form its header.
   The title is the header line that repeats; without repeats, the nearest line before
   the anchor, or the second-nearest when the nearest is the outlet. The outlet is the
   anchor's prefix, else a bullet line after the anchor ("  • Harbour Wire"), else a
   header line that recurs across blocks.
3. The body runs from the first line after the header that is not a repeat of the
   title or outlet, up to the next block's header or the first section break
   ("Comments", "Related Articles", "Download the app"), furniture lines dropped.

``published`` is the relative age resolved against the capture moment, taken to be noon
of ``as_of`` (a capture has no time of day): on 2025-07-02, "17 hours ago" is 2025-07-01
and "an hour ago" is 2025-07-02. With ``as_of`` None, ``published`` is None.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graphkit.errors import LoadError
from graphkit.load.fields import CAPTURE_TIME, clean_text
from graphkit.load.text import looks_like_headline
from graphkit.model import Article
from graphkit.resources import load_yaml, schema_file

FURNITURE_FILE = schema_file("page_furniture.yaml")
"""The default furniture and age data (``schema/page_furniture.yaml``)."""

_MAX_HEADER_LINES = 6
_MAX_AGE_LINE_CHARS = 100
_MAX_OUTLET_CHARS = 60
_MAX_OUTLET_WORDS = 8
_SEPARATORS = " ·|•-–—,:"
_NAME_CONNECTIVES = frozenset({
    "of", "the", "and", "for", "on", "in", "at", "&", "de", "la", "le", "el", "du", "des",
    "der", "die", "von", "al", "y", "e", "da", "do",
})
_AGE_WORD = re.compile(r"(?:^|[·|•\-–—]\s*)(?P<word>{words})\W*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageFurniture:
    """What the aggregator splitter knows about page layouts, read from a YAML file.

    Use :meth:`load` for the default file or :meth:`from_yaml` for another one; the
    fields mirror the file's keys (see ``schema/page_furniture.yaml``).
    """

    furniture: tuple[re.Pattern[str], ...]
    section_breaks: tuple[re.Pattern[str], ...]
    max_furniture_chars: int
    min_blocks: int
    bullets: str
    age_labels: tuple[str, ...]
    age_count_words: dict[str, int]
    age_units: dict[str, str]
    age_words: dict[str, int]
    age_pattern: re.Pattern[str]
    age_word_pattern: re.Pattern[str]

    @classmethod
    def from_yaml(cls, path: str | Path) -> PageFurniture:
        """Read furniture data from a YAML file laid out like ``schema/page_furniture.yaml``.

        Args:
            path: The YAML file.

        Returns:
            The compiled patterns and tables.

        Raises:
            LoadError: The file is missing, is not valid YAML, lacks a key or holds a bad
                regular expression.

        Example:
            >>> furniture = PageFurniture.from_yaml("schema/page_furniture.yaml")
            >>> furniture.is_furniture("Related Articles")
            True
        """
        try:
            data: dict[str, Any] = load_yaml(Path(path).read_text(encoding="utf-8"))
            ages = data["relative_age"]
            count_words = {str(k).lower(): int(v) for k, v in ages["count_words"].items()}
            units = {str(k).lower(): str(v) for k, v in ages["units"].items()}
            age_words = {str(k).lower(): int(v) for k, v in ages["words"].items()}
            return cls(
                furniture=_compile_all(data["furniture"]),
                section_breaks=_compile_all(data["section_breaks"]),
                max_furniture_chars=int(data["max_furniture_chars"]),
                min_blocks=int(data["min_blocks"]),
                bullets=str(data["bullets"]),
                age_labels=tuple(str(label).lower() for label in data["age_labels"]),
                age_count_words=count_words,
                age_units=units,
                age_words=age_words,
                age_pattern=_age_pattern(count_words, units),
                age_word_pattern=re.compile(
                    _AGE_WORD.pattern.format(words=_alternatives(age_words)), re.IGNORECASE),
            )
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError,
                re.error) as exc:
            raise LoadError(str(path), f"is not a usable page furniture file: {exc}") from exc

    @staticmethod
    def load() -> PageFurniture:
        """The default furniture data, read once from ``schema/page_furniture.yaml``."""
        return _default_furniture()

    def is_furniture(self, line: str) -> bool:
        """Whether a stripped line is page furniture (or a section break)."""
        return len(line) <= self.max_furniture_chars and any(
            p.fullmatch(line) for p in self.furniture + self.section_breaks)

    def is_section_break(self, line: str) -> bool:
        """Whether a stripped line ends the current article's body."""
        return len(line) <= self.max_furniture_chars and any(
            p.fullmatch(line) for p in self.section_breaks)

    def strip_bullet(self, line: str) -> str:
        """``"• Harbour Wire"`` -> ``"Harbour Wire"``; other lines unchanged."""
        if line and line[0] in self.bullets and line[1:2] in (" ", ""):
            return line[1:].strip()
        if line and line[0] in "•·▪●◦‣∙":  # glued bullets: only characters that are never text
            return line[1:].strip()
        return line


@dataclass(frozen=True, slots=True)
class RelativeAge:
    """An age such as "17 hours ago": ``count`` of ``unit`` before the capture."""

    count: int
    unit: str  # seconds, minutes, hours, days, weeks, months or years

    def resolve(self, as_of: date) -> date | None:
        """The date this age points to, counting back from noon of ``as_of``; None when that
        is before the calendar's first day ("99999 years ago", any age from 0001-01-01).

        Example:
            >>> RelativeAge(17, "hours").resolve(date(2025, 7, 2))
            datetime.date(2025, 7, 1)
        """
        try:
            if self.unit in ("months", "years"):
                months = self.count * (12 if self.unit == "years" else 1)
                year, month = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
                day = min(as_of.day, calendar.monthrange(year, month + 1)[1])
                return date(year, month + 1, day)
            moment = datetime.combine(as_of, CAPTURE_TIME) - timedelta(**{self.unit: self.count})
        except (OverflowError, ValueError):
            return None
        return moment.date()


def parse_age_line(line: str, furniture: PageFurniture | None = None
                   ) -> tuple[str | None, RelativeAge] | None:
    """Read a line that ends in a relative age, with the outlet glued before it, if any.

    Args:
        line: One stripped line of a page.
        furniture: Age spellings and labels (the default file if None).

    Returns:
        ``(outlet, age)``, ``outlet`` None when nothing name-like precedes the age; or
        None when the line does not end in a relative age, is long, or what precedes the
        age is not a name (so "He left two days ago" is no age line).

    Example:
        >>> parse_age_line("Harbour Wire17 hours ago")
        ('Harbour Wire', RelativeAge(count=17, unit='hours'))
        >>> parse_age_line("timean hour ago")
        (None, RelativeAge(count=1, unit='hours'))
    """
    furniture = furniture or PageFurniture.load()
    line = furniture.strip_bullet(line)
    if len(line) > _MAX_AGE_LINE_CHARS:
        return None
    match = furniture.age_pattern.search(line)
    if match is not None:
        count = match.group("count").lower()
        number = int(count) if count.isdigit() else furniture.age_count_words[count]
        age = RelativeAge(number, furniture.age_units[match.group("unit").lower()])
    else:
        match = furniture.age_word_pattern.search(line)
        if match is None:
            return None
        age = RelativeAge(furniture.age_words[match.group("word").lower()], "days")
    prefix = _strip_age_label(line[:match.start()], furniture.age_labels)
    if not prefix:
        return None, age
    if not _looks_like_name(prefix):
        return None
    return prefix, age


def is_aggregator_page(text: str, furniture: PageFurniture | None = None) -> bool:
    """Whether a text is a captured aggregator page: several title + age blocks.

    Args:
        text: A document's text.
        furniture: Layout data (the default file if None); its ``min_blocks`` is the
            number of blocks that makes a page.

    Returns:
        True when at least ``min_blocks`` blocks with a title and a relative age are found.

    Example:
        >>> is_aggregator_page("One headline here\\nBBC 2 hours ago\\nBody text.")
        False
    """
    furniture = furniture or PageFurniture.load()
    return len(_find_blocks(_lines(text, furniture), furniture)) >= furniture.min_blocks


def split_aggregator_page(text: str, *, source: str = "<text>", as_of: date | None = None,
                          furniture: PageFurniture | None = None) -> list[Article]:
    """Split a captured aggregator page into its articles, dropping the page furniture.

    Args:
        text: The page's text.
        source: Where the page came from; article N (from 1) gets source ``source#N``.
        as_of: The capture date; each ``published`` is its block's relative age resolved
            against noon of this day (None when ``as_of`` is None).
        furniture: Layout data (the default ``schema/page_furniture.yaml`` if None).

    Returns:
        One article per block that has a title and body text, in page order, with title,
        outlet and published filled in; ``url`` is None.

    Raises:
        LoadError: No article block is found in the text.

    Example:
        >>> page = open("daily8_page.txt").read()  # doctest: +SKIP
        >>> [a.published for a in split_aggregator_page(page, as_of=date(2025, 7, 2))]
        ... # doctest: +SKIP
        [datetime.date(2025, 7, 1), datetime.date(2025, 7, 2), ...]
    """
    furniture = furniture or PageFurniture.load()
    blocks = _find_blocks(_lines(text, furniture), furniture)
    articles: list[Article] = []
    for block in blocks:
        if not block.text:
            continue
        articles.append(Article(
            id=Article.make_id(None, block.title, block.text),
            text=block.text,
            title=block.title,
            outlet=block.outlet,
            published=block.age.resolve(as_of) if as_of and block.age else None,
            source=f"{source}#{len(articles) + 1}",
        ))
    if not articles:
        raise LoadError(source, "no article blocks (title, outlet, relative age, text) found "
                                "on this aggregator page")
    return articles


# --- reading the page -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Line:
    text: str             # stripped, bullet removed
    raw: str              # stripped, as on the page
    kind: str             # "age", "furniture", "break", "bullet" or "text"
    outlet: str | None = None
    age: RelativeAge | None = None

    @property
    def is_header_like(self) -> bool:
        return self.kind == "bullet" or (self.kind == "text" and looks_like_headline(self.text))


@dataclass(frozen=True, slots=True)
class _Block:
    title: str
    outlet: str | None
    age: RelativeAge | None
    text: str


def _lines(text: str, furniture: PageFurniture) -> list[_Line]:
    lines: list[_Line] = []
    for raw in clean_text(text).split("\n"):
        if not raw:
            continue
        parsed = parse_age_line(raw, furniture)
        stripped = furniture.strip_bullet(raw)
        if not stripped:
            lines.append(_Line(stripped, raw, "furniture"))
        elif parsed is not None:
            lines.append(_Line(stripped, raw, "age", outlet=parsed[0], age=parsed[1]))
        elif furniture.is_section_break(stripped):
            lines.append(_Line(stripped, raw, "break"))
        elif furniture.is_furniture(stripped):
            lines.append(_Line(stripped, raw, "furniture"))
        else:
            lines.append(_Line(stripped, raw, "bullet" if stripped != raw else "text"))
    return lines


def _find_blocks(lines: list[_Line], furniture: PageFurniture) -> list[_Block]:
    anchors = [i for i, line in enumerate(lines) if line.kind == "age"]
    bounds = [-1, *anchors, len(lines)]
    # Each anchor's header lines before and after it, nearest first, never past a neighbour.
    zones = [(_header_zone(lines, anchor - 1, bounds[n], -1),
              _header_zone(lines, anchor + 1, bounds[n + 2], 1))
             for n, anchor in enumerate(anchors)]
    outlets = _known_outlets(lines, anchors, zones)

    blocks: list[_Block] = []
    for n, anchor in enumerate(anchors):
        before, after = zones[n]
        title, outlet = _title_and_outlet(lines, anchor, before, after, outlets)
        if title is None:
            continue
        repeats = {title.casefold(), *outlets, *([outlet.casefold()] if outlet else [])}
        start = anchor + 1
        while start < len(lines) and (lines[start].kind == "furniture" or (
                start in after and (lines[start].kind == "bullet"
                                    or lines[start].text.casefold() in repeats))):
            start += 1
        next_header = zones[n + 1][0] if n + 1 < len(zones) else []
        end = min(next_header, default=bounds[n + 2])  # where the next block's header starts
        blocks.append(_Block(title, outlet, lines[anchor].age, _body_text(lines[start:end])))
    return blocks


def _body_text(lines: list[_Line]) -> str:
    """The text of a block's body lines, up to the first section break, furniture dropped."""
    body: list[str] = []
    for line in lines:
        if line.kind == "break":
            break
        if line.kind in ("text", "bullet"):
            body.append(line.raw)
    return clean_text("\n".join(body))


def _header_zone(lines: list[_Line], start: int, stop: int, step: int) -> list[int]:
    """Indices of the header-like lines from ``start`` towards ``stop``, nearest first."""
    zone: list[int] = []
    for i in range(start, stop, step):
        if len(zone) >= _MAX_HEADER_LINES:
            break
        if lines[i].kind in ("furniture", "break"):
            continue
        if not lines[i].is_header_like:
            break
        zone.append(i)
    return zone


def _known_outlets(lines: list[_Line], anchors: list[int],
                   zones: list[tuple[list[int], list[int]]]) -> set[str]:
    """Outlet names the page reveals: glued to ages, in bullets after ages, or in the
    header of several blocks (a title belongs to one block, an outlet to many)."""
    outlets = {lines[a].outlet.casefold() for a in anchors if lines[a].outlet}
    seen_in_blocks: Counter[str] = Counter()
    for before, after in zones:
        outlets.update(lines[i].text.casefold() for i in after[:2] if lines[i].kind == "bullet")
        seen_in_blocks.update({lines[i].text.casefold() for i in before + after})
    outlets.update(text for text, blocks in seen_in_blocks.items() if blocks >= 2)
    return outlets


def _title_and_outlet(lines: list[_Line], anchor: int, before: list[int], after: list[int],
                      outlets: set[str]) -> tuple[str | None, str | None]:
    outlet = lines[anchor].outlet
    header = [lines[i].text for i in before + after]
    outlet = outlet or next((t for t in header if t.casefold() in outlets), None)
    candidates = [t for t in header if t.casefold() not in outlets]
    counts = Counter(t.casefold() for t in candidates)
    if counts and max(counts.values()) >= 2:
        top = max(counts.values())
        return next(t for t in candidates if counts[t.casefold()] == top), outlet
    nearest = [lines[i].text for i in before if lines[i].text.casefold() not in outlets]
    if outlet is None and len(nearest) >= 2 and _looks_like_name(nearest[0]):
        return nearest[1], nearest[0]
    if nearest:
        return nearest[0], outlet
    return (candidates[0] if candidates else None), outlet


# --- small helpers -----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _default_furniture() -> PageFurniture:
    return PageFurniture.from_yaml(FURNITURE_FILE)


def _compile_all(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(p), re.IGNORECASE) for p in patterns)


def _alternatives(words: dict[str, Any]) -> str:
    """A regex alternation of ``words``, longest first so "an" wins over "a"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _age_pattern(count_words: dict[str, int], units: dict[str, str]) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<count>\d+|{_alternatives(count_words)})\s*(?P<unit>{_alternatives(units)})\.?"
        r"\s+ago\W*$",
        re.IGNORECASE)


def _strip_age_label(prefix: str, labels: tuple[str, ...]) -> str:
    prefix = prefix.strip(_SEPARATORS)
    lowered = prefix.lower()
    for label in sorted(labels, key=len, reverse=True):
        cut = len(prefix) - len(label)
        if lowered.endswith(label) and (cut == 0 or not prefix[cut - 1].isalnum()):
            return prefix[:cut].strip(_SEPARATORS)
    return prefix


def _looks_like_name(text: str) -> bool:
    """Whether ``text`` reads like an outlet's name: short, capitalised words or a domain."""
    words = text.split()
    if not words or len(text) > _MAX_OUTLET_CHARS or len(words) > _MAX_OUTLET_WORDS:
        return False
    if text.rstrip(")").endswith((".", ",", ";", ":", "?", "!")):
        return False
    named = [w for w in words if w[0].isupper() or w[0].isdigit() or "." in w]
    return bool(named) and all(w in named or w.lower() in _NAME_CONNECTIVES for w in words)
