"""What a write takes back: the reports of an article that its latest reading no longer
holds, and every report of an article forgotten.

An article's events are what its LATEST reading tells. When a write reads an article the
store holds again (the same id: its URL, its own id or its text) and the new reading no
longer finds an event the old one did (the outlet corrected the story), the store's
``MENTIONED_IN`` of that old report is *withdrawn*: :func:`graphkit.store.planner.plan_write`
resolves the event's family again without it, so an event other articles report stays
(with their sources and evidence), and one no report holds any more is deleted with
everything that hangs from it. :meth:`graphkit.store.base.Store.forget` withdraws every
report of the articles it is given, then deletes the articles themselves.

Only graphkit's own reading of an article is replaced by a new one: a data set's coding
of the same URL (``MENTIONED_IN:gdelt``) stays until the article is forgotten, an import
withdraws nothing, and neither does a summary-only reading (a feed item's summary is less
of the article, not a correction of it).

Actors: one that took part only in events a write deleted (no ``PARTICIPATED_IN`` nor
``REPORTED`` left) is deleted too. One that other events still hold loses what only the
withdrawn reading gave it: each Article records what each reading of it gave its actors
(:data:`graphkit.graph.ACTOR_ROWS`: per actor and reader, the actor's properties as that
reading named it, :func:`actor_entry`), graphkit's bookkeeping that no read of the graph
hands out. An actor that an article read again or forgotten named before and no longer
names so (another spelling, office, country, alias) gets the merge
(:func:`graphkit.resolve.merge_actor`) of what the readings left give it: the other
articles reporting its events (:data:`ActorSourcesFetch`, read only then) and this
write's. So a misspelt name or an alias only the withdrawn reading gave no longer finds
the actor, and its office and country are those of the readings left: the actor is as
if that reading had never been written. A gazetteer person's names come with every
article that names them, so they stay while one does. Whose the names are is never
decided by an alias: an actor's id comes from the name the article wrote
(:class:`graphkit.resolve.ActorResolver`), so two people a mistaken text merged are
one actor only through its events, which its withdrawal takes with it.

Stores written before records were kept: an article without :data:`ACTOR_ROWS` (read
before, or loaded by another program) gives names that stay. An actor named by such an
article keeps every name it has, however others are withdrawn; an article stored so gets
no record when read again (forget it and ingest it anew to record it). A name (or office,
country...) set by hand (``graphkit cypher --write``) on an actor every article of which
has a record is lost when a withdrawal merges the actor again; a property of its own
that no reading gives stays.

A store reads the stored reports of the articles a write names with one indexed look-up
(:data:`ReadingsFetch`); a write of articles the store does not hold finds none, and one
of unchanged readings withdraws nothing, so neither costs more than that look-up (and the
record each new article is written with; a rewrite of an unchanged article compares its
record, equal, and reads nothing more).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from graphkit.graph import ACTOR_ROWS, MENTIONED_IN, actor_properties
from graphkit.model import DEFAULT_SOURCE, Actor, Extraction
from graphkit.resolve import merge_actor

# Article.source of the articles imported event data cites ("gdelt:FILE#LINE").
IMPORTED_ARTICLE_PREFIXES = ("gdelt:", "icews:", "polecat:")


@dataclass(frozen=True)
class StoredMention:
    """A stored ``MENTIONED_IN`` of an article: the event, the article, the relationship's
    key (:func:`graphkit.graph.relationship_key`: one per coder), the report's mention id,
    date and precision, and the event's family (``resolution_key``) and modality."""

    event_id: str
    article_id: str
    key: str
    mention_id: str | None
    date: str | None
    date_precision: str | None
    family: str | None
    modality: str | None


ReadingsFetch = Callable[[Mapping[str, set[str]], set[str]], list[StoredMention]]
"""(new readings: the ids of the articles read again, each with its new reading's mention
ids; the ids of the articles forgotten) -> their stored ``MENTIONED_IN`` that
:func:`withdraws` (a store may hand over more of them: those are left out)."""


def latest_readings(extractions: Sequence[Extraction]) -> list[Extraction]:
    """``extractions`` with each article read by graphkit once, its last reading (in
    the place of its first): a write holding two readings of one article writes the later.
    An import's extractions (a data set's coding) are all kept."""
    last: dict[str, int] = {}
    for i, extraction in enumerate(extractions):
        if replaces_reading(extraction):
            last[extraction.article.id] = i
    if len(last) == sum(1 for x in extractions if replaces_reading(x)):
        return list(extractions)
    out: list[Extraction] = []
    placed: set[str] = set()
    for extraction in extractions:
        article_id = extraction.article.id
        if not replaces_reading(extraction):
            out.append(extraction)
        elif article_id not in placed:
            placed.add(article_id)
            out.append(extractions[last[article_id]])
    return out


def replaces_reading(extraction: Extraction) -> bool:
    """Whether ``extraction`` is a full reading of its article by graphkit, which replaces
    the reading the store holds (not an import's coding, not a feed item's summary)."""
    article = extraction.article
    return not article.summary_only and not str(article.source or "").startswith(
        IMPORTED_ARTICLE_PREFIXES)


def new_readings(extractions: Iterable[Extraction]) -> dict[str, set[str]]:
    """The mention ids (graphkit's events' ids) of each article whose stored reading
    ``extractions`` replace: a stored report of graphkit's not among them is withdrawn."""
    reading: dict[str, set[str]] = {}
    for extraction in extractions:
        if replaces_reading(extraction):
            reading.setdefault(extraction.article.id, set()).update(
                e.id for e in extraction.events if e.source == DEFAULT_SOURCE)
    return reading


def withdrawn_mentions(extractions: Sequence[Extraction], forget: Sequence[str],
                       fetch: ReadingsFetch | None) -> list[StoredMention]:
    """The stored reports a write withdraws: graphkit's reports of an article read again
    that its new reading does not hold (by mention id), and every report of the articles
    ``forget`` names. None without ``fetch`` (a store that cannot tell)."""
    reading = new_readings(extractions)
    forgotten = set(forget)
    if fetch is None or not (reading or forgotten):
        return []
    return [m for m in fetch(reading, forgotten) if withdraws(m.article_id, m.key,
                                                            m.mention_id, reading, forgotten)]


def withdraws(article_id: str, key: str, mention_id: str | None,
              reading: Mapping[str, set[str]], forgotten: set[str]) -> bool:
    """Whether a stored ``MENTIONED_IN`` (its article, key and mention id) is withdrawn:
    its article is forgotten, or it is graphkit's report of an article read again whose
    new reading does not hold it."""
    return article_id in forgotten or (key == MENTIONED_IN and article_id in reading
                                       and mention_id not in reading[article_id])


# -- the names an article gave its actors ------------------------------------------------

ActorSourcesFetch = Callable[[Mapping[str, Sequence[str]], list[str]],
                             dict[str, list[str] | None]]
"""(actor ids, each with the :data:`ACTOR_ROWS` entries of it a write takes back; article
ids left out) -> for each actor, the entries for it of every other article that reports
one of its events, or None when one of those articles has no record (written before
records were kept: its names are permanent). An actor every entry taken back of which
another article still gives may be left out of the answer: its row stays as it is (so
a store may stop reading once it has found them all)."""


def reader(extraction: Extraction) -> str:
    """Who read the extraction's article: its events' coder (``Event.source``, which
    ``MENTIONED_IN`` is keyed on): graphkit (:data:`~graphkit.model.DEFAULT_SOURCE`, a
    summary's reading too) or the data set an import's row comes from (``gdelt``...)."""
    return extraction.events[0].source if extraction.events else DEFAULT_SOURCE


def actor_entry(actor: Actor, part: str) -> str:
    """``id<TAB>reader<TAB>row``: the actor's properties as this reading gave them (JSON,
    keys sorted, no empty value): what :func:`graphkit.resolve.merge_actor` merged."""
    row = {k: v for k, v in actor_properties(actor).items()
           if k != "id" and v is not None and v != []}
    text = json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{actor.id}\t{part}\t{text}"


def entry_actor(entry: str) -> str:
    """The actor id of an :func:`actor_entry`."""
    return entry.split("\t", 1)[0]


def merged_entries(entries: Iterable[str]) -> dict[str, Any] | None:
    """The actor row of the readings ``entries`` (one actor's): their merge, as if only
    those readings had been written; None for none."""
    row: dict[str, Any] | None = None
    for entry in sorted(set(entries)):
        actor_id, _, text = entry.split("\t", 2)
        row = merge_actor(row, {"id": actor_id, **json.loads(text)})
    return row


def article_records(extractions: Sequence[Extraction],
                    stored: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    """The :data:`ACTOR_ROWS` of each article ``extractions`` write, ``stored`` its stored
    properties: graphkit's full reading replaces graphkit's entries, a summary and an
    import's coding add to them. A stored article without a record (written before
    records were kept) gets none: what it gave stays permanent."""
    new: dict[str, set[str]] = {}
    replaced: set[str] = set()
    # (each actor's entry made once: most articles name known people and countries,
    # whose rows the resolver gives every article alike)
    made: dict[tuple[Actor, str], str] = {}
    for extraction in extractions:
        article_id = extraction.article.id
        part = reader(extraction)
        if replaces_reading(extraction):
            replaced.add(article_id)
        entries = new.setdefault(article_id, set())
        for actor in extraction.actors:
            key = (actor, part)
            entry = made.get(key)
            if entry is None:
                entry = made[key] = actor_entry(actor, part)
            entries.add(entry)
    out: dict[str, list[str]] = {}
    for article_id, entries in new.items():
        before = stored.get(article_id)
        if before is not None and ACTOR_ROWS not in before:
            continue
        old = (before or {}).get(ACTOR_ROWS) or ()
        if article_id in replaced:
            old = [e for e in old if e.split("\t", 2)[1] != DEFAULT_SOURCE]
        out[article_id] = sorted({*old, *entries})
    return out


def taken_back(before: Iterable[str] | None, after: Iterable[str],
               into: dict[str, set[str]]) -> None:
    """Add to ``into`` (actor id -> entries) the entries ``before`` holds and ``after``
    no longer does."""
    if before:
        for entry in set(before) - set(after):
            into.setdefault(entry_actor(entry), set()).add(entry)
