"""Event clustering: one Event per real-world event, from the reports of many articles.

1. Each article's events become *reports*: within one article, the events of the same
   family (type and participant key, see :func:`participant_key`) and modality whose dates
   are compatible collapse into one report (the sentence with the canonical date and the
   highest confidence represents it).
2. For every family a write touches, the store hands back the reports it already holds;
   the union is clustered again from scratch (:func:`cluster`), so the resolved graph is a
   function of the SET of reports ingested so far, never of their order (the planner,
   :mod:`graphkit.store.planner`, re-clusters only the date components new reports reach).
3. Each cluster is one Event (id: the smallest report id in it; date: the cluster's
   canonical date; evidence, subtype, date text: its representative report; confidence:
   the highest; ``n_articles``, ``n_outlets``), with one ``MENTIONED_IN`` per report that
   keeps the report's own reading (date, participants, evidence, offsets, confidence,
   outlet, URL) so later writes can re-cluster, and the union of the reports'
   participations and ``REPORTED`` edges.
4. An implied prior contact ``REFERS_TO`` the latest asserted event of its family whose
   date lies within the implied period (one of no kind, "the first contact since", of
   its family or a sibling's: the call or meeting, :func:`contact_siblings`).
5. The store writes only what differs (:func:`graphkit.store.planner.plan_write`).

Date compatibility (``schema/resolution.yaml``): day reports merge within ``day_window``
days of the cluster's seed day, the day most articles give (ties: the earliest), unless
their day was stated outright (``exact_date_rules``: then only on that day); a month
report joins the single cluster of its month, else the month's reports form one event; a
year report likewise joins the single cluster of its year. Undated reports never merge;
two reports of one article by the same coder never share an Event (the article itself
tells them apart), while an article's reports by different coders (graphkit's reading and
a data set's coding of the same URL) merge under the same rules as reports of two articles.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from operator import itemgetter

from graphkit.model import (
    ANY_CONTACT,
    CALENDAR_PRECISIONS,
    CONTACT_TYPES,
    DEFAULT_SOURCE,
    SOURCE_MEASURES,
    Event,
    EventDate,
    Extraction,
)
from graphkit.resolve.rules import ResolutionRules, Row

_DIRECTED_ROLES = ("source", "target")
# Report fields kept on the MENTIONED_IN edge (the rest live on the Event: type, modality).
# ``coded_by`` is the report's Event.source (graphkit or an event data set; not "source",
# which node-link JSON, the legacy embedded store's format, takes for an edge's start).
_EDGE_FIELDS = ("mention_id", "evidence", "start", "end", "confidence", "outlet", "url",
                "date", "date_precision", "date_text", "date_rule", "participants",
                "reported_by", "subtype", "cameo", "plover", "plover_mode",
                "coded_by", "source_id", *SOURCE_MEASURES)
MENTION_FIELDS = _EDGE_FIELDS  # every property of a MENTIONED_IN edge
_REPORT_FIELDS = _EDGE_FIELDS[:-len(SOURCE_MEASURES)]  # (the measures come last)
# Every property of a resolved Event node (see _add_event), in a fixed order: a store may
# fetch stored events as lists of these values rather than as maps.
EVENT_FIELDS = ("id", "type", "subtype", "cameo", "plover", "plover_mode", "modality",
                "confidence", "date", "date_precision", "date_start", "date_end", "date_text",
                "date_rule", "evidence", "n_articles", "n_outlets", "resolution_key",
                "actor_key", "sources", *SOURCE_MEASURES)
_EVENT_KEYS = EVENT_FIELDS[:-len(SOURCE_MEASURES)]  # (those an event's reports give)
_REPORT_VALUES = itemgetter(*_REPORT_FIELDS)  # (a report's values of _REPORT_FIELDS)


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
    actor_key = participant_key(event)
    # (an undirected family's key is its actor key: not worked out twice)
    family = (family_key(event, rules) if event.type in rules.directed_types
              or event.type not in rules.merge_types else f"{event.type}|{'+'.join(actor_key)}")
    return {
        "mention_id": event.id, "article_id": article.id, "type": event.type,
        "modality": event.modality, "family": family, "actor_key": actor_key,
        "evidence": event.evidence, "start": event.span[0], "end": event.span[1],
        "confidence": event.confidence, "outlet": article.outlet, "url": article.url,
        "date": event.date.value, "date_precision": event.date.precision,
        "date_text": event.date.text, "date_rule": event.date.rule,
        "participants": sorted({f"{p.role}:{p.actor.id}" for p in event.participants}),
        "reported_by": event.reported_by.id if event.reported_by else None,
        "subtype": event.subtype, "cameo": event.cameo, "plover": event.plover,
        "plover_mode": event.plover_mode, "coded_by": event.source, "source_id": event.source_id,
        **dict(event.measures),
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
        if len(members) == 1:  # (what cluster and _collapse give one report)
            out.append(members[0])
            continue
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

    @property
    def origins(self) -> set[tuple[str, str]]:
        return {origin(r) for r in self.reports}


def origin(report: Row) -> tuple[str, str]:
    """Who told a report: its article and its coder (graphkit, or the data set)."""
    return report["article_id"], report.get("coded_by") or DEFAULT_SOURCE


def day_ordinal(value: str) -> int:
    """The proleptic ordinal of an ISO day (``date.toordinal``)."""
    return date.fromisoformat(value).toordinal()


def cluster(reports: Sequence[Row], rules: ResolutionRules, *, separate_articles: bool = True,
            mergeable: bool = True, kept_counts: Mapping[str, int] | None = None
            ) -> list[Cluster]:
    """Cluster one family's reports of one modality (a function of the set, not the order).

    Args:
        reports: rows with ``mention_id``, ``article_id``, ``date``, ``date_precision``,
            ``confidence``.
        rules: the date window.
        separate_articles: two reports of one article by one coder (:func:`origin`) never
            share a cluster.
        mergeable: False keeps every report alone (a modality that never merges).
        kept_counts: the family's dated clusters of this modality that are not among
            ``reports`` (events a write leaves as stored, see
            :mod:`graphkit.store.planner`), counted by period: ``"YYYY-MM"`` -> its day
            clusters, ``"YYYY"`` -> its day and month clusters. A month (year) report joins
            the single cluster of its period only when none is kept there; the planner
            never leaves exactly one kept (it would be the cluster to join).

    Returns:
        The clusters, sorted by their smallest report id.
    """
    if len(reports) == 1 and not kept_counts:  # (what the steps below give one report)
        only = reports[0]
        return [Cluster(only["date"], only["date_precision"], [only])]
    reports = sorted(reports, key=lambda r: (r["mention_id"], r["article_id"]))
    by_precision: dict[str | None, list[Row]] = defaultdict(list)
    for r in reports:
        # a date window ("interval") names no period to merge on: its report stays alone
        calendar = r["date"] and r["date_precision"] in CALENDAR_PRECISIONS
        by_precision[r["date_precision"] if (mergeable and calendar) else None].append(r)
    clusters: list[Cluster] = [Cluster(r["date"], r["date_precision"], [r])
                               for r in by_precision[None]]
    dated: list[Cluster] = _day_clusters(by_precision["day"], rules, separate_articles)

    for precision, width in (("month", 7), ("year", 4)):
        by_value: dict[str, list[Row]] = defaultdict(list)
        for r in by_precision[precision]:
            by_value[r["date"]].append(r)
        new: list[Cluster] = []
        # (the clusters of each period, found once rather than once per period)
        within: dict[str, list[Cluster]] = defaultdict(list)
        for c in dated:
            if c.value:
                within[c.value[:width]].append(c)
        for value, members in sorted(by_value.items()):
            inside = within.get(value, ())
            kept = (kept_counts or {}).get(value, 0)
            if kept == 1 and not inside:
                raise ValueError(f"one kept cluster in {value}: the write must resolve it")
            left = members
            if len(inside) == 1 and not kept:
                target, left = inside[0], []
                for r in members:
                    if separate_articles and origin(r) in target.origins:
                        left.append(r)
                    else:
                        target.reports.append(r)
            new.extend(_split_by_article(value, precision, left, separate_articles))
        dated.extend(new)
    clusters.extend(dated)
    return sorted(clusters, key=lambda c: min(r["mention_id"] for r in c.reports))


def _day_clusters(reports: list[Row], rules: ResolutionRules, separate_articles: bool
                  ) -> list[Cluster]:
    """The day clusters of a family's day reports (in ``(mention_id, article_id)`` order).

    Repeatedly: the seed is the day most origins give (ties: the earliest); its cluster
    takes the reports of the seed day and those within ``day_window`` days of it whose
    day was not stated outright (at most one per origin, the nearest, when
    ``separate_articles``). The reports are held by day, with each day's origins, so
    a cluster looks only at the days of its window, not at every report left.
    """
    if len(reports) <= _FEW_DAY_REPORTS:
        return _few_day_clusters(reports, rules, separate_articles)
    window = rules.day_window
    exact = rules.exact_date_rules
    held: dict[str, list[tuple[int, Row]]] = defaultdict(list)
    for i, r in enumerate(reports):
        held[r["date"]].append((i, r))
    by_date = dict(held)  # (the reports left, by day, in their order)
    # each day's votes: the origins of its reports left
    voters = {value: {origin(r) for _, r in members} for value, members in by_date.items()}
    ordinal = {value: day_ordinal(value) for value in by_date}
    days = sorted(by_date, key=lambda d: (ordinal[d], d))
    ordinals = [ordinal[d] for d in days]
    out: list[Cluster] = []
    while by_date:
        seed = min(by_date, key=lambda d: (-len(voters[d]), d))
        day = ordinal[seed]
        lo, hi = bisect_left(ordinals, day - window), bisect_right(ordinals, day + window)
        found: list[tuple[int, Row]] = list(by_date[seed])
        for value in days[lo:hi]:
            if value != seed and value in by_date:
                found.extend(m for m in by_date[value] if m[1].get("date_rule") not in exact)
        found.sort(key=_first)
        near = [r for _, r in found]
        if separate_articles:
            near = _nearest_per_origin(near, ordinal, day)
        out.append(Cluster(seed, "day", near))
        taken: dict[str, list[Row]] = defaultdict(list)  # (by day)
        for r in near:
            taken[r["date"]].append(r)
        for value, gone in taken.items():
            if len(gone) == len(by_date[value]):
                del by_date[value]
                continue
            ids = {id(r) for r in gone}
            left = [m for m in by_date[value] if id(m[1]) not in ids]
            if left:
                by_date[value] = left
                voters[value] = {origin(r) for _, r in left}
            else:
                del by_date[value]
    return out


def _first(member: tuple[int, Row]) -> int:
    return member[0]


def _nearest_per_origin(near: list[Row], ordinal: Mapping[str, int], day: int) -> list[Row]:
    """Of each origin's reports in ``near``, the one nearest ``day`` (ties: the earlier
    day, then the smaller mention id)."""
    nearest: dict[tuple[str, str], Row] = {}
    for r in sorted(near, key=lambda r: (abs(ordinal[r["date"]] - day), r["date"],
                                         r["mention_id"])):
        nearest.setdefault(origin(r), r)
    return list(nearest.values())


# Up to this many day reports (most families of a write), holding them by day costs more
# than it spares: every report left is looked at for each cluster instead.
_FEW_DAY_REPORTS = 12


def _few_day_clusters(reports: list[Row], rules: ResolutionRules, separate_articles: bool
                      ) -> list[Cluster]:
    """:func:`_day_clusters` of a few reports, each cluster looking at every report left."""
    out: list[Cluster] = []
    remaining = reports
    ordinal = {r["date"]: day_ordinal(r["date"]) for r in remaining}
    while remaining:
        votes: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for r in remaining:
            votes[r["date"]].add(origin(r))
        seed = min(votes, key=lambda d: (-len(votes[d]), d))
        day = ordinal[seed]
        near = [r for r in remaining if r["date"] == seed
                or (abs(ordinal[r["date"]] - day) <= rules.day_window
                    and r.get("date_rule") not in rules.exact_date_rules)]
        if separate_articles:
            near = _nearest_per_origin(near, ordinal, day)
        taken = {id(r) for r in near}
        out.append(Cluster(seed, "day", near))
        remaining = [r for r in remaining if id(r) not in taken]
    return out


def _split_by_article(value: str, precision: str, reports: list[Row],
                      separate_articles: bool) -> list[Cluster]:
    """Reports of one period as clusters holding at most one report per article and coder."""
    if not reports:
        return []
    if not separate_articles:
        return [Cluster(value, precision, list(reports))]
    layers: list[Cluster] = []
    count: dict[tuple[str, str], int] = defaultdict(int)
    for r in sorted(reports, key=lambda r: r["mention_id"]):
        i = count[origin(r)]
        count[origin(r)] += 1
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
                    kept: dict[str, list[tuple[Cluster, str]]] | None = None,
                    kept_counts: Mapping[tuple[str, str], Mapping[str, int]] | None = None
                    ) -> FamilyRows:
    """Cluster reports (any families) and make the rows of the resulting events.

    Reports with the same (article, mention id) count once (the last one given wins).
    ``kept`` are, by family, the events of those families that stay as they are stored
    (as clusters holding only their date and modality, with their ids): no rows are made
    for them, but ``REFERS_TO`` rows may point to them or come from them.
    ``kept_counts`` are, by (family, modality), the dated clusters kept by period (see
    :func:`cluster`), which a month or year report cannot join but must count.
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
        for found in cluster(members, rules, mergeable=modality in rules.merge_modalities,
                             kept_counts=(kept_counts or {}).get((family, modality))):
            event_id = min(r["mention_id"] for r in found.reports)
            _add_event(out, found, event_id)
            by_family[family].append((found, event_id))
    if rules.implied_prior_refers_to:
        held: dict[str, list[tuple[Cluster, str]]] = {
            family: [*by_family.get(family, ()), *(kept or {}).get(family, ())]
            for family in by_family.keys() | (kept or {}).keys()}
        for family in sorted(held):
            out.refers.extend(_refers(family, held))
    return out


def contact_siblings(family: str) -> tuple[str, ...]:
    """The families whose asserted events an implied contact of ``family`` with no kind
    (subtype :data:`~graphkit.model.ANY_CONTACT`, "the first contact since") may stand
    for: a contact type's family, the families of every contact type with the same
    participants (``CALL|a+b`` -> ``CALL|a+b``, ``MEET|a+b``); any other family, itself.

    Example:
        >>> contact_siblings("MEET|person:a+person:b")
        ('CALL|person:a+person:b', 'MEET|person:a+person:b')
        >>> contact_siblings("ACCUSE|source:x+target:y")
        ('ACCUSE|source:x+target:y',)
    """
    type_, sep, key = family.partition("|")
    if not sep or type_ not in CONTACT_TYPES:
        return (family,)
    return tuple(f"{other}|{key}" for other in CONTACT_TYPES)


def _add_event(out: FamilyRows, found: Cluster, event_id: str) -> None:
    reports = found.reports
    single = len(reports) == 1  # (most events: the sets and sorts of many give the same)
    rep = reports[0] if single else found.representative
    start, end = _bounds(found.value, found.precision)
    event: Row = {}  # (the properties that are not None, in EVENT_FIELDS' order)
    for key, value in zip(_EVENT_KEYS, (
            event_id, rep["type"], rep.get("subtype"), rep.get("cameo"), rep.get("plover"),
            rep.get("plover_mode"), rep["modality"],
            rep["confidence"] if single else max(r["confidence"] for r in reports),
            found.value, found.precision, start, end, rep.get("date_text"),
            rep.get("date_rule"), rep["evidence"],
            1 if single else len({r["article_id"] for r in reports}),
            (1 if rep.get("outlet") else 0) if single
            else len({o for r in reports if (o := r.get("outlet"))}),
            rep["family"], list(rep["actor_key"]),
            # who coded it: graphkit's extraction and/or imported event data (a report
            # written before reports carried a source is graphkit's)
            [rep.get("coded_by") or DEFAULT_SOURCE] if single
            else sorted({r.get("coded_by") or DEFAULT_SOURCE for r in reports})), strict=True):
        if value is not None:
            event[key] = value
    # an imported data set's codings, from its report with the smallest id
    event.update(_measures(reports))
    out.events.append(event)
    participations = out.participations
    for p in sorted({p for r in reports for p in r["participants"]}):
        role, actor_id = p.split(":", 1)
        participations.append({"actor_id": actor_id, "event_id": event_id, "role": role})
    for r in reports if single else sorted(reports, key=_article):
        mention = {"event_id": event_id, "article_id": r["article_id"]}
        try:
            values = _REPORT_VALUES(r)
        except KeyError:  # (a report lacking a field: as if it were None)
            values = tuple(r.get(k) for k in _REPORT_FIELDS)
        for key, value in zip(_REPORT_FIELDS, values, strict=True):
            if value is not None:
                mention[key] = value
        if not r.keys().isdisjoint(SOURCE_MEASURES):  # (an imported event's codings)
            mention.update({k: v for k in SOURCE_MEASURES if (v := r.get(k)) is not None})
        out.mentions.append(mention)
        if r.get("reported_by"):
            out.reports.append({"actor_id": r["reported_by"], "event_id": event_id,
                                "article_id": r["article_id"]})


def _article(report: Row) -> str:
    return report["article_id"]


@cache
def _bounds(value: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """An event date's first and last day (asked once per resolved event)."""
    when = EventDate(value, precision)  # type: ignore[arg-type]
    return when.start, when.end


def _measures(reports: list[Row]) -> Row:
    out: Row = {}
    if len(reports) == 1 and reports[0].keys().isdisjoint(SOURCE_MEASURES):
        return out  # (most events: graphkit's reports carry no codings)
    for r in sorted(reports, key=lambda r: r["mention_id"]) if len(reports) > 1 else reports:
        for name in SOURCE_MEASURES:
            if r.get(name) is not None:
                out.setdefault(name, r[name])
    return out


def _refers(family: str, held: Mapping[str, list[tuple[Cluster, str]]]) -> list[Row]:
    """REFERS_TO rows from each implied prior cluster of ``family`` to the real contact it
    implies: the latest asserted event of its family (of any contact type, for an implied
    contact of no kind: :func:`contact_siblings`) inside its period. ``held``: the
    clusters of every family, by family."""
    # (a cluster's reports share its modality)
    implied = [(c, i) for c, i in held[family]
               if c.reports[0]["modality"] == "implied_prior" and c.value]
    if not implied:  # (most families a write touches)
        return []
    own = _asserted(held[family])
    siblings = contact_siblings(family)
    anyone = own if len(siblings) == 1 else [
        a for sibling in siblings for a in _asserted(held.get(sibling, ()))]
    rows = []
    for cluster_, implied_id in implied:
        rep = cluster_.reports[0] if len(cluster_.reports) == 1 else cluster_.representative
        asserted = anyone if rep.get("subtype") == ANY_CONTACT else own
        first, last = _bounds(cluster_.value, cluster_.precision)
        inside = [(start, i) for start, end, i in asserted
                  if first <= start and end <= last]  # type: ignore[operator]
        if inside:
            latest = max(s for s, _ in inside)
            prior = min(i for s, i in inside if s == latest)
            rows.append({"event_id": implied_id, "prior_id": prior})
    return rows


def _asserted(found: Sequence[tuple[Cluster, str]]) -> list[tuple[str, str, str]]:
    """The dated asserted events of ``found``: (first day, last day, id)."""
    out = []
    for c, i in found:
        if c.reports[0]["modality"] == "asserted" and c.value:
            start, end = _bounds(c.value, c.precision)
            out.append((start, end, i))
    return out


def stored_report(event: Row, article_id: str, mention: Row) -> Row:
    """A report rebuilt from a stored Event node and one of its MENTIONED_IN edges."""
    report = {k: mention.get(k) for k in _EDGE_FIELDS}
    report.update({"article_id": article_id, "type": event["type"],
                   "modality": event["modality"], "family": event.get("resolution_key"),
                   "actor_key": list(event.get("actor_key") or ())})
    report["participants"] = list(report["participants"] or ())
    return report
