"""``pactwatch scale ...``: the pipeline on a Ray cluster, Parquet shards out, loaded into a store.

Needs the optional extra: ``pip install 'pactwatch[ray]'``; the other commands never import Ray.
"""
from __future__ import annotations

import dataclasses
import json
import sys

import click

from .bench import size_notice
from .common import EXIT_REFUSED, db_option, echo_err, guarded, quiet_of, settings_from
from .options import summary_line


@click.group("scale")
def scale() -> None:
    """Run the pipeline on a Ray cluster (or Ray on this machine) and load what it wrote.

    \b
    Example:
      pactwatch scale extract 's3://my-bucket/crawl/*.warc.gz' --address auto --workers 32 --out s3://my-bucket/facts/
      pactwatch scale ingest s3://my-bucket/facts/ --db postgresql://pactwatch@db/pactwatch
    """


def ray_options(f):
    """The Ray engine's options: --address, --workers, --batch-size, --shard-size, --split-warc, --format."""
    f = click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default="parquet",
                     show_default=True, help="Ray engine's shard files: Parquet (typed columns, what the store "
                     "loads) or JSON Lines of the contract.")(f)
    f = click.option("--shard-size", type=click.IntRange(1, 1_000_000), default=200, show_default=True,
                     help="Ray engine: documents per shard (one output file; the unit of retry and restart).")(f)
    f = click.option("--split-warc", is_flag=True,
                     help="Ray engine: cut WARC files into shards of --shard-size pages too (the driver "
                     "decompresses each once to find its records; for a few large files).")(f)
    f = click.option("--batch-size", type=click.IntRange(1, 10_000), default=None,
                     help="Documents per spaCy batch (default: settings, 16).")(f)
    f = click.option("--workers", type=click.IntRange(1, 100_000), default=2, show_default=True,
                     help="Ray engine: actors, each one CPU and one copy of the model.")(f)
    f = click.option("--address", default=None, metavar="auto|ray://HOST:10001",
                     help="Ray engine: a running Ray cluster; without it Ray starts on this machine.")(f)
    return f


@scale.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, metavar="DIR|URL", help="Where the shards and manifest.json go (a folder or a URL).")
@ray_options
@click.option("--json", "as_json", is_flag=True, help="Print the manifest as JSON on stdout.")
@click.pass_context
@guarded
def extract_cmd(ctx: click.Context, inputs: tuple[str, ...], out: str, address: str | None, workers: int,
                batch_size: int | None, shard_size: int, split_warc: bool, fmt: str, as_json: bool) -> None:
    """Analyse INPUTS on Ray: the local pipeline, shard by shard, into Parquet shards and a manifest.

    INPUTS are files, folders, globs or URLs pyarrow opens (s3://, gs://, hdfs://, file://):
    text, HTML, JSON Lines, WARC and WARC.gz. Run it again with the same --out to finish a
    run that stopped: shards already written are skipped. Exits 1 when any input was refused
    (reasons in manifest.json and on stderr).

    \b
    Example:
      pactwatch scale extract corpus/seeds tests/data/ecbplus --workers 2 --out facts/
      duckdb -c "select e.type, count(*) from (select unnest(events) as e from 'facts/part-*.parquet') group by all"
    """
    ray_extract(ctx, inputs, out, address=address, workers=workers, batch_size=batch_size, shard_size=shard_size,
                split_warc=split_warc, fmt=fmt, as_json=as_json)


def ray_extract(ctx: click.Context, inputs, out: str | None, *, address: str | None, workers: int,
                batch_size: int | None, shard_size: int, fmt: str, as_json: bool, split_warc: bool = False) -> None:
    """The Ray engine for a command (``scale extract``, ``extract --engine ray``): run, report, exit code."""
    if not out:
        raise click.UsageError("the Ray engine writes shards: give --out DIR|URL")
    from ..engines.ray_engine import PlanMismatch, run  # Ray loads here (a usage error without it)

    quiet = quiet_of(ctx)
    settings = settings_from(ctx)

    def on_shard(summary) -> None:
        for rec in summary.refusals:
            if not rec.get("skipped"):
                echo_err(f"refused: {rec['source']}: {rec['reason']} ({rec.get('detail', '')})", quiet)
        echo_err(f"shard {summary.shard}: {summary.analysed} analysed of {summary.read} in {summary.seconds:.1f} s"
                 + (f" (attempt {summary.attempts})" if summary.attempts > 1 else ""), quiet)

    try:
        manifest = run(list(inputs), out, settings, workers=workers, batch_size=batch_size, shard_size=shard_size,
                       fmt=fmt, address=address, split_warc=split_warc, on_shard=on_shard)
    except PlanMismatch as exc:
        raise click.UsageError(str(exc)) from None
    if as_json:
        sys.stdout.write(json.dumps(dataclasses.asdict(manifest)) + "\n")
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(manifest.refused_by_reason.items()))
    echo_err(f"read {manifest.read}, analysed {manifest.analysed}, refused {manifest.refused}"
             + (f" ({reasons})" if reasons else "") + f", skipped {manifest.skipped}; shards {manifest.shards} "
             f"({manifest.shards_written} written, {manifest.shards_reused} already there) in {manifest.wall_s:.1f} s; "
             f"manifest: {out.rstrip('/')}/manifest.json", quiet)
    if manifest.refused:
        ctx.exit(EXIT_REFUSED)


def load_parquet(ctx: click.Context, directory: str, db: str | None, batch: int, as_json: bool) -> None:
    """Shards into the store for a command (``scale ingest``, ``ingest --from-parquet``): run, report, exit code."""
    from ..engines.load import load_shards
    from .store import _store

    quiet = quiet_of(ctx)
    store = _store(db, create=True)
    summary = load_shards(directory, store, settings_from(ctx), batch=batch)
    if as_json:
        click.echo(json.dumps(summary.report()))
    echo_err(summary_line(summary), quiet)
    if summary.refused:
        ctx.exit(EXIT_REFUSED)


@scale.command("ingest")
@click.argument("directory", metavar="DIR|URL")
@db_option
@click.option("--batch", type=click.IntRange(1, 10_000), default=25, show_default=True, help="Articles per transaction.")
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON on stdout.")
@click.pass_context
@guarded
def ingest_cmd(ctx: click.Context, directory: str, db: str | None, batch: int, as_json: bool) -> None:
    """Load the Parquet shards of `scale extract` into the store, with duplicates and stories.

    Idempotent: a document already stored (same content) is skipped, so loading a shard
    twice adds nothing. Stories continue from the store's index snapshot, as after
    `pactwatch ingest`. Exits 1 when the shards recorded refused inputs.

    \b
    Example:
      pactwatch scale ingest facts/ --db my.db
    """
    load_parquet(ctx, directory, db, batch, as_json)


RAY_BENCH_DEFAULT = 150  # about a minute and a half


def ray_bench_notice(articles: int) -> str:
    """What ``bench-ray`` says before it starts. Per article: the local pass at 5.7/s, Ray at 5.8/s
    then 11/s; Ray's start and the workers' model loads about 15 s (Nov 2026)."""
    return size_notice(articles, "articles in each of 3 passes", articles * 0.44 + 15, "--articles",
                       RAY_BENCH_DEFAULT)


@click.command("bench-ray")
@click.option("--articles", type=click.IntRange(10, 10_000_000), default=RAY_BENCH_DEFAULT, show_default=True,
              help="Articles to analyse in each pass (ECB+ texts repeated with variation; the default takes about "
                   "a minute and a half, 20,000 about three hours on 2 cores).")
@click.option("--shard-size", type=click.IntRange(1, 100_000), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON on stdout.")
@click.pass_context
@guarded
def bench_ray(ctx: click.Context, articles: int, shard_size: int, as_json: bool) -> None:
    """Articles/s of the local engine and of Ray with 1 and 2 workers, in one run.

    Also prints each Ray worker's peak memory, Ray's start-up cost, the 1->2 worker scaling
    ratio, the workers needed for a million articles a day, and the single writer's speed
    (`scale ingest` into a fresh SQLite store).

    \b
    Example:
      pactwatch bench-ray --articles 20000
      pactwatch bench-ray --articles 400 --json
    """
    from ..benchmarks.ray_bench import print_report, run_bench  # Ray loads here (a usage error without it)


    quiet = quiet_of(ctx)
    echo_err(ray_bench_notice(articles), quiet)
    figures = run_bench(articles, settings_from(ctx), shard_size=shard_size,
                        log=lambda m: echo_err(m, quiet))
    if as_json:
        sys.stdout.write(json.dumps(figures) + "\n")
    else:
        print_report(figures)


COMMANDS = [scale, bench_ray]
