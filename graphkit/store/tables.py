"""The embedded store's SQLite tables: the property graph as rows, and the indexes it reads by.

- ``node(id, label, props, type, modality, date_start, date_end, resolution_key,
  first_article, date_precision)``: one row per node; ``props`` is the node's properties
  as JSON (the id and label apart), and the columns after it copy the Event properties
  that writes and queries select on, so they can be indexed (the year, family, modality,
  date precision and start: ``node_family_dated``, its year first since schema 12; the
  precision a column since schema 14: until then the index read it from ``props`` with
  ``json_extract``, which parsed each event's whole JSON text again as its entry was
  written, 1.5% of a write's instructions; ``node_by_label`` is
  by label alone, its entries in rowid order, so the nodes a write adds share its last
  pages); ``first_article`` is an
  Event's earliest published article (then the smallest id), the one a row of
  ``contacts`` or ``timeline`` names, kept by :func:`refresh_first_articles` so a page
  of rows reads no edge and no article.
- ``edge(source, target, key, type, props, seq)``: one row per relationship, unique per
  ``(source, target, key)`` (:func:`graphkit.graph.relationship_key`), as MERGE keeps them;
  every relationship but ``PARTICIPATED_IN`` (schema 7: those are ``participation`` rows).
  ``seq`` is the source node's rowid, and the key is ``(seq, target, key)`` (schema 10;
  until then ``(source, target, key)``, so each new event's reports went to a random leaf
  of the key, ~1 page in 8 a write logged at 100k events): a write's new events'
  relationships append to it, as their ``participation`` rows do. Read by source through
  the node key (:func:`seqs_of`); an event's rows are deleted before its node.
- ``participation(seq, actor_id, event_id, role, type, modality, date_start, date_end)``: the
  ``PARTICIPATED_IN`` relationships (an actor, an event, its role: the one property
  graphkit gives them), carrying the event's columns, so "the events of these
  actors of these types before this date, newest first" is one index range, however many
  events the actors have (``participation_span`` covers it: a leader's year of thousands of
  events is read from the index alone, and a page of it cut before any event is read).
  The index begins with the year an event starts (:data:`ERA`, schema 12; until then with
  the actor, so each entry a write added went to a page of its own among every year of
  every actor, 3 in 10 of the pages a write logged at 100k events): a write's news of a
  few days goes to the pages of its year, and a read seeks each year it may find
  (:func:`years`: those of its date range, or the first to the last held).
  :func:`refresh_participation` writes it for the events a write changed, in the
  write's transaction. Until schema 6 the relationships were ``edge`` rows as well, and
  this table an index derived from them: a write stored each twice (~3 pages of the
  write-ahead log per event). The table is keyed by event (``WITHOUT ROWID``, primary key
  ``seq, actor_id, role``), so an event's rows are one entry range of one B-tree,
  with no separate table, key index and event index to update (schema 6). ``seq`` is the
  event's node rowid (schema 9; until then the key began with the hashed event id, so
  each new event's rows went to a random leaf): SQLite gives a new node the largest
  rowid yet, so a write's new events append to the tree; an id is read by the node key
  (``seq IN (SELECT rowid FROM node WHERE id IN ...)``: :func:`seqs_of`). Rowids stay
  through ``VACUUM`` (a table with an index keeps them); an event's rows are deleted
  before its node (:func:`delete_derived`), so a rowid SQLite gives again names none.
- ``dyad(actor_id, other_id, event_id, type, modality, date_start, date_end)``: a derived index of
  who met whom: one row per pair of two different participants of an event, so a dyad's
  events ("the contacts of these two, newest first") are one index range of that pair,
  not a walk through the thousands of events each of two leaders takes part in. Each
  pair is one row, its ids in order (``actor_id < other_id``, a CHECK), and a dyad's
  read looks it up both ways (schema 11; until then a row per ordered pair, every pair
  twice: the index took two random leaves per pair a write added, a quarter of its pages
  at 100k events). ``dyad_date`` begins with the year, as ``participation_span`` does
  (schema 12). Rewritten with ``participation`` (:func:`refresh_participation`); a
  trigger drops a participant's rows whenever its ``participation`` row is deleted,
  whoever deletes it (graphkit deletes an event's rows all at once). Since schema 8 a
  rowid table with one index (``dyad_date``, by pair and day): until then it was keyed by
  event as well, a second tree a new event wrote a random page of.
- ``report_span(reach, era, family, first, last, event_id, seq)``: a derived index of the
  days each event's reports (``MENTIONED_IN``) cover, so a write reads only the events of
  a family with a report near its own (:mod:`graphkit.store.windows`): ``reach`` sorts the
  spans by length (a day, a month, a year, longer), so "the spans meeting these days" is a
  short index range per length. ``era`` (schema 13) is the month a day's span starts in,
  the year of a month's (:func:`span_era`): until then the key began with the family (a
  hash), so each span a write added went to a page of its own across every year, a sixth
  of the pages a write logged at 100k events; by era they go to the pages of their month,
  and a window reads each era its range may hold. :func:`refresh_report_spans` rewrites
  an event's rows, found by ``report_span_seq`` (the event's ``seq``, as in
  ``participation``: new events append to it; until schema 9 an index by the hashed event
  id).
  A month or year report counts the clusters of its period by the ``node_family_dated``
  index (year, family, modality, date precision, start: in each year of the period),
  without reading them.
- ``actor_name(norm, actor_id)``: every actor's names, aliases and surnames, normalised
  (:func:`normalise_name`), so a loose name is looked up by index rather than by reading
  every actor.
- ``meta(key, value)``: the format version (``schema``) and where the store was migrated
  from. Opening a store of the current version reads this one row and creates nothing;
  an older version is brought up to date once, in one transaction (:data:`UPGRADES`).

The code is in four modules, each read in one sitting, and this module is their one
namespace (``tables.fetch_nodes``, ``tables.SCHEMA``...), which the embedded store, its
tests and the benchmarks use:

- :mod:`graphkit.store.tables_schema`: the DDL of the tables above, the format version, the SQL the
  indexes are built on and read by, and the helpers every statement uses (JSON text,
  ``IN`` lists in chunks);
- :mod:`graphkit.store.tables_reads`: the reads (nodes, relationships, index ranges,
  actors by name);
- :mod:`graphkit.store.tables_write`: the row writes, and the derived rows a write
  brings in line;
- :mod:`graphkit.store.tables_upgrades`: the steps from each older schema version.

Each imports only those before it in this list.
"""

from __future__ import annotations

from graphkit.store.tables_reads import (
    actor_found_by,
    all_event_ids,
    count_dated,
    count_dated_many,
    event_seqs,
    events_with_reports_in,
    events_with_reports_within,
    fetch_edges,
    fetch_labels,
    fetch_node_texts,
    fetch_nodes,
    find_actors,
    name_ends,
    name_keys,
    node_props,
    normalise_name,
    participation_counts,
    participation_edges,
    published_of,
    seqs_of,
    years,
)
from graphkit.store.tables_schema import (
    BY_ID_LABEL,
    CHUNK,
    DYAD_COLUMNS,
    ERA,
    EVENT_COLUMNS,
    LONG,
    PAIRS,
    PAIRS_ONCE,
    REACH_LENGTHS,
    SCHEMA,
    SCHEMA_VERSION,
    SEQ_INDEXES,
    chunks,
    decode,
    encode,
    era,
    marks,
    select_in,
    span_era,
    statements,
)
from graphkit.store.tables_upgrades import SPAN_ERA, UPGRADES, add_precision_column
from graphkit.store.tables_write import (
    PARTICIPATION_COLUMNS,
    Membership,
    Report,
    delete_derived,
    event_columns,
    first_article,
    node_row,
    refresh_actor_names,
    refresh_first_articles,
    refresh_participation,
    refresh_report_spans,
    upsert_edges,
    upsert_nodes,
)

__all__ = [
    # the schema (tables_schema)
    "BY_ID_LABEL", "CHUNK", "DYAD_COLUMNS", "ERA", "EVENT_COLUMNS", "LONG", "PAIRS", "PAIRS_ONCE",
    "REACH_LENGTHS", "SCHEMA", "SCHEMA_VERSION", "SEQ_INDEXES", "chunks", "decode", "encode",
    "era", "marks", "select_in", "span_era", "statements",
    # the reads (tables_reads)
    "actor_found_by", "all_event_ids", "count_dated", "count_dated_many", "event_seqs",
    "events_with_reports_in", "events_with_reports_within", "fetch_edges", "fetch_labels",
    "fetch_node_texts", "fetch_nodes", "find_actors", "name_ends", "name_keys", "node_props",
    "normalise_name", "participation_counts", "participation_edges", "published_of", "seqs_of", "years",
    # the row writes (tables_write)
    "PARTICIPATION_COLUMNS", "Membership", "Report", "delete_derived", "event_columns",
    "first_article", "node_row", "refresh_actor_names", "refresh_first_articles",
    "refresh_participation", "refresh_report_spans", "upsert_edges", "upsert_nodes",
    # the upgrades (tables_upgrades)
    "SPAN_ERA", "UPGRADES", "add_precision_column",
]
