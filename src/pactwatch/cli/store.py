"""Store commands: ``ingest``, ``db``, and the queries ``entities``, ``entity``, ``quotes``,
``search``, ``show`` (``events`` is in :mod:`.analysis`, with the analyst's other questions)."""
from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

import click

from ..errors import StoreError, StoreMissingError
from ..model import ENTITY_KINDS, RawDocument, Rejection, Skipped
from ..provenance import offsets_into
from .analysis import resolve_name
from .common import (
    EXIT_REFUSED,
    ProgramFailed,
    db_option,
    echo_err,
    guarded,
    quiet_of,
    settings_from,
    to_json,
)
from .options import (
    DATE,
    DATE_FORMS,
    echo_note,
    effective_limit,
    limit_options,
    output_options,
    shown_note,
    summary_line,
)
from .progress import Progress, count_inputs
from .render import ENTITY_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, Column, emit
from .scale import load_parquet

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
@click.option("--from-parquet", default=None, metavar="DIR|URL",
              help="Load the Parquet shards of `extract --engine ray` (analysed already) instead of PATHS.")
@click.pass_context
@guarded
def ingest_cmd(ctx: click.Context, paths: tuple[str, ...], db: str | None, reanalyse: bool, stale_only: bool,
               n_process: int | None, batch: int, as_json: bool, from_parquet: str | None) -> None:
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
      pactwatch ingest --from-parquet facts/ --db my.db
    """
    from ..ingest import ingest  # the pipeline (spaCy) loads when the command runs
    from ..ingest import reanalyse as reanalyse_store

    if from_parquet:  # shards of the Ray engine: stored with duplicates and stories, as below
        if paths or reanalyse:
            raise click.UsageError("--from-parquet loads shards: give no PATH and no --reanalyse with it")
        load_parquet(ctx, from_parquet, db, batch, as_json)
        return
    quiet = quiet_of(ctx)
    if not paths and not reanalyse:
        raise click.UsageError("give PATH... to ingest, or --reanalyse")
    settings = settings_from(ctx, n_process=n_process)
    store = _store(db, create=True)
    if reanalyse:
        from ..pipeline import PIPELINE_VERSION

        total: int | None = store.stale_documents(PIPELINE_VERSION) if stale_only else store.counts()["documents"]
    else:
        total = count_inputs(list(paths))  # None when it cannot be known cheaply (stdin, WARC)
    with Progress("reanalysing" if reanalyse else "ingesting", quiet, total=total) as progress:
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
    if as_json:  # the words of the line on stderr: already stored (same content), skipped (no documents)
        click.echo(json.dumps(summary.report()))
    echo_err(summary_line(summary), quiet)
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
    done = (f"applied migration{'s' if len(applied) > 1 else ''} {', '.join(str(v) for v in applied)}" if applied
            else "up to date")
    click.echo(f"schema version {store.schema_version()} ({done})")


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
        emit([{"table": k, "rows": v} for k, v in counts.items()],
             (Column("table", "Table"), Column("rows", "Rows", "number")))


@click.command("entities")
@db_option
@click.option("--kind", type=click.Choice(ENTITY_KINDS))
@click.option("--search", help="Part of a name or alias (accents and case ignored).")
@limit_options
@output_options(ids=False)
@click.pass_context
@guarded
def entities_cmd(ctx, db, kind, search, limit, all_rows, as_json, as_csv) -> None:
    """List entities with their aliases and how often they appear.

    \b
    Example:
      pactwatch entities --kind org
      pactwatch entities --search turk --json
    """
    quiet = quiet_of(ctx)
    store = _store(db)
    rows = store.entities(kind=kind, search=search, limit=None)
    shown = rows[:effective_limit(limit, all_rows)]
    emit(shown, ENTITY_COLUMNS, as_json=as_json, as_csv=as_csv, title="entities")
    if not rows and search:
        resolve_name(store, search, "--search", quiet)  # says so, with the nearest names
    echo_note(shown_note(len(shown), len(rows), "entity"), quiet)


@click.command("entity")
@click.argument("name")
@db_option
@click.option("--as-of", type=DATE, default=None,
              help="Only what was reported up to this date, included (memberships, roles): " + DATE_FORMS + ".")
@click.option("--json", "--jsonl", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
@guarded
def entity_cmd(ctx, name: str, db, as_of, as_json) -> None:
    """Everything about one entity: aliases, roles, memberships, events, quotes.

    A name that matches nothing is said with the nearest known names (exit 1); a near
    spelling of one name ("Trukey") is taken as it, and said.

    \b
    Example:
      pactwatch entity OTS
      pactwatch entity "Organization of Turkic States" --as-of 2026-01-31 --json
    """
    store = _store(db)
    as_of_day = as_of.end.isoformat() if as_of else None
    info = store.entity(name, as_of=as_of_day)
    if info is None:
        ids = resolve_name(store, name, "entity", quiet_of(ctx), people=False)
        info = store.entity(sorted(ids)[0], as_of=as_of_day) if ids else None
    if info is None:  # resolve_name said so on stderr, with the nearest names
        raise click.exceptions.Exit(1)
    from ..store.reviews import apply, current_reviews

    info = {**info, "events": apply(list(info["events"]), current_reviews(store, "event"))}  # as reviewed
    if as_json:
        click.echo(to_json(info))
        return
    from rich.console import Console

    con = Console(markup=False, highlight=False)
    con.print(f"{info['name']}  ({info['id']}, {info['kind']})")
    if info["aliases"]:
        con.print("also called: " + ", ".join(info["aliases"]))
    if as_of:
        con.print(f"as of {as_of_day}")
    names = store.names({x for e in info["events"] for x in [*e["actors"], *e["targets"], e["asserted_by"]] if x}
                        | {q["speaker"] for q in info["quotes"] if q["speaker"]})
    emit(info["relations"], (Column("subject_name", "Who"), Column("relation", "Relation"),
                             Column("object_name", "Of"), Column("first_reported", "First reported"),
                             Column("last_reported", "Last reported"), Column("documents", "Documents", "number")),
         title="memberships and offices")
    emit(info["roles"], (Column("person_name", "Person"), Column("title", "Title"), Column("of", "Of", "entity"),
                         Column("reported", "Reported"), Column("doc", "Document")),
         names=store.names({r["of"] for r in info["roles"] if r["of"]}), title="roles")
    emit(info["events"], EVENT_COLUMNS, names=names, title="events")
    emit(info["quotes"], QUOTE_COLUMNS, names=names, title="quotes")


@click.command("quotes")
@db_option
@click.option("--speaker", help="Who said it: id or any name/alias (a near spelling is taken and said).")
@click.option("--search", help="Words in the quotation (full-text).")
@limit_options
@output_options()
@click.pass_context
@guarded
def quotes_cmd(ctx, db, speaker, search, limit, all_rows, as_json, as_csv, show_ids) -> None:
    """List direct quotations with their speakers.

    \b
    Example:
      pactwatch quotes --speaker Aliyev
      pactwatch quotes --search "military alliance" --json
    """
    quiet = quiet_of(ctx)
    store = _store(db)
    if speaker:
        ids = resolve_name(store, speaker, "--speaker", quiet, people=False)
        rows = sorted((q for i in sorted(ids) for q in store.quotes(speaker=i, search=search, limit=None)),
                      key=lambda q: (q["reported"] or "", -q["id"]), reverse=True)
    else:
        rows = store.quotes(search=search, limit=None)
    shown = rows[:effective_limit(limit, all_rows)]
    names = store.names({q["speaker"] for q in shown if q["speaker"]})
    emit(shown, QUOTE_COLUMNS, names=names, as_json=as_json, as_csv=as_csv, show_ids=show_ids, title="quotes")
    if not rows:
        echo_note("no quotes match", quiet)
    echo_note(shown_note(len(shown), len(rows), "quote"), quiet)


SEARCH_COLUMNS = (Column("kind", "Kind"), Column("id", "Id", "number"), Column("doc", "Document"),
                  Column("published", "Published"), Column("title", "Title"), Column("text", "Text"))


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1), default=None, metavar="N",
              help="At most N documents and N facts (default: the settings' query_limit, 1,000).")
@output_options(ids=False)
@click.pass_context
@guarded
def search_cmd(ctx, query: str, db, limit, as_json, as_csv) -> None:
    """Full-text search over article text and evidence sentences.

    Words must all appear; "quoted words" must appear together.

    \b
    Example:
      pactwatch search "joint exercises"
      pactwatch search Gabala --json
    """
    limit = effective_limit(limit, False)
    rows = _store(db).search(query, limit=limit)
    emit(rows, SEARCH_COLUMNS, as_json=as_json, as_csv=as_csv, title=f"search: {query}")
    if not rows:
        echo_note(f"nothing matches {query!r}", quiet_of(ctx))
    elif sum(1 for r in rows if r["kind"] == "document") >= limit:
        echo_note(f"showing the best {limit} documents; --limit N for more", quiet_of(ctx))


@click.command("show")
@click.argument("event_id", type=int)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@guarded
def show_cmd(event_id: int, db, as_json) -> None:
    """One event with its evidence sentence and its article's title, publisher and date,
    as the pipeline found it, and its current review when an analyst made one.

    \b
    Example:
      pactwatch show 12
    """
    from ..store.reviews import current_reviews

    store = _store(db)
    ev = store.show(event_id)
    if ev is None:
        raise click.ClickException(f"no event {event_id}; list them with `pactwatch events`")
    where = offsets_into(RawDocument(ev.doc, ev.source, "", ev.fmt, ev.hints))
    review = current_reviews(store, "event").get(event_id)
    if as_json:
        click.echo(to_json({**ev, "offsets_into": where, "review": review}))
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
    if review:
        changes = ", ".join(f"{k} {', '.join(v) if isinstance(v, list) else v}" for k, v in review["changes"].items())
        lines.append(f"  review:      {review['action']}" + (f" ({changes})" if changes else "")
                     + f" by {review['reviewer']}, {review['created_at']}" + (f": {review['note']}" if review["note"]
                                                                               else ""))
    click.echo("\n".join(lines))


COMMANDS = [ingest_cmd, db_group, entities_cmd, entity_cmd, quotes_cmd, search_cmd, show_cmd]
