"""The write-diff planner: what a store must change so that it holds the resolved graph.

Each store's ``write`` calls :func:`plan_write` with callbacks that fetch what it already
holds; the planner resolves the touched families again (:mod:`graphkit.resolve.events`)
and plans only the deletions, node updates and relationship creations that make the store
equal to the resolved rows; its counts are those a MERGE of every resolved row would
report. Only the components of a family that the new reports reach are clustered again
(:mod:`graphkit.store.components`); a store may hand over :class:`EventSummary` rows
first, so that only those events are fetched whole.
"""

from __future__ import annotations

import gc
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

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
from graphkit.model import Extraction, names_a_place
from graphkit.resolve import (
    MERGED_FIELDS,
    Cluster,
    ResolutionRules,
    article_reports,
    contact_siblings,
    merge_actor,
    resolve_reports,
    stored_report,
)
from graphkit.store.components import (
    DatedQuery,
    Period,
    Reach,
    ReachMemo,
    dated_query,
    new_periods,
    untouched_events,
)
from graphkit.store.windows import (
    Span,
    Spans,
    Window,
    covered,
    fetched_ranges,
    grow,
    overlaps,
    period,
    report_span,
    union,
    unread_windows,
    windows,
)
from graphkit.store.withdrawals import (
    ACTOR_ROWS,
    IMPORTED_ARTICLE_PREFIXES,
    ActorSourcesFetch,
    ReadingsFetch,
    StoredMention,
    article_records,
    entry_actor,
    latest_readings,
    merged_entries,
    taken_back,
    withdrawn_mentions,
)

Row = dict[str, Any]


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
       ``refers`` are the ``REFERS_TO`` rows to create;
    4. the Articles ``forgotten`` are deleted (no report of theirs is left), and so is
       each actor of ``unheld_actors`` that no event holds any more (no
       ``PARTICIPATED_IN`` nor ``REPORTED`` left): those took part only in events whose
       reports the write withdrew (:mod:`graphkit.store.withdrawals`).

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
    forgotten: list[str] = field(default_factory=list)
    unheld_actors: list[str] = field(default_factory=list)


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
        summary = cls(stored.props, [], [], 0, False)
        for edge in stored.edges:
            summary.add(*edge)
        return summary

    def add(self, source: str, target: str, rel_type: str, props: Row) -> None:
        """Take in one relationship of the event (either direction)."""
        if rel_type == REFERS_TO:
            self.refers.append((source, target, props))
        elif (rel_type, source == self.props["id"]) in _GRAPHKIT_EDGES:
            self.n_rels += 1
            if rel_type == MENTIONED_IN:
                self.mentions.append((props.get("mention_id"), props.get("date"),
                                      props.get("date_precision")))
        else:
            self.foreign = True


@dataclass
class FirstRead:
    """What a write's first read returns when a store makes it one statement (see
    ``fetch_first`` of :func:`plan_write`): the stored articles and actors, the summaries
    of the first windows, and the counts of the first dated queries, in their order."""

    articles: list[Row]
    actors: list[Row]
    summaries: list[EventSummary]
    counts: list[int]


FetchEvents = Callable[[list[Window], list[str]], list[StoredEvent]]
FetchSummaries = Callable[[list[Window], list[str]], list[EventSummary]]
FetchNodes = Callable[[str, list[str]], list[Row]]
CountDated = Callable[[list[DatedQuery]], list[int]]
# (article ids, actor ids, windows, event ids, dated queries) -> FirstRead
FetchFirst = Callable[[list[str], list[str], list[Window], list[str], list[DatedQuery]],
                      FirstRead]


def plan_write(extractions: Sequence[Extraction], fetch_events: FetchEvents,
               fetch_nodes: FetchNodes, rules: ResolutionRules | None = None,
               fetch_summaries: FetchSummaries | None = None,
               count_dated: CountDated | None = None,
               fetch_first: FetchFirst | None = None,
               fetch_readings: ReadingsFetch | None = None,
               forget: Sequence[str] = (),
               fetch_actor_sources: ActorSourcesFetch | None = None) -> WritePlan:
    """Resolve ``extractions`` against what the store holds; plan only what changes.

    Args:
        extractions: what to write (actors already resolved by :class:`ActorResolver`).
        fetch_events: (windows, event ids) -> the stored events with those ids, and for
            each window ``(family, first, last)`` the events of that family
            (``resolution_key``) with a report (``MENTIONED_IN``) whose date's days meet
            [first, last] (:mod:`graphkit.store.windows`), each with all its
            relationships.
        fetch_nodes: (label, ids) -> the stored properties of the nodes of that label
            (``Article`` or ``Actor``) with those ids.
        rules: default ``schema/resolution.yaml``.
        fetch_summaries: (windows, event ids) -> the :class:`EventSummary` of the
            same events as ``fetch_events``; when given, only the events the write may
            change are then fetched whole (``fetch_events([], ids)``), which saves a
            server most of the transfer. Without it, everything is fetched whole.
        count_dated: queries ``(family, modality, precisions, first, last)`` -> for each,
            how many events of that family and modality, of one of those date
            precisions, have a ``date_start`` in [first, last]. With it, the clusters of
            a busy month or year are counted rather than read (see
            :mod:`graphkit.store.components`); without it they are read.
        fetch_first: with ``fetch_summaries``, the write's first reads in one call (for
            a server, one round trip): ``fetch_nodes`` of the articles and of the actors,
            the first ``fetch_summaries`` and ``count_dated`` of the periods of the new
            month and year reports (which the write always counts). Not called when the
            write has no report (``fetch_nodes`` is then).
        fetch_readings: (the new readings' mention ids by article, the articles
            forgotten) -> the stored ``MENTIONED_IN`` those withdraw
            (:data:`~graphkit.store.withdrawals.ReadingsFetch`): with it, the reports of
            an article read again that its new reading no longer holds are withdrawn.
            Without it, a write only adds.
        forget: ids of articles whose every report is withdrawn; the plan deletes them.
        fetch_actor_sources: (actor ids, article ids left out) -> what the other
            articles' readings gave each actor
            (:data:`~graphkit.store.withdrawals.ActorSourcesFetch`): with it, an actor
            that an article read again or forgotten no longer names as before gets the
            properties of the readings left. Without it, an actor's names only grow.
    """
    rules = rules or ResolutionRules.load()
    resolved_rows = GraphRecords()
    new_reports: list[Row] = []
    actors: dict[str, Row] = {}
    merged: set[Any] = set()  # (actors merged in already: merging one again changes nothing)

    extractions = latest_readings(extractions)
    withdrawn = withdrawn_mentions(extractions, forget, fetch_readings)
    for extraction in extractions:
        article = extraction.article
        resolved_rows.articles.append(article_properties(article))
        for actor in extraction.actors:
            if actor in merged:
                continue
            merged.add(actor)
            actors[actor.id] = merge_actor(actors.get(actor.id), actor_properties(actor))
        new_reports.extend(article_reports(extraction, rules))
    article_ids = sorted({a["id"] for a in resolved_rows.articles})
    first: FirstRead | None = None  # (fetch_first's answer, once called)

    # The stored events of the touched families, and those a new report's event may
    # overwrite (an event's id is one of its reports' mention ids).
    # (a contact family comes with its siblings: an implied contact of no kind in one may
    # stand for an asserted event of another, and a new asserted event in one may be what
    # an implied contact of another stands for)
    family_set = {sibling for r in new_reports if r["family"] is not None
                  for sibling in contact_siblings(r["family"])}
    # (a withdrawn report's event is read by its id, and its family resolved again)
    gone: set[Edge] = {(m.event_id, m.article_id, m.key) for m in withdrawn}
    gone_events = {m.event_id for m in withdrawn}
    family_set.update(sibling for m in withdrawn if m.family is not None
                      for sibling in contact_siblings(m.family))
    mention_ids = sorted({r["mention_id"] for r in new_reports} | gone_events)
    # Only the components of a family that the new reports reach are clustered again
    # (graphkit.store.components); the events of the others are kept as stored.
    # Each family's stored events are fetched by the days of its reports
    # (graphkit.store.windows), the days growing until they hold every component to
    # cluster again.
    report_days: dict[str, list[Span | None]] = defaultdict(list)
    for r in new_reports:
        if r["family"] is not None and r["modality"] in rules.merge_modalities:
            report_days[r["family"]].append(report_span(r["date"], r["date_precision"]))
    for m in withdrawn:
        if m.family is not None and m.modality in rules.merge_modalities:
            report_days[m.family].append(report_span(m.date, m.date_precision))
    # (each family's spans joined once, not once per report)
    cores: dict[str, Spans] = _with_siblings(
        {f: c for f, c in ((f, union(d)) for f, d in report_days.items()) if c})
    summaries: list[EventSummary] = []
    fetched: list[StoredEvent] = []
    counted: dict[Period, int] = {}
    reach = Reach(set(), {}, {}, set())
    read: dict[str, Spans] = {}  # (per family, the days whose summaries are read)
    by_id: dict[str, EventSummary] = {}
    memo = ReachMemo()  # (the next call sorts again only the groups that changed)
    grown: Mapping[str, Spans] = cores  # (the cores that changed since the last read)
    while new_reports or withdrawn:
        if fetch_summaries is not None:
            # (when the cores grow, only the days not read yet are asked for; a core
            # that did not grow has nothing unread)
            first_read = not read
            wins = unread_windows(grown, rules.day_window, read)
            if first_read and fetch_first is not None:
                asked = sorted(new_periods(new_reports, rules, memo)) if count_dated else []
                first = fetch_first(article_ids, sorted(actors), wins, mention_ids,
                                    [dated_query(k) for k in asked])
                counted.update(zip(asked, first.counts, strict=True))
                got = first.summaries
            else:
                if first_read and count_dated is not None:
                    # (asked for by the first sort in any case: counted before it, so
                    # that it is not made again for them)
                    asked = sorted(new_periods(new_reports, rules, memo))
                    if asked:
                        counted.update(zip(asked, count_dated([dated_query(k) for k in asked]),
                                           strict=True))
                got = fetch_summaries(wins, mention_ids if first_read else []) \
                    if wins or first_read else []
            for summary in got:
                by_id.setdefault(summary.props["id"], summary)
            summaries = [by_id[i] for i in sorted(by_id)]
        else:
            wins = windows(cores, rules.day_window)
            fetched = fetch_events(wins, mention_ids)  # type: ignore[arg-type]
            summaries = [EventSummary.of(e) for e in fetched]
        in_families = [e for e in summaries if e.props.get("resolution_key") in family_set]
        while True:
            reach = untouched_events(in_families, new_reports, rules,
                                     counted if count_dated is not None else None, memo,
                                     dirty=gone_events)
            if not reach.need:
                break
            asked = sorted(reach.need)
            counted.update(zip(asked, count_dated([dated_query(k) for k in asked]),  # type: ignore[misc]
                               strict=True))
        changed = grow(cores, _with_siblings(_reached(in_families, reach.extents)))
        if not changed:
            break
        grown = {f: cores[f] for f in changed}
    kept_ids = reach.kept
    if first is not None:
        stored_articles = {a["id"]: a for a in first.articles}
        stored_actors = {a["id"]: a for a in first.actors}
    else:
        stored_articles = ({a["id"]: a for a in fetch_nodes(ARTICLE, article_ids)}
                           if article_ids else {})
        stored_actors = ({a["id"]: a for a in fetch_nodes(ACTOR, sorted(actors))}
                         if actors else {})
    # Writing an article again never loses what the store recorded of it (_kept_article).
    resolved_rows.articles = [_kept_article(stored_articles.get(a["id"]), a)
                              for a in resolved_rows.articles]
    resolved_rows.actors = [_merge_stored(stored_actors.get(i), a)
                            for i, a in sorted(actors.items())]
    # What each article gave its actors (withdrawals.ACTOR_ROWS); an actor an article no
    # longer names as before gets the merge of what the readings left give it.
    records = article_records(extractions, stored_articles)
    for a in resolved_rows.articles:
        if a["id"] in records:
            a[ACTOR_ROWS] = records[a["id"]]
    retaken = _retaken_actors(extractions, records, stored_articles, stored_actors, forget,
                              fetch_nodes, fetch_actor_sources)
    if retaken:
        resolved_rows.actors = [retaken.get(a["id"], a) for a in resolved_rows.actors]
    in_families = [e for e in summaries if e.props.get("resolution_key") in family_set]
    family_ids = {e.props["id"] for e in in_families}
    if (new_reports or withdrawn) and fetch_summaries is not None:
        wanted = sorted({e.props["id"] for e in summaries} - kept_ids)
        fetched = fetch_events([], wanted) if wanted else []
    stored_events = {e.props["id"]: e for e in fetched if e.props["id"] not in kept_ids}
    existing: list[Row] = []
    kept: dict[str, list[tuple[Cluster, str]]] = defaultdict(list)
    kept_rows = 0
    kept_refers: list[tuple[str, str, Row]] = []
    # (an implied contact this write cannot change: left as stored, REFERS_TO and all)
    ranges: dict[str, Spans] = {}  # (per family, the days fetched: worked out once)
    aside = {e.props["id"] for e in in_families
             if e.props["id"] in kept_ids and _partly_fetched(e.props, cores, rules, ranges)}
    for summary in in_families:
        event = summary.props
        if event["id"] in aside:
            continue
        if event["id"] in kept_ids:
            kept[event["resolution_key"]].append((Cluster(
                event.get("date"), event.get("date_precision"),
                [{"modality": event["modality"], "subtype": event.get("subtype")}]),
                event["id"]))
            kept_rows += summary.n_rels
            kept_refers.extend(r for r in summary.refers if r[0] not in aside)
    for stored in fetched:
        event = stored.props
        if event["id"] in kept_ids or (event.get("resolution_key") not in family_set
                                       and event["id"] not in gone_events):
            continue
        for target, props in _remaining_reports(event["id"], stored.edges, gone):
            existing.append(stored_report(event, target, props))
    resolved = resolve_reports([*existing, *new_reports], rules, kept, reach.kept_counts)
    resolved_rows.events = resolved.events
    resolved_rows.participations = resolved.participations
    resolved_rows.mentions = resolved.mentions
    resolved_rows.reports = resolved.reports
    new_ids = {e["id"] for e in resolved.events}
    stale = (family_ids | (gone_events & stored_events.keys())) - new_ids - kept_ids

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
    written_actors = {a["id"] for a in resolved_rows.actors}
    rows.actors.extend(a for i, a in sorted(retaken.items())
                       if i not in written_actors and stored_actors.get(i) != a)
    if retaken:
        rows.actors = [_with_removals(stored_actors.get(a["id"]), a) if a["id"] in retaken
                       else a for a in rows.actors]
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
              "relationships_matched": len(new_edges) - rel_created + kept_rows,
              "events_added": len(new_ids - stored_events.keys()) - len(stale),
              **_withdrawal_counts(withdrawn, gone, stored_events, forget)}
    return WritePlan(rows=rows, refers=refers, stale_events=sorted(stale),
                     deleted_edges=sorted(deleted, key=lambda d: d[:3]), counts=counts,
                     forgotten=sorted(set(forget)),
                     unheld_actors=_unheld_actors(gone_events, stored_events, resolved))


_PAUSE_LOCK = threading.Lock()
_pauses = [0, False]  # (writes inside paused_collection, whether gc was enabled before them)


@contextmanager
def paused_collection() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a write plans and applies.

    A write allocates tens of thousands of row dicts and tuples that live until it ends
    and form no cycles; each allocation burst otherwise triggers collections that walk
    them again and again (about a third of planning's CPU in a write of 8,000 articles).
    Whatever cycles the write leaves are collected after it. Nested and concurrent writes
    re-enable the collector only when the last one leaves, and only if it was enabled.
    """
    with _PAUSE_LOCK:
        if _pauses[0] == 0:
            _pauses[1] = gc.isenabled()
            gc.disable()
        _pauses[0] += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _pauses[0] -= 1
            if _pauses[0] == 0 and _pauses[1]:
                gc.enable()


_GRAPHKIT_EDGES = {(PARTICIPATED_IN, False), (MENTIONED_IN, True), (REPORTED, False),
                   (REFERS_TO, True), (REFERS_TO, False)}  # (type, outgoing from the event)


def _reached(stored: Sequence[EventSummary], extents: dict[str, Spans]) -> dict[str, Spans]:
    """The days a write's resolution must see, per family: the components it clusters
    again, and the periods of the implied contacts overlapping them (or, for a contact
    family, those of its siblings: :func:`~graphkit.resolve.events.contact_siblings`)."""
    reached = {family: list(spans) for family, spans in extents.items()}
    for event in stored:
        props = event.props
        family = props.get("resolution_key")
        if props.get("modality") != "implied_prior" or family is None:
            continue
        near = [extent for sibling in contact_siblings(family)
                for extent in extents.get(sibling, ())]
        span = period(props.get("date"), props.get("date_precision"))
        if any(overlaps(span, extent) for extent in near):
            reached.setdefault(family, []).append(span)  # type: ignore[arg-type]
    return reached


def _with_siblings(spans: dict[str, Spans]) -> dict[str, Spans]:
    """``spans`` with each contact family's days given to its siblings as well
    (:func:`~graphkit.resolve.events.contact_siblings`): the write reads them alike."""
    out = dict(spans)
    for family, days in spans.items():
        for sibling in contact_siblings(family):
            if sibling != family:
                out[sibling] = union([*out.get(sibling, ()), *days])
    return out


def _partly_fetched(event: Row, cores: dict[str, Spans], rules: ResolutionRules,
                    ranges: dict[str, Spans]) -> bool:
    """An implied contact whose period reaches past the days fetched with it (``ranges``:
    per family, the days fetched, filled as asked)."""
    family = event.get("resolution_key")
    if event.get("modality") != "implied_prior" or family not in cores:
        return False
    span = period(event.get("date"), event.get("date_precision"))
    if span is None:
        return False
    if family not in ranges:
        ranges[family] = fetched_ranges(cores[family], rules.day_window)
    return not covered(span, ranges[family])


def _retaken_actors(extractions: Sequence[Extraction], records: Mapping[str, list[str]],
                    stored_articles: Mapping[str, Row], stored_actors: dict[str, Row],
                    forget: Sequence[str], fetch_nodes: FetchNodes,
                    fetch_sources: ActorSourcesFetch | None) -> dict[str, Row]:
    """The actor rows a write takes names back from: those that an article it reads again
    or forgets named before and no longer names so, each the merge of what the readings
    left give it (the other articles', and this write's). An actor one of whose articles
    has no record (:data:`~graphkit.store.withdrawals.ACTOR_ROWS`) is left out, as is
    one no reading names any more (the write deletes it). ``stored_actors`` gets the
    stored rows read for it."""
    if fetch_sources is None:
        return {}
    gone: dict[str, set[str]] = {}
    for article_id, record in records.items():
        taken_back((stored_articles.get(article_id) or {}).get(ACTOR_ROWS), record, gone)
    if forget:
        for article in fetch_nodes(ARTICLE, sorted(set(forget))):
            taken_back(article.get(ACTOR_ROWS), (), gone)
    # (an entry this write gives again is not taken back)
    own: dict[str, list[str]] = defaultdict(list)
    for record in records.values():
        for entry in record:
            own[entry_actor(entry)].append(entry)
    for actor_id in list(gone):
        gone[actor_id] -= set(own.get(actor_id, ()))
        if not gone[actor_id]:
            del gone[actor_id]
    affected = set(gone)
    if not affected:
        return {}
    # (an article of this write written before records: what it gives is unknown)
    unknown = {actor.id for x in extractions if x.article.id not in records
               for actor in x.actors}
    left_out = sorted({x.article.id for x in extractions} | set(forget))
    wanted = {a: sorted(gone[a]) for a in sorted(affected - unknown)}
    others = fetch_sources(wanted, left_out) if wanted else {}
    missing = sorted(affected - stored_actors.keys())
    if missing:
        stored_actors.update((a["id"], a) for a in fetch_nodes(ACTOR, missing))
    out: dict[str, Row] = {}
    for actor_id in sorted(affected - unknown):
        if actor_id not in others:  # (every entry taken back is still given)
            continue
        entries = others[actor_id]
        if entries is None or actor_id not in stored_actors:
            continue
        row = merged_entries([*entries, *own.get(actor_id, ())])
        if row is not None:
            out[actor_id] = row
    return out


# The Actor properties merge_actor makes of the readings (a property set otherwise, by
# hand, is left alone).
_READ_FIELDS = (*MERGED_FIELDS, "aliases")


def _with_removals(stored: Row | None, row: Row) -> Row:
    """``row`` to write over ``stored`` with ``SET n += row``: a property of the readings
    that ``stored`` holds and ``row`` lacks is given as None (removed)."""
    gone = [k for k in _READ_FIELDS if k in (stored or {}) and k not in row]
    return {**row, **dict.fromkeys(gone)} if gone else row


def _merge_stored(stored: Row | None, merged: Row) -> Row:
    """``merge_actor(stored, merged)`` of an actor the write merged already: most are
    stored as merged, and merging a merged row with itself gives it back."""
    return merged if stored == merged else merge_actor(stored, merged)


# The (source, target) fields of each relationship's rows; the other fields are its properties.
_ENDS = {PARTICIPATED_IN: ("actor_id", "event_id"), MENTIONED_IN: ("event_id", "article_id"),
         REPORTED: ("actor_id", "event_id"), REFERS_TO: ("event_id", "prior_id")}


# The Article properties a reading of the article gives, kept when a later reading lacks
# them (``summary_only`` is not one: it says what the latest reading had, its absence too).
_READ_ARTICLE_FIELDS = ("title", "outlet", "url", "published", "source")


def _kept_article(stored: Row | None, row: Row) -> Row:
    """The Article row to write over ``stored``: a write of an article the store holds
    never loses what the store recorded of it.

    - An article an event data set only cites (its URL) changes nothing the store knows
      of it from reading it (title, outlet, source).
    - A field the new reading lacks (no ``OUTLET:`` header this time) keeps its value.
    - A source that names no place (``<stdin>``, ``<text>``) keeps the path or URL the
      article was read from before; a path (the file moved) replaces it.
    """
    if stored is None:
        return row
    if str(row.get("source") or "").startswith(IMPORTED_ARTICLE_PREFIXES):
        return {k: stored[k] if stored.get(k) is not None else v for k, v in row.items()}
    kept = {k: stored[k] for k in _READ_ARTICLE_FIELDS
            if row.get(k) is None and stored.get(k) is not None}
    if not names_a_place(row.get("source")) and stored.get("source"):
        kept["source"] = stored["source"]
    return {**row, **kept} if kept else row


def _same_after_merge(stored: Row | None, row: Row) -> bool:
    """Whether ``SET n += row`` leaves the stored properties as they are."""
    if stored is None:
        return False
    return all(stored.get(k) == v if v is not None else k not in stored
               for k, v in row.items())


def _withdrawal_counts(withdrawn: Sequence[StoredMention], gone: set[Edge],
                       stored: Mapping[str, StoredEvent], forget: Sequence[str]
                       ) -> dict[str, int]:
    """The :class:`~graphkit.store.base.WriteCounts` of what a write took back: events
    left with no report (deleted), events that lost a report but keep others', articles
    forgotten."""
    deleted = kept = 0
    for event_id in sorted({m.event_id for m in withdrawn}):
        event = stored.get(event_id)
        if event is None:
            continue
        if any(_remaining_reports(event_id, event.edges, gone)):
            kept += 1
        else:
            deleted += 1
    return {"events_withdrawn": deleted, "events_kept": kept,
            "articles_forgotten": len(set(forget))}


def _unheld_actors(gone_events: set[str], stored: Mapping[str, StoredEvent],
                   resolved: Any) -> list[str]:
    """The actors of the events whose reports a write withdrew (their ``PARTICIPATED_IN``
    and ``REPORTED``) that no event the write resolves holds: the store deletes those no
    other event holds either."""
    held = {p["actor_id"] for p in resolved.participations}
    held.update(r["actor_id"] for r in resolved.reports)
    actors = {source for event_id in gone_events if event_id in stored
              for source, _, rel_type, _ in stored[event_id].edges
              if rel_type in (PARTICIPATED_IN, REPORTED)}
    return sorted(actors - held)


def _remaining_reports(event_id: str, edges: Iterable[tuple[str, str, str, dict[str, Any]]],
                       gone: set[tuple[str, str, str]]) -> list[tuple[str, dict[str, Any]]]:
    """The (article, properties) of each ``MENTIONED_IN`` of the event ``event_id`` among
    its stored ``edges`` that the write does not withdraw (not in ``gone``)."""
    return [(target, props) for source, target, rel_type, props in edges
            if rel_type == MENTIONED_IN and source == event_id
            and (source, target, relationship_key(rel_type, props)) not in gone]
