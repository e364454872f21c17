"""The ``graphkit`` command line: a thin layer over the library.

Each command parses its options, calls one library function and prints the result. Errors
from the library (:class:`graphkit.errors.GraphkitError`) become one line on stderr and a
non-zero exit; nothing else in the package prints.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from graphkit.errors import GraphkitError, QueryError, one_line
from graphkit.export import FORMATS as _EXPORT_FORMATS
from graphkit.model import EVENT_TYPES, Extraction
from graphkit.reports.formats import (
    ANSWER_FORMATS,
    EXTRACT_FORMATS,
    REPORT_FORMATS,
    TABLE_FORMATS,
)
from graphkit.reports.text import (
    format_events,
    format_first_contact,
    format_mapping_rows,
    render_table,
    to_json,
)

EXPORT_FORMATS = tuple(_EXPORT_FORMATS)


class _GraphkitGroup(click.Group):
    """Turns library errors into one clear line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except GraphkitError as exc:
            click.echo(f"Error: {one_line(str(exc))}", err=True)
            ctx.exit(1)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def store_options(func: Any) -> Any:
    """``--store PATH`` for the embedded store, ``--neo4j URI`` (+ user, password) for Neo4j."""
    options = [
        click.option("--store", "store_path", type=click.Path(path_type=Path), envvar="GRAPHKIT_STORE",
                     help="Embedded store folder [env GRAPHKIT_STORE; default ./graphkit-data]."),
        click.option("--neo4j", "neo4j_uri", envvar="NEO4J_URI",
                     help="Use the Neo4j server at this URI [env NEO4J_URI]."),
        click.option("--neo4j-user", envvar="NEO4J_USERNAME", default="neo4j", show_default=True,
                     help="Neo4j user name [env NEO4J_USERNAME]."),
        click.option("--neo4j-password", envvar="NEO4J_PASSWORD",
                     help="Neo4j password [env NEO4J_PASSWORD]."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _open_store(store_path: Path | None, neo4j_uri: str | None, neo4j_user: str,
                neo4j_password: str | None):
    from graphkit.store import open_store

    return open_store(neo4j_uri=neo4j_uri, user=neo4j_user, password=neo4j_password,
                      path=store_path)


def _as_row(value: Any) -> dict[str, Any] | None:
    if value is None or isinstance(value, dict):
        return value
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    return dict(value)


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


_as_of_option = click.option(
    "--as-of", callback=_parse_date, metavar="DATE",
    help="Capture date (YYYY-MM-DD): relative ages and undated articles resolve against it.")
_encoding_option = click.option("--encoding", help="Decode text files with this encoding (e.g. latin-1).")
_paths_argument = click.argument("paths", nargs=-1, required=True)


@click.group(cls=_GraphkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graphkit")
def main() -> None:
    """graphkit: news articles in, a diplomatic event knowledge graph out.

    \b
    Example:
        graphkit ingest examples/
        graphkit timeline Erdogan
        graphkit first-contact Macron Erdogan --on 2024-11-04
    """
    _show_warnings()


class _WarningLine(logging.Handler):
    """The library's warnings ("split a long run ...") as one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Warning: {one_line(record.getMessage())}", err=True)


def _show_warnings() -> None:
    logger = logging.getLogger("graphkit")
    if not any(isinstance(h, _WarningLine) for h in logger.handlers):
        handler = _WarningLine(logging.WARNING)
        logger.addHandler(handler)


@main.command()
@_paths_argument
@_as_of_option
@_encoding_option
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="jsonl", show_default=True)
def extract(paths: tuple[str, ...], as_of: date | None, encoding: str | None, fmt: str) -> None:
    """Print the events found in PATHS (files, folders, or - for stdin); writes no store.

    \b
    Example:
        graphkit extract article.txt --as-of 2025-07-02
        graphkit extract news/ --format table
    """
    from graphkit.pipeline import extract_paths

    failures = 0
    rows: list[tuple[Any, ...]] = []
    for item in extract_paths(list(paths), as_of=as_of, encoding=encoding):
        if not isinstance(item, Extraction):
            failures += 1
            click.echo(f"Error: {item}", err=True)
            continue
        for event in item.events:
            if fmt == "jsonl":
                click.echo(json.dumps(event.to_contract(item.article), ensure_ascii=False))
            else:
                rows.append((item.article.title or item.article.id, event.date.value or "undated",
                             event.type, event.modality,
                             ", ".join(f"{a.name} ({a.country})" for a in event.actors),
                             event.evidence))
    if fmt == "table":
        click.echo(render_table(None, ("article", "date", "type", "modality", "actors", "evidence"),
                                rows, width=160), nl=False)
    if failures:
        sys.exit(1)


@main.command()
@_paths_argument
@_as_of_option
@_encoding_option
@store_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def ingest(paths: tuple[str, ...], as_of: date | None, encoding: str | None, quiet: bool,
           **store_args: Any) -> None:
    """Extract events from PATHS and merge them into the store (re-ingesting adds nothing).

    \b
    Example:
        graphkit ingest examples/
        graphkit ingest page.txt --as-of 2025-07-02 --neo4j bolt://localhost:7687
    """
    from graphkit.pipeline import ingest as run_ingest
    from graphkit.progress import ingest_progress

    with _open_store(**store_args) as store, ingest_progress(enabled=not quiet) as on_progress:
        report = run_ingest(list(paths), store, as_of=as_of, encoding=encoding,
                            on_progress=on_progress)
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    if not quiet:
        click.echo(f"Ingested {report.articles} articles: {report.events} events found, "
                   f"{report.new_events} new in the graph, {report.merged} merged into events it "
                   f"held; {len(report.failures)} inputs failed.", err=True)
    if report.failures:
        sys.exit(1)


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
        graphkit first-contact Putin Macron --on 2025-07-01
    """
    from graphkit.query import first_contact_since

    on = on or date.today()
    with _open_store(**store_args) as store:
        row = _as_row(first_contact_since(store, a, b, on))
    click.echo(format_first_contact(a, b, on.isoformat(), row, fmt), nl=False)


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="text",
              show_default=True)
@store_options
def contacts(a: str, b: str, fmt: str, **store_args: Any) -> None:
    """Every call and meeting between A and B, oldest first (implied prior contacts included).

    \b
    Example:
        graphkit contacts Macron Erdogan --format markdown
    """
    from graphkit.query import contacts as dyad_contacts

    with _open_store(**store_args) as store:
        rows = dyad_contacts(store, a, b)
    click.echo(format_events(rows, fmt, title=f"Contacts between {a} and {b}"), nl=False)


@main.command()
@click.argument("x")
@click.option("--from", "date_from", callback=_parse_date, metavar="DATE", help="First day (inclusive).")
@click.option("--to", "date_to", callback=_parse_date, metavar="DATE", help="Last day (inclusive).")
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES, case_sensitive=False),
              help="Only these event types (repeatable).")
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True)
@_out_option
@store_options
def timeline(x: str, date_from: date | None, date_to: date | None, types: tuple[str, ...], fmt: str,
             out: Path | None, **store_args: Any) -> None:
    """The events of an actor or a country, oldest first (as a table, CSV, a chart or a page).

    \b
    Example:
        graphkit timeline Erdogan --from 2024-01-01 --type CALL --type MEET
        graphkit timeline Russia --format markdown
        graphkit timeline Russia --format png --out russia.png
    """
    from graphkit.query import timeline as actor_timeline
    from graphkit.reports import render_timeline

    with _open_store(**store_args) as store:
        rows = actor_timeline(store, x, date_from=date_from, date_to=date_to,
                              types=tuple(t.upper() for t in types))
    _emit(render_timeline(rows, fmt, title=f"Timeline of {x}"), out)


@main.command()
@click.option("--min-gap", "min_gap", type=click.IntRange(min=0), default=365, show_default=True,
              metavar="DAYS", help="The shortest silence that counts.")
@click.option("--from", "date_from", callback=_parse_date, metavar="DATE",
              help="Resumed on or after this day.")
@click.option("--to", "date_to", callback=_parse_date, metavar="DATE", help="Resumed on or before this day.")
@click.option("--countries", is_flag=True, help="Pairs of countries (any of their officials), not of actors.")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="text", show_default=True)
@store_options
def resumed(min_gap: int, date_from: date | None, date_to: date | None, countries: bool, fmt: str,
            **store_args: Any) -> None:
    """Pairs whose calls or meetings resumed after a silence of at least --min-gap days.

    \b
    Example:
        graphkit resumed --min-gap 365 --from 2025-01-01
        graphkit resumed --countries --format json
    """
    from graphkit.query import resumed_contacts
    from graphkit.reports.tables import format_resumed

    with _open_store(**store_args) as store:
        rows = resumed_contacts(store, min_gap, date_from=date_from, date_to=date_to,
                                level="country" if countries else "actor")
    click.echo(format_resumed(rows, fmt, title=f"Contacts resumed after {min_gap}+ days"), nl=False)


@main.command()
@click.argument("x")
@click.option("--depth", type=click.IntRange(1, 3), default=1, show_default=True,
              help="1: X's partners; 2: and theirs; 3: one step further.")
@click.option("--from", "date_from", callback=_parse_date, metavar="DATE", help="First day (inclusive).")
@click.option("--to", "date_to", callback=_parse_date, metavar="DATE", help="Last day (inclusive).")
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="text", show_default=True)
@store_options
def network(x: str, depth: int, date_from: date | None, date_to: date | None, fmt: str,
            **store_args: Any) -> None:
    """Who X dealt with, how often and in what way (event types, cooperation, conflict).

    \b
    Example:
        graphkit network Lavrov --from 2025-01-01
        graphkit network Russia --depth 2 --format json
    """
    from graphkit.query import actor_network
    from graphkit.reports.tables import format_network

    with _open_store(**store_args) as store:
        rows = actor_network(store, x, depth=depth, date_from=date_from, date_to=date_to)
    click.echo(format_network(rows, fmt, title=f"Network of {x}"), nl=False)


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["month", "year"]), default="month", show_default=True)
@click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="text", show_default=True)
@store_options
def summary(a: str, b: str, by: str, fmt: str, **store_args: Any) -> None:
    """Events between A and B counted by type per month or year, with the balance of
    cooperation and conflict. Countries mean all their actors ("Russia" "France").

    \b
    Example:
        graphkit summary Russia France --by year
    """
    from graphkit.query import dyad_summary
    from graphkit.reports.tables import format_summary

    with _open_store(**store_args) as store:
        rows = dyad_summary(store, a, b, by=by)
    click.echo(format_summary(rows, fmt, title=f"{a} and {b} by {by}"), nl=False)


@main.group()
def report() -> None:
    """Reports to read or paste into a brief (text, markdown, JSON, CSV, PNG, SVG, HTML).

    \b
    Example:
        graphkit report dyad Russia France --format html --out russia-france.html
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
        graphkit report dyad Putin Macron
        graphkit report dyad Russia France --format png --out russia-france.png
    """
    from graphkit.reports import build_dyad_report, render_dyad

    with _open_store(**store_args) as store:
        built = build_dyad_report(store, a, b, min_gap_days=min_gap)
    _emit(render_dyad(built, fmt), out)


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
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@store_options
def cypher(query: str, params: tuple[str, ...], write: bool, fmt: str, **store_args: Any) -> None:
    """Run an ad-hoc Cypher QUERY on Neo4j, read-only unless --write is given.

    \b
    Example:
        graphkit cypher 'MATCH (a:Actor {country: $c}) RETURN a.name' -p c=RUS
    """
    with _open_store(**store_args) as store:
        rows = store.run_cypher(query, _parse_params(params), write=write)
    click.echo(format_mapping_rows(rows, fmt), nl=False)


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--format", "fmt", default="graphml", show_default=True,
              type=click.Choice(EXPORT_FORMATS), help="The file format (csv writes a folder).")
@click.option("--actor", help="Only events of this actor (loose name).")
@click.option("--country", help="Only events with an actor of this country (ISO alpha-3).")
@click.option("--from", "date_from", callback=_parse_date, metavar="DATE")
@click.option("--to", "date_to", callback=_parse_date, metavar="DATE")
@click.option("--type", "types", multiple=True, help="Only these event types (repeatable).")
@store_options
def export(out: Path, fmt: str, actor: str | None, country: str | None, date_from: date | None,
           date_to: date | None, types: tuple[str, ...], **store_args: Any) -> None:
    """Write the graph (or a filtered part of it) to OUT for Gephi, Cytoscape, RDF tools, a browser.

    \b
    Example:
        graphkit export graph.graphml --format graphml
        graphkit export view.html --format html --country RUS --from 2025-01-01
    """
    from graphkit.export import export_graph, filter_graph

    with _open_store(**store_args) as store:
        graph = store.to_networkx()
    if actor or country or date_from or date_to or types:
        graph = filter_graph(graph, actor=actor, country=country, date_from=date_from,
                             date_to=date_to, types=tuple(t.upper() for t in types))
    summary = export_graph(graph, fmt, out)
    click.echo(f"Wrote {out}: {summary.nodes} nodes, {summary.edges} relationships ({fmt}).", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@_out_option
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

    with _open_store(**store_args) as store:
        graph = store.to_networkx()
    _emit("".join(line + "\n" for line in generate_dump(graph)), out)


@main.command("claim-check")
@click.argument("articles", nargs=-1, required=True)
@_as_of_option
@click.option("--type", "types", multiple=True, type=click.Choice(EVENT_TYPES, case_sensitive=False),
              help="Contact types that count in between (default: the claim's own type).")
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@store_options
def claim_check(articles: tuple[str, ...], as_of: date | None, types: tuple[str, ...], fmt: str,
                **store_args: Any) -> None:
    """Check each "first ... since X" claim of ARTICLES (files or article ids) against the graph.

    The articles must have been ingested. Each claim comes out confirmed, contradicted (with
    the contacts in between), unverified (no prior contact in the graph) or undated.

    \b
    Example:
        graphkit claim-check page.txt --as-of 2025-07-02
    """
    from graphkit.pipeline import claim_check_targets
    from graphkit.query import claim_check as check_claims

    with _open_store(**store_args) as store:
        rows = [row for target in claim_check_targets(articles, as_of=as_of)
                for row in check_claims(store, target, types=[t.upper() for t in types])]
    if fmt == "json":
        click.echo(to_json(rows))
        return
    table = [{"claim": r.get("evidence"), "since": r.get("since"), "status": r.get("status"),
              "prior": r.get("prior_date"),
              "in between": ", ".join(f"{c.get('type')} {c.get('date')}"
                                      for c in r.get("contacts_between") or [])}
             for r in rows]
    click.echo(format_mapping_rows(table, "text") if table else "No first-since claims found.\n",
               nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@store_options
def stats(fmt: str, **store_args: Any) -> None:
    """Count the store's nodes by label and relationships by type.

    \b
    Example:
        graphkit stats --format json
    """
    with _open_store(**store_args) as store:
        counts = store.counts()
    if fmt == "json":
        click.echo(to_json(counts))
    else:
        click.echo(format_mapping_rows([{"item": k, "count": v} for k, v in counts.items()], "text"),
                   nl=False)


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(ANSWER_FORMATS), default="text", show_default=True)
@click.option("--show-errors", is_flag=True, help="List every missed and every false event.")
def evaluate(gold_dir: Path, fmt: str, show_errors: bool) -> None:
    """Measure extraction against hand-made gold files (*.gold.json) in GOLD_DIR.

    \b
    Example:
        graphkit evaluate ../shared/corpus/dev --show-errors
    """
    from graphkit.evaluate import evaluate as run_evaluation

    report = run_evaluation(gold_dir)
    if fmt == "json":
        click.echo(to_json(report.to_dict()))
    else:
        click.echo(report.to_text(show_errors=show_errors), nl=False)
