"""The data that flows through graphkit's pipeline: articles, actors, events.

Every object is a frozen dataclass, so a stage cannot change what an earlier stage made,
and every id is derived from content, so the same input always gives the same ids and
re-ingesting an article never duplicates anything.

Ids:
- ``Article.id``: the input's own id (JSON Lines ``id``) if it has one, else a hash of the
  URL, else a hash of the normalised title and text.
- ``Actor.id``: ``person:vladimir-putin``, ``org:russian-foreign-ministry``,
  ``country:RUS`` (a country's id is its ISO 3166 alpha-3 code or an international
  organisation's own code: ``country:NATO`` is not used, NATO is ``org:nato``).
- ``Event.id``: a hash of the article id, the evidence sentence's start offset, the type and
  the participants' actor ids (for implied prior contacts, the implied date too).
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

ActorKind = Literal["person", "organisation", "country"]
Role = Literal["source", "target", "participant", "speaker"]
Modality = Literal["asserted", "implied_prior", "planned", "hypothetical", "negated"]
DatePrecision = Literal["day", "month", "year", "interval"]
# the precisions a single calendar value has; an "interval" is a bounded window instead
CALENDAR_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

EVENT_TYPES: tuple[str, ...] = (
    "CALL", "MEET", "STATEMENT", "ARREST", "ATTACK", "AID", "ACCUSE", "DEMAND",
    "AGREE", "THREATEN", "SANCTION", "EXPEL", "OTHER",
)
CONTACT_TYPES: tuple[str, ...] = ("CALL", "MEET")
ANY_CONTACT = "contact"
"""The subtype of an implied prior contact of no kind ("the first contact since May", "the
first talks since May"): a claim about calls and meetings both."""
MODALITIES: tuple[str, ...] = ("asserted", "implied_prior", "planned", "hypothetical", "negated")
ASSERTED, IMPLIED_PRIOR = MODALITIES[:2]
"""What a text says happened; what a later text implies happened before ("the first call
since September 2022")."""
EVENT_SOURCES: tuple[str, ...] = ("graphkit", "gdelt", "icews", "polecat")
"""Who coded an event: graphkit's extraction, or an imported event data set."""
DEFAULT_SOURCE = EVENT_SOURCES[0]
"""The coder of an event or report that names none: graphkit's own extraction."""
SOURCE_MEASURES: tuple[str, ...] = ("goldstein_scale", "quad_class", "avg_tone", "num_mentions",
                                    "num_sources", "num_articles", "intensity")
"""The numeric codings an imported event keeps (GDELT's GoldsteinScale, QuadClass, AvgTone,
NumMentions, NumSources, NumArticles; ICEWS's Intensity)."""
# Events that happened, or that a later text says happened before: not planned,
# hypothetical or negated ones (what contact and balance queries count by default).
HAPPENED: tuple[str, ...] = ("asserted", "implied_prior")


def stable_id(*parts: object, length: int = 16) -> str:
    """Hash ``parts`` into a short hex id that is the same on every run and machine."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def slugify(name: str) -> str:
    """``"Sergey Lavrov"`` -> ``"sergey-lavrov"``; accents folded, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def normalise_text(text: str) -> str:
    """Collapse whitespace and case so trivially different copies of a text hash alike."""
    return " ".join(text.split()).casefold()


STDIN_SOURCE = "<stdin>"
"""``Article.source`` of what was read from standard input (``<stdin>#3``: its third)."""
TEXT_SOURCE = "<text>"
"""``Article.source`` of text passed in as a string."""
HTML_SOURCE = "<html>"
"""``Article.source`` of HTML passed in as a string."""
_PLACEHOLDER_SOURCE = re.compile(
    "(?:" + "|".join(re.escape(s) for s in (STDIN_SOURCE, TEXT_SOURCE, HTML_SOURCE))
    + r")(?:#\d+)?")


def names_a_place(source: str | None) -> bool:
    """Whether an ``Article.source`` says where the article can be read again (a path,
    ``path#3``, a URL), not that it came from standard input or a string.

    Example:
        >>> names_a_place("news/call.txt"), names_a_place("<stdin>#2"), names_a_place("")
        (True, False, False)
    """
    return bool(source) and not _PLACEHOLDER_SOURCE.fullmatch(source or "")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as a loader produced it.

    ``published`` is the date relative expressions in the text are resolved against;
    ``source`` says where the article came from (a path, ``path#3`` for the third article
    of an aggregator page or the record on line 3 of a JSON Lines file, or ``<stdin>``).
    ``summary_only`` marks an article whose text is only a summary (a feed item without
    its full text).
    """

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    source: str = ""
    summary_only: bool = False

    @staticmethod
    def make_id(url: str | None, title: str | None, text: str) -> str:
        """The content-derived id of an article that has none of its own."""
        if url:
            return "url-" + stable_id(url.strip())
        return "txt-" + stable_id(normalise_text(title or ""), normalise_text(text))

    def label(self) -> str:
        """How messages name the article: where it came from, and its title when it has one.

        Example:
            >>> Article(id="a", text="...", title="Talks in Arnor", source="news/a.txt").label()
            'news/a.txt ("Talks in Arnor")'
        """
        name = self.source or self.id
        title = " ".join((self.title or "").split())
        if not title:
            return name
        return f'{name} ("{title if len(title) <= 60 else title[:57] + "..."}")'

    def summary(self) -> dict[str, Any]:
        """The article fields of the extract contract: id, title, outlet, url, published,
        source and summary_only."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "summary_only": self.summary_only,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, an organisation or a country that takes part in events.

    ``country`` is the ISO 3166 alpha-3 code the actor speaks for, or an international
    organisation's own code (``NATO``, ``EU``, ``UN``, ``IAEA``); None when unknown.
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    office: str | None = None
    organisation: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()

    @staticmethod
    def make_id(kind: ActorKind, name: str, country: str | None = None) -> str:
        """``person:vladimir-putin``, ``org:kremlin-press-service``, ``country:RUS``."""
        if kind == "country":
            return f"country:{(country or name).upper()}"
        prefix = "person" if kind == "person" else "org"
        return f"{prefix}:{slugify(name)}"


@dataclass(frozen=True, slots=True)
class Participant:
    """An actor in one event, with its role (source acts on target; speaker speaks)."""

    actor: Actor
    role: Role = "participant"


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as precisely as the text allows.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (matching ``precision``) or None;
    ``text`` is the expression it came from ("on Tuesday") and ``rule`` the rule that
    resolved it (``explicit``, ``weekday``, ``relative``, ``month``, ``publication``...).

    A text that bounds a date without naming it ("the first call in three years": the last
    one lay three to four years back) gives precision ``interval`` and an ISO 8601 interval
    ``YYYY-MM-DD/YYYY-MM-DD`` as value, both ends included (see :meth:`interval`).
    """

    value: str | None = None
    precision: DatePrecision | None = None
    text: str | None = None
    rule: str | None = None

    @staticmethod
    def interval(first: date, last: date, text: str | None = None,
                 rule: str | None = None) -> EventDate:
        """A bounded window: some day from ``first`` to ``last`` (both included)."""
        first, last = min(first, last), max(first, last)
        return EventDate(f"{first.isoformat()}/{last.isoformat()}", "interval", text, rule)

    @property
    def start(self) -> str | None:
        """First day of the period, ``YYYY-MM-DD`` (sortable, comparable as a string)."""
        if self.value is None:
            return None
        if self.precision == "interval":
            return self.value.split("/")[0]
        if self.precision == "year":
            return f"{self.value}-01-01"
        if self.precision == "month":
            return f"{self.value}-01"
        return self.value

    @property
    def end(self) -> str | None:
        """Last day of the period, ``YYYY-MM-DD``."""
        if self.value is None:
            return None
        if self.precision == "interval":
            return self.value.split("/")[-1]
        if self.precision == "year":
            return f"{self.value}-12-31"
        if self.precision == "month":
            year, month = (int(p) for p in self.value.split("-"))
            return f"{self.value}-{calendar.monthrange(year, month)[1]:02d}"
        return self.value


@dataclass(frozen=True, slots=True)
class Event:
    """One event stated (or implied) by one sentence of one article.

    ``span`` is the evidence sentence's character offsets in ``Article.text``;
    ``reported_by`` is who the article attributes the report to ("..., the Kremlin said").
    ``source`` says who coded the event (:data:`EVENT_SOURCES`: graphkit's own extraction,
    or an imported event data set), ``source_id`` is its id there (GDELT's
    GLOBALEVENTID), and ``measures`` are its numeric codings there, by the names of
    :data:`SOURCE_MEASURES` (GoldsteinScale as ``goldstein_scale``...).
    """

    id: str
    article_id: str
    type: str
    participants: tuple[Participant, ...]
    evidence: str
    span: tuple[int, int]
    date: EventDate = field(default_factory=EventDate)
    modality: Modality = "asserted"
    subtype: str | None = None
    cameo: str | None = None
    plover: str | None = None
    plover_mode: str | None = None
    confidence: float = 0.5
    reported_by: Actor | None = None
    source: str = DEFAULT_SOURCE
    source_id: str | None = None
    measures: tuple[tuple[str, float], ...] = ()

    @staticmethod
    def make_id(
        article_id: str,
        span_start: int,
        type_: str,
        actor_ids: list[str] | tuple[str, ...],
        modality: str = "asserted",
        date_value: str | None = None,
    ) -> str:
        """The stable id of an event: same article, sentence, type and actors, same id."""
        return "ev-" + stable_id(article_id, span_start, type_, "|".join(sorted(actor_ids)),
                                 modality, date_value or "")

    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(p.actor for p in self.participants)

    def to_contract(self, article: Article) -> dict[str, Any]:
        """This event as one line of ``graphkit extract --format jsonl`` (a stable contract).

        The fields after ``confidence`` (actor ids and details, subtype, PLOVER mode, date
        text and rule, reporter, source) were added later, so that ``graphkit load`` can
        rebuild from the lines exactly what ``ingest`` writes; readers of the first fields
        are unaffected.
        """
        contract = {
            "id": self.id,
            "article": article.summary(),
            "type": self.type,
            "cameo": self.cameo,
            "plover": self.plover,
            "actors": [{**_actor_contract(p.actor), "role": p.role} for p in self.participants],
            "date": self.date.value,
            "date_precision": self.date.precision,
            "modality": self.modality,
            "evidence": self.evidence,
            "span": [self.span[0], self.span[1]],
            "confidence": self.confidence,
            "subtype": self.subtype,
            "plover_mode": self.plover_mode,
            "date_text": self.date.text,
            "date_rule": self.date.rule,
            "reported_by": _actor_contract(self.reported_by) if self.reported_by else None,
            "source": self.source,
        }
        if self.source_id is not None:
            contract["source_id"] = self.source_id
        if self.measures:
            contract["measures"] = dict(self.measures)
        return contract


def _actor_contract(actor: Actor) -> dict[str, Any]:
    return {"name": actor.name, "kind": actor.kind, "country": actor.country, "id": actor.id,
            "office": actor.office, "organisation": actor.organisation,
            "wikidata": actor.wikidata, "aliases": list(actor.aliases)}


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction found in one article: the article and its events."""

    article: Article
    events: tuple[Event, ...] = ()

    @property
    def actors(self) -> tuple[Actor, ...]:
        """Every distinct actor of the events, in first-seen order."""
        seen: dict[str, Actor] = {}
        for event in self.events:  # (a write asks this of every article: no tuple per event)
            for participant in event.participants:
                actor = participant.actor
                if actor.id not in seen:
                    seen[actor.id] = actor
            reporter = event.reported_by
            if reporter is not None and reporter.id not in seen:
                seen[reporter.id] = reporter
        return tuple(seen.values())


def to_dict(obj: Any) -> dict[str, Any]:
    """A plain dict of any model object (dates as ISO strings), for JSON output."""
    raw = asdict(obj)

    def _plain(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: _plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [_plain(v) for v in value]
        return value

    return _plain(raw)


@dataclass(frozen=True)
class ForgetReport:
    """What :meth:`graphkit.api.KnowledgeGraph.forget` took out: the articles (their stored
    properties), the events deleted (no other article reported them) and the events that
    lost these articles' reports but keep other articles'."""

    articles: list[dict[str, Any]]
    events_deleted: int
    events_kept: int

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "events_deleted": self.events_deleted,
                "events_kept": self.events_kept}
