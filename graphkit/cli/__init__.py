"""The ``graphkit`` command line: a thin layer over the library.

Each command parses its options, makes one call on a :class:`graphkit.api.KnowledgeGraph`
(``graphkit.open(...)``) and prints the result through :mod:`graphkit.reports`. Errors from
the library (:class:`graphkit.errors.GraphkitError`) become one line on stderr and a
non-zero exit; nothing else in the package prints.

This module holds the ``main`` group and the options and helpers the commands share; the
commands are in :mod:`~graphkit.cli.writes` (reading news and data in, taking it out),
:mod:`~graphkit.cli.ask` (the analyst's questions) and :mod:`~graphkit.cli.tools` (Cypher,
exports, evaluation and training).
"""

from __future__ import annotations

import functools
import logging
from datetime import date
from pathlib import Path
from typing import Any

import click

from graphkit.api import KnowledgeGraph, check_server_uri
from graphkit.api import open as open_graph
from graphkit.errors import GraphkitError, one_line
from graphkit.export import FORMATS as _EXPORT_FORMATS
from graphkit.reports.text import counted

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

_n = counted  # (short: many summaries below)

# the commands join `main` as their modules load (each imports the names above)
from graphkit.cli import ask, tools, writes  # noqa: E402, F401
