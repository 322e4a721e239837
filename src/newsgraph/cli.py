"""The ``newsgraph`` command: a thin face over the library (parse, call one function, format).

``newsgraph [--db PATH] [--model NAME] [-v] COMMAND``. Query commands print tables for people and JSON lines
with ``--json``. Every :class:`~newsgraph.errors.NewsgraphError` becomes one line on stderr and exit status 1;
usage errors exit with 2; ``ingest`` and ``extract`` exit with 1 when any input failed.

>>> from click.testing import CliRunner
>>> CliRunner().invoke(main, ["--help"]).exit_code
0
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from newsgraph import __version__, config
from newsgraph.errors import InputError, NewsgraphError, StoreError

log = logging.getLogger("newsgraph")


@dataclass(frozen=True, slots=True)
class Settings:
    """What the top-level options set for every command."""

    db: str
    model: str | None


class _Group(click.Group):
    """A group that turns our errors into one line on stderr (no traceback) and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a newsgraph error is one line on stderr and exit status 1."""
        try:
            return super().invoke(ctx)
        except NewsgraphError as exc:
            click.echo(f"newsgraph: error: {exc}", err=True)
            ctx.exit(1)
        except BrokenPipeError:  # output piped into `head` and the like
            sys.stderr.close()
            ctx.exit(0)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Log lines to whatever ``sys.stderr`` is at the moment ("newsgraph: warning: ...")."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("newsgraph: %(levelname)s: %(message)s"))

    @property  # type: ignore[override]
    def stream(self) -> Any:
        """The current ``sys.stderr`` (tests and pipes replace it)."""
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        """Ignored: the stream is always the current ``sys.stderr``."""

    def format(self, record: logging.LogRecord) -> str:
        """The record with its level in lower case ("warning"), leaving the original untouched."""
        mine = logging.makeLogRecord(record.__dict__)  # other handlers keep the original
        mine.levelname = record.levelname.lower()
        return super().format(mine)


def _logging(verbose: int) -> None:
    """Warnings by default; -v adds what newsgraph does, -vv debug output of every library."""
    root = logging.getLogger()
    if not any(isinstance(h, _StderrHandler) for h in root.handlers):
        root.addHandler(_StderrHandler())
    root.setLevel(logging.DEBUG if verbose >= 2 else logging.WARNING)
    log.setLevel(logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG)
    logging.getLogger("trafilatura").setLevel(logging.ERROR if verbose < 2 else logging.DEBUG)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", default=config.default_db, show_default="newsgraph.db or $NEWSGRAPH_DB",
              help="Database: a SQLite file, or a postgresql:// URL.")
@click.option("--model", default=None,
              help="spaCy pipeline to use (default: the best installed; $NEWSGRAPH_MODEL).")
@click.option("-v", "--verbose", count=True, help="More output on stderr (-v: progress notes, -vv: debug).")
@click.version_option(__version__, prog_name="newsgraph")
@click.pass_context
def main(ctx: click.Context, db: str, model: str | None, verbose: int) -> None:
    """newsgraph: who met whom, who said what, what happened where and when, with evidence."""
    _logging(verbose)
    ctx.obj = Settings(db=db, model=model)


def _open(ctx: click.Context, *, create: bool = False) -> Any:
    """The store of ``--db``; query commands refuse to create a new, empty one."""
    from newsgraph.store import Store

    settings: Settings = ctx.obj
    is_url = "://" in settings.db
    if not create and not is_url and settings.db != ":memory:" and not Path(settings.db).exists():
        raise StoreError(f"no database at {settings.db} (run `newsgraph ingest` first, or pass --db)")
    store = Store.open(settings.db)
    ctx.call_on_close(store.close)
    return store


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from newsgraph.ingest import normalize_published

    if value is None:
        return None
    try:
        return normalize_published(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _actors(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """Use an actor dictionary (docs/entities.md) for this run; a bad file is one clear error."""
    if value is not None:
        from newsgraph.resolve.actors import set_actor_file

        set_actor_file(value)


def _console() -> Console:
    """Where tables go: the terminal at its width; pipes and files at 120 columns (or $COLUMNS)."""
    piped = not sys.stdout.isatty() and "COLUMNS" not in os.environ
    return Console(width=120 if piped else None)


def _print_json(rows: Iterable[Any]) -> None:
    for row in rows:
        click.echo(json.dumps(row.to_dict(), ensure_ascii=False))


def _report_failures(failed: Iterable[InputError]) -> None:
    for err in failed:
        click.echo(f"failed: {err}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_published, help="Publication date for every article read (ISO).")
@click.option("--source", help="Outlet name for every article read.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes running the pipeline.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
              help="Articles per pipeline batch.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the pipeline runs: this machine, or a Dask cluster.")
@click.option("--scheduler", help="Dask scheduler address (with --engine dask; default: a local cluster).")
@click.option("--shards", type=click.Path(file_okay=False), help="Folder for Dask result shards (kept).")
@click.option("--actors", type=click.Path(dir_okay=False), callback=_actors, expose_value=False,
              help="Actor dictionary (YAML or CSV: name, aliases, type, country, sector, Wikidata id).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], published: str | None, source: str | None,
           workers: int, batch_size: int, engine: str, scheduler: str | None, shards: str | None) -> None:
    """Read articles and store their facts.

    PATHS are files (.txt, .html, .json, .jsonl, .warc, also gzipped), folders (read recursively) or - for
    standard input (docs/ingest.md). Articles already stored are skipped, unless a copy adds metadata the
    stored one lacks (a publication date): then the stored article is processed again and updated. Prints a
    summary; exit status 1 when any input failed.
    """
    from newsgraph.engines.base import EngineOptions
    from newsgraph.engines.ingest import ingest_paths
    from newsgraph.ingest import Overrides

    store = _open(ctx, create=True)
    options = EngineOptions(workers=workers, batch_size=batch_size, model=ctx.obj.model)
    run: dict[str, Any] = {"overrides": Overrides(published=published, source=source), "engine": engine,
                           "scheduler": scheduler, "shard_dir": shards}
    if sys.stderr.isatty():
        from newsgraph.engines.progress import IngestProgress
        from newsgraph.ingest.count import count_articles

        with IngestProgress(total=count_articles(paths)) as bar:
            result = ingest_paths(paths, store, options, on_progress=bar, **run)
    else:
        result = ingest_paths(paths, store, options, **run)
    _report_failures(result.report.failed)
    click.echo(result.report.summary())
    ctx.exit(0 if result.report.ok else 1)


@main.command()
@click.argument("ids", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every stored article.")
@click.option("--actors", type=click.Path(dir_okay=False), callback=_actors, expose_value=False,
              help="Actor dictionary (YAML or CSV), as for ingest.")
@click.pass_context
def reprocess(ctx: click.Context, ids: tuple[str, ...], every: bool) -> None:
    """Process stored articles again and replace their facts.

    IDS are article ids (as `export` and the web pages show them), or --all. Each article is processed with
    its stored metadata and its facts replaced in one transaction (docs/ingest.md). Prints a summary; exit
    status 1 when an id is not stored.
    """
    from newsgraph.ingest.run import default_processor, reprocess_ids

    if not ids and not every:
        raise click.UsageError("give article ids, or --all")
    store = _open(ctx)
    report = reprocess_ids(store.article_ids() if every else ids, store,
                           processor=default_processor(ctx.obj.model))
    _report_failures(report.failed)
    click.echo(report.summary())
    ctx.exit(0 if report.ok else 1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_published, help="Publication date for every article read (ISO).")
@click.option("--source", help="Outlet name for every article read.")
@click.option("--actors", type=click.Path(dir_okay=False), callback=_actors, expose_value=False,
              help="Actor dictionary (YAML or CSV), as for ingest.")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], published: str | None, source: str | None) -> None:
    """Print the facts of articles as JSON lines; store nothing.

    One JSON object per article, as in docs/export.md (without global ids). Exit status 1 when any input
    failed.
    """
    from newsgraph.export.json import article_record
    from newsgraph.ingest import Overrides, read_paths
    from newsgraph.ingest.run import default_processor, extract_items

    failed: list[InputError] = []
    items = read_paths(paths, Overrides(published=published, source=source))
    for item in extract_items(items, processor=default_processor(ctx.obj.model)):
        if isinstance(item, InputError):
            failed.append(item)
            click.echo(f"failed: {item}", err=True)
        else:
            click.echo(json.dumps(article_record(item), ensure_ascii=False))
    ctx.exit(1 if failed else 0)


@main.group(invoke_without_command=True)
@click.option("--type", "etype", help="PERSON, ORG, GPE, LOC, NORP, FAC or OTHER.")
@click.option("--name", help="Part of a name or alias (any case).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (most-cited first).")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@click.option("--explain", metavar="NAME", help="Why the entities called NAME (or this id) are as they are.")
@click.pass_context
def entities(ctx: click.Context, etype: str | None, name: str | None, limit: int | None,
             as_json: bool, explain: str | None) -> None:
    """Entities across all articles, most-cited first; merge, split, undo decisions on them."""
    from newsgraph.cli_render import entities_table
    from newsgraph.query import list_entities

    if ctx.invoked_subcommand is not None:
        return
    if explain:
        from newsgraph.cli_entities import explanations, print_explanation

        for info in explanations(_open(ctx), explain):
            click.echo(json.dumps(info.to_dict(), ensure_ascii=False)) if as_json else print_explanation(info)
        return

    rows = list_entities(_open(ctx), type=etype, name=name, limit=limit)
    if as_json:
        _print_json(rows)
    else:
        _console().print(entities_table(rows))


def _add_entity_commands() -> None:
    from newsgraph.cli_entities import add_entity_commands

    add_entity_commands(entities, _open)


_add_entity_commands()


@main.command()
@click.option("--entity", help="Only events this entity (a name or alias) took part in.")
@click.option("--since", help="Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Only events on or before this date.")
@click.option("--type", "etype", help="PLOVER event type (CONSULT, ASSAULT, ...).")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@click.option("--explain", metavar="ID", help="Why this event is one event: its reports and merges.")
@click.pass_context
def events(ctx: click.Context, entity: str | None, since: str | None, until: str | None, etype: str | None,
           as_json: bool, explain: str | None) -> None:
    """Events merged across articles, with their evidence."""
    from newsgraph.cli_render import events_table
    from newsgraph.query import list_events

    if explain:
        from newsgraph.query.stories import explain_event

        click.echo(explain_event(_open(ctx), explain))
        return
    rows = list_events(_open(ctx), entity=entity, since=since, until=until, type=etype)
    if as_json:
        _print_json(rows)
    else:
        _console().print(events_table(rows))


@main.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="The article's export record (docs/export.md).")
@click.pass_context
def article(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """One stored article: its text, and its publication date with how it was obtained.

    An inferred date names its source (date line, address, wire dateline, ...) and its evidence is
    highlighted in the text; the dates counted from it, and the events it dates, are listed.
    """
    from newsgraph.cli_render import article_view
    from newsgraph.query.browse import article_view as stored_article

    view = stored_article(_open(ctx), article_id)
    if as_json:
        from newsgraph.export.json import article_record

        click.echo(json.dumps(article_record(view.article, view.links), ensure_ascii=False))
    else:
        _console().print(article_view(view.article))


@main.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@click.pass_context
def story(ctx: click.Context, names: tuple[str, ...], as_json: bool) -> None:
    """The events all the named entities took part in, in date order ("story Munir Blinken")."""
    from newsgraph.cli_render import events_table
    from newsgraph.query.stories import story as story_of

    rows = story_of(_open(ctx), names)
    if as_json:
        _print_json(rows)
    else:
        _console().print(events_table(rows, title=f"{len(rows)} events of {' and '.join(names)}"))


@main.command()
@click.option("--speaker", help="Only quotes of this speaker (a name, alias or the words naming a source).")
@click.option("--about", help="Only quotes whose words or sentence mention this entity.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@click.pass_context
def quotes(ctx: click.Context, speaker: str | None, about: str | None, as_json: bool) -> None:
    """Who said what, in publication order."""
    from newsgraph.cli_render import quotes_table
    from newsgraph.query import list_quotes

    rows = list_quotes(_open(ctx), speaker=speaker, about=about)
    if as_json:
        _print_json(rows)
    else:
        _console().print(quotes_table(rows))


@main.command()
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of a table.")
@click.pass_context
def timeline(ctx: click.Context, name: str, as_json: bool) -> None:
    """The dated events of one entity, in date order.

    NAME is a name or alias of the entity, in any case ("asim munir", "Gen Munir", "the army chief").
    """
    from newsgraph.cli_render import timeline_table
    from newsgraph.query import timeline as build_timeline

    tl = build_timeline(_open(ctx), name)
    if as_json:
        _print_json([tl])
    else:
        _console().print(timeline_table(tl))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "graphml", "gexf", "parquet"]),
              default="json", show_default=True,
              help="json: one object per article; csv: the event table; graphml/gexf: the who-met-whom "
                   "network; parquet: a folder of tables (docs/export.md).")
@click.option("-o", "--output", type=click.Path(writable=True),
              help="File to write (default: stdout); a folder for parquet; needed by graphml, gexf, parquet.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: str | None) -> None:
    """Export what the store holds: articles with their facts, the event table, the network, or tables."""
    from newsgraph.export.json import export_store

    store = _open(ctx)
    if fmt in ("graphml", "gexf", "parquet"):
        if output is None:
            raise click.UsageError(f"--format {fmt} needs -o/--output")
        click.echo(_export_to(store, fmt, output), err=True)
        return
    write = export_store if fmt == "json" else _events_csv
    noun = "articles" if fmt == "json" else "events"
    if output is None:
        write(store, sys.stdout)
        return
    with open(output, "w", encoding="utf-8", newline="") as out:
        n = write(store, out)
    click.echo(f"exported {n} {noun} to {output}", err=True)


def _events_csv(store: Any, out: Any) -> int:
    from newsgraph.export.csv import write_events_csv

    return write_events_csv(store, out)


def _export_to(store: Any, fmt: str, output: str) -> str:
    """Write a graph file or the Parquet folder; the line saying what was written."""
    if fmt == "parquet":
        from newsgraph.export.parquet import write_parquet

        counts = write_parquet(store, output)
        tables = ", ".join(f"{k} {v}" for k, v in counts.items())
        return f"exported {len(counts)} tables to {output}: {tables}"
    from newsgraph.export.graph import write_graph

    nodes, edges = write_graph(store, output, fmt)
    return f"exported {nodes} entities and {edges} links to {output}"


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port.")
@click.option("--token", help="Bearer token every request must carry (default: $NEWSGRAPH_TOKEN); needed "
                              "to serve on a non-loopback --host, and for writes.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token: str | None) -> None:
    """Serve the web pages and the JSON API (/api, OpenAPI at /api/openapi.json) over --db."""
    import uvicorn

    from newsgraph.api import create_app
    from newsgraph.api.guard import check_bind, token_from_env

    token = token_from_env(token)
    check_bind(host, token)
    app = create_app(ctx.obj.db, token=token, loopback_hosts_only=token is None)
    click.echo(f"newsgraph: serving {ctx.obj.db} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    # Idle keep-alive connections stay open 30 s (not uvicorn's 5 s): under load, a client whose next request
    # crosses the server's close of its connection gets a reset; a longer timeout makes that race rare.
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)


@main.command()
@click.argument("name")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="The HTML file to write.")
@click.pass_context
def report(ctx: click.Context, name: str, output: str) -> None:
    """Write a static HTML report (no server needed) of an entity (a name or id) or a story (an event id)."""
    from newsgraph.export.report import write_report

    path = write_report(_open(ctx), name, output)
    click.echo(f"wrote {path}", err=True)


def _floors(ctx: click.Context, param: click.Parameter,
            values: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """``KIND.METRIC=VALUE`` options as ``{kind: {metric: value}}``."""
    floors: dict[str, dict[str, float]] = {}
    for item in values:
        key, _, value = item.partition("=")
        kind, _, metric = key.partition(".")
        try:
            floors.setdefault(kind, {})[metric] = float(value)
        except ValueError:
            raise click.BadParameter(f"{item!r} is not KIND.METRIC=VALUE") from None
        if not kind or not metric:
            raise click.BadParameter(f"{item!r} is not KIND.METRIC=VALUE")
    return floors


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@click.option("--kind", "kinds", multiple=True, help="Score only these kinds (timex, quote, event, entity).")
@click.option("--floor", "floors", multiple=True, callback=_floors,
              help="KIND.METRIC=VALUE: exit with status 1 when the figure is below it (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.pass_context
def eval_(ctx: click.Context, gold: tuple[str, ...], kinds: tuple[str, ...],
          floors: dict[str, dict[str, float]], as_json: bool) -> None:
    """Score the extractors against gold files or folders (docs/evaluation.md)."""
    from newsgraph.evaluate.runner import below_floors, format_report, run_eval
    from newsgraph.nlp import build_pipeline

    report = run_eval(gold, kinds or None, nlp=build_pipeline(ctx.obj.model))
    click.echo(json.dumps(report, indent=2) if as_json else format_report(report))
    failures = below_floors(report, floors)
    for line in failures:
        click.echo(f"below floor: {line}", err=True)
    ctx.exit(1 if failures else 0)
