"""The front door: ``graphkit.open(...)`` gives a :class:`KnowledgeGraph`, the library every
``graphkit`` command is one call on.

A :class:`KnowledgeGraph` holds one store (the embedded store in a folder, or a Neo4j
database) and one extractor, built on first use (loading spaCy takes a few seconds, and the
query methods never need it). It runs the pipeline (load -> extract -> resolve -> store),
asks the named queries, builds reports and writes exports; what it returns are plain rows
(dicts), dataclasses and reports that :mod:`graphkit.reports` renders.

Example:
    >>> import graphkit
    >>> with graphkit.open(tmp_path / "kg") as kg:
    ...     report = kg.ingest(["examples/"], as_of="2024-12-01")
    ...     last = kg.first_contact("Macron", "Erdogan", on="2024-11-04")
    >>> report.articles, last.date, last.gap_days
    (4, '2024-02-13', 265)

(The other examples use ``kg``, a graph holding ``examples/``; ``tests/test_api.py`` runs
them all.)
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.errors import (
    ExportError,
    GraphkitError,
    LoadError,
    QueryError,
    StoreError,
    shorten,
)
from graphkit.model import Article, Extraction, ForgetReport
from graphkit.store import open_store
from graphkit.store.base import Store
from graphkit.store.cypher_notices import CypherNotice

if TYPE_CHECKING:
    from graphkit.evaluate import EvaluationReport
    from graphkit.export import ExportSummary
    from graphkit.extract import Extractor
    from graphkit.imports import ImportReport
    from graphkit.pipeline import IngestReport, ProgressCallback
    from graphkit.query import FirstContact
    from graphkit.reports.dyad import DyadReport
    from graphkit.store.cypher_values import CypherRows

Rows = list[dict[str, Any]]
Paths = str | Path | Sequence[str | Path]
DateLike = str | date | None


def open(target: str | Path | None = None, *, user: str | None = None,  # noqa: A001
         password: str | None = None, database: str | None = None,
         extractor: Extractor | None = None) -> KnowledgeGraph:
    """Open a knowledge graph: an embedded store folder or a Neo4j URI.

    Args:
        target: a folder for the embedded store (created by the first write, such as
            :meth:`KnowledgeGraph.ingest`; a read of a folder holding no store raises
            :class:`StoreError` and creates nothing), or a Neo4j URI
            (``bolt://localhost:7687``, ``neo4j+s://…``). None: ``$NEO4J_URI`` when set,
            else the folder ``$GRAPHKIT_STORE`` or ``./graphkit-data``.
        user, password, database: Neo4j credentials; default ``$NEO4J_USERNAME`` (or
            ``neo4j``), ``$NEO4J_PASSWORD`` and the server's default database.
        extractor: the extractor to hold instead of the default one (built on first use).

    Returns:
        The :class:`KnowledgeGraph`; use it as a context manager or call ``close()``.

    Raises:
        StoreError: the store cannot be opened, or ``target`` is a string such as
            ``"localhost:7687"``: a server without its scheme, not a folder.

    Example:
        >>> with graphkit.open(tmp_path / "typo") as nothing_there:
        ...     nothing_there.stats()
        Traceback (most recent call last):
        graphkit.errors.StoreError: no graphkit store at .../typo (no such folder): ...
    """
    if target is not None and _is_uri(str(target)):
        store = open_store(neo4j_uri=str(target), user=user, password=password,
                           database=database)
    elif target is not None:
        from graphkit.store import EmbeddedStore

        if isinstance(target, str) and _is_bare_address(target):
            raise StoreError(f"{shorten(target)} looks like a Neo4j address without its "
                             f"scheme: use bolt://{target} (for a folder of that name, pass "
                             f"a Path)")
        store = EmbeddedStore(target)
    else:
        store = open_store(user=user, password=password, database=database)
    return KnowledgeGraph(store, extractor=extractor)


def check_server_uri(uri: str) -> None:
    """Refuse a Neo4j URI the driver cannot use (``localhost:7687`` without ``bolt://``,
    ``http://…``) with one line naming the fix, before anything is opened.

    Raises:
        StoreError: not ``bolt[+s|+ssc]://`` or ``neo4j[+s|+ssc]://`` with a host.

    Example:
        >>> check_server_uri("bolt://localhost:7687")
    """
    from graphkit.store.neo4j_connection import check_uri

    check_uri(uri)


def _is_bare_address(target: str) -> bool:
    """``localhost:7687``, ``db.example.org:7687``: a server named without ``bolt://``, which
    would otherwise become an empty store folder of that name (unless such a folder exists)."""
    return bool(re.fullmatch(r"[A-Za-z0-9.-]+:\d{1,5}", target)) and not Path(target).exists()


def _is_uri(target: str) -> bool:
    """``scheme://…``: a server (the driver names a scheme it does not know), not a folder."""
    scheme, sep, _ = target.partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").isalnum()


class KnowledgeGraph:
    """A store and an extractor, with one method per thing graphkit does.

    Args:
        store: the graph (see :func:`graphkit.store.open_store`); :func:`open` makes one.
            None serves only :meth:`extract` and :meth:`evaluate`, which write nothing.
        extractor: the extractor; default :class:`graphkit.extract.Extractor`, built on
            first use.

    Loose names ("Putin", "Vladimir Putin", "Russia", "RUS") work wherever an actor or a
    country is asked for (:func:`graphkit.query.resolve_ref`); dates are ``date`` objects
    or ``YYYY-MM-DD`` strings.
    """

    def __init__(self, store: Store | None = None, extractor: Extractor | None = None) -> None:
        self._store = store
        self._extractor = extractor

    # -- lifetime ------------------------------------------------------------------------

    def close(self) -> None:
        """Close the store."""
        if self._store is not None:
            self._store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KnowledgeGraph({self._store!r})"

    @property
    def store(self) -> Store:
        """The store this graph reads and writes.

        Raises:
            StoreError: the graph was made without one.
        """
        if self._store is None:
            raise StoreError("this KnowledgeGraph has no store: open one with "
                             "graphkit.open(folder or Neo4j URI)")
        return self._store

    @property
    def extractor(self) -> Extractor:
        """The extractor this graph holds, built on first use."""
        if self._extractor is None:
            from graphkit.extract import Extractor

            self._extractor = Extractor()
        return self._extractor

    # -- load -> extract -> resolve -> store ---------------------------------------------

    def ingest(self, paths: Paths, *, as_of: DateLike = None, encoding: str | None = None,
               batch_size: int = 200, on_progress: ProgressCallback | None = None,
               jobs: int | None = None) -> IngestReport:
        """Load, extract and merge every article under ``paths`` into the graph.

        Re-ingesting the same input adds nothing: ids come from content, writes are merges.
        An article read again whose text changed (the same URL or id) tells only what its
        latest text tells: the events it no longer holds are withdrawn (deleted unless
        another article reports them; ``IngestReport.withdrawn`` counts those deleted).

        Args:
            paths: files, folders (searched recursively) or ``"-"`` for standard input.
            as_of: the capture date relative ages and undated articles resolve against.
            encoding: decode text files with this encoding instead of UTF-8.
            batch_size: articles per store transaction.
            on_progress: called with the running report after each input.
            jobs: processes extracting at once (default: every core); the graph is the
                same whatever the number.

        Returns:
            The :class:`~graphkit.pipeline.IngestReport` (``failures`` lists bad inputs;
            one bad input never stops the others).

        Raises:
            StoreError: the store could not be written.

        Example:
            >>> with graphkit.open(tmp_path / "fresh") as fresh:
            ...     fresh.ingest("examples/").new_events > 0
            True
        """
        from graphkit.pipeline import ingest

        return ingest(_path_list(paths), self.store, as_of=_day(as_of), encoding=encoding,
                      extractor=self.extractor, batch_size=batch_size, on_progress=on_progress,
                      jobs=jobs)

    def load_events(self, paths: Paths, *, encoding: str | None = None,
                    batch_size: int = 200,
                    on_progress: ProgressCallback | None = None) -> ImportReport:
        """Write what ``graphkit extract --format jsonl`` printed, as ``ingest`` would have.

        Args:
            paths: ``.jsonl`` files of the extract contract, folders of them, or ``"-"``.
            encoding: the files' encoding (UTF-8 if None).
            batch_size: articles per store transaction.
            on_progress: called with the running report after each line.

        Returns:
            The :class:`~graphkit.imports.ImportReport` (bad lines in ``failures``, by
            file and line; skipped).

        Example:
            >>> from graphkit.reports.text import extraction_lines
            >>> lines = [line for x in kg.extract("examples/") for line in extraction_lines(x)]
            >>> _ = (tmp_path / "events.jsonl").write_text("\\n".join(lines), encoding="utf-8")
            >>> with graphkit.open(tmp_path / "loaded") as loaded:
            ...     loaded.load_events(tmp_path / "events.jsonl").articles
            4
        """
        from graphkit.imports import load_events

        return load_events(_path_list(paths), self.store, encoding=encoding,
                           batch_size=batch_size, on_progress=on_progress)

    def import_events(self, path: str | Path, *, fmt: str,
                      mentions: str | Path | None = None,
                      batch_size: int | None = None,
                      on_progress: ProgressCallback | None = None) -> ImportReport:
        """Import an event data file: GDELT 2.0 events, ICEWS coded events, POLECAT weekly.

        Each good row becomes an Event (``sources``: the data set) merged with extracted
        events by the same rules; bad rows are in ``failures`` by line and skipped. The
        file is checked whole before anything is written, then written in batches
        (:func:`graphkit.imports.import_events`).

        Args:
            path: the file (plain or zipped).
            fmt: ``gdelt``, ``icews`` or ``polecat``.
            mentions: GDELT's mentions file (default: the one beside ``path``, if any).
            batch_size: articles per store transaction (default
                :data:`graphkit.imports.IMPORT_BATCH_ARTICLES`).
            on_progress: called with the running report once the file is checked
                (``rows``, ``to_write``), then after each article.

        Example:
            >>> with graphkit.open(tmp_path / "coded") as coded:
            ...     coded.import_events("tests/imports/data/20240313181500.export.CSV",
            ...                         fmt="gdelt").events
            4
        """
        from graphkit.imports import IMPORT_BATCH_ARTICLES, import_events

        return import_events(path, self.store, fmt=fmt, mentions=mentions,
                             batch_size=batch_size or IMPORT_BATCH_ARTICLES,
                             on_progress=on_progress)

    def extract(self, source: str | Path | Article | Iterable[str | Path | Article], *,
                as_of: DateLike = None, encoding: str | None = None) -> list[Extraction]:
        """The events of some articles, without writing the graph.

        Args:
            source: an :class:`~graphkit.model.Article`; the text of one article (any
                string that is not an existing path or ``"-"``, with an optional
                ``KEY: value`` header); a path (a one-line string naming a file graphkit
                reads, ``news/call.txt``, or a folder, ``news/``, is one, and "no such
                file" when it is not there); or several of these.
            as_of: the capture date relative dates resolve against.
            encoding: decode text files with this encoding instead of UTF-8.

        Returns:
            One :class:`~graphkit.model.Extraction` per article, in input order.

        Raises:
            LoadError, ExtractError: the first input that could not be loaded or
                extracted (:meth:`iter_extract` yields errors instead).

        Example:
            >>> found = kg.extract("PUBLISHED: 2025-03-04\\n\\n"
            ...                    "Emmanuel Macron spoke by phone with Olaf Scholz on Monday.")
            >>> [(e.type, e.date.value) for e in found[0].events]
            [('CALL', '2025-03-03')]
        """
        out = []
        for item in self.iter_extract(source, as_of=as_of, encoding=encoding):
            if isinstance(item, GraphkitError):
                raise item
            out.append(item)
        return out

    def iter_extract(self, source: str | Path | Article | Iterable[str | Path | Article], *,
                     as_of: DateLike = None, encoding: str | None = None,
                     jobs: int | None = None) -> Iterator[Extraction | GraphkitError]:
        """As :meth:`extract`, one item at a time, each failure yielded as an error value
        (``jobs``: processes extracting at once, default every core)."""
        from graphkit.load import article_from_text, iter_articles
        from graphkit.pipeline import extract_articles

        def articles() -> Iterator[Article | GraphkitError]:
            for item in _sources(source):
                if isinstance(item, Article):
                    yield item
                elif (isinstance(item, Path) or item == "-" or Path(item).exists()
                      or _names_a_path(item)):
                    yield from iter_articles([item], as_of=_day(as_of), encoding=encoding)
                else:
                    yield article_from_text(item, as_of=_day(as_of))

        yield from extract_articles(articles(), self.extractor, jobs=jobs)

    # -- questions -----------------------------------------------------------------------

    def first_contact(self, a: str, b: str, on: DateLike = None) -> FirstContact | None:
        """The last call or meeting of ``a`` and ``b`` strictly before ``on`` (default:
        today), asserted or implied by a later "first … since" sentence, with the gap.

        Returns:
            The :class:`~graphkit.query.FirstContact`, or None when the graph holds none.

        Raises:
            QueryError: a name matches no actor, both name the same actors, or ``on`` is
                not a date.

        Example:
            >>> kg.first_contact("Macron", "Erdogan", on="2024-11-04").gap_days
            265
        """
        from graphkit.query import first_contact_since

        return first_contact_since(self.store, a, b, on or date.today())

    def contacts(self, a: str, b: str, modalities: Iterable[str] = (), *,
                 limit: int | None = None, offset: int = 0) -> Rows:
        """Every call and meeting of ``a`` and ``b``, oldest first (undated last); empty
        ``modalities`` keeps all (planned, negated… included). ``limit`` and ``offset``
        give one page of them (skip ``offset``, then at most ``limit``; None: all). An
        implied prior contact ("the first call since February") linked to the stored call
        it stands for is that call, listed once; one the graph holds no call for stays.

        Example:
            >>> [(r["date"], r["modality"]) for r in kg.contacts("Macron", "Erdogan")]
            [('2024-02-13', 'asserted'), ('2024-11-04', 'asserted')]
        """
        from graphkit.query import contacts

        return contacts(self.store, a, b, modalities=modalities, limit=limit, offset=offset)

    def timeline(self, x: str, date_from: DateLike = None, date_to: DateLike = None,
                 types: str | Iterable[str] = (), sources: str | Iterable[str] = (), *,
                 partner: str | None = None, limit: int | None = None,
                 offset: int = 0) -> Rows:
        """The events of an actor or a country, oldest first, with their participants.

        Args:
            x: an actor or a country.
            date_from, date_to: inclusive range an event's period must overlap.
            types: only these event types (any case; one alone: ``"CALL"``); empty keeps all.
            sources: only events coded by these (``graphkit``, ``gdelt``, ``icews``,
                ``polecat``); empty keeps all.
            partner: another actor or country: only the events between the two
                (``kg.timeline("Russia", "2025-06-01", "2025-06-30", partner="Azerbaijan")``).
            limit, offset: one page of the rows (skip ``offset``, then at most ``limit``;
                None: all).

        Example:
            >>> [r["type"] for r in kg.timeline("Erdogan", types=["meet"])]
            ['MEET']
            >>> [(r["date"], r["type"]) for r in kg.timeline("Erdogan", "2024-11-01", partner="Macron")]
            [('2024-11-04', 'CALL')]
        """
        from graphkit.query import timeline

        return timeline(self.store, x, date_from=date_from, date_to=date_to,
                        types=types, sources=sources, partner=partner, limit=limit,
                        offset=offset)

    def claim_check(self, articles: str | Path | Article | Iterable[str | Path | Article], *,
                    as_of: DateLike = None, types: str | Iterable[str] = ()) -> Rows:
        """Check each "first … since X" claim of ingested articles against the graph.

        Args:
            articles: article ids, files (loaded to find their ids) or
                :class:`~graphkit.model.Article` objects; the articles must be ingested.
            as_of: the capture date the files were ingested with.
            types: contact types the prior contact and those in between may be
                (default: the claim's own type; calls and meetings both for a claim of
                first contact or talks).

        Returns:
            One row per claim; ``status`` is ``confirmed``, ``contradicted`` (with
            ``contacts_between``), ``unverified`` or ``undated``.

        Raises:
            LoadError: a file could not be loaded, or a name that is a file's
                (``news/call.txt``) names none.

        Example:
            >>> [r["status"] for r in kg.claim_check("examples/2024-11-05-macron-erdogan-call.txt")]
            ['confirmed']
        """
        from graphkit.load import iter_articles
        from graphkit.query import claim_check
        from graphkit.query.params import type_filter

        wanted = type_filter(types)
        rows: Rows = []
        for item in _sources(articles):
            if isinstance(item, str) and not Path(item).exists():
                if _names_a_file(item):  # a mistyped path, not an article id
                    raise LoadError(item, "no such file (claim-check takes the files or "
                                          "the ids of ingested articles)")
                targets: Iterable[Article | str | GraphkitError] = [item]
            elif isinstance(item, Article):
                targets = [item]
            else:
                targets = iter_articles([item], as_of=_day(as_of))
            for target in targets:
                if isinstance(target, GraphkitError):
                    raise target
                rows.extend(claim_check(self.store, target, types=wanted))
        return rows

    def resumed(self, min_gap_days: int = 365, date_from: DateLike = None,
                date_to: DateLike = None, countries: bool = False) -> Rows:
        """Pairs whose calls or meetings resumed after at least ``min_gap_days`` of silence;
        ``countries`` pairs countries (any of their officials) instead of actors.

        Example:
            >>> [r["gap_days"] for r in kg.resumed(min_gap_days=200)]
            [265]
        """
        from graphkit.query import resumed_contacts

        return resumed_contacts(self.store, min_gap_days, date_from=date_from, date_to=date_to,
                                level="country" if countries else "actor")

    def summary(self, a: str, b: str, by: str = "month") -> Rows:
        """Events of ``a`` and ``b`` counted by type per ``"month"`` or ``"year"``, with the
        balance of cooperation and conflict.

        Example:
            >>> [(r["period"], r["balance"]) for r in kg.summary("France", "Turkey", by="year")]
            [('2024', 2)]
        """
        from graphkit.query import dyad_summary

        return dyad_summary(self.store, a, b, by=by)

    def network(self, x: str, depth: int = 1, date_from: DateLike = None,
                date_to: DateLike = None) -> Rows:
        """Who ``x`` dealt with (up to ``depth`` steps, 1 to 3), how often, in what way.

        Raises:
            QueryError: the name matches no actor, the depth is out of range, or a date is
                malformed.

        Example:
            >>> sorted(r["target_name"] for r in kg.network("Erdogan"))
            ['Emmanuel Macron', 'France', 'Germany', 'Olaf Scholz']
        """
        from graphkit.query import actor_network

        return actor_network(self.store, x, depth=depth, date_from=date_from, date_to=date_to)

    def partner_countries(self, x: str, date_from: DateLike = None,
                          date_to: DateLike = None) -> Rows:
        """The countries ``x`` dealt with, busiest first ("Russia's partners ranked": each
        event once per country, however many of its actors took part).

        Raises:
            QueryError: the name matches no actor, or a date is malformed.

        Example:
            >>> [(r["country"], r["events"]) for r in kg.partner_countries("Turkey")]
            [('FRA', 4), ('DEU', 3)]
        """
        from graphkit.query import partner_countries

        return partner_countries(self.store, x, date_from=date_from, date_to=date_to)

    def report(self, a: str, b: str, min_gap_days: int = 90) -> DyadReport:
        """One page on ``a`` and ``b``: contacts with the silence before each, silences of
        at least ``min_gap_days``, balance by year, latest statements, sources.

        Returns:
            The :class:`~graphkit.reports.dyad.DyadReport`; ``report.render(fmt)`` gives
            text, markdown, JSON, CSV, PNG (bytes), SVG or HTML.

        Raises:
            QueryError: a name matches no actor, both name the same actors, or
                ``min_gap_days`` is negative.

        Example:
            >>> kg.report("Macron", "Erdogan").render("markdown").splitlines()[0]
            '# Emmanuel Macron and Recep Tayyip Erdoğan'
        """
        from graphkit.model import HAPPENED
        from graphkit.query import call_with_dyad, dyad_events, dyad_summary
        from graphkit.reports.dyad import dyad_report

        return call_with_dyad(self.store, a, b, lambda ref_a, ref_b: dyad_report(
            ref_a, ref_b, dyad_events(self.store, ref_a, ref_b),
            dyad_summary(self.store, ref_a, ref_b, by="year", modalities=HAPPENED),
            min_gap_days))

    def cypher(self, query: str, params: dict[str, Any] | None = None,
               write: bool = False, notices: list[CypherNotice] | None = None,
               limit: int | None = None) -> CypherRows:
        """Run ad-hoc Cypher (Neo4j only), read-only unless ``write``; values go in
        ``params``, never into the query text. A row's columns keep the query's order; the
        keys of a map inside a row are sorted (Neo4j's own order of them is not the query's).

        The rows are a :class:`~graphkit.store.cypher_values.CypherRows` list: the first
        ``limit`` rows (every row when None), with ``columns`` (the RETURN columns) and
        ``total`` (how many rows the query gave). A node comes as ``{"labels",
        "properties"}``, a relationship as ``{"type", "start", "end", "properties"}`` (its
        ends by their ``id``), a path as ``{"nodes", "relationships"}``.

        The server's notices on the query (WARNING and up, e.g. an unknown label: often a
        typo) are appended to ``notices`` when given, else logged at WARNING on the
        ``graphkit.cypher`` logger; ``notice.one_line()`` reads each as one line. The text
        of a named query as shipped (``queries/NAME.cypher``) gets none, as when graphkit
        runs it: what the server says of it is about graphkit's text, not the caller's (the
        ``CALL { WITH x … }`` form kept for Neo4j before 5.23, which 5.23 and later call
        deprecated; labels, types and properties a young graph has never held).

        Raises:
            MissingParameters: the query uses a ``$name`` that ``params`` lacks.
            QueryError: the store is not Neo4j, or the query failed.

        Example:
            >>> rows = kg.cypher("MATCH (a:Actor) RETURN a.name AS name", limit=2)  # doctest: +SKIP
            >>> rows.columns, len(rows), rows.total  # doctest: +SKIP
            (['name'], 2, 153)
        """
        from graphkit.query.named import named_of_text

        if named_of_text(query) is not None:
            notices = []  # heard and dropped: neither the caller's list nor the log
        return self.store.run_cypher(query, params or {}, write=write, notices=notices,
                                     limit=limit)

    def reindex(self, events: Sequence[str] | None = None) -> int:
        """Make anew the store's query indexes for ``events`` (ids; None: every event),
        after ad-hoc Cypher writes changed events behind the store's back (on Neo4j, the
        date-ordered entries ``first_contact_since``, ``contacts`` and ``timeline`` read;
        the embedded store keeps its own and has nothing to do).

        Every id must name an event, on either store: an id that names none (a typo) is
        an error, raised before anything is reindexed.

        Returns:
            How many events were refreshed (0 on the embedded store).

        Raises:
            QueryError: an id of ``events`` names no event.
            StoreError: the store could not be read or written.

        Example:
            >>> kg.reindex(["ev-typo"])
            Traceback (most recent call last):
            graphkit.errors.QueryError: no event has the id 'ev-typo'; nothing was reindexed ...
        """
        if isinstance(events, str):
            events = [events]
        if events is not None:
            missing = self.store.missing_events(list(events))
            if missing:
                raise QueryError(_missing_events_message(missing, len(set(events))))
        return self.store.reindex(list(events) if events is not None else None)

    @property
    def reindexes(self) -> bool:
        """Whether :meth:`reindex` has anything to do on this store (Neo4j's date-ordered
        entries); the embedded store keeps its own."""
        return type(self.store).reindex is not Store.reindex

    def forget(self, articles: str | Path | Iterable[str | Path]) -> ForgetReport:
        """Take articles out of the graph (a retraction, a file ingested by mistake), all
        in one transaction: each of their reports is withdrawn, so an event no other
        article reports is deleted with everything that hangs from it, and one that others
        report stays with their sources and evidence; then the articles go, and the
        actors only their events held.

        Args:
            articles: each named as the user knows it: its URL, its id (``url-…``,
                ``txt-…``, a JSON Lines record's own), or the file it was read from
                (every article of an aggregator page, feed or JSON Lines file; a file
                or folder still there is also read, and its articles' ids taken).

        Returns:
            A :class:`ForgetReport`: the articles taken out, the events deleted, the
            events that kept other articles' reports.

        Raises:
            QueryError: a name no stored article answers to (nothing was forgotten).
            StoreError: the store could not be read or written (nothing was forgotten).

        Example:
            >>> with graphkit.open(tmp_path / "forgetting") as graph:
            ...     _ = graph.ingest("examples/")
            ...     gone = graph.forget("examples/2024-09-10-macron-scholz-meeting.txt")
            >>> len(gone.articles), gone.events_deleted >= 1
            (1, True)
        """
        names = [str(a) for a in ([articles] if isinstance(articles, (str, Path))
                                  else articles)]
        from graphkit.store.base import article_named

        known_as = {name: _article_names(name) for name in names}
        # by id first (an index look-up: a URL's or a file's articles); the names that find
        # none are sought by URL and source, which reads every Article
        stored = self.store.articles_named(sorted({n for ns in known_as.values() for n in ns}),
                                           ids_only=True)
        unfound = [ways for ways in known_as.values()
                   if not any(article_named(a["id"], a, ways) for a in stored)]
        if unfound:
            stored += self.store.articles_named(sorted({n for ns in unfound for n in ns}))
        found: dict[str, dict[str, Any]] = {}
        unknown: list[str] = []
        for name, ways in known_as.items():
            matched = [a for a in stored if article_named(a["id"], a, ways)]
            if not matched:
                unknown.append(name)
            found.update((a["id"], a) for a in matched)
        if unknown:
            raise QueryError(f"no stored article is known by {_first_few(unknown)}: name an article by its "
                             f"URL, its id or the file it was read from; nothing was "
                             f"forgotten")
        counts = self.store.forget(sorted(found))
        return ForgetReport([found[i] for i in sorted(found)], counts.events_withdrawn,
                            counts.events_kept)

    def stats(self) -> dict[str, int]:
        """Nodes per label and relationships per type (every key present).

        Example:
            >>> kg.stats()["Article"]
            4
        """
        return self.store.counts()

    # -- out -----------------------------------------------------------------------------

    def export(self, out: str | Path, format: str | None = None, *,  # noqa: A002
               actor: str | None = None, country: str | None = None, date_from: DateLike = None,
               date_to: DateLike = None, types: str | Iterable[str] = ()) -> ExportSummary:
        """Write the graph, or the part the filters keep, to ``out`` in ``format``.

        Args:
            out: the file (a folder for ``csv``).
            format: graphml, json, gexf, cytoscape, dot, csv, ttl, jsonld, nt or html;
                None: the one ``out``'s extension names (``graph.gexf``), else graphml.
            actor, country, date_from, date_to, types: keep only these events (and their
                actors and articles); ``actor`` a loose name as every query takes it,
                ``country`` an ISO alpha-3 code or a country's name (``Russia``).

        Raises:
            ExportError: an unknown format, a date bound that is no date or bounds
                swapped, or the file cannot be written.
            QueryError: an unknown event type in ``types``, an ``actor`` no actor
                matches, or a ``country`` no actor of the graph belongs to (an empty file
                would look like an answer).

        Example:
            >>> kg.export(tmp_path / "graph.graphml").nodes
            24
        """
        from graphkit.export import export_graph, filter_graph, format_for
        from graphkit.query.params import type_filter
        from graphkit.query.refs import resolve_ref

        types = tuple(type_filter(types))
        if actor:
            resolve_ref(self.store, actor)  # a name no actor has: the error every query gives
        graph = self.store.to_networkx()
        if country:
            country = _country_code(self.store, graph, country)
        if actor or country or date_from or date_to or types:
            try:
                graph = filter_graph(graph, actor=actor, country=country, date_from=date_from,
                                     date_to=date_to, types=types)
            except ValueError as exc:  # a bound that is no date, or bounds swapped
                raise ExportError(str(exc)) from None
        return export_graph(graph, format or format_for(out), Path(out))

    def evaluate(self, gold_dir: Paths,
                 on_step: Callable[[str], None] | None = None) -> EvaluationReport:
        """Score this graph's extractor against the ``*.gold.json`` files of ``gold_dir``
        (or of several folders, pooled into one report); ``on_step`` is told "read 40 of
        95 articles" as extraction goes.

        Raises:
            GraphkitError: a folder holds no gold file.
        """
        from graphkit.evaluate import evaluate

        folders = [gold_dir] if isinstance(gold_dir, (str, Path)) else list(gold_dir)
        return evaluate([Path(f) for f in folders], extractor=self.extractor, on_step=on_step)


def _article_names(name: str) -> list[str]:
    """What a user's name of an article may be stored as: the name itself, its URL's
    article id, the file's path as given, absolute and relative to here, and the ids of
    the articles the file (or folder) holds when it is still there."""
    out = [name]
    if "://" in name:
        out.append(Article.make_id(name, None, ""))
        return out
    path = Path(name)
    if path.exists() or _names_a_file(name):
        resolved = path.resolve()
        out.append(str(resolved))
        out.append(os.path.relpath(resolved))
    if path.exists():  # (a folder: each article of its files)
        from graphkit.load import iter_articles

        out.extend(a.id for a in iter_articles([path]) if isinstance(a, Article))
    return sorted(set(out))


def _country_code(store: Store, graph: Any, text: str) -> str:
    """The code an export's ``country`` filter keeps: the country a name or code resolves
    to ("Russia", "rus"), else the text as a code (an organisation's, "NATO"), as long as an
    actor of ``graph`` belongs to it."""
    from graphkit.graph import ACTOR
    from graphkit.query.refs import resolve_ref

    try:
        code = resolve_ref(store, text).country
    except QueryError:
        code = None
    code = code or text.strip().upper()
    if not any(d.get("label") == ACTOR and d.get("country") == code
               for _, d in graph.nodes(data=True)):
        raise QueryError(f"no actor of the graph belongs to {text!r} (a country's name or "
                         f"ISO alpha-3 code, such as RUS; `graphkit stats` shows the graph)")
    return code


def _first_few(names: list[str], shown: int = 3) -> str:
    """The first ``shown`` of ``names``, shortened, and "..." when there are more."""
    return ", ".join(shorten(n) for n in names[:shown]) + (", ..." if len(names) > shown else "")


def _missing_events_message(missing: list[str], given: int) -> str:
    """``no event has the id 'ev-typo'``, or how many of those given name none, and which."""
    shown = _first_few(missing)
    what = (f"no event has the id {shown}" if given == 1 else
            f"{len(missing)} of the {given} event ids given name no event: {shown}")
    return (f"{what}; nothing was reindexed (`graphkit timeline X --format json` shows "
            f"events' ids)")


def _names_a_file(text: str) -> bool:
    """``news/call.txt``, ``feed.rss``: a file's name (one graphkit reads), not an article id
    (ids are ``url-…``, ``txt-…`` or a JSON Lines record's own, and URLs are no files)."""
    from graphkit.load.files import ARTICLE_SUFFIXES

    return "://" not in text and text.lower().endswith(ARTICLE_SUFFIXES)


def _names_a_path(text: str) -> bool:
    """One line naming a file graphkit reads or a folder (``news/call.txt``, ``news/``):
    a path, even one that is not there (then "no such file"), never an article's text."""
    line = text.strip()
    return ("\n" not in line and bool(line)
            and (_names_a_file(line) or line.endswith(("/", os.sep))))


def _sources(source: Any) -> list[Any]:
    """One input, or each of several: a string or a path is one input, not a sequence."""
    if isinstance(source, (str, Path, Article)):
        return [source]
    return list(source)


def _path_list(paths: Paths) -> list[str | Path]:
    return [paths] if isinstance(paths, (str, Path)) else list(paths)


def _day(value: DateLike) -> date | None:
    """A ``date`` from a ``date`` or ``YYYY-MM-DD``.

    Raises:
        QueryError: not a date.
    """
    if value is None or isinstance(value, date):
        return value
    from graphkit.query.params import iso_date

    return date.fromisoformat(iso_date(value, "as_of"))
