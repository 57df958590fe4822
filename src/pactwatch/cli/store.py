"""Store commands: ``ingest``, ``db``, and the queries ``events``, ``entities``, ``entity``,
``quotes``, ``search``, ``show``."""
from __future__ import annotations

import json
import sys
from collections import Counter
from typing import TYPE_CHECKING

import click

from ..errors import StoreError, StoreMissingError
from ..model import ENTITY_KINDS, RawDocument, Rejection, Skipped
from ..provenance import offsets_into
from .common import (
    EXIT_REFUSED,
    ProgramFailed,
    db_option,
    echo_err,
    emit_rows,
    format_options,
    guarded,
    settings_from,
    to_json,
)
from .progress import Progress

if TYPE_CHECKING:
    from ..store import Store


def store_url(db: str | None) -> str:
    """The store a command uses: ``--db`` when given, else the settings' ``db`` (environment,
    config file), else the default file."""
    from ..store import (
        database_url,  # the store (SQLAlchemy) loads when a command needs it: --help stays fast
    )

    return database_url(settings_from(db=db).db)


def _store(db: str | None, create: bool = False) -> Store:
    """The store for a command; only ``create=True`` (ingest, run, db upgrade) makes a missing one.

    A missing store is a usage error (exit 2) naming the path; a store that cannot be
    opened is a failure (exit 3)."""
    from ..crossdoc.records import gazetteer_lookup
    from ..store import open_store

    try:
        return open_store(store_url(db), create=create, lookup=gazetteer_lookup)
    except StoreMissingError as exc:
        raise click.UsageError(str(exc)) from exc
    except StoreError as exc:
        raise ProgramFailed(str(exc)) from exc


limit_option = click.option("--limit", type=click.IntRange(1), default=None,
                            help="At most this many rows (default: the settings' query_limit, 1000).")


def query_limit(limit: int | None) -> int:
    """``--limit`` when given, else the settings' ``query_limit``."""
    return limit if limit is not None else settings_from().query_limit


def _quiet(ctx: click.Context) -> bool:
    return bool(ctx.obj.get("quiet", False)) if ctx.obj else False


@click.command("ingest")
@click.argument("paths", nargs=-1, required=False)
@db_option
@click.option("--reanalyse", is_flag=True, help="Run the current pipeline again on every stored document.")
@click.option("--stale-only", is_flag=True,
              help="With --reanalyse: only the documents an older pipeline version analysed.")
@click.option("-j", "--processes", "n_process", type=click.IntRange(1, 64), default=None, help="Worker processes.")
@click.option("--batch", type=click.IntRange(1, 10_000), default=25, show_default=True,
              help="Articles per transaction.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON on stdout.")
@click.pass_context
@guarded
def ingest_cmd(ctx: click.Context, paths: tuple[str, ...], db: str | None, reanalyse: bool, stale_only: bool,
               n_process: int | None, batch: int, as_json: bool) -> None:
    """Analyse articles and store them and their facts, exactly once.

    PATHS are text, HTML, JSON Lines or WARC (.warc, .warc.gz) files, directories,
    or - for stdin. A document already stored (same content) is skipped, so running
    an ingest again, or after it was interrupted, adds only what is missing.
    Exits 1 when any input was refused; refusals are kept in the runs table.
    After the pipeline changed (a new version), --reanalyse runs it again on what is
    stored; each document keeps its old facts until its new ones are committed.

    \b
    Example:
      pactwatch ingest corpus/seeds
      pactwatch ingest crawl.warc.gz --db postgresql://pactwatch@localhost/pactwatch
      pactwatch ingest --reanalyse --stale-only
    """
    from ..ingest import ingest  # the pipeline (spaCy) loads when the command runs
    from ..ingest import reanalyse as reanalyse_store

    quiet = _quiet(ctx)
    if not paths and not reanalyse:
        raise click.UsageError("give PATH... to ingest, or --reanalyse")
    settings = settings_from(ctx, n_process=n_process)
    store = _store(db, create=True)
    with Progress("reanalysing" if reanalyse else "ingesting", quiet) as progress:
        def on_item(item) -> None:
            progress.advance()
            if isinstance(item, Skipped):
                return
            if isinstance(item, Rejection):
                progress.log(f"refused: {item.message()}")

        if reanalyse:
            summary = reanalyse_store(store, settings, on_item=on_item, stale_only=stale_only)
        else:
            summary = ingest(list(paths), store, settings, stdin=sys.stdin.buffer, batch=batch, on_item=on_item)
    if not reanalyse:
        _hint_stale(store, quiet)
    counts = summary.counts()
    if as_json:
        click.echo(json.dumps({"run": summary.run_id, **counts}))
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary.refused_by_reason().items()))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(Counter(x.reason for x in summary.not_documents).items()))
    echo_err(f"run {summary.run_id}: read {summary.read}, stored {summary.stored}, already stored {summary.skipped}, "
             f"refused {len(summary.refused)}" + (f" ({reasons})" if reasons else "")
             + (f", skipped {len(summary.not_documents)} ({kinds})" if kinds else ""), quiet)
    if summary.refused:
        ctx.exit(EXIT_REFUSED)


def _hint_stale(store, quiet: bool) -> None:
    """Tell the user when stored documents were analysed by another pipeline version."""
    from ..pipeline import PIPELINE_VERSION

    stale = store.stale_documents(PIPELINE_VERSION)
    if stale:
        echo_err(f"{stale} stored documents were analysed by another pipeline version than {PIPELINE_VERSION}; "
                 "`pactwatch ingest --reanalyse --stale-only` brings their facts up to date", quiet)


@click.group("db")
def db_group() -> None:
    """Manage the store: schema migrations and what it holds.

    \b
    Example:
      pactwatch db upgrade --db pactwatch.db
      pactwatch db info --json
    """


@db_group.command("upgrade")
@db_option
@guarded
def db_upgrade(db: str | None) -> None:
    """Apply the missing schema migrations (safe to run again).

    \b
    Example:
      pactwatch db upgrade --db postgresql://pactwatch@localhost/pactwatch
    """
    from ..store import open_store

    try:
        store = open_store(store_url(db), upgrade=False)
        applied = store.upgrade()
    except StoreError as exc:
        raise ProgramFailed(str(exc)) from exc
    click.echo(f"schema version {store.schema_version()}" + (f" (applied {applied})" if applied else " (up to date)"))


@db_group.command("info")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@guarded
def db_info(db: str | None, as_json: bool) -> None:
    """Rows per table and the schema version.

    \b
    Example:
      pactwatch db info
    """
    store = _store(db)
    counts = {"schema_version": store.schema_version(), **store.counts()}
    if as_json:
        click.echo(json.dumps(counts))
    else:
        emit_rows([{"table": k, "rows": v} for k, v in counts.items()], ["table", "rows"], False, False)


EVENT_COLUMNS = ["id", "reported", "when", "type", "status", "actors", "targets", "asserted_by", "evidence"]


@click.command("entities")
@db_option
@click.option("--kind", type=click.Choice(ENTITY_KINDS))
@click.option("--search", help="Part of a name or alias (accents and case ignored).")
@limit_option
@format_options
@guarded
def entities_cmd(db, kind, search, limit, as_json, as_csv) -> None:
    """List entities with their aliases and how often they appear.

    \b
    Example:
      pactwatch entities --kind org
      pactwatch entities --search turk --json
    """
    store = _store(db)
    emit_rows(store.entities(kind=kind, search=search, limit=query_limit(limit)),
              ["id", "kind", "name", "aliases", "documents", "events"], as_json, as_csv, title="entities")


@click.command("entity")
@click.argument("name")
@db_option
@click.option("--as-of", help="Only what was reported on or before this date (memberships, roles).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@guarded
def entity_cmd(name: str, db, as_of, as_json) -> None:
    """Everything about one entity: aliases, roles, memberships, events, quotes.

    \b
    Example:
      pactwatch entity OTS
      pactwatch entity "Organization of Turkic States" --as-of 2026-01-31 --json
    """
    store = _store(db)
    info = store.entity(name, as_of=as_of)
    if info is None:
        raise click.ClickException(f"no entity matches {name!r}; try `pactwatch entities --search {name!r}`")
    if as_json:
        click.echo(to_json(info))
        return
    from rich.console import Console

    con = Console(markup=False, highlight=False)
    con.print(f"{info['name']}  ({info['id']}, {info['kind']})")
    if info["aliases"]:
        con.print("aliases: " + ", ".join(info["aliases"]))
    if as_of:
        con.print(f"as of {as_of}")
    emit_rows(info["relations"], ["subject_name", "relation", "object_name", "first_reported", "last_reported",
                                  "documents"], False, False, title="memberships and offices")
    emit_rows(info["roles"], ["person_name", "title", "of", "reported", "doc"], False, False, title="roles")
    emit_rows(info["events"], EVENT_COLUMNS, False, False, title="events")
    emit_rows(info["quotes"], ["reported", "speaker", "text", "doc"], False, False, title="quotes")


@click.command("quotes")
@db_option
@click.option("--speaker", help="Who said it: id or any name/alias.")
@click.option("--search", help="Words in the quotation (full-text).")
@limit_option
@format_options
@guarded
def quotes_cmd(db, speaker, search, limit, as_json, as_csv) -> None:
    """List direct quotations with their speakers.

    \b
    Example:
      pactwatch quotes --speaker Aliyev
      pactwatch quotes --search "military alliance" --json
    """
    store = _store(db)
    emit_rows(store.quotes(speaker=speaker, search=search, limit=query_limit(limit)),
              ["reported", "speaker", "text", "doc", "publisher"], as_json, as_csv, title="quotes")


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@format_options
@guarded
def search_cmd(query: str, db, limit, as_json, as_csv) -> None:
    """Full-text search over article text and evidence sentences.

    Words must all appear; "quoted words" must appear together.

    \b
    Example:
      pactwatch search "joint exercises"
      pactwatch search Gabala --json
    """
    store = _store(db)
    emit_rows(store.search(query, limit=limit), ["kind", "id", "doc", "published", "title", "text"], as_json, as_csv,
              title=f"search: {query}")


@click.command("show")
@click.argument("event_id", type=int)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@guarded
def show_cmd(event_id: int, db, as_json) -> None:
    """One event with its evidence sentence and its article's title, publisher and date.

    \b
    Example:
      pactwatch show 12
    """
    store = _store(db)
    ev = store.show(event_id)
    if ev is None:
        raise click.ClickException(f"no event {event_id}; list them with `pactwatch events`")
    where = offsets_into(RawDocument(ev.doc, ev.source, "", ev.fmt, ev.hints))
    if as_json:
        click.echo(to_json({**ev, "offsets_into": where}))
        return
    names = ev.names

    def n(x: str | None) -> str:
        return f"{names.get(x, x)} ({x})" if x else "-"

    lines = [
        f"event {ev['id']}: {ev['type']} / {ev['status']}",
        f"  actors:      {', '.join(n(a) for a in ev['actors']) or '-'}",
        f"  targets:     {', '.join(n(t) for t in ev['targets']) or '-'}",
        f"  when:        {ev['when'] or '-'}   where: {n(ev['where'])}",
        f"  asserted by: {n(ev['asserted_by'])}",
    ]
    if ev["agreement"]:
        lines.append(f"  agreement:   {n(ev['agreement'])}   provisions: {', '.join(ev['provisions']) or '-'}")
    if ev["sectors"]:
        lines.append(f"  sectors:     {', '.join(ev['sectors'])}")
    lines += [
        f"  evidence:    “{ev['evidence']}”",
        f"  article:     {ev['title'] or ev['doc']} — {ev['publisher'] or 'unknown publisher'}, {ev['reported'] or 'undated'}",
        f"  document:    {ev['doc']}",
        f"  url:         {ev['url'] or '-'}",
        f"  source:      {ev['source']} [{ev['start']}:{ev['end']}] ({where})",
        f"  slice:       “{ev['original']}”" if ev["original"] is not None else
        "  slice:       - (the sentence could not be located in the original)",
    ]
    click.echo("\n".join(lines))


COMMANDS = [ingest_cmd, db_group, entities_cmd, entity_cmd, quotes_cmd, search_cmd, show_cmd]
