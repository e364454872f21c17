"""Cross-article resolution: one Event per real-world event, one Actor per person.

The stage sits between extraction and the store (load -> extract -> **resolve** -> store) and
is pure Python over model objects and graph rows, so both stores resolve identically: they
only fetch what is already stored and write what this module computes.

Actors (:class:`ActorResolver`, run by the pipeline on each extraction):

- a person the gazetteer knows becomes its entry: the gazetteer's name, aliases, Wikidata id
  and latest office (one node per person, so its properties cannot depend on which
  article came last; the office at the time of an event is not an Actor property);
- another full name (two words or more) gets the id ``person:<folded key>``: accents
  dropped, each word rewritten by ``name_folds`` of ``schema/resolution.yaml``
  ("Sergey"/"Sergei", "Zelensky"/"Zelenskyy"), so spelling variants are one actor;
- a bare surname resolves through the gazetteer, or to the one full name with that
  surname in the same article; otherwise it becomes ``person:<surname>@<article id>``, an
  actor of that article alone: two different people who share a surname never merge.

Events (:func:`plan_write`, called by each store's ``write``):

1. Each article's events become *reports*: within one article, the events of the same
   family (type and participant key, see :func:`participant_key`) and modality whose dates
   are compatible collapse into one report (the sentence with the canonical date and the
   highest confidence represents it).
2. For every family the write touches, the store hands back the reports it already holds;
   the union is clustered again from scratch (:func:`cluster`), so the resolved graph is a
   function of the SET of reports ingested so far, never of their order. (Only the date
   components of a family that the new reports reach are clustered again: the others
   would come out as stored, see :func:`_untouched_events`; a store may hand over
   :class:`EventSummary` rows first, so that only those events are fetched whole.)
3. Each cluster is one Event (id: the smallest report id in it; date: the cluster's
   canonical date; evidence, subtype, date text: its representative report; confidence:
   the highest; ``n_articles``, ``n_outlets``), with one ``MENTIONED_IN`` per report that
   keeps the report's own reading (date, participants, evidence, offsets, confidence,
   outlet, URL) so later writes can re-cluster, and the union of the reports'
   participations and ``REPORTED`` edges.
4. An implied prior contact ``REFERS_TO`` the latest asserted event of its family whose
   date lies within the implied period.
5. The store writes only what differs: :func:`plan_write` compares every resolved row of
   the touched families with what the store holds (the stored events, fetched once, in the
   write's transaction, with all their relationships) and plans the deletions, node
   updates and relationship creations that make the store equal to the resolved rows;
   its counts are those a MERGE of every resolved row would report.

Date compatibility (``schema/resolution.yaml``): day reports merge within ``day_window``
days of the cluster's seed day, the day most articles give (ties: the earliest), unless
their day was stated outright (``exact_date_rules``: then only on that day); a month
report joins the single cluster of its month, else the month's reports form one event; a
year report likewise joins the single cluster of its year. Undated reports never merge;
two reports of one article never share an Event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from graphkit.graph import (
    ACTOR,
    ARTICLE,
    MENTIONED_IN,
    PARTICIPATED_IN,
    REFERS_TO,
    REPORTED,
    GraphRecords,
    actor_properties,
    article_properties,
    relationship_key,
)
from graphkit.model import (
    CALENDAR_PRECISIONS,
    Actor,
    Event,
    EventDate,
    Extraction,
    Participant,
    slugify,
)

RULES_FILE = "resolution.yaml"  # in graphkit.resources.schema_dir()

Row = dict[str, Any]
_DIRECTED_ROLES = ("source", "target")
# Report fields kept on the MENTIONED_IN edge (the rest live on the Event: type, modality).
_EDGE_FIELDS = ("mention_id", "evidence", "start", "end", "confidence", "outlet", "url",
                "date", "date_precision", "date_text", "date_rule", "participants",
                "reported_by", "subtype", "cameo", "plover", "plover_mode")
MENTION_FIELDS = _EDGE_FIELDS  # every property of a MENTIONED_IN edge
# Every property of a resolved Event node (see _add_event), in a fixed order: a store may
# fetch stored events as lists of these values rather than as maps.
EVENT_FIELDS = ("id", "type", "subtype", "cameo", "plover", "plover_mode", "modality",
                "confidence", "date", "date_precision", "date_start", "date_end", "date_text",
                "date_rule", "evidence", "n_articles", "n_outlets", "resolution_key",
                "actor_key")


@dataclass(frozen=True)
class ResolutionRules:
    """The rules of ``schema/resolution.yaml`` (see that file for each field)."""

    merge_types: frozenset[str] = frozenset({"CALL", "MEET"})
    merge_modalities: frozenset[str] = frozenset({"asserted", "implied_prior"})
    directed_types: frozenset[str] = frozenset()
    day_window: int = 1
    exact_date_rules: frozenset[str] = frozenset({"explicit"})
    implied_prior_refers_to: bool = True
    name_folds: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, path: str | Path | None = None) -> ResolutionRules:
        """Read the rules; the default file is cached."""
        from graphkit.resources import schema_file

        return _load_rules(str(path or schema_file(RULES_FILE)))


@cache
def _load_rules(path: str) -> ResolutionRules:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return ResolutionRules(
        merge_types=frozenset(data.get("merge_types", ())),
        merge_modalities=frozenset(data.get("merge_modalities", ())),
        directed_types=frozenset(data.get("directed_types", ())),
        day_window=int(data.get("day_window", 1)),
        exact_date_rules=frozenset(data.get("exact_date_rules", ())),
        implied_prior_refers_to=bool(data.get("implied_prior_refers_to", True)),
        name_folds=tuple((str(a), str(b)) for a, b in data.get("name_folds", ())),
    )


# -- actors ---------------------------------------------------------------------------------

def name_key(name: str, rules: ResolutionRules) -> str:
    """The folded key of a name: ``"Sergey Ivanov"`` and ``"Sergei Ivanov"`` -> ``sergei-ivanov``."""
    return _name_key(name, rules)


@lru_cache(maxsize=1 << 16)  # (names repeat across articles)
def _name_key(name: str, rules: ResolutionRules) -> str:
    words = slugify(name).split("-")
    for pattern, repl in rules.name_folds:
        words = [re.sub(pattern, repl, w) for w in words]
    return "-".join(w for w in words if w)


class ActorResolver:
    """Give each actor of an extraction its canonical id (see the module docstring).

    Args:
        gazetteer: an object with ``person(name) -> entry | None`` (entries have ``name``,
            ``aliases``, ``country``, ``wikidata``, ``office_on(None)``); default
            :meth:`graphkit.extract.gazetteer.Gazetteer.load`; None disables it.
        rules: the resolution rules; default ``schema/resolution.yaml``.

    Example:
        >>> resolver = ActorResolver()                       # doctest: +SKIP
        >>> resolver.resolve(extraction).actors[0].id        # doctest: +SKIP
        'person:vladimir-putin'
    """

    def __init__(self, gazetteer: Any = "default", rules: ResolutionRules | None = None) -> None:
        if gazetteer == "default":
            from graphkit.extract.gazetteer import Gazetteer

            gazetteer = Gazetteer.load()
        self.gazetteer = gazetteer
        self.rules = rules or ResolutionRules.load()
        self._people: dict[str, Actor | None] = {}

    def resolve(self, extraction: Extraction) -> Extraction:
        """The extraction with every actor replaced by its canonical actor."""
        article_id = extraction.article.id
        persons = [a for a in extraction.actors if a.kind == "person"]
        full_by_surname: dict[str, set[str]] = defaultdict(set)
        canonical: dict[str, Actor] = {}
        for actor in persons:
            found = self._gazetteer_person(actor.name)
            if found is not None:
                canonical[actor.id] = found
            elif len(actor.name.split()) >= 2:
                canonical[actor.id] = self._full_name(actor)
        for found in canonical.values():
            surname = slugify(found.name).rsplit("-", 1)[-1]
            full_by_surname[name_key(surname, self.rules)].add(found.id)
        by_id = {a.id: a for a in persons}
        for actor in persons:
            if actor.id in canonical:
                continue
            owners = full_by_surname.get(name_key(actor.name, self.rules), set())
            if len(owners) == 1:
                owner = next(iter(owners))
                canonical[actor.id] = next(c for c in canonical.values() if c.id == owner)
            else:  # unresolved bare surname: an actor of this article only
                canonical[actor.id] = replace(
                    by_id[actor.id], id=f"person:{slugify(actor.name)}@{article_id}")
        if not canonical:
            return extraction

        def swap(actor: Actor | None) -> Actor | None:
            return canonical.get(actor.id, actor) if actor is not None else None

        events = tuple(
            replace(event,
                    participants=_unique_participants(
                        Participant(swap(p.actor), p.role) for p in event.participants),
                    reported_by=swap(event.reported_by))
            for event in extraction.events)
        return Extraction(extraction.article, events)

    def _gazetteer_person(self, name: str) -> Actor | None:
        if self.gazetteer is None:
            return None
        if name not in self._people:
            entry = self.gazetteer.person(name)
            self._people[name] = None if entry is None else _entry_actor(entry)
        return self._people[name]

    def _full_name(self, actor: Actor) -> Actor:
        new_id = f"person:{name_key(actor.name, self.rules)}"
        if new_id == actor.id:
            return actor
        return replace(actor, id=new_id)


def _entry_actor(entry: Any) -> Actor:
    office = entry.office_on(None)
    return Actor(id=Actor.make_id("person", entry.name), name=entry.name, kind="person",
                 country=(office.country if office else None) or entry.country,
                 office=office.title if office else None,
                 organisation=office.organisation if office else None,
                 wikidata=entry.wikidata,
                 # a surname that is not the last word ("Xi") is an alias, so that
                 # graphkit.query.refs finds "Xi Jinping" by it
                 aliases=tuple(dict.fromkeys((*entry.aliases, *getattr(entry, "surnames", ())))))


def _unique_participants(participants: Iterable[Participant]) -> tuple[Participant, ...]:
    seen: dict[tuple[str, str], Participant] = {}
    for p in participants:
        seen.setdefault((p.actor.id, p.role), p)
    return tuple(seen.values())


def merge_actor(existing: Row | None, new: Row) -> Row:
    """The properties of one Actor node written by several articles, order-independently.

    A known value beats a missing one; two different values keep the smallest (the name
    that loses becomes an alias); aliases are the sorted union.

    Example:
        >>> merge_actor({"id": "person:x", "name": "Sergey X", "aliases": []},
        ...             {"id": "person:x", "name": "Sergei X", "office": "Mayor"})["aliases"]
        ['Sergey X']
    """
    if existing is None:
        existing = {}
    out: Row = {"id": new["id"]}
    names = [n for n in (existing.get("name"), new.get("name")) if n]
    for key in ("name", "kind", "country", "office", "organisation", "wikidata"):
        values = [v for v in (existing.get(key), new.get(key)) if v is not None]
        out[key] = min(values, key=str) if values else None
    aliases = [*(existing.get("aliases") or ()), *(new.get("aliases") or ()), *names]
    out["aliases"] = sorted((a for a in dict.fromkeys(aliases) if a != out["name"]), key=str)
    return {k: v for k, v in out.items() if v is not None}


# -- reports ----------------------------------------------------------------------------------

def participant_key(event: Event, directed: bool = False) -> list[str]:
    """The participants that identify an event across articles, sorted.

    Actor ids (``role:id`` for source and target roles when ``directed``, so direction
    counts); a country actor is left out when another participant speaks for that country.
    """
    spoken_for = {p.actor.country for p in event.participants
                  if p.actor.kind != "country" and p.actor.country}
    key = set()
    for p in event.participants:
        if p.actor.kind == "country" and (p.actor.country or p.actor.id[8:]) in spoken_for:
            continue
        key.add(f"{p.role}:{p.actor.id}" if directed and p.role in _DIRECTED_ROLES
                else p.actor.id)
    return sorted(key)


def family_key(event: Event, rules: ResolutionRules) -> str | None:
    """``TYPE|key`` for an event of a merging type, else None (it never merges)."""
    if event.type not in rules.merge_types:
        return None
    directed = event.type in rules.directed_types
    return f"{event.type}|{'+'.join(participant_key(event, directed))}"


def _raw_report(extraction: Extraction, event: Event, rules: ResolutionRules) -> Row:
    article = extraction.article
    return {
        "mention_id": event.id, "article_id": article.id, "type": event.type,
        "modality": event.modality, "family": family_key(event, rules),
        "actor_key": participant_key(event),
        "evidence": event.evidence, "start": event.span[0], "end": event.span[1],
        "confidence": event.confidence, "outlet": article.outlet, "url": article.url,
        "date": event.date.value, "date_precision": event.date.precision,
        "date_text": event.date.text, "date_rule": event.date.rule,
        "participants": sorted({f"{p.role}:{p.actor.id}" for p in event.participants}),
        "reported_by": event.reported_by.id if event.reported_by else None,
        "subtype": event.subtype, "cameo": event.cameo, "plover": event.plover,
        "plover_mode": event.plover_mode,
    }


def article_reports(extraction: Extraction, rules: ResolutionRules) -> list[Row]:
    """An article's reports: its events, with same-event sentences collapsed into one."""
    raw = [_raw_report(extraction, e, rules) for e in extraction.events]
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    out = []
    for report in raw:
        if report["family"] is None:
            out.append(report)
        else:
            groups[(report["family"], report["modality"])].append(report)
    for (_, modality), members in sorted(groups.items()):
        mergeable = modality in rules.merge_modalities
        for found in cluster(members, rules, separate_articles=False, mergeable=mergeable):
            out.append(_collapse(found))
    return out


def _collapse(found: Cluster) -> Row:
    """One report from the sentences of one article about one event."""
    rep = dict(found.representative)
    rep["date"], rep["date_precision"] = found.value, found.precision
    rep["confidence"] = max(r["confidence"] for r in found.reports)
    rep["participants"] = sorted({p for r in found.reports for p in r["participants"]})
    if rep["reported_by"] is None:
        rep["reported_by"] = min((r["reported_by"] for r in found.reports if r["reported_by"]),
                                 default=None)
    return rep


# -- clustering -------------------------------------------------------------------------------

@dataclass
class Cluster:
    """Reports of one event: its canonical date (``value`` at ``precision``) and members."""

    value: str | None
    precision: str | None
    reports: list[Row] = field(default_factory=list)

    @property
    def representative(self) -> Row:
        """The report with the canonical date, the highest confidence, the smallest id."""
        same = [r for r in self.reports
                if (r["date"], r["date_precision"]) == (self.value, self.precision)]
        return min(same or self.reports, key=lambda r: (-r["confidence"], r["mention_id"]))

    @property
    def articles(self) -> set[str]:
        return {r["article_id"] for r in self.reports}


def _ordinal(value: str) -> int:
    return date.fromisoformat(value).toordinal()


def cluster(reports: Sequence[Row], rules: ResolutionRules, *, separate_articles: bool = True,
            mergeable: bool = True) -> list[Cluster]:
    """Cluster one family's reports of one modality (a function of the set, not the order).

    Args:
        reports: rows with ``mention_id``, ``article_id``, ``date``, ``date_precision``,
            ``confidence``.
        rules: the date window.
        separate_articles: two reports of one article never share a cluster.
        mergeable: False keeps every report alone (a modality that never merges).

    Returns:
        The clusters, sorted by their smallest report id.
    """
    reports = sorted(reports, key=lambda r: (r["mention_id"], r["article_id"]))
    by_precision: dict[str | None, list[Row]] = defaultdict(list)
    for r in reports:
        # a date window ("interval") names no period to merge on: its report stays alone
        calendar = r["date"] and r["date_precision"] in CALENDAR_PRECISIONS
        by_precision[r["date_precision"] if (mergeable and calendar) else None].append(r)
    clusters: list[Cluster] = [Cluster(r["date"], r["date_precision"], [r])
                               for r in by_precision[None]]
    dated: list[Cluster] = []

    remaining = list(by_precision["day"])
    ordinal = {r["date"]: _ordinal(r["date"]) for r in remaining}
    while remaining:
        votes: dict[str, set[str]] = defaultdict(set)
        for r in remaining:
            votes[r["date"]].add(r["article_id"])
        seed = min(votes, key=lambda d: (-len(votes[d]), d))
        day = ordinal[seed]
        near = [r for r in remaining if r["date"] == seed
                or (abs(ordinal[r["date"]] - day) <= rules.day_window
                    and r.get("date_rule") not in rules.exact_date_rules)]
        if separate_articles:
            nearest: dict[str, Row] = {}
            for r in sorted(near, key=lambda r: (abs(ordinal[r["date"]] - day),
                                                 r["date"], r["mention_id"])):
                nearest.setdefault(r["article_id"], r)
            near = list(nearest.values())
        taken = {id(r) for r in near}
        dated.append(Cluster(seed, "day", near))
        remaining = [r for r in remaining if id(r) not in taken]

    for precision, width in (("month", 7), ("year", 4)):
        by_value: dict[str, list[Row]] = defaultdict(list)
        for r in by_precision[precision]:
            by_value[r["date"]].append(r)
        new: list[Cluster] = []
        for value, members in sorted(by_value.items()):
            inside = [c for c in dated if c.value and c.value[:width] == value]
            left = members
            if len(inside) == 1:
                target, left = inside[0], []
                for r in members:
                    if separate_articles and r["article_id"] in target.articles:
                        left.append(r)
                    else:
                        target.reports.append(r)
            new.extend(_split_by_article(value, precision, left, separate_articles))
        dated.extend(new)
    clusters.extend(dated)
    return sorted(clusters, key=lambda c: min(r["mention_id"] for r in c.reports))


def _split_by_article(value: str, precision: str, reports: list[Row],
                      separate_articles: bool) -> list[Cluster]:
    """Reports of one period as clusters holding at most one report per article."""
    if not reports:
        return []
    if not separate_articles:
        return [Cluster(value, precision, list(reports))]
    layers: list[Cluster] = []
    count: dict[str, int] = defaultdict(int)
    for r in sorted(reports, key=lambda r: r["mention_id"]):
        i = count[r["article_id"]]
        count[r["article_id"]] += 1
        if i == len(layers):
            layers.append(Cluster(value, precision))
        layers[i].reports.append(r)
    return layers


# -- rows -------------------------------------------------------------------------------------

@dataclass
class FamilyRows:
    """The resolved rows of some events (their nodes and every relationship they have)."""

    events: list[Row] = field(default_factory=list)
    participations: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    reports: list[Row] = field(default_factory=list)
    refers: list[Row] = field(default_factory=list)


def resolve_reports(reports: Sequence[Row], rules: ResolutionRules,
                    kept: dict[str, list[tuple[Cluster, str]]] | None = None) -> FamilyRows:
    """Cluster reports (any families) and make the rows of the resulting events.

    Reports with the same (article, mention id) count once (the last one given wins).
    ``kept`` are, by family, the events of those families that stay as they are stored
    (as clusters holding only their date and modality, with their ids): no rows are made
    for them, but ``REFERS_TO`` rows may point to them or come from them.
    """
    unique: dict[tuple[str, str], Row] = {}
    for r in reports:
        unique[(r["article_id"], r["mention_id"])] = r
    groups: dict[tuple[str | None, str], list[Row]] = defaultdict(list)
    singles: list[Row] = []
    for r in unique.values():
        if r["family"] is None:
            singles.append(r)
        else:
            groups[(r["family"], r["modality"])].append(r)
    out = FamilyRows()
    by_family: dict[str, list[tuple[Cluster, str]]] = defaultdict(list)
    for r in singles:
        _add_event(out, Cluster(r["date"], r["date_precision"], [r]), r["mention_id"])
    for (family, modality), members in sorted(groups.items(), key=lambda kv: str(kv[0])):
        for found in cluster(members, rules, mergeable=modality in rules.merge_modalities):
            event_id = min(r["mention_id"] for r in found.reports)
            _add_event(out, found, event_id)
            by_family[family].append((found, event_id))
    if rules.implied_prior_refers_to:
        for family in sorted(by_family):
            out.refers.extend(_refers([*by_family[family], *(kept or {}).get(family, ())]))
    return out


def _add_event(out: FamilyRows, found: Cluster, event_id: str) -> None:
    rep = found.representative
    when = EventDate(found.value, found.precision)  # type: ignore[arg-type]
    outlets = {r["outlet"] for r in found.reports if r.get("outlet")}
    props = {
        "id": event_id, "type": rep["type"], "subtype": rep.get("subtype"),
        "cameo": rep.get("cameo"), "plover": rep.get("plover"),
        "plover_mode": rep.get("plover_mode"), "modality": rep["modality"],
        "confidence": max(r["confidence"] for r in found.reports),
        "date": found.value, "date_precision": found.precision,
        "date_start": when.start, "date_end": when.end,
        "date_text": rep.get("date_text"), "date_rule": rep.get("date_rule"),
        "evidence": rep["evidence"], "n_articles": len(found.articles),
        "n_outlets": len(outlets), "resolution_key": rep["family"],
        "actor_key": list(rep["actor_key"]),
    }
    out.events.append({k: v for k, v in props.items() if v is not None})
    roles = sorted({p for r in found.reports for p in r["participants"]})
    for p in roles:
        role, actor_id = p.split(":", 1)
        out.participations.append({"actor_id": actor_id, "event_id": event_id, "role": role})
    for r in sorted(found.reports, key=lambda r: r["article_id"]):
        mention = {"event_id": event_id, "article_id": r["article_id"]}
        for k in _EDGE_FIELDS:
            v = r.get(k)
            if v is not None:
                mention[k] = v
        out.mentions.append(mention)
        if r.get("reported_by"):
            out.reports.append({"actor_id": r["reported_by"], "event_id": event_id,
                                "article_id": r["article_id"]})


def _refers(found: list[tuple[Cluster, str]]) -> list[Row]:
    """REFERS_TO rows from each implied prior cluster to the real contact it implies."""
    # (a cluster's reports share its modality)
    asserted = []
    for c, i in found:
        if c.reports[0]["modality"] == "asserted" and c.value:
            when = EventDate(c.value, c.precision)  # type: ignore[arg-type]
            asserted.append((when.start, when.end, i))
    rows = []
    for implied, implied_id in found:
        if implied.reports[0]["modality"] != "implied_prior" or not implied.value:
            continue
        period = EventDate(implied.value, implied.precision)  # type: ignore[arg-type]
        first, last = period.start, period.end
        inside = [(start, i) for start, end, i in asserted
                  if first <= start and end <= last]  # type: ignore[operator]
        if inside:
            latest = max(s for s, _ in inside)
            prior = min(i for s, i in inside if s == latest)
            rows.append({"event_id": implied_id, "prior_id": prior})
    return rows


def stored_report(event: Row, article_id: str, mention: Row) -> Row:
    """A report rebuilt from a stored Event node and one of its MENTIONED_IN edges."""
    report = {k: mention.get(k) for k in _EDGE_FIELDS}
    report.update({"article_id": article_id, "type": event["type"],
                   "modality": event["modality"], "family": event.get("resolution_key"),
                   "actor_key": list(event.get("actor_key") or ())})
    report["participants"] = list(report["participants"] or ())
    return report


# -- planning a write -------------------------------------------------------------------------

Edge = tuple[str, str, str]  # (source id, target id, relationship_key(type, properties))


@dataclass
class StoredEvent:
    """A stored Event node and every relationship it has, as a store hands it to
    :func:`plan_write`: ``props`` are the node's properties, ``edges`` are
    ``(source id, target id, relationship type, properties)``, both directions."""

    props: Row
    edges: list[tuple[str, str, str, Row]]


@dataclass
class WritePlan:
    """What a store does for one write, in this order.

    1. ``deleted_edges`` (``(source, target, type, properties)``) are deleted;
    2. ``stale_events`` are deleted (with their relationships);
    3. ``rows`` are written: articles and actors merged (``SET n += row``; actor rows
       already hold the merged properties), events replaced (``SET n = row``), and the
       relationships created (none of them exists any more: CREATE, not MERGE);
       ``refers`` are the ``REFERS_TO`` rows to create.

    Only what differs from the store is in the plan: :func:`plan_write` resolves the
    touched families from scratch, then compares every resulting row with what the store
    holds, so an event that a write does not change costs nothing to write. ``counts``
    are the :class:`~graphkit.store.base.WriteCounts` fields of the write, counted as if
    every resolved row were MERGEd (a matched row is one the store already held).
    """

    rows: GraphRecords
    refers: list[Row]
    stale_events: list[str]
    deleted_edges: list[tuple[str, str, str, Row]]
    counts: dict[str, int]


@dataclass
class EventSummary:
    """What :func:`plan_write` needs of a stored event to tell whether a write changes it:
    ``props`` (``id``, ``resolution_key``, ``modality``, ``date``, ``date_precision``), its
    reports' ``(mention_id, date, date_precision)`` (from its ``MENTIONED_IN``), its
    ``REFERS_TO`` ``(source, target, properties)`` (both directions), how many
    ``PARTICIPATED_IN``, ``MENTIONED_IN`` and ``REPORTED`` it has (``n_rels``), and whether
    it has any other relationship (``foreign``)."""

    props: Row
    mentions: list[tuple[Any, Any, Any]]
    refers: list[tuple[str, str, Row]]
    n_rels: int
    foreign: bool

    @classmethod
    def of(cls, stored: StoredEvent) -> EventSummary:
        me = stored.props["id"]
        mentions, refers, n_rels, foreign = [], [], 0, False
        for source, target, rel_type, props in stored.edges:
            out = source == me
            if rel_type == REFERS_TO:
                refers.append((source, target, props))
            elif (rel_type, out) in _GRAPHKIT_EDGES:
                n_rels += 1
                if rel_type == MENTIONED_IN:
                    mentions.append((props.get("mention_id"), props.get("date"),
                                     props.get("date_precision")))
            else:
                foreign = True
        return cls(stored.props, mentions, refers, n_rels, foreign)


FetchEvents = Callable[[list[str], list[str]], list[StoredEvent]]
FetchSummaries = Callable[[list[str], list[str]], list[EventSummary]]
FetchNodes = Callable[[str, list[str]], list[Row]]


def plan_write(extractions: Sequence[Extraction], fetch_events: FetchEvents,
               fetch_nodes: FetchNodes, rules: ResolutionRules | None = None,
               fetch_summaries: FetchSummaries | None = None) -> WritePlan:
    """Resolve ``extractions`` against what the store holds; plan only what changes.

    Args:
        extractions: what to write (actors already resolved by :class:`ActorResolver`).
        fetch_events: (family keys, event ids) -> the stored events of those families
            (``resolution_key``) or with those ids, with all their relationships.
        fetch_nodes: (label, ids) -> the stored properties of the nodes of that label
            (``Article`` or ``Actor``) with those ids.
        rules: default ``schema/resolution.yaml``.
        fetch_summaries: (family keys, event ids) -> the :class:`EventSummary` of the
            same events as ``fetch_events``; when given, only the events the write may
            change are then fetched whole (``fetch_events([], ids)``), which saves a
            server most of the transfer. Without it, everything is fetched whole.
    """
    rules = rules or ResolutionRules.load()
    resolved_rows = GraphRecords()
    new_reports: list[Row] = []
    actors: dict[str, Row] = {}

    for extraction in extractions:
        article = extraction.article
        resolved_rows.articles.append(article_properties(article))
        for actor in extraction.actors:
            actors[actor.id] = merge_actor(actors.get(actor.id), actor_properties(actor))
        new_reports.extend(article_reports(extraction, rules))
    article_ids = sorted({a["id"] for a in resolved_rows.articles})
    stored_articles = ({a["id"]: a for a in fetch_nodes(ARTICLE, article_ids)}
                       if article_ids else {})
    stored_actors = {a["id"]: a for a in fetch_nodes(ACTOR, sorted(actors))} if actors else {}
    resolved_rows.actors = [merge_actor(stored_actors.get(i), a)
                            for i, a in sorted(actors.items())]

    # The stored events of the touched families, and those a new report's event may
    # overwrite (an event's id is one of its reports' mention ids).
    families = sorted({r["family"] for r in new_reports if r["family"] is not None})
    mention_ids = sorted({r["mention_id"] for r in new_reports})
    family_set = set(families)
    # Only the date components of a family that the new reports reach are clustered again
    # (see _untouched_events); the events of the others are kept as stored.
    if not new_reports:
        summaries: list[EventSummary] = []
        fetched: list[StoredEvent] = []
    elif fetch_summaries is not None:
        summaries = fetch_summaries(families, mention_ids)
    else:
        fetched = fetch_events(families, mention_ids)
        summaries = [EventSummary.of(e) for e in fetched]
    in_families = [e for e in summaries if e.props.get("resolution_key") in family_set]
    family_ids = {e.props["id"] for e in in_families}
    kept_ids = _untouched_events(in_families, new_reports, rules)
    if new_reports and fetch_summaries is not None:
        wanted = sorted({e.props["id"] for e in summaries} - kept_ids)
        fetched = fetch_events([], wanted) if wanted else []
    stored_events = {e.props["id"]: e for e in fetched if e.props["id"] not in kept_ids}
    existing: list[Row] = []
    kept: dict[str, list[tuple[Cluster, str]]] = defaultdict(list)
    kept_rows = 0
    kept_refers: list[tuple[str, str, Row]] = []
    for summary in in_families:
        event = summary.props
        if event["id"] in kept_ids:
            kept[event["resolution_key"]].append((Cluster(
                event.get("date"), event.get("date_precision"),
                [{"modality": event["modality"]}]), event["id"]))
            kept_rows += summary.n_rels
            kept_refers.extend(summary.refers)
    for stored in fetched:
        event = stored.props
        if event.get("resolution_key") not in family_set or event["id"] in kept_ids:
            continue
        for source, target, rel_type, props in stored.edges:
            if rel_type == MENTIONED_IN and source == event["id"]:
                existing.append(stored_report(event, target, props))
    resolved = resolve_reports([*existing, *new_reports], rules, kept)
    resolved_rows.events = resolved.events
    resolved_rows.participations = resolved.participations
    resolved_rows.mentions = resolved.mentions
    resolved_rows.reports = resolved.reports
    new_ids = {e["id"] for e in resolved.events}
    stale = family_ids - new_ids - kept_ids

    # What the store holds on the touched events, and what it should hold after the write.
    old_edges: dict[Edge, tuple[str, Row]] = {}
    for event_id in sorted((stale | new_ids) & stored_events.keys()):
        for source, target, rel_type, props in stored_events[event_id].edges:
            key = (source, target, relationship_key(rel_type, props))
            old_edges[key] = (rel_type, props)
    for source, target, props in kept_refers:  # resolved again with their family
        old_edges[(source, target, REFERS_TO)] = (REFERS_TO, props)
    # Each resolved relationship is written unless the store holds it with the same
    # properties; each stored one that is not kept so is deleted.
    new_edges: set[Edge] = set()
    unchanged: set[Edge] = set()
    changed: dict[str, list[Row]] = {}
    for rel_type, rels in ((PARTICIPATED_IN, resolved.participations),
                           (MENTIONED_IN, resolved.mentions), (REPORTED, resolved.reports),
                           (REFERS_TO, resolved.refers)):
        source, target = _ENDS[rel_type]
        write = changed[rel_type] = []
        for row in rels:
            key = (row[source], row[target], relationship_key(rel_type, row))
            if key in new_edges:  # (never: one relationship per key, as MERGE keeps it)
                continue
            new_edges.add(key)
            old = old_edges.get(key)
            if old is not None and old[0] == rel_type and old[1] == {
                    k: v for k, v in row.items()
                    if k != source and k != target and v is not None}:
                unchanged.add(key)
            else:
                write.append(row)

    rows = GraphRecords()
    rows.articles = [a for a in resolved_rows.articles
                     if not _same_after_merge(stored_articles.get(a["id"]), a)]
    rows.actors = [a for a in resolved_rows.actors if stored_actors.get(a["id"]) != a]
    rows.events = [e for e in resolved.events
                   if e["id"] not in stored_events or stored_events[e["id"]].props != e]
    rows.participations = changed[PARTICIPATED_IN]
    rows.mentions = changed[MENTIONED_IN]
    rows.reports = changed[REPORTED]
    refers = changed[REFERS_TO]
    deleted = [(key[0], key[1], rel_type, props) for key, (rel_type, props) in old_edges.items()
               if key not in unchanged and key[0] not in stale and key[1] not in stale]

    node_ids = [n["id"] for n in (*resolved_rows.articles, *resolved_rows.actors,
                                  *resolved.events)]
    stored_ids = stored_articles.keys() | stored_actors.keys() | stored_events.keys()
    created = sum(1 for i in node_ids if i not in stored_ids)
    rel_created = sum(1 for key in new_edges if key not in old_edges)
    # A kept event counts as the MERGE of its rows would: its node and its relationships
    # (other than REFERS_TO, resolved with the family above) are all matched.
    counts = {"rows": len(resolved_rows) + len(resolved.refers) + len(kept_ids) + kept_rows,
              "nodes_created": created,
              "nodes_matched": len(node_ids) - created + len(kept_ids),
              "relationships_created": rel_created,
              "relationships_matched": len(new_edges) - rel_created + kept_rows}
    return WritePlan(rows=rows, refers=refers, stale_events=sorted(stale),
                     deleted_edges=sorted(deleted, key=lambda d: d[:3]), counts=counts)


_GRAPHKIT_EDGES = {(PARTICIPATED_IN, False), (MENTIONED_IN, True), (REPORTED, False),
                   (REFERS_TO, True), (REFERS_TO, False)}  # (type, outgoing from the event)


@cache
def _span(value: str | None, precision: str | None) -> tuple[int, int] | None:
    """The days (first, last ordinal) a report's date covers; None when undated."""
    if not value:
        return None
    if precision == "day":
        day = _ordinal(value)
        return day, day
    if precision in ("month", "year", "interval"):
        when = EventDate(value, precision)  # type: ignore[arg-type]
        return _ordinal(when.start), _ordinal(when.end)  # type: ignore[arg-type]
    return 0, 10**9  # (a precision clustering does not know: it reaches everything)


def _untouched_events(stored: Sequence[EventSummary], new_reports: Sequence[Row],
                      rules: ResolutionRules) -> set[str]:
    """The stored events that clustering their family again would give back unchanged.

    Clustering a family's reports of one modality falls apart into independent *date
    components*: reports whose days (a month or year report covers all of its days) lie
    within ``day_window`` of each other, chained. A day cluster holds only reports within
    the window of its seed; a month (year) report joins only a cluster whose date lies in
    its month (year); and the seed of a component's next cluster depends only on the
    votes of that component's reports. So the clusters of the reports are the union of
    the clusters of each component, and a component no new report reaches keeps its
    events as stored. An undated report, or one of a modality that never merges, is a
    component of its own. A stored event is also resolved again when a new report has
    its id or the mention id of one of its reports (an article written again), or when
    it has a relationship graphkit does not write.
    """
    window = max(rules.day_window, 0)
    new_ids = {r["mention_id"] for r in new_reports}
    # (family, modality) -> [(first day, last day, event id or None for a new report)]
    spans: dict[tuple[str, str], list[tuple[int, int, str | None]]] = defaultdict(list)
    touched: set[str] = set()
    untouched: set[str] = set()
    for event in stored:
        props = event.props
        event_id = props["id"]
        mergeable = props["modality"] in rules.merge_modalities
        first = last = None
        dirty = event.foreign or event_id in new_ids
        undated = 0
        for mention_id, value, precision in event.mentions:
            if mention_id in new_ids:
                dirty = True
            span = _span(value, precision)
            if span is None:
                undated += 1
            else:
                first = span[0] if first is None else min(first, span[0])
                last = span[1] if last is None else max(last, span[1])
        # (an event as clustering never leaves one: no report, or several that never merge)
        if dirty or not event.mentions or (undated and (first is not None or undated > 1)) \
                or (not mergeable and len(event.mentions) > 1):
            touched.add(event_id)
        if first is None or not mergeable:  # alone: nothing new can join it
            if event_id not in touched:
                untouched.add(event_id)
            continue
        spans[(props["resolution_key"], props["modality"])].append((first, last, event_id))
    for r in new_reports:
        if r["family"] is None or r["modality"] not in rules.merge_modalities:
            continue
        span = _span(r["date"], r["date_precision"])
        if span is not None:
            spans[(r["family"], r["modality"])].append((span[0], span[1], None))
    for units in spans.values():
        units.sort(key=lambda u: (u[0], u[1]))
        component: list[str | None] = []
        end = None
        for first, last, event_id in units:
            if end is not None and first > end + window:
                _close(component, touched, untouched)
                component = []
                end = None
            component.append(event_id)
            end = last if end is None else max(end, last)
        _close(component, touched, untouched)
    return untouched


def _close(component: list[str | None], touched: set[str], untouched: set[str]) -> None:
    """Sort one date component's stored events into kept or resolved again."""
    if any(i is None or i in touched for i in component):
        return
    untouched.update(component)  # type: ignore[arg-type]


# The (source, target) fields of each relationship's rows; the other fields are its properties.
_ENDS = {PARTICIPATED_IN: ("actor_id", "event_id"), MENTIONED_IN: ("event_id", "article_id"),
         REPORTED: ("actor_id", "event_id"), REFERS_TO: ("event_id", "prior_id")}


def _same_after_merge(stored: Row | None, row: Row) -> bool:
    """Whether ``SET n += row`` leaves the stored properties as they are."""
    if stored is None:
        return False
    return all(stored.get(k) == v if v is not None else k not in stored
               for k, v in row.items())
