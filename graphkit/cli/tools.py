"""The commands for Cypher, exports and the extractor's own measure: ``cypher``, ``export``,
``dump``, ``evaluate``, ``train``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import click

from graphkit.api import CypherNotice, KnowledgeGraph
from graphkit.cli import (  # noqa: I001 - the package defines these before importing this module
    EXPORT_FORMATS,
    _emit,
    _open,
    _parse_date,
    main,
    store_options,
)
from graphkit.errors import MissingParameters, QueryError, WriteRefused
from graphkit.model import EVENT_TYPES
from graphkit.reports.formats import (
    ANSWER_FORMATS,
    CYPHER_FORMATS,
    TABLE_ROWS_SHOWN,
)
from graphkit.reports.text import (
    format_cypher_rows,
    format_mapping_rows,
    to_json,
)


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
@click.option("--veto/--no-veto", default=True, show_default=True,
              help="Let the detector drop rule events it finds unlikely (--no-veto: it only adds).")
@click.option("--veto-types", "veto_types", multiple=True,
              help="Let the detector drop rule events of this type only (repeatable; with --no-veto, "
                   "every other type's events are kept).")
@click.option("--context-classes", "classes", type=click.IntRange(min=0), default=0, show_default=True,
              help="Context classes (k-means over spaCy's context vectors) the detector reads; 0: none.")
@click.option("--blend", "blend_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Earlier weights to blend the new ones with (read with their context "
                                 "classes; their thresholds kept).")
@click.option("--blend-weight", type=click.FloatRange(0.0, 1.0), default=0.5, show_default=True,
              help="The earlier weights' share of each type's score.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def train(gold_dirs: tuple[Path, ...], out: Path, seed: int | None, extra_dirs: tuple[Path, ...],
          veto: bool, veto_types: tuple[str, ...], classes: int, blend_path: Path | None,
          blend_weight: float, fmt: str) -> None:
    """Train the learned event detector on the gold folders GOLD_DIRS and write its weights.

    The articles are read where they lie; only the weights are written. The same folders
    and seed give the same weights. --extra folders (articles written for training) are
    fitted on, while the thresholds are chosen on GOLD_DIRS alone. --blend: the new weights
    read the earlier file's context classes and are averaged with it (--blend-weight its
    share), so what the earlier weights learned from news no longer at hand is kept.

    \b
    Example:
        graphkit train ../shared/corpus/train --out graphkit/models/event_detector.npz
        graphkit train ../shared/corpus/train --extra training/fictional --out /tmp/det.npz
        graphkit train news/annotated --blend graphkit/models/event_detector.npz --out /tmp/det.npz
        graphkit evaluate ../shared/corpus/dev --model /tmp/det.npz
    """
    from graphkit.progress import step_progress
    from graphkit.training import SEED, EventDetector, parse_gold_dirs, train_blended
    from graphkit.training import train as train_detector

    _check_blend_options(click.get_current_context(), blend_path, classes, veto_types)
    earlier = EventDetector.load(blend_path) if blend_path is not None else None
    folders = [str(d) for d in gold_dirs]
    with step_progress() as step:
        extra = parse_gold_dirs(list(extra_dirs), on_step=step) if extra_dirs else []
        options = {"seed": SEED if seed is None else seed, "extra": extra, "on_step": step,
                   "meta": {"trained_on": [_folder_name(d) for d in folders]
                            + [_folder_name(d) for d in extra_dirs]}}
        files = parse_gold_dirs(list(gold_dirs), on_step=step)
        if earlier is not None:
            detector = train_blended(files, earlier, blend_weight, **options)
        else:
            detector = train_detector(files, veto=frozenset(t.upper() for t in veto_types) if veto_types
                                      else veto, context_classes=classes, **options)
    detector.save(out)
    summary = {"out": str(out), **detector.meta}
    if fmt == "json":
        click.echo(to_json(summary))
    else:
        click.echo(format_mapping_rows([{"item": k, "value": v} for k, v in summary.items()], "text"),
                   nl=False)


def _check_blend_options(ctx: click.Context, blend_path: Path | None, classes: int,
                         veto_types: tuple[str, ...]) -> None:
    """Refuse the options a blend would ignore: it reads the blended file's classes and keeps
    its thresholds (veto included), and a blend weight means nothing without a blend."""
    from click.core import ParameterSource

    given = {name for name in ("veto", "blend_weight")
             if ctx.get_parameter_source(name) is not ParameterSource.DEFAULT}
    if blend_path is None:
        if "blend_weight" in given:
            raise click.UsageError("--blend-weight needs --blend FILE")
        return
    if classes:
        raise click.UsageError("--blend reads the blended file's context classes; "
                               "leave out --context-classes")
    if veto_types or "veto" in given:
        raise click.UsageError("--blend keeps the blended file's thresholds, its veto included; "
                               "leave out --veto, --no-veto and --veto-types")


def _folder_name(folder: str | Path) -> str:
    """A gold folder as the weights record it: its parent and its name ("corpus/train",
    "T/train"), enough to tell sets apart without the machine's own paths."""
    path = Path(folder).resolve()
    return f"{path.parent.name}/{path.name}"
