"""GDELT 2.0 event exports: the 61-column tab-separated ``*.export.CSV`` (plain or zipped).

The columns, in the order of the GDELT 2.0 event codebook, are :data:`EVENT_COLUMNS`; the
files have no header row. Each row becomes one Event (``source`` ``gdelt``, ``source_id``
its GLOBALEVENTID) reported by the Article of its SOURCEURL, dated by its day (``Day``,
SQLDATE), typed by its EventCode (:meth:`~graphkit.imports.coding.Ontology.from_cameo`),
its Actor1 the source and Actor2 the target (both participants of a symmetric type such as
a call), and keeping GoldsteinScale, QuadClass, AvgTone, NumMentions, NumSources and
NumArticles.

The mentions file of the same 15 minutes (``*.mentions.CSV``, 16 columns,
:data:`MENTION_COLUMNS`), when given or found beside the export, adds each web mention
(MentionType 1) of an event as one more report of it, in the article at its URL, for the
types that resolution merges across articles (``merge_types`` of
``schema/resolution.yaml``); for the others a second report would be a second Event, so
only the SOURCEURL is kept.

A row of the wrong width, or with a bad date, code or number, is a :class:`LoadError`
naming its line, and is skipped whole.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from graphkit.errors import LoadError
from graphkit.imports.coding import (
    ActorCoder,
    Ontology,
    ReadResult,
    coded_event,
    group_by_article,
    number,
    parse_day,
    participants,
    read_table,
    web_article,
)
from graphkit.model import Article, Event, stable_id

SOURCE = "gdelt"

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")
EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS), *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS), *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)
"""The 61 columns of a GDELT 2.0 event export, in order."""

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)
"""The 16 columns of a GDELT 2.0 mentions file, in order."""

_MEASURES = {"GoldsteinScale": "goldstein_scale", "QuadClass": "quad_class",
             "AvgTone": "avg_tone", "NumMentions": "num_mentions", "NumSources": "num_sources",
             "NumArticles": "num_articles"}
_WEB = "1"


def read_gdelt(path: str | Path, *, mentions: str | Path | None = None,
               ontology: Ontology | None = None, actors: ActorCoder | None = None) -> ReadResult:
    """Read a GDELT 2.0 event export (and its mentions) into extractions.

    Args:
        path: the ``.export.CSV`` file, or its ``.zip``.
        mentions: the mentions file; default the ``.mentions.CSV`` (or ``.zip``) beside
            ``path`` when there is one.
        ontology, actors: the coding rules and actor lookups (defaults: the project's).

    Returns:
        The extractions (one per article), the number of rows read, and a ``LoadError``
        per skipped row.

    Raises:
        LoadError: the file cannot be read.

    Example:
        >>> read_gdelt("20250701120000.export.CSV.zip").rows  # doctest: +SKIP
        1523
    """
    ontology = ontology or Ontology.load()
    actors = actors or ActorCoder()
    result = ReadResult()
    pairs: list[tuple[Article, Event]] = []
    coded: dict[str, tuple[Event, dict[str, str]]] = {}
    name = str(path)
    for line, row in read_table(path):
        result.rows += 1
        if len(row) != len(EVENT_COLUMNS):
            result.failures.append(LoadError(name, f"line {line}: {len(row)} columns, "
                                                   f"a GDELT 2.0 event row has {len(EVENT_COLUMNS)}"))
            continue
        cells = dict(zip(EVENT_COLUMNS, row, strict=True))
        try:
            article, event = _event(cells, ontology, actors, f"gdelt:{name}#{line}")
        except ValueError as exc:
            result.failures.append(LoadError(name, f"line {line}: {exc}"))
            continue
        if event is not None:
            pairs.append((article, event))
            coded[event.source_id or ""] = (event, cells)
    mentions_path = Path(mentions) if mentions else _mentions_beside(Path(path))
    if mentions_path is not None:
        pairs.extend(_mention_reports(mentions_path, coded, ontology, result))
    result.extractions = group_by_article(pairs)
    return result


def _event(cells: dict[str, str], ontology: Ontology, actors: ActorCoder,
           source: str) -> tuple[Article, Event | None]:
    event_id = cells["GLOBALEVENTID"].strip()
    if not event_id.isdigit():
        raise ValueError(f"GLOBALEVENTID {event_id!r} is not a number")
    day = parse_day(cells["Day"], "Day")
    coding = ontology.from_cameo(cells["EventCode"])
    measures = {name: number(cells[column], column) for column, name in _MEASURES.items()}
    url = cells["SOURCEURL"].strip()
    if not url:
        raise ValueError("SOURCEURL is empty")
    added = parse_day(cells["DATEADDED"], "DATEADDED") if cells["DATEADDED"].strip() else day
    article = web_article(url, published=added, source=source)
    one = actors.actor(cells["Actor1Name"], cells["Actor1CountryCode"] or cells["Actor1Code"][:3])
    two = actors.actor(cells["Actor2Name"], cells["Actor2CountryCode"] or cells["Actor2Code"][:3])
    who = participants(coding, one, two)
    if not who:
        return article, None  # (nobody graphkit can identify: not an event of its graph)
    evidence = (f"GDELT event {event_id}: {cells['Actor1Name'] or '?'} -> "
                f"{cells['Actor2Name'] or '?'}, CAMEO {coding.cameo}")
    return article, coded_event(source=SOURCE, source_id=event_id, article=article, coding=coding,
                                actors=who, when=day, evidence=evidence, ontology=ontology,
                                measures=measures)


def _mentions_beside(path: Path) -> Path | None:
    name = path.name
    for export, mention in ((".export.CSV", ".mentions.CSV"), (".export.csv", ".mentions.csv")):
        if export in name:
            for suffix in ("", ".zip"):
                candidate = path.with_name(name.replace(export, mention).removesuffix(".zip") + suffix)
                if candidate.is_file():
                    return candidate
    return None


def _mention_reports(path: Path, coded: dict[str, tuple[Event, dict[str, str]]],
                     ontology: Ontology, result: ReadResult) -> list[tuple[Article, Event]]:
    from graphkit.resolve import ResolutionRules

    merge_types = ResolutionRules.load().merge_types
    out: list[tuple[Article, Event]] = []
    for line, row in read_table(path):
        if len(row) != len(MENTION_COLUMNS):
            result.failures.append(LoadError(str(path), f"line {line}: {len(row)} columns, "
                                                        f"a GDELT 2.0 mention row has "
                                                        f"{len(MENTION_COLUMNS)}"))
            continue
        cells = dict(zip(MENTION_COLUMNS, row, strict=True))
        found = coded.get(cells["GLOBALEVENTID"].strip())
        url = cells["MentionIdentifier"].strip()
        if found is None or cells["MentionType"].strip() != _WEB or not url:
            continue
        event, event_cells = found
        if event.type not in merge_types or url == event_cells["SOURCEURL"].strip():
            continue
        try:
            published = parse_day(cells["MentionTimeDate"], "MentionTimeDate")
        except ValueError as exc:
            result.failures.append(LoadError(str(path), f"line {line}: {exc}"))
            continue
        article = web_article(url, published=published, source=f"gdelt:{path}#{line}",
                              outlet=cells["MentionSourceName"].strip() or None)
        report = replace(event, id="ev-" + stable_id(SOURCE, event.source_id, url),
                         article_id=article.id)
        out.append((article, report))
    return out
