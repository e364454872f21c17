"""What every importer shares: codes to graphkit types, coded actors to graphkit actors.

Event types come from the ontology's own codes (``schema/event_types.yaml``) under the
rules of ``schema/event_data.yaml`` (see its header). Actors become the Actor nodes the
extractor makes: a person the gazetteer knows (by name, or by the Wikipedia title an event
data set links), else the country the data set codes (by ISO 3166 alpha-3 code, or by name
for ICEWS's country names), else nothing: an event data set's "Police" or "Protester"
without a country names nobody graphkit can identify.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote, urlparse

from graphkit.errors import GraphkitError, LoadError
from graphkit.model import (
    Actor,
    Article,
    Event,
    EventDate,
    Extraction,
    Participant,
    Role,
    stable_id,
)
from graphkit.resources import load_yaml, schema_file

if TYPE_CHECKING:
    from graphkit.reference.entries import CountryEntry
    from graphkit.reference.gazetteer import Gazetteer

RULES_FILE = "event_data.yaml"


@dataclass(frozen=True)
class Coding:
    """A graphkit type for a coded event: type, subtype, CAMEO and PLOVER codes, roles."""

    type: str
    subtype: str | None
    cameo: str | None
    plover: str | None
    plover_mode: str | None
    roles: str


@dataclass
class ReadResult:
    """What an importer read from a file: extractions (one per article), rows, failures."""

    extractions: list[Extraction] = field(default_factory=list)
    rows: int = 0
    failures: list[GraphkitError] = field(default_factory=list)


class Ontology:
    """The CAMEO and PLOVER codes of ``event_types.yaml``, read as an importer needs them."""

    def __init__(self, types: dict[str, Any], rules: dict[str, Any]) -> None:
        self.rules = rules
        self.unmapped = str(rules.get("unmapped_type", "OTHER"))
        self.confidence = float(rules.get("confidence", 0.5))
        self.date_rule = str(rules.get("date_rule", "event-data"))
        roots = {str(c) for c in rules.get("cameo_root_codes") or ()}
        self._plover_aliases = {str(k).upper(): str(v).upper()
                                for k, v in (rules.get("plover_aliases") or {}).items()}
        self._by_cameo: dict[str, Coding] = {}
        self._by_root: dict[str, Coding] = {}
        self._by_plover: dict[tuple[str, str | None], Coding] = {}
        for name, raw in types.items():
            base = Coding(name, None, raw.get("cameo"), raw.get("plover"), raw.get("plover_mode"),
                          raw.get("roles", "directed"))
            codings = [base] + [
                Coding(name, sub, (extra or {}).get("cameo", base.cameo), base.plover,
                       (extra or {}).get("plover_mode", base.plover_mode), base.roles)
                for sub, extra in (raw.get("subtypes") or {}).items()]
            for coding in codings:
                if coding.cameo:
                    self._by_cameo.setdefault(coding.cameo, coding)
                if coding.plover:
                    self._by_plover.setdefault((coding.plover.upper(), _mode(coding.plover_mode)),
                                               coding)
            if base.cameo in roots:
                self._by_root[base.cameo[:2]] = base
            # a category without a mode: the type whose own code is a CAMEO root ("040":
            # CONSULT is a meeting rather than a call), else the first type in the file
            if base.plover and (base.cameo in roots
                                or (base.plover.upper(), None) not in self._by_plover):
                self._by_plover[(base.plover.upper(), None)] = base

    @classmethod
    def load(cls) -> Ontology:
        return _ontology(str(schema_file("event_types.yaml")), str(schema_file(RULES_FILE)))

    def from_cameo(self, code: str) -> Coding:
        """The coding of a CAMEO code (``"0421"``, ``"042"``, ``"42"``); unmapped -> OTHER.

        Raises:
            ValueError: ``code`` is not a CAMEO event code.
        """
        code = code.strip()
        if not re.fullmatch(r"\d{2,4}", code):
            raise ValueError(f"CAMEO code {code!r} is not 2 to 4 digits")
        if len(code) == 2 or int(code[:2]) > 20:  # a code read as a number lost its 0
            code = "0" + code
        key = code[:3]
        found = self._by_cameo.get(key) or self._by_root.get(key[:2])
        if found is not None:
            return Coding(found.type, found.subtype, code, found.plover, found.plover_mode,
                          found.roles)
        return Coding(self.unmapped, None, code, None, None, "directed")

    def from_plover(self, category: str, mode: str | None) -> Coding:
        """The coding of a PLOVER category and mode (POLECAT); unmapped -> OTHER."""
        category = category.strip().upper()
        category = self._plover_aliases.get(category, category)
        found = self._by_plover.get((category, _mode(mode))) or self._by_plover.get((category, None))
        if found is not None:
            return Coding(found.type, found.subtype, found.cameo, category,
                          (mode or "").strip() or found.plover_mode, found.roles)
        return Coding(self.unmapped, None, None, category, (mode or "").strip() or None,
                      "directed")


def _mode(mode: str | None) -> str | None:
    return re.sub(r"[^a-z]", "", mode.lower()) or None if mode else None


@cache
def _ontology(types_path: str, rules_path: str) -> Ontology:
    types = (load_yaml(Path(types_path).read_text(encoding="utf-8")) or {}).get("types") or {}
    rules = load_yaml(Path(rules_path).read_text(encoding="utf-8")) or {}
    return Ontology(types, rules)


class ActorCoder:
    """Coded actors to graphkit actors (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer | Literal["default"] = "default") -> None:
        if gazetteer == "default":
            from graphkit.reference.gazetteer import Gazetteer

            gazetteer = Gazetteer.load()
        self.gazetteer = gazetteer
        self._cache: dict[tuple[str, str, str], Actor | None] = {}

    def actor(self, name: str = "", country: str = "", wikipedia: str = "") -> Actor | None:
        """The actor of a coded name, its country (alpha-3 code or name), a Wikipedia link."""
        key = (name.strip(), country.strip(), wikipedia.strip())
        if key not in self._cache:
            self._cache[key] = self._find(*key)
        return self._cache[key]

    def _find(self, name: str, country: str, wikipedia: str) -> Actor | None:
        for text in (_wikipedia_title(wikipedia), name, _title_case(name)):
            if text and len(text.split()) >= 2:  # (a bare surname is not enough here)
                entry = self.gazetteer.person(text)
                if entry is not None:
                    return Actor(id=Actor.make_id("person", entry.name), name=entry.name,
                                 kind="person", country=entry.country)
        entry = self._country(country) or self._country(name) or self._country(_title_case(name))
        if entry is not None:
            return Actor(id=Actor.make_id("country", entry.name, entry.code), name=entry.name,
                         kind="country", country=entry.code)
        return None

    def _country(self, text: str) -> CountryEntry | None:
        if not text:
            return None
        if re.fullmatch(r"[A-Za-z]{3}", text):
            found = self.gazetteer.country_by_code(text)
            if found is not None:
                return found
        return self.gazetteer.country(text)


def participants(coding: Coding, source: Actor | None, target: Actor | None) -> tuple[Participant, ...]:
    """The roles of a coded source and target under the type's roles (symmetric: both take
    part; speaker: the source speaks to the target; else source acts on target)."""
    roles: tuple[Role, Role] = {"symmetric": ("participant", "participant"),
                                "speaker": ("speaker", "target")}.get(coding.roles, ("source", "target"))
    out: dict[str, Participant] = {}
    for actor, role in ((source, roles[0]), (target, roles[1])):
        if actor is not None and actor.id not in out:
            out[actor.id] = Participant(actor, role)
    return tuple(out.values())


def coded_event(*, source: str, source_id: str, article: Article, coding: Coding,
                actors: tuple[Participant, ...], when: date, evidence: str,
                ontology: Ontology, measures: dict[str, float | None] | None = None,
                report_key: str = "") -> Event:
    """One imported event, its id derived from the data set and its own id.

    ``report_key`` tells apart the reports of one coded event in several articles (GDELT's
    mentions).
    """
    return Event(
        id="ev-" + stable_id(source, source_id, report_key), article_id=article.id,
        type=coding.type, participants=actors, evidence=evidence, span=(0, 0),
        date=EventDate(when.isoformat(), "day", None, ontology.date_rule),
        subtype=coding.subtype, cameo=coding.cameo, plover=coding.plover,
        plover_mode=coding.plover_mode, confidence=ontology.confidence,
        source=source, source_id=source_id,
        measures=tuple(sorted((k, v) for k, v in (measures or {}).items() if v is not None)),
    )


def web_article(url: str, *, published: date | None, source: str, outlet: str | None = None) -> Article:
    """The Article of a source URL (its outlet: the URL's host, unless the data set names it)."""
    host = urlparse(url).hostname or None
    if host and host.startswith("www."):
        host = host[4:]
    return Article(id=Article.make_id(url, None, ""), text="", url=url, outlet=outlet or host,
                   published=published, source=source)


def group_by_article(events: list[tuple[Article, Event]]) -> list[Extraction]:
    """Extractions of (article, event) pairs, one per article, in first-seen order."""
    articles: dict[str, Article] = {}
    found: dict[str, dict[str, Event]] = {}
    for article, event in events:
        articles.setdefault(article.id, article)
        found.setdefault(article.id, {}).setdefault(event.id, event)
    return [Extraction(articles[i], tuple(found[i].values())) for i in articles]


def read_table(path: str | Path) -> Iterator[tuple[int, list[str]]]:
    """The rows of a tab-separated file, plain or zipped (the zip's first file), numbered
    from 1 as lines of the file.

    Raises:
        LoadError: the file cannot be read, or a zip holds no file.
    """
    path = Path(path)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.namelist() if not m.endswith("/")]
                if not members:
                    raise LoadError(str(path), "is a zip with no file in it")
                data = archive.read(members[0])
        else:
            data = path.read_bytes()
    except (OSError, zipfile.BadZipFile) as exc:
        raise LoadError(str(path), f"cannot be read: {exc}") from exc
    text = data.decode("utf-8", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(reader, start=1):
        if any(cell.strip() for cell in row):
            yield number, row


def parse_day(value: str, what: str = "date") -> date:
    """``20250701``, ``2025-07-01`` or ``20250701123000`` -> the day.

    Raises:
        ValueError: not such a date (the message names ``what``).
    """
    value = value.strip()
    try:
        if re.fullmatch(r"\d{8}(\d{6})?", value):
            return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        return date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a date (YYYYMMDD or YYYY-MM-DD)") from None


def number(value: str, what: str = "value") -> float | None:
    """A numeric cell (None when blank).

    Raises:
        ValueError: not a number (the message names ``what``).
    """
    value = value.strip()
    if not value:
        return None
    try:
        parsed = float(value)
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a number") from None
    return int(parsed) if parsed.is_integer() and "." not in value else parsed


def _title_case(name: str) -> str:
    return " ".join(w.capitalize() for w in name.split()) if name.isupper() else name


def _wikipedia_title(link: str) -> str:
    if not link:
        return ""
    title = unquote(link.rstrip("/").rsplit("/", 1)[-1])
    return title.replace("_", " ")


@dataclass(frozen=True)
class HeadedRow:
    """A row of a headed table with the cells every such layout has, checked: its
    ``Event ID`` (``event_id``, not blank) and ``Event Date`` (``day``); ``origin`` is
    ``KIND:PATH#LINE``."""

    cells: dict[str, str]
    event_id: str
    day: date
    origin: str

    @classmethod
    def of(cls, cells: dict[str, str], origin: str) -> HeadedRow:
        """Raises ValueError naming the cell when the id is blank or the date is bad."""
        event_id = cells["Event ID"].strip()
        if not event_id:
            raise ValueError("Event ID is empty")
        return cls(cells, event_id, parse_day(cells["Event Date"], "Event Date"), origin)


@dataclass(frozen=True)
class RowCoding:
    """What a headed layout reads from one row: its coding, the source and target actors
    (None: nobody graphkit can identify), the story the row comes from (its id, outlet and
    publication day), an evidence line and the row's numeric measures."""

    coding: Coding
    source: Actor | None
    target: Actor | None
    story: str
    outlet: str | None
    published: date
    evidence: str
    measures: dict[str, float | None]


CodeRow = Callable[[HeadedRow, Ontology, ActorCoder], RowCoding]
HEADED_REQUIRED = ("Event ID", "Event Date")
"""The columns every headed layout (ICEWS, POLECAT) has."""


def read_headed_table(path: str | Path, *, kind: str, label: str, required: tuple[str, ...],
                      code_row: CodeRow, ontology: Ontology | None = None,
                      actors: ActorCoder | None = None) -> ReadResult:
    """Read a tab-separated event file whose first row names its columns (ICEWS, POLECAT).

    Each row is read by ``code_row(HeadedRow, ontology, actors)`` and becomes one Event
    (``source``: ``kind``; ``source_id``: its Event ID) in the Article of its story (id
    ``KIND-story-…``), or nothing when neither actor is known. A row with the wrong number
    of cells, a blank Event ID or a bad Event Date, or one ``code_row`` rejects with
    ValueError, is a failure naming its line, and the other rows still come through.

    Raises:
        LoadError: the file cannot be read, is empty, or its header lacks a required column.
    """
    ontology = ontology or Ontology.load()
    actors = actors or ActorCoder()
    result = ReadResult()
    pairs: list[tuple[Article, Event]] = []
    name = str(path)
    header: list[str] | None = None
    for line, row in read_table(path):
        if header is None:
            header = [h.strip() for h in row]
            missing = [c for c in (*HEADED_REQUIRED, *required) if c not in header]
            if missing:
                raise LoadError(name, f"is not {label} (no " + ", ".join(missing)
                                + " column in its header)")
            continue
        result.rows += 1
        if len(row) != len(header):
            result.failures.append(LoadError(name, f"line {line}: {len(row)} columns, "
                                                   f"the header has {len(header)}"))
            continue
        try:
            cells = HeadedRow.of(dict(zip(header, row, strict=True)), f"{kind}:{name}#{line}")
            coded = code_row(cells, ontology, actors)
        except ValueError as exc:
            result.failures.append(LoadError(name, f"line {line}: {exc}"))
            continue
        who = participants(coded.coding, coded.source, coded.target)
        if who:
            article = Article(id=f"{kind}-story-" + stable_id(coded.story), text="",
                              outlet=coded.outlet, published=coded.published,
                              source=cells.origin)
            pairs.append((article, coded_event(
                source=kind, source_id=cells.event_id, article=article, coding=coded.coding,
                actors=who, when=cells.day, evidence=coded.evidence, ontology=ontology,
                measures=coded.measures)))
    if header is None:
        raise LoadError(name, "is empty, no header and no rows")
    result.extractions = group_by_article(pairs)
    return result
