"""What the embedded store's queries read: :class:`SqliteView`, the :class:`GraphView` of
``graph.db``, which the named queries' twins run on.

Each subgraph is read through an index: an actor's or a pair's events by year, day and
filters from ``participation_span`` or ``dyad_date``, and the few events longer than a year
from their partial indexes (:func:`_matching`), so a query costs what it touches, not what
the store holds. Apart from the store's opening and write (:mod:`graphkit.store.embedded`,
:mod:`graphkit.store.embedded_write`): a query reads only the tables, never the write's plan.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import networkx as nx

from graphkit.graph import EVENT, MENTIONED_IN, PARTICIPATED_IN, REFERS_TO
from graphkit.model import DEFAULT_SOURCE
from graphkit.store import tables
from graphkit.store.base import canonical_graph
from graphkit.store.tables import chunks, decode, marks
from graphkit.store.view import LONGEST_PERIOD_DAYS, EventRow, GraphView, days_before


class SqliteView(GraphView):
    """The embedded store's :class:`GraphView`: each subgraph read through an index."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # actors read while the view answers one query (a view lives for one query)
        self._actor_cache: dict[str, dict[str, Any]] = {}

    def around(self, actor_ids: Iterable[str], *, partners: Iterable[str] | None = None,
               types: Iterable[str] = (), modalities: Iterable[str] = (),
               date_from: str | None = None, date_to: str | None = None,
               before: str | None = None, newest: int | None = None) -> nx.MultiDiGraph:
        sql, args = _matching(self._years, actor_ids, partners, types, modalities, date_from,
                              date_to, before)
        if newest is not None:
            sql = f"SELECT event_id FROM ({sql}) ORDER BY date_start DESC, event_id LIMIT ?"
            args.append(newest)
        return self.subgraph([row[0] for row in self.conn.execute(sql, args)], actors=False)

    def event_rows(self, actor_ids: Iterable[str], *, partners: Iterable[str] | None = None,
                   types: Iterable[str] = (), modalities: Iterable[str] = (),
                   date_from: str | None = None, date_to: str | None = None,
                   before: str | None = None, sources: Iterable[str] = (),
                   participants: bool = False, fields: Iterable[str] | None = None,
                   limit: int | None = None, offset: int = 0,
                   newest_first: bool = False, standalone: bool = False) -> list[EventRow]:
        hits, args = _matching(self._years, actor_ids, partners, types, modalities, date_from,
                               date_to, before)
        direction = " DESC" if newest_first else ""

        def order(alias: str) -> str:  # (undated last, then by id, either way)
            return (f"{alias}date_start IS NULL, {alias}date_start{direction}, "
                    f"{alias}event_id")

        # the page is cut from the index rows (event id and start) before any event is
        # read, so a page of a leader's thousands of events reads only its own events
        coded, coded_args = "", []
        wanted = sorted(set(sources))
        if wanted:
            coded = ("WHERE EXISTS (SELECT 1 FROM node s, json_each(coalesce(nullif("
                     "json_extract(s.props, '$.sources'), '[]'), json_array(?))) c "
                     f"WHERE s.id = h.event_id AND c.value IN ({marks(len(wanted))}))")
            coded_args = [DEFAULT_SOURCE, *wanted]
        if standalone:  # (an edge's key begins with its source's rowid: one seek per hit)
            coded = (f"{coded} {'AND' if coded else 'WHERE'} NOT EXISTS (SELECT 1 FROM edge r "
                     "WHERE r.seq = (SELECT rowid FROM node WHERE id = h.event_id) "
                     "AND r.type = ?)")
            coded_args.append(REFERS_TO)
        page = (f"WITH hit AS ({hits}), page AS (SELECT h.event_id, h.date_start FROM hit h "
                f"{coded} ORDER BY {order('h.')} LIMIT ? OFFSET ?)")
        page_args = [*args, *coded_args, -1 if limit is None else limit, offset]
        # the fields asked for are cut out in SQL (with their JSON type: a list comes back
        # as JSON text) rather than every event's properties decoded in Python
        names = None if fields is None else list(fields)
        columns = "n.props" if names is None else ", ".join(
            ["json_extract(n.props, ?), json_type(n.props, ?)"] * len(names) or ["NULL"])
        paths = [] if names is None else [f"$.{name}" for name in names for _ in (0, 1)]
        rows = self.conn.execute(
            f"{page} SELECT n.id, n.first_article, {columns} FROM page p "
            f"CROSS JOIN node n ON n.id = p.event_id ORDER BY {order('p.')}",
            [*page_args, *paths]).fetchall()
        involved: dict[str, list[tuple[str, str]]] = {}
        if participants:
            for part in chunks([row[0] for row in rows]):
                for event_id, actor_id, role in self.conn.execute(
                        "SELECT event_id, actor_id, role FROM participation "
                        f"WHERE {tables.seqs_of(len(part))}", part):
                    involved.setdefault(event_id, []).append((actor_id, role))
        out = []
        for event_id, article_id, *values in rows:
            if names is None:
                event = {"id": event_id, **decode(values[0])}
            else:
                event = {"id": event_id}
                for name, value, kind in zip(names, values[::2], values[1::2], strict=True):
                    event[name] = decode(value) if kind in ("array", "object") else value
            out.append(EventRow(event, article_id, self._participants(involved.get(event_id, ()))))
        return out

    def _years(self, table: str, low: str | None, high: str | None) -> list[str]:
        return tables.years(self.conn, table, low, high)

    def _participants(self, involved: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        """{name, country, role} of (actor id, role) pairs, sorted as Cypher's ``ORDER BY
        p.name, r.role, p.id`` (nulls last)."""
        if not involved:
            return []
        people = self._actors(sorted({a for a, _ in involved}))
        found = sorted(((people[a].get("name") is None, people[a].get("name") or "",
                         role, a) for a, role in involved if a in people))
        return [{"name": people[a].get("name"), "country": people[a].get("country"),
                 "role": role} for _, _, role, a in found]

    def _actors(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        cache = self._actor_cache
        missing = [i for i in ids if i not in cache]
        if missing:
            cache.update((i, props) for i, (_, props)
                         in tables.fetch_nodes(self.conn, missing).items())
        return cache

    def node(self, node_id: str) -> dict[str, Any]:
        found = tables.fetch_nodes(self.conn, [node_id])
        if node_id not in found:
            return {}
        label, props = found[node_id]
        return {"label": label, "id": node_id, **props}

    def nodes(self, node_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        return {node_id: {"label": label, "id": node_id, **props} for node_id, (label, props)
                in tables.fetch_nodes(self.conn, sorted(set(node_ids))).items()}

    def of_article(self, article_id: str) -> nx.MultiDiGraph:
        ids = [i for (i,) in self.conn.execute(
            "SELECT source FROM edge WHERE target = ? AND type = ?", (article_id, MENTIONED_IN))]
        graph = self.subgraph(ids, actors=False)
        if article_id not in graph:
            found = tables.fetch_nodes(self.conn, [article_id])
            if article_id in found:
                label, props = found[article_id]
                graph.add_node(article_id, label=label, id=article_id, **props)
        return graph

    def events(self, *, types: Iterable[str] = (), modalities: Iterable[str] = (),
               dated: bool = False) -> nx.MultiDiGraph:
        where, args = ["n.label = ?"], [EVENT]
        _filter(where, args, "n", types, modalities)
        if dated:
            where.append("n.date_start IS NOT NULL")
        return self.subgraph([i for (i,) in self.conn.execute(
            f"SELECT n.id FROM node n WHERE {' AND '.join(where)}", args)], actors=False)

    def whole(self) -> nx.MultiDiGraph:
        nodes = [(i, {"label": label, "id": i, **tables.node_props(props)})
                 for i, label, props in self.conn.execute("SELECT id, label, props FROM node")]
        edges = [(s, t, k, {"type": rel_type, **decode(props)}) for s, t, k, rel_type, props
                 in self.conn.execute("SELECT source, target, key, type, props FROM edge")]
        edges += [(s, t, f"{PARTICIPATED_IN}:{role}", {"type": PARTICIPATED_IN, "role": role})
                  for s, t, role in self.conn.execute(
                      "SELECT actor_id, event_id, role FROM participation")]
        return canonical_graph(nodes, edges)

    def subgraph(self, event_ids: Sequence[str], *, actors: bool = True) -> nx.MultiDiGraph:
        """``event_ids`` with their neighbourhood (see :class:`GraphView`), sorted
        (``actors=False``: the ids are events only, as this view's own reads give them)."""
        edges = tables.fetch_edges(self.conn, event_ids, actors=actors)
        ends = {*event_ids, *(end for s, t, *_ in edges for end in (s, t))}
        nodes = tables.fetch_nodes(self.conn, sorted(ends))
        return canonical_graph(
            [(i, {"label": label, "id": i, **props}) for i, (label, props) in nodes.items()],
            [(s, t, k, {"type": rel_type, **props}) for s, t, k, rel_type, props in edges])


# How many partners of a dyad read are sought pair by pair in ``dyad_date`` (see _matching).
_SOUGHT_PARTNERS = 4


def _matching(years: Callable[[str, str | None, str | None], list[str]],
              actor_ids: Iterable[str], partners: Iterable[str] | None,
              types: Iterable[str], modalities: Iterable[str], date_from: str | None,
              date_to: str | None, before: str | None = None) -> tuple[str, list[Any]]:
    """A ``SELECT event_id, date_start`` of the events one of ``actor_ids`` takes part in
    that pass the filters of :meth:`GraphView.around`, exactly, each once; and its
    arguments.

    Read through ``participation``, or for a dyad (``partners``) through ``dyad``, whose
    rows are the pair's events only: each pair is one row there, its ids in order, so the
    pair is looked up both ways (an actor first, then a partner first). A lower date bound
    is two index ranges: events that start at most a year before it (a day, a month or a
    year overlapping it do), and the few longer ones (``participation_long``,
    ``dyad_long``). ``participation_span`` and ``dyad_date`` begin with the year an event
    starts (schema 12): the first range is sought in each year it may hold
    (``years(table, low, high)``: :func:`graphkit.store.tables.years`).
    """
    actors = sorted(set(actor_ids))
    if partners is None:
        table, sides = "participation", [(f"actor_id IN ({marks(len(actors))})", actors)]
    else:
        others = sorted(set(partners))
        table = "dyad"
        # (a few partners are sought as pairs, year by year; more, as sets of a country's
        # officials: each actor's year is read and its partners kept, "+" keeping the
        # planner from a seek per actor, partner and year, 13 x 16 x 16 for two countries)
        sides = [(f"actor_id IN ({marks(len(first))}) AND "
                  f"{'+' if len(second) > _SOUGHT_PARTNERS else ''}other_id IN "
                  f"({marks(len(second))})", [*first, *second])
                 for first, second in ((actors, others), (others, actors))]
    where: list[str] = []
    args: list[Any] = []
    for column, values in (("type", sorted(set(types))), ("modality", sorted(set(modalities)))):
        if values:
            where.append(f"{column} IN ({marks(len(values))})")
            args.extend(values)
    for clause, value in (("date_start < ?", before), ("date_start <= ?", date_to),
                          ("date_end >= ?", date_from)):
        if value is not None:
            where.append(clause)
            args.append(value)
    low = None if date_from is None else days_before(date_from, LONGEST_PERIOD_DAYS)
    highs = [value for value in (before, date_to) if value is not None]
    eras = years(table, low, min(highs) if highs else None)
    in_eras = f"{tables.ERA} IN ({marks(len(eras))})"
    selects: list[str] = []
    select_args: list[Any] = []
    for side, side_args in sides:
        condition = " AND ".join([side, *where])
        select = f"SELECT event_id, date_start FROM {table} WHERE {in_eras} AND {condition}"
        if date_from is None:
            selects.append(select)
            select_args.extend([*eras, *side_args, *args])
            continue
        # (the planner would rather scan all of an actor's events before the range in the
        # covering index than read the few long ones by their partial index)
        selects.extend((f"{select} AND date_start >= ?", f"SELECT event_id, date_start FROM "
                        f"{table} INDEXED BY {table}_long WHERE {condition} AND "
                        f"{tables.LONG}"))
        select_args.extend([*eras, *side_args, *args, low, *side_args, *args])
    if date_from is None:
        return (f"SELECT DISTINCT event_id, date_start FROM ({' UNION ALL '.join(selects)})",
                select_args)
    return " UNION ".join(selects), select_args


def _filter(where: list[str], args: list[Any], alias: str, types: Iterable[str],
            modalities: Iterable[str]) -> None:
    for column, values in (("type", sorted(set(types))), ("modality", sorted(set(modalities)))):
        if values:
            where.append(f"{alias}.{column} IN ({marks(len(values))})")
            args.extend(values)
