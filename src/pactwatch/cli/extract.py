"""``pactwatch extract`` and ``pactwatch run``: analyse documents and print the facts."""
from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter

import click
from click.core import ParameterSource

from ..contract import rejection_record, to_contract
from ..engines import ENGINES
from ..model import Article, Rejection, Skipped
from .common import EXIT_REFUSED, db_option, echo_err, guarded, iter_progress, quiet_of, settings_from
from .scale import ray_extract, ray_options
from .web import check_port, serve_store

# Options that only one engine reads (parameter names); giving one to the other engine is a usage error.
RAY_ONLY = ("out", "address", "workers", "shard_size", "split_warc", "fmt")
LOCAL_ONLY = ("refusals", "n_process", "min_confidence")


def analyse_paths(paths, settings, with_stories: bool = True):
    """read → analyse (→ stories), yielding Articles and Rejections in input order."""
    from ..pipeline import analyse
    from ..read import read_inputs
    from ..stories import assign_stories, new_indexes

    stream = analyse(read_inputs(list(paths), settings, stdin=sys.stdin.buffer), settings)
    return assign_stories(stream, *new_indexes(settings)) if with_stories else stream


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "--jsonl", "jsonl", is_flag=True,
              help="JSON Lines on stdout: one object per document (the GUIDE.md contract); --jsonl is the same.")
@click.option("--refusals", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write refused inputs as JSON Lines to this file.")
@click.option("-j", "--processes", "n_process", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: settings, 2).")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Only events of at least this confidence (on the development gold, events of 0.8 and "
                   "more were right 9 times in 10; README 'Measured').")
@click.option("--engine", type=click.Choice(sorted(ENGINES)), default="local", show_default=True,
              help="local: worker processes here, facts on stdout; ray: Ray Data actors (pip install "
                   "'pactwatch[ray]'), shards in --out (docs/SCALE.md).")
@click.option("--out", default=None, metavar="DIR|URL",
              help="Ray engine: where the shards and manifest.json go (a folder or a URL).")
@ray_options
@click.pass_context
@guarded
def extract(ctx: click.Context, paths: tuple[str, ...], jsonl: bool, refusals: str | None, n_process: int | None,
            min_confidence: float, engine: str, out: str | None, address: str | None, workers: int,
            batch_size: int | None, shard_size: int, split_warc: bool, fmt: str) -> None:
    """Analyse articles and print their facts: entities, relations, events, quotes.

    PATHS are text, HTML, JSON Lines or WARC files, directories, or - for stdin.
    Exits 1 when any input was refused (the reasons are listed on stderr), 3 when
    pactwatch itself failed. Inputs that are no documents (WARC request records, a
    README inside a folder) are skipped and counted, not refused.

    With --engine ray the same stages run on Ray (a cluster with --address, else Ray on
    this machine) and the records go to Parquet shards in --out (JSON Lines with --json
    or --format jsonl) with a manifest; PATHS may then also be globs and URLs (s3://,
    gs://, file://). Load the shards with `pactwatch ingest --from-parquet DIR`.

    \b
    Example:
      pactwatch extract corpus/seeds --json > facts.jsonl
      pactwatch score tests/data/eval/seeds.gold.jsonl facts.jsonl
      pactwatch extract 'crawl/*.warc.gz' --engine ray --workers 2 --out facts/
    """
    _check_engine_options(ctx, engine)
    if engine == "ray":
        ray_extract(ctx, paths, out, address=address, workers=workers, batch_size=batch_size, shard_size=shard_size,
                    split_warc=split_warc, fmt="jsonl" if jsonl else fmt, as_json=False)
        return
    quiet = quiet_of(ctx)
    settings = settings_from(ctx, n_process=n_process, batch_size=batch_size)
    read = analysed = 0
    refused: list[Rejection] = []
    skipped: Counter = Counter()
    ref_fh = open(refusals, "w", encoding="utf-8") if refusals else None  # noqa: SIM115
    try:
        for item in iter_progress(analyse_paths(paths, settings), "analysing", quiet):
            read += 1
            if isinstance(item, Skipped):
                skipped[item.reason] += 1
                continue
            if isinstance(item, Rejection):
                refused.append(item)
                echo_err(f"refused: {item.message()}", quiet)
                if ref_fh:
                    ref_fh.write(json.dumps(rejection_record(item)) + "\n")
                continue
            analysed += 1
            if min_confidence > 0:
                item = dataclasses.replace(item, events=tuple(e for e in item.events
                                                              if e.confidence >= min_confidence))
            if jsonl:
                sys.stdout.write(json.dumps(to_contract(item), ensure_ascii=False) + "\n")
            else:
                print_article(item)
            sys.stdout.flush()
    finally:
        if ref_fh:
            ref_fh.close()
    reasons = Counter(r.reason for r in refused)
    summary = f"read {read}, analysed {analysed}, refused {len(refused)}"
    if reasons:
        summary += " (" + ", ".join(f"{k}: {v}" for k, v in sorted(reasons.items())) + ")"
    if skipped:
        summary += f", skipped {sum(skipped.values())} (" + ", ".join(
            f"{k}: {v}" for k, v in sorted(skipped.items())) + ")"
    echo_err(summary, quiet)
    if refused:
        ctx.exit(EXIT_REFUSED)


def _check_engine_options(ctx: click.Context, engine: str) -> None:
    """A usage error for an option the chosen engine would not read."""
    other = RAY_ONLY if engine == "local" else LOCAL_ONLY
    flags = {p.name: p.opts[0] for p in ctx.command.params}
    given = [flags[n] for n in other if ctx.get_parameter_source(n) not in (ParameterSource.DEFAULT, None)]
    if given:
        raise click.UsageError(f"{', '.join(given)}: not an option of the {engine} engine"
                               + (" (give --engine ray)" if engine == "local" else " (the shards keep everything; "
                                  "the manifest lists refusals)"))


def print_article(art: Article) -> None:
    """A readable summary of one article on stdout (rich, article text never read as markup)."""
    from rich.console import Console

    con = Console(markup=False, highlight=False)
    m = art.meta
    con.rule(f"{art.doc_id}")
    con.print(f"title: {m.title or '-'}\npublisher: {m.publisher or '-'}   published: {m.published or '-'}   "
              f"language: {m.language or '-'}   story: {art.story or '-'}"
              + (f"   duplicate of: {art.duplicate_of}" if art.duplicate_of else ""))
    names = {e.id: e.name for e in art.entities}
    actors = sorted({e.id for e in art.entities if e.kind in ("country", "org")})
    con.print("actors: " + (", ".join(names[a] for a in actors) or "-"))
    for ev in art.events:
        who = ", ".join(names.get(a, a) for a in ev.actors) or "?"
        to = ", ".join(names.get(a, a) for a in ev.targets)
        by = f" [according to {names.get(ev.asserted_by, ev.asserted_by)}]" if ev.asserted_by else ""
        con.print(f"  {ev.type:<11} {ev.status:<9} {who}{' -> ' + to if to else ''}"
                  f"{' @' + ev.when if ev.when else ''}{by}")
    for q in art.quotes:
        con.print(f"  quote {names.get(q.speaker or '', q.speaker or '?')}: \u201c{q.text[:100]}\u201d")


@click.command("run")
@click.option("--corpus", type=click.Path(exists=True), default=None,
              help="What to ingest (default: the bundled corpus).")
@db_option
@click.option("--serve/--no-serve", default=True, show_default=True,
              help="After the summary, serve the web UI and API on 127.0.0.1 until Ctrl-C (the URL is printed).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="The web UI's port on 127.0.0.1.")
@click.pass_context
@guarded
def run(ctx: click.Context, corpus: str | None, db: str | None, serve: bool, port: int) -> None:
    """The main job: ingest the bundled corpus into the store, print what it holds, serve the web UI.

    Ingesting is exactly-once, so running it again adds nothing; documents an older
    pipeline version analysed are analysed again. Prints actors, events by type and
    status, and stories as readable tables; refused inputs and their reasons go to stderr.
    Then serves the web UI over the store on http://127.0.0.1:PORT/ until stopped
    (Ctrl-C); --no-serve ends after the tables.

    \b
    Example:
      pactwatch run --no-serve
      pactwatch run --corpus my_articles/ --db my.db --port 8080
    """
    from ..ingest import ingest
    from ..store import database_url
    from .bench import bundled_corpus
    from .store import _store

    quiet = quiet_of(ctx)
    if serve:
        check_port("127.0.0.1", port)  # before the ingest, not after it
    path = corpus or str(bundled_corpus())
    settings = settings_from(ctx)
    store = _store(db, create=True)
    echo_err(f"store: {database_url(db)}", quiet)
    summary = ingest([path], store, settings, stdin=None)
    for r in summary.refused:
        echo_err(f"refused: {r.message()}", quiet)
    echo_err(f"read {summary.read}, stored {summary.stored}, already stored {summary.skipped}, "
             f"refused {len(summary.refused)}", quiet)
    from ..ingest import reanalyse
    from ..pipeline import PIPELINE_VERSION

    stale = store.stale_documents(PIPELINE_VERSION)
    if stale:  # the demo shows what the current pipeline finds, also after an upgrade
        echo_err(f"re-analysing {stale} stored documents that an older pipeline analysed ...", quiet)
        again = reanalyse(store, settings, stale_only=True)
        echo_err(f"re-analysed {again.stored}, refused {len(again.refused)}", quiet)
    store_summary_tables(store)
    if serve:
        serve_store(db, "127.0.0.1", port, settings, quiet=quiet)
    if summary.refused:
        ctx.exit(EXIT_REFUSED)


def store_summary_tables(store) -> None:
    """The closing tables of ``run``, from what the store holds."""
    names = {e["id"]: e["name"] for e in store.entities(limit=None)}
    actor_events: Counter = Counter()
    by_type: dict[str, Counter] = {}
    for ev in store.events(limit=None):
        for a in set(ev["actors"]) | set(ev["targets"]):
            actor_events[a] += 1
        by_type.setdefault(ev["type"], Counter())[ev["status"]] += 1
    stories: dict[str, list[str]] = {}
    docs = 0
    for d in store.iter_table("documents"):
        docs += 1
        stories.setdefault(d["story"] or d["doc_id"], []).append((d.get("name") or d["doc_id"])
                                                                 + (" (copy)" if d["duplicate_of"] else ""))
    quotes = store.counts()["quotes"]
    _print_tables(names, actor_events, by_type, stories, docs, quotes)


COMMANDS = [extract, run]


def _print_tables(names, actor_events, by_type, stories, n_articles: int, quotes: int) -> None:
    """Actors, events by type and status, stories (rich, markup off: article text is untrusted)."""
    from rich.console import Console
    from rich.table import Table

    con = Console(markup=False, highlight=False)
    t = Table(title="Actors (by events they take part in)")
    for c in ("actor", "id", "events"):
        t.add_column(c)
    for a, n in actor_events.most_common(15):
        t.add_row(names.get(a, a), a, str(n))
    con.print(t)
    statuses = ("occurred", "planned", "proposed", "possible", "denied")
    t = Table(title="Events by type and status")
    t.add_column("type")
    for s in statuses:
        t.add_column(s, justify="right")
    t.add_column("total", justify="right")
    for typ in sorted(by_type):
        row = by_type[typ]
        t.add_row(typ, *[str(row.get(s, 0)) for s in statuses], str(sum(row.values())))
    con.print(t)
    t = Table(title="Stories")
    t.add_column("story")
    t.add_column("documents")
    for sid, docs in sorted(stories.items()):
        t.add_row(sid, ", ".join(docs))
    con.print(t)
    con.print(f"{n_articles} articles, {sum(sum(c.values()) for c in by_type.values())} events, {quotes} quotes")
