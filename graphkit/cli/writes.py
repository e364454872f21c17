"""The commands that read news or event data into the store, or take it out: ``extract``,
``ingest``, ``load``, ``import``, ``forget``, ``reindex``."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from graphkit.api import KnowledgeGraph
from graphkit.cli import (  # noqa: I001 - the package defines these before importing this module
    _as_of_option,
    _encoding_option,
    _jobs_option,
    _n,
    _open,
    _paths_argument,
    main,
    store_options,
)
from graphkit.imports import IMPORT_FORMATS
from graphkit.model import Extraction
from graphkit.reports.formats import (
    ANSWER_FORMATS,
    EXTRACT_FORMATS,
)
from graphkit.reports.text import (
    extraction_lines,
    format_extractions,
    format_forgotten,
)


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
