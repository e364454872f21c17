"""The commands that ask the graph the analyst's questions: ``first-contact``, ``contacts``,
``timeline``, ``resumed``, ``network``, ``summary``, ``report``, ``claim-check``, ``stats``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from graphkit.cli import (  # noqa: I001 - the package defines these before importing this module
    _as_of_option,
    _emit,
    _open,
    _out_option,
    _page,
    _page_options,
    _parse_date,
    main,
    store_options,
)
from graphkit.model import EVENT_SOURCES, EVENT_TYPES
from graphkit.reports.formats import (
    ANSWER_FORMATS,
    REPORT_FORMATS,
    ROWS_FORMATS,
)
from graphkit.reports.text import (
    format_counts,
    format_events,
    format_first_contact,
)


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
