"""The ``graphkit`` command line: a thin layer over the library.

Each command parses its options, makes one call on a :class:`graphkit.api.KnowledgeGraph`
(``graphkit.open(...)``) and prints the result through :mod:`graphkit.reports`. Errors from
the library (:class:`graphkit.errors.GraphkitError`) become one line on stderr and a
non-zero exit; nothing else in the package prints.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from graphkit.api import CypherNotice, KnowledgeGraph, check_server_uri
from graphkit.api import open as open_graph
from graphkit.errors import GraphkitError, MissingParameters, QueryError, WriteRefused, one_line
from graphkit.export import FORMATS as _EXPORT_FORMATS
from graphkit.imports import IMPORT_FORMATS
from graphkit.model import EVENT_SOURCES, EVENT_TYPES, Extraction
from graphkit.reports.formats import (
    ANSWER_FORMATS,
    CYPHER_FORMATS,
    EXTRACT_FORMATS,
    REPORT_FORMATS,
    ROWS_FORMATS,
    TABLE_ROWS_SHOWN,
)
from graphkit.reports.text import (
    counted,
    extraction_lines,
    format_counts,
    format_cypher_rows,
    format_events,
    format_extractions,
    format_first_contact,
    format_forgotten,
    format_mapping_rows,
    to_json,
)

EXPORT_FORMATS = tuple(_EXPORT_FORMATS)


class _GraphkitGroup(click.Group):
    """Turns library errors into one clear line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:  # (Ctrl-C)
            report = getattr(exc, "report", None)
            if report is None:
                raise
            from graphkit.pipeline import stopped_message

            for failure in report.failures:
                click.echo(f"Error: {failure}", err=True)
            click.echo(f"Interrupted: {stopped_message(report)}", err=True)
            ctx.exit(130)
        except GraphkitError as exc:
            # (a store failure that stopped an ingest: the inputs that failed before it first)
            for failure in getattr(getattr(exc, "report", None), "failures", ()):
                click.echo(f"Error: {failure}", err=True)
            click.echo(f"Error: {one_line(str(exc))}", err=True)
            ctx.exit(1)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


STORE_FLAGS = {"store_path": "--store", "neo4j_uri": "--neo4j", "neo4j_user": "--neo4j-user",
               "neo4j_password": "--neo4j-password"}
"""The store options by parameter name, each taken by every command that uses a store and,
the same, before the command (``graphkit --store kg timeline …``)."""


def store_options(func: Any, before_command: bool = False) -> Any:
    """``--store PATH`` for the embedded store, ``--neo4j URI`` (+ user, password) for Neo4j.

    ``before_command``: the group's copies, which read no environment and have no default
    (what a command is given from there is what was typed)."""
    def env(name: str) -> dict[str, Any]:
        return {} if before_command else {"envvar": name}

    user_default: dict[str, Any] = {} if before_command else {"default": "neo4j"}
    options = [
        click.option("--store", "store_path", type=click.Path(path_type=Path), **env("GRAPHKIT_STORE"),
                     metavar="PATH",
                     help="Embedded store folder, made by the first write (ingest, load, import); "
                          "reading one that holds no store is an error "
                          "[env GRAPHKIT_STORE; default ./graphkit-data]."),
        click.option("--neo4j", "neo4j_uri", **env("NEO4J_URI"), metavar="URI",
                     help="Use the Neo4j server at this URI [env NEO4J_URI]."),
        click.option("--neo4j-user", **env("NEO4J_USERNAME"), **user_default,
                     help="Neo4j user name [env NEO4J_USERNAME; default neo4j]."),
        click.option("--neo4j-password", **env("NEO4J_PASSWORD"),
                     help="Neo4j password [env NEO4J_PASSWORD]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _typed_before(ctx: click.Context | None) -> dict[str, Any]:
    """The store options typed before the command (``graphkit --store kg timeline …``)."""
    return dict((ctx.find_root().obj or {}) if ctx is not None else {})


def _open(store_path: Path | None, neo4j_uri: str | None, neo4j_user: str,
          neo4j_password: str | None) -> KnowledgeGraph:
    """The graph the store options name: Neo4j when a URI is given or set, except that a
    store folder given on the command line beats ``$NEO4J_URI`` (a flag says what this one
    command wants; the environment, what the shell usually wants). Both flags at once is an
    error. An option typed before the command counts as typed, unless the command's own
    names another value (that one wins)."""
    ctx = click.get_current_context(silent=True)
    given = {"store_path": store_path, "neo4j_uri": neo4j_uri, "neo4j_user": neo4j_user,
             "neo4j_password": neo4j_password}
    typed = {name for name in given if ctx is not None
             and ctx.get_parameter_source(name) == click.core.ParameterSource.COMMANDLINE}
    for name, value in _typed_before(ctx).items():
        if name not in typed:
            given[name] = value
            typed.add(name)
    store_path, neo4j_uri = given["store_path"], given["neo4j_uri"]
    neo4j_user, neo4j_password = given["neo4j_user"], given["neo4j_password"]
    if neo4j_uri and store_path is not None:
        if {"store_path", "neo4j_uri"} <= typed:
            raise click.UsageError("give --store or --neo4j, not both")
        if "store_path" in typed:
            neo4j_uri = None
    if neo4j_uri:
        check_server_uri(neo4j_uri)  # "localhost:7687" is a server without its scheme, not a folder
    return open_graph(neo4j_uri or store_path, user=neo4j_user, password=neo4j_password)


_out_option = click.option("--out", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
                           help="Write to FILE instead of standard output (needed for png).")


def _emit(content: str | bytes, out: Path | None) -> None:
    """Print ``content``, or write it to ``out``; binary content needs ``out``."""
    if out is None:
        if isinstance(content, bytes):
            raise click.UsageError("--format png is binary: give --out FILE")
        click.echo(content, nl=not content.endswith("\n"))
        return
    try:
        if isinstance(content, bytes):
            out.write_bytes(content)
        else:
            out.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise click.FileError(str(out), hint=str(exc)) from exc
    click.echo(f"Wrote {out}.", err=True)


DEFAULT_LIMIT = 100
"""The rows ``contacts`` and ``timeline`` show unless ``--limit`` says otherwise: two
leaders who meet often have thousands of contacts, a leader's year thousands of events."""


def _page_options(func: Any) -> Any:
    """``--limit`` and ``--offset``: one page of a query's rows."""
    func = click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
                        metavar="N", help="Skip the first N rows (the next page: --offset 100).")(func)
    return click.option("--limit", type=click.IntRange(min=0), default=DEFAULT_LIMIT,
                        show_default=True, metavar="N",
                        help="Show at most N rows; 0 shows all.")(func)


def _page(fetch: Any, limit: int, offset: int) -> list[dict[str, Any]]:
    """The rows ``fetch(limit=..., offset=...)`` gives for one page; when more follow, says
    so on standard error (one row more is asked for, to know)."""
    if limit == 0:
        return fetch(limit=None, offset=offset)
    rows = fetch(limit=limit + 1, offset=offset)
    if len(rows) > limit:
        click.echo(f"Rows {offset + 1}-{offset + limit} shown; more follow: --offset "
                   f"{offset + limit} for the next page, --limit 0 for all.", err=True)
    return rows[:limit]


_as_of_option = click.option(
    "--as-of", callback=_parse_date, metavar="DATE",
    help="Capture date (YYYY-MM-DD): relative ages and undated articles resolve against it.")
_encoding_option = click.option(
    "--encoding", help="Decode the text files that are not UTF-8 with this encoding (e.g. "
                       "latin-1); files in UTF-8 or with a byte-order mark are read as such.")
_paths_argument = click.argument("paths", nargs=-1, required=True)


@click.group(cls=_GraphkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graphkit")
@functools.partial(store_options, before_command=True)
@click.pass_context
def main(ctx: click.Context, **store_args: Any) -> None:
    """graphkit: news articles in, a diplomatic event knowledge graph out.

    The store options may come before the command as well as after it, for every command
    that uses a store (`graphkit --store kg timeline Erdogan`); the command's own win.

    \b
    Example:
        graphkit ingest examples/
        graphkit timeline Erdogan
        graphkit first-contact Macron Erdogan --on 2024-11-04
    """
    ctx.obj = {name: value for name, value in store_args.items() if value is not None}
    if ctx.obj and ctx.invoked_subcommand and not _uses_a_store(main, ctx.invoked_subcommand):
        flag = STORE_FLAGS[next(iter(ctx.obj))]
        raise click.UsageError(f"{flag} is for the commands that use a store; "
                               f"`graphkit {ctx.invoked_subcommand}` uses none")
    _show_warnings()


def _uses_a_store(group: click.Group, name: str) -> bool:
    """Whether the command ``name`` of ``group`` (or a command of it, when it is a group)
    takes the store options."""
    command = group.commands.get(name)
    if isinstance(command, click.Group):
        return any(_uses_a_store(command, sub) for sub in command.commands)
    return command is not None and any(p.name == "store_path" for p in command.params)


class _WarningLine(logging.Handler):
    """The library's warnings ("split a long run ...") as one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Warning: {one_line(record.getMessage())}", err=True)


def _show_warnings() -> None:
    # The Neo4j driver logs each retry of a write to a server gone away ("Transaction
    # failed and will be retried in 3.4s", a line a second): the write's error says it.
    driver_log = logging.getLogger("neo4j")
    if not any(isinstance(h, logging.NullHandler) for h in driver_log.handlers):
        driver_log.addHandler(logging.NullHandler())
    logger = logging.getLogger("graphkit")
    if not any(isinstance(h, _WarningLine) for h in logger.handlers):
        handler = _WarningLine(logging.WARNING)
        logger.addHandler(handler)


_jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
    help="Processes extracting at once [default: every core]; the output is the same.")


@main.command()
@_paths_argument
@_as_of_option
@_encoding_option
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="jsonl", show_default=True)
@_jobs_option
def extract(paths: tuple[str, ...], as_of: date | None, encoding: str | None, fmt: str,
            jobs: int | None) -> None:
    """Print the events found in PATHS (files, folders, or - for stdin); writes no store.

    \b
    Example:
        graphkit extract examples/2024-11-05-macron-erdogan-call.txt --as-of 2025-07-02
        graphkit extract examples/ --format table --jobs 2
    """
    failures = 0
    found: list[Extraction] = []
    # (extraction writes nothing: no store is opened)
    # (each argument is a path: a mistyped one is "no such file", never an article's text)
    inputs = [p if p == "-" else Path(p) for p in paths]
    for item in KnowledgeGraph().iter_extract(inputs, as_of=as_of, encoding=encoding,
                                              jobs=jobs):
        if not isinstance(item, Extraction):
            failures += 1
            click.echo(f"Error: {item}", err=True)
        elif fmt == "jsonl":
            for line in extraction_lines(item):
                click.echo(line)
        else:
            found.append(item)
    if fmt == "table":
        click.echo(format_extractions(found), nl=False)
    if failures:
        sys.exit(1)


@main.command()
@_paths_argument
@_as_of_option
@_encoding_option
@store_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@_jobs_option
def ingest(paths: tuple[str, ...], as_of: date | None, encoding: str | None, quiet: bool,
           jobs: int | None, **store_args: Any) -> None:
    """Extract events from PATHS and merge them into the store (re-ingesting adds nothing).

    Each input that fails is one "Error:" line on stderr and the others are stored; the
    exit status is then 1 (0 when all went in). A store that fails (a Neo4j server gone)
    stops the run with one line saying how many articles were stored: the same command
    run again writes the rest, nothing twice.

    \b
    Example:
        graphkit ingest examples/
        graphkit ingest examples/ --as-of 2025-07-02 --neo4j bolt://localhost:7687
    """
    from graphkit.pipeline import count_input_files
    from graphkit.progress import ingest_progress

    files = count_input_files(paths) if not quiet else None
    with _open(**store_args) as kg, ingest_progress(enabled=not quiet,
                                                    files=files) as on_progress:
        report = kg.ingest(list(paths), as_of=as_of, encoding=encoding, on_progress=on_progress,
                           jobs=jobs)
    _print_report(report, f"Ingested {_n(report.articles, 'article')}: "
                          f"{_n(report.events, 'event')} found", ("input", "failed"), quiet)


_n = counted  # (short: many summaries below)


def _print_report(report: Any, done: str, failed: tuple[str, str] | str, quiet: bool) -> None:
    """Each failure of an ingest, load or import report, its summary, and exit 1 if any;
    ``failed`` is what a failure is called: a word, or a noun and what befell it."""
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    if not quiet:
        count = len(report.failures)
        failures = (f"{_n(count, failed[0])} {failed[1]}" if isinstance(failed, tuple)
                    else f"{count} {failed}")
        withdrawn = report.withdrawn
        taken = (f", {_n(withdrawn, 'event')} withdrawn (no longer in the article read "
                 f"again, nor in any other)") if withdrawn else ""
        click.echo(f"{done}, {report.new_events} new in the graph, {report.merged} merged into "
                   f"events it held{taken}; {failures}.", err=True)
    if report.failures:
        sys.exit(1)


def _print_import(report: Any, verb: str, quiet: bool) -> None:
    _print_report(report, f"{verb} {_n(report.rows, 'row')}: {_n(report.articles, 'article')}, "
                          f"{_n(report.events, 'event')}", "skipped", quiet)


@main.command()
@_paths_argument
@_encoding_option
@store_options
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary.")
def load(paths: tuple[str, ...], encoding: str | None, quiet: bool, **store_args: Any) -> None:
    """Write the events `graphkit extract --format jsonl` printed (PATHS: .jsonl files,
    folders, or - for stdin) into the store, as `ingest` would have.

    Extraction can so run anywhere (many machines, xargs, GNU parallel: one file each,
    `ls news/*.txt | parallel graphkit extract {} '>' out/{/.}.jsonl`, then `graphkit load
    out/`) and one loader fills the graph. Bad lines are reported by file and line and skipped.

    \b
    Example:
        graphkit extract examples/ > events.jsonl
        graphkit load events.jsonl
    """
    from graphkit.progress import ingest_progress

    with _open(**store_args) as kg, ingest_progress(enabled=not quiet) as on_progress:
        report = kg.load_events(list(paths), encoding=encoding, on_progress=on_progress)
    _print_import(report, "Loaded", quiet)


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(IMPORT_FORMATS), required=True,
              help="The event data set FILE comes from.")
@click.option("--mentions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="GDELT: the mentions file (default: the .mentions.CSV[.zip] beside FILE).")
@store_options
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary.")
def import_(file: Path, fmt: str, mentions: Path | None, quiet: bool, **store_args: Any) -> None:
    """Import event data (GDELT 2.0 events, ICEWS coded events, POLECAT weekly files).

    Each row becomes an Event with `source` gdelt, icews or polecat, its actors the same
    Actor nodes extraction makes and its source URL an Article; it merges with extracted
    events by the same rules. Bad rows are reported by line number and skipped.

    \b
    Example:
        graphkit import YYYYMMDDHHMMSS.export.CSV.zip --format gdelt
        graphkit import events.YYYY.tab --format icews
        graphkit import ngec_coded_all_YYYY-MM-DD.txt --format polecat
        graphkit timeline Russia --source gdelt

    Each file name stands for a file you downloaded (YYYY... for its date); a checkout's
    tests/imports/data holds a small file of each layout, bad rows included.
    """
    from graphkit.progress import import_progress_line, import_written, ingest_progress

    with _open(**store_args) as kg, ingest_progress(
            enabled=not quiet, line=import_progress_line, done_of=import_written,
            start="reading and checking the file") as on_progress:
        report = kg.import_events(file, fmt=fmt, mentions=mentions, on_progress=on_progress)
    _print_import(report, "Imported", quiet)


@main.command("first-contact")
@click.argument("a")
@click.argument("b")
@click.option("--on", "on", callback=_parse_date, metavar="DATE",
              help="Look for the last contact strictly before this date [default: today].")
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@store_options
def first_contact(a: str, b: str, on: date | None, fmt: str, **store_args: Any) -> None:
    """When did A and B last have contact (call or meeting) before --on, and how long ago?

    A and B may be people ("Putin", "Vladimir Putin") or countries ("Russia", "RUS").

    \b
    Example:
        graphkit first-contact Macron Erdogan --on 2024-11-04
    """
    on = on or date.today()
    with _open(**store_args) as kg:
        found = kg.first_contact(a, b, on=on)
    click.echo(format_first_contact(a, b, on.isoformat(), found, fmt), nl=False)


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--format", "fmt", type=click.Choice(ROWS_FORMATS), default="text",
              show_default=True)
@_page_options
@store_options
def contacts(a: str, b: str, fmt: str, limit: int, offset: int, **store_args: Any) -> None:
    """Every call and meeting between A and B, oldest first (implied prior contacts included),
    100 rows at a time unless --limit says otherwise.

    \b
    Example:
        graphkit contacts Macron Erdogan --format markdown
        graphkit contacts Macron Erdogan --offset 100 --limit 50
        graphkit contacts France Turkey --limit 0 --format csv
    """
    with _open(**store_args) as kg:
        rows = _page(lambda **page: kg.contacts(a, b, **page), limit, offset)
    if fmt == "csv":
        from graphkit.reports.dyad import CONTACT_CSV_COLUMNS, events_csv

        click.echo(events_csv(rows, CONTACT_CSV_COLUMNS), nl=False)
        return
    click.echo(format_events(rows, fmt, title=f"Contacts between {a} and {b}"), nl=False)


@main.command()
@click.argument("x")
@click.option("--from", "date_from", callback=_parse_date, metavar="DATE", help="First day (inclusive).")
@click.option("--to", "date_to", callback=_parse_date, metavar="DATE", help="Last day (inclusive).")
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES, case_sensitive=False),
              help="Only these event types (repeatable).")
@click.option("--source", "sources", multiple=True, type=click.Choice(EVENT_SOURCES, case_sensitive=False),
              help="Only events coded by graphkit's extraction or by this imported data set (repeatable).")
@click.option("--with", "partner", metavar="Y",
              help="Only the events between X and Y (another actor or country).")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True)
@_page_options
@_out_option
@store_options
def timeline(x: str, date_from: date | None, date_to: date | None, types: tuple[str, ...],
             sources: tuple[str, ...], partner: str | None, fmt: str, limit: int, offset: int,
             out: Path | None, **store_args: Any) -> None:
    """The events of an actor or a country, oldest first (as a table, CSV, a chart or a page),
    100 at a time unless --limit says otherwise (--limit 0: all).

    \b
    Example:
        graphkit timeline Erdogan --from 2024-01-01 --type CALL --type MEET
        graphkit timeline Turkey --format markdown
        graphkit timeline Turkey --format png --out turkey.png
        graphkit timeline Turkey --source gdelt
        graphkit timeline Turkey --from 2024-01-01 --to 2024-12-31 --limit 0 --format csv
        graphkit timeline Turkey --with France --from 2024-01-01 --to 2024-12-31
    """
    from graphkit.reports import render_timeline

    with _open(**store_args) as kg:
        rows = _page(lambda **page: kg.timeline(x, date_from=date_from, date_to=date_to,
                                                types=types, sources=sources,
                                                partner=partner, **page),
                     limit, offset)
    _emit(render_timeline(rows, fmt, title=_timeline_title(x, partner, date_from, date_to, types)),
          out)


def _timeline_title(x: str, partner: str | None, date_from: date | None, date_to: date | None,
                    types: tuple[str, ...]) -> str:
    """"Timeline of Russia", or "Events between Russia and Azerbaijan, ACCUSE, 2025-06-01 to
    2025-06-30": what was asked, so that an empty answer says what was empty."""
    title = f"Timeline of {x}" if partner is None else f"Events between {x} and {partner}"
    if types:
        title += ", " + " or ".join(t.upper() for t in types)
    if date_from and date_to:
        title += f", {date_from.isoformat()} to {date_to.isoformat()}"
    elif date_from:
        title += f", from {date_from.isoformat()}"
    elif date_to:
        title += f", until {date_to.isoformat()}"
    return title


@main.command()
@click.option("--min-gap", "min_gap", type=click.IntRange(min=0), default=365, show_default=True,
              metavar="DAYS", help="The shortest silence that counts.")
@click.option("--from", "date_from", callback=_parse_date, metavar="DATE",
              help="Resumed on or after this day.")
@click.option("--to", "date_to", callback=_parse_date, metavar="DATE", help="Resumed on or before this day.")
@click.option("--countries", is_flag=True, help="Pairs of countries (any of their officials), not of actors.")
@click.option("--format", "fmt", type=click.Choice(ROWS_FORMATS), default="text", show_default=True)
@store_options
def resumed(min_gap: int, date_from: date | None, date_to: date | None, countries: bool, fmt: str,
            **store_args: Any) -> None:
    """Pairs whose calls or meetings resumed after a silence of at least --min-gap days.

    \b
    Example:
        graphkit resumed --min-gap 180 --from 2024-01-01
        graphkit resumed --countries --format json
    """
    from graphkit.reports.tables import format_resumed

    with _open(**store_args) as kg:
        rows = kg.resumed(min_gap, date_from=date_from, date_to=date_to, countries=countries)
    click.echo(format_resumed(rows, fmt, title=f"Contacts resumed after {min_gap}+ days"), nl=False)


@main.command()
@click.argument("x")
@click.option("--depth", type=click.IntRange(1, 3), default=1, show_default=True,
              help="1: X's partners; 2: and theirs; 3: one step further.")
@click.option("--from", "date_from", callback=_parse_date, metavar="DATE", help="First day (inclusive).")
@click.option("--to", "date_to", callback=_parse_date, metavar="DATE", help="Last day (inclusive).")
@click.option("--countries", is_flag=True,
              help="The countries X dealt with, ranked (each event once per country); depth 1.")
@click.option("--format", "fmt", type=click.Choice(ROWS_FORMATS), default="text", show_default=True)
@store_options
def network(x: str, depth: int, date_from: date | None, date_to: date | None, countries: bool,
            fmt: str, **store_args: Any) -> None:
    """Who X dealt with, how often and in what way (event types, cooperation, conflict).

    \b
    Example:
        graphkit network Erdogan --from 2024-01-01
        graphkit network Turkey --depth 2 --format json
        graphkit network Turkey --countries
    """
    from graphkit.reports.tables import format_network, format_partners

    if countries and depth != 1:
        raise click.UsageError("--countries ranks X's own partners: leave --depth at 1")
    with _open(**store_args) as kg:
        if countries:
            rows = kg.partner_countries(x, date_from=date_from, date_to=date_to)
            click.echo(format_partners(rows, fmt, title=f"Countries {x} dealt with"), nl=False)
            return
        rows = kg.network(x, depth=depth, date_from=date_from, date_to=date_to)
    click.echo(format_network(rows, fmt, title=f"Network of {x}"), nl=False)


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["month", "year"]), default="month", show_default=True)
@click.option("--format", "fmt", type=click.Choice(ROWS_FORMATS), default="text", show_default=True)
@store_options
def summary(a: str, b: str, by: str, fmt: str, **store_args: Any) -> None:
    """Events between A and B counted by type per month or year, with the balance of
    cooperation and conflict. Countries mean all their actors ("Russia" "France").

    \b
    Example:
        graphkit summary France Turkey --by year
    """
    from graphkit.reports.tables import format_summary

    with _open(**store_args) as kg:
        rows = kg.summary(a, b, by=by)
    click.echo(format_summary(rows, fmt, title=f"{a} and {b} by {by}"), nl=False)


@main.group()
def report() -> None:
    """Reports to read or paste into a brief (text, markdown, JSON, CSV, PNG, SVG, HTML).

    \b
    Example:
        graphkit report dyad France Turkey --format html --out france-turkey.html
    """


@report.command("dyad")
@click.argument("a")
@click.argument("b")
@click.option("--min-gap", "min_gap", type=click.IntRange(min=0), default=90, show_default=True,
              metavar="DAYS", help="List silences between contacts at least this long.")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True)
@_out_option
@store_options
def report_dyad(a: str, b: str, min_gap: int, fmt: str, out: Path | None, **store_args: Any) -> None:
    """One page on A and B: contact history with gaps, balance by year, latest statements, sources.

    \b
    Example:
        graphkit report dyad Macron Erdogan
        graphkit report dyad France Turkey --format png --out france-turkey.png
    """
    with _open(**store_args) as kg:
        built = kg.report(a, b, min_gap_days=min_gap)
    _emit(built.render(fmt), out)


def _parse_params(values: tuple[str, ...]) -> dict[str, Any]:
    from graphkit.errors import shorten
    from graphkit.sanitize import UntrustedJSONError, loads_json, replace_surrogates

    params: dict[str, Any] = {}
    for value in values:
        key, sep, raw = replace_surrogates(value).partition("=")
        if not sep or not key:
            raise QueryError(f"--param {shorten(value)} is not KEY=VALUE")
        try:
            params[key] = loads_json(raw)
        except json.JSONDecodeError:
            params[key] = raw
        except UntrustedJSONError as exc:
            raise QueryError(f"--param {key}: the JSON value {exc}") from None
    return params


@main.command()
@click.argument("query")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; VALUE is read as JSON when it parses, else as a string.")
@click.option("--write", is_flag=True, help="Allow the query to write (default: read-only).")
@click.option("--format", "fmt", type=click.Choice(CYPHER_FORMATS), default="text", show_default=True)
@click.option("--limit", type=click.IntRange(min=0), metavar="N",
              help=f"Print at most N rows [default: {TABLE_ROWS_SHOWN:,} as a text table, "
                   f"every row as json, jsonl or csv].")
@click.option("--all", "all_rows", is_flag=True, help="Print every row, also as a text table.")
@store_options
def cypher(query: str, params: tuple[str, ...], write: bool, fmt: str, limit: int | None,
           all_rows: bool, **store_args: Any) -> None:
    """Run an ad-hoc Cypher QUERY on Neo4j, read-only unless --write is given.

    The server's warnings on the query (an unknown label or property, often a typo; a
    deprecated form) are printed on stderr, one a line, after the rows; a named query's
    own text (queries/NAME.cypher as shipped) gets none, as when graphkit runs it. The
    columns come in the query's order, the keys of a map inside a row sorted. A node is
    {labels, properties}, a relationship {type, start, end, properties} (its ends by id),
    a path {nodes, relationships}. A text table shows the first 1,000 rows and says how
    many there were; json, jsonl and csv (header: the RETURN columns) give every row.

    \b
    Example:
        graphkit cypher 'MATCH (a:Actor {country: $c}) RETURN a.name' -p c=TUR
        graphkit cypher 'MATCH (a:Actor)-[p]->(e:Event) RETURN a, p, e' --format csv --all
    """
    if limit is not None and all_rows:
        raise click.UsageError("give --limit or --all, not both")
    if limit is None and not all_rows and fmt == "text":
        limit = TABLE_ROWS_SHOWN
    notices: list[CypherNotice] = []
    with _open(**store_args) as kg:
        try:
            rows = kg.cypher(query, _parse_params(params), write=write, notices=notices,
                             limit=limit)
        except WriteRefused as exc:  # the library names write=True; here it is the flag
            raise QueryError(f"{exc.reason}: pass --write to allow it") from None
        except MissingParameters as exc:  # the library names params; here it is --param
            used = ", ".join(f"${name}" for name in exc.names)
            given = " ".join(f"--param {name}=VALUE" for name in exc.names)
            raise QueryError(f"the query uses {used}, given no value: pass {given}") from None
    click.echo(format_cypher_rows(rows, fmt, rows.columns), nl=False)
    if rows.truncated:
        click.echo(f"Note: the first {len(rows):,} rows of {rows.total:,}; pass --limit N or "
                   f"--all for more.", err=True)
    for notice in notices:  # stderr, so stdout stays the rows (valid JSON with --format json)
        click.echo(notice.one_line(), err=True)
    if write:
        click.echo("Note: the named queries read date-ordered entries that ad-hoc writes do "
                   "not refresh; if this changed events' dates, types or participants, run "
                   "`graphkit reindex --event ID` for each (or `graphkit reindex` for all).",
                   err=True)


@main.command()
@click.option("--event", "events", multiple=True, metavar="ID",
              help="Only this event (repeatable); default every event.")
@store_options
def reindex(events: tuple[str, ...], **store_args: Any) -> None:
    """Make anew the query indexes of events changed by `graphkit cypher --write`.

    Neo4j only needs it (the embedded store keeps its own); every event of a million
    takes a few minutes, named events a moment. An --event id that names no event is an
    error (on either store), and nothing is reindexed. (The example's ids are two
    events of examples/.)

    \b
    Example:
        graphkit reindex
        graphkit reindex --event ev-c4450ebf7addfe60 --event ev-bcaad122a1a8b04e
    """
    with _open(**store_args) as kg:
        done = kg.reindex(events or None)
        keeps_its_own = not kg.reindexes
    if keeps_its_own:
        click.echo("Nothing to reindex: this store keeps its query entries itself.", err=True)
        return
    click.echo(f"Reindexed {done} events.", err=True)


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS),
              help="The file format (csv writes a folder) [default: OUT's extension (.json, "
                   ".gexf, .ttl, .html...), else graphml].")
@click.option("--actor", help="Only events of this actor (loose name).")
@click.option("--country", help="Only events with an actor of this country (a name or ISO alpha-3 code).")
@click.option("--from", "date_from", callback=_parse_date, metavar="DATE",
              help="Only events on or after this day.")
@click.option("--to", "date_to", callback=_parse_date, metavar="DATE",
              help="Only events on or before this day.")
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES, case_sensitive=False),
              help="Only these event types (repeatable).")
@store_options
def export(out: Path, fmt: str | None, actor: str | None, country: str | None,
           date_from: date | None, date_to: date | None, types: tuple[str, ...],
           **store_args: Any) -> None:
    """Write the graph (or a filtered part of it) to OUT for Gephi, Cytoscape, RDF tools, a browser.

    \b
    Example:
        graphkit export graph.graphml --format graphml
        graphkit export view.html --format html --country TUR --from 2024-01-01
        graphkit export graph.gexf
    """
    with _open(**store_args) as kg:
        summary = kg.export(out, fmt, actor=actor, country=country, date_from=date_from,
                            date_to=date_to, types=types)
    click.echo(f"Wrote {out}: {summary.nodes} nodes, {summary.edges} relationships "
               f"({summary.format}).", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Write to FILE instead of standard output.")
@store_options
def dump(fmt: str, out: Path | None, **store_args: Any) -> None:
    """Write every node and relationship with its properties, one JSON object a line, in a
    stable order: two graphs (on either store) hold the same data when their dumps diff clean.

    \b
    Example:
        graphkit dump --out before.jsonl
        graphkit dump --neo4j bolt://localhost:7687 | diff before.jsonl -
    """
    from graphkit.export.dump import generate_dump

    with _open(**store_args) as kg:
        graph = kg.store.to_networkx()
    _emit("".join(line + "\n" for line in generate_dump(graph)), out)


@main.command("claim-check")
@click.argument("articles", nargs=-1, required=True)
@_as_of_option
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES, case_sensitive=False),
              help="Contact types the prior contact and those in between may be (default: "
                   "the claim's own; calls and meetings for a first contact or talks).")
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@store_options
def claim_check(articles: tuple[str, ...], as_of: date | None, types: tuple[str, ...], fmt: str,
                **store_args: Any) -> None:
    """Check each "first ... since X" claim of ARTICLES (files or article ids) against the graph.

    The articles must have been ingested. Each claim comes out confirmed, contradicted (with
    the contacts in between), unverified (no prior contact in the graph) or undated. A
    claim of a first call, visit or meeting counts that kind; of a first contact or first
    talks, calls and meetings both.

    \b
    Example:
        graphkit claim-check examples/2024-11-05-macron-erdogan-call.txt
    """
    from graphkit.reports.tables import format_claims

    with _open(**store_args) as kg:
        rows = kg.claim_check(articles, as_of=as_of, types=types)
    click.echo(format_claims(rows, fmt), nl=False)


@main.command()
@click.argument("articles", nargs=-1, required=True, metavar="URL_ID_OR_FILE...")
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@store_options
def forget(articles: tuple[str, ...], fmt: str, **store_args: Any) -> None:
    """Take articles out of the graph: a retraction, a file ingested by mistake.

    Name each article by its URL, its id, or the file it was read from. Every event only
    these articles reported is deleted (with its query entries and prior-contact links);
    an event other articles report stays, with their sources. One transaction: all or
    nothing. A name no stored article answers to is an error, and nothing is forgotten.
    (To take back only what a corrected article no longer says, ingest its new text.)

    \b
    Example:
        graphkit forget https://example.org/2025/03/voss-visit
        graphkit forget news/mistake.txt --format json
    """
    with _open(**store_args) as kg:
        report = kg.forget(list(articles))
    click.echo(format_forgotten(report, fmt), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@store_options
def stats(fmt: str, **store_args: Any) -> None:
    """Count the store's nodes by label and relationships by type.

    \b
    Example:
        graphkit stats --format json
    """
    with _open(**store_args) as kg:
        counts = kg.stats()
    click.echo(format_counts(counts, fmt), nl=False)


@main.command()
@click.argument("gold_dirs", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@click.option("--show-errors", is_flag=True, help="List every missed and every false event.")
@click.option("--cv", "folds", type=click.IntRange(min=2), default=None,
              help="Cross-validate the learned detector: train on all folds but one, score that one.")
@click.option("--seed", type=int, default=None, help="Seed of the fold split and training (with --cv).")
@click.option("--rules-only", is_flag=True,
              help="Score the rules alone, without the learned detector (with --cv: on the same folds).")
@click.option("--train-extra", "extra_dirs", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="With --cv: a gold folder added to every fold's training, never scored (repeatable).")
@click.option("--model", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score with the detector weights `graphkit train --out` wrote "
                   "(default: the shipped ones).")
def evaluate(gold_dirs: tuple[Path, ...], fmt: str, show_errors: bool, folds: int | None,
             seed: int | None, rules_only: bool, extra_dirs: tuple[Path, ...],
             model: Path | None) -> None:
    """Measure extraction against hand-made gold files (*.gold.json) in GOLD_DIRS.

    Several folders are scored as one pooled set (small annotated sets read as one
    estimate; run each folder alone for its own figures).

    With --cv K, the articles are split into K folds (stratified by the tN_ prefix of
    their names); for each fold a detector is trained on the others and the fold is
    scored; the mean and spread over folds and the pooled held-out figures are printed.
    --train-extra adds written training articles to every fold's training. --model
    scores the weights a `graphkit train --out FILE` wrote instead of the shipped ones.

    \b
    Example:
        graphkit evaluate ../shared/corpus/dev --show-errors
        graphkit evaluate training/fictional --model /tmp/det.npz
        graphkit evaluate ../shared/corpus/train --cv 5 --format json
        graphkit evaluate ../shared/corpus/train --cv 5 --train-extra training/fictional
        graphkit evaluate tests/heldout tests/blind --format json
    """
    if extra_dirs and folds is None:
        raise click.UsageError("--train-extra needs --cv")
    if model is not None and (folds is not None or rules_only):
        raise click.UsageError("--model scores given weights: it goes with neither --cv nor --rules-only")
    from graphkit.progress import step_progress

    if folds is not None:
        from graphkit.training import SEED, cross_validate, parse_gold_dirs

        with step_progress() as step:
            extra = parse_gold_dirs(list(extra_dirs), on_step=step) if extra_dirs else []
            result = cross_validate(parse_gold_dirs(list(gold_dirs), on_step=step), folds,
                                    SEED if seed is None else seed, learned=not rules_only,
                                    extra=extra, on_step=step)
        if fmt == "json":
            click.echo(to_json(result.to_dict()))
        else:
            click.echo(result.to_text() + "\n", nl=False)
        return
    with step_progress() as step:
        if rules_only:
            from graphkit.evaluate import evaluate as run_evaluation

            report = run_evaluation(list(gold_dirs), learned=False, on_step=step)
        elif model is not None:
            from graphkit.evaluate import evaluate as run_evaluation

            report = run_evaluation(list(gold_dirs), model=model, on_step=step)
        else:
            report = KnowledgeGraph().evaluate(list(gold_dirs), on_step=step)
    click.echo(to_json(report.to_dict()) + "\n" if fmt == "json"
               else report.to_text(show_errors=show_errors), nl=False)


@main.command()
@click.argument("gold_dirs", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The weights file to write (.npz); graphkit/models/event_detector.npz ships.")
@click.option("--seed", type=int, default=None, help="Training seed (default: the shipped model's).")
@click.option("--extra", "extra_dirs", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A gold folder fitted on but not used to choose thresholds (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def train(gold_dirs: tuple[Path, ...], out: Path, seed: int | None, extra_dirs: tuple[Path, ...],
          fmt: str) -> None:
    """Train the learned event detector on the gold folders GOLD_DIRS and write its weights.

    The articles are read where they lie; only the weights are written. The same folders
    and seed give the same weights. --extra folders (articles written for training) are
    fitted on, while the thresholds are chosen on GOLD_DIRS alone.

    \b
    Example:
        graphkit train ../shared/corpus/train --out graphkit/models/event_detector.npz
        graphkit train ../shared/corpus/train --extra training/fictional --out /tmp/det.npz
        graphkit evaluate ../shared/corpus/dev --model /tmp/det.npz
    """
    from graphkit.progress import step_progress
    from graphkit.training import SEED, parse_gold_dirs
    from graphkit.training import train as train_detector

    folders = [str(d) for d in gold_dirs]
    with step_progress() as step:
        extra = parse_gold_dirs(list(extra_dirs), on_step=step) if extra_dirs else []
        detector = train_detector(parse_gold_dirs(list(gold_dirs), on_step=step),
                                  SEED if seed is None else seed,
                                  meta={"trained_on": [Path(d).name for d in folders]
                                        + [Path(d).name for d in extra_dirs]},
                                  extra=extra, on_step=step)
    detector.save(out)
    summary = {"out": str(out), **detector.meta}
    if fmt == "json":
        click.echo(to_json(summary))
    else:
        click.echo(format_mapping_rows([{"item": k, "value": v} for k, v in summary.items()], "text"),
                   nl=False)
