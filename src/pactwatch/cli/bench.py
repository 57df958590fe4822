"""``pactwatch bench``: pactwatch's whole extraction against one bare spaCy pass."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import click

from .common import echo_err, guarded, quiet_of


def bundled_corpus() -> Path:
    """The demo corpus: ``corpus/seeds`` of a checkout, else the copy inside the package."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "corpus" / "seeds"
        if cand.is_dir():
            return cand
    return Path(str(resources.files("pactwatch.data").joinpath("seeds")))


# What one pass of `bench` costs on the project's 2-core machine (README "Speed"): about 5
# articles/s, and a model load of some 20 s per process.
BENCH_ARTICLES_PER_S = 5.0
BENCH_LOAD_S = 20.0


def _phase(phase: str, corpus: Path, articles: int, processes: int | None) -> dict:
    cmd = [sys.executable, "-m", "pactwatch.benchmarks.extract_bench", "--phase", phase,
           "--corpus", str(corpus), "--articles", str(articles)]
    if processes:
        cmd += ["--processes", str(processes)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@click.command("bench")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False), default=None,
              help="Directory of articles (default: the bundled corpus).")
@click.option("--repeat", type=click.IntRange(1), default=40, show_default=True,
              help="Cycle the corpus this many times (at least 200 articles are always used).")
@click.option("-j", "--processes", type=click.IntRange(1, 64), default=None, help="Processes for both passes.")
@click.option("--rounds", type=click.IntRange(1, 10), default=2, show_default=True,
              help="Run the two passes this many times, alternating; each pass's fastest round counts "
                   "(a shared machine's noise only ever slows a run down).")
@click.pass_context
@guarded
def bench(ctx: click.Context, corpus: str | None, repeat: int, processes: int | None, rounds: int) -> None:
    """Time a bare spaCy pass and the whole pactwatch extraction over the same texts.

    Each pass runs in its own process (peak memory is its own) over the same stream of
    documents. The last line is JSON; its speed_ratio is pactwatch's articles/s divided
    by the bare pass's articles/s.

    \b
    Example:
      pactwatch bench --repeat 40
      pactwatch bench --corpus corpus/seeds --repeat 100 | tail -1 | jq .speed_ratio
    """
    quiet = quiet_of(ctx)
    path = Path(corpus) if corpus else bundled_corpus()
    n_docs = sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
    articles = max(200, n_docs * repeat)
    seconds = rounds * 2 * (articles / BENCH_ARTICLES_PER_S + BENCH_LOAD_S)
    echo_err(f"benchmark: {articles:,} articles from {path}, {rounds} rounds of 2 passes: about "
             f"{max(1, round(seconds / 60))} min on a 2-core machine", quiet)
    results: dict[str, dict] = {}
    all_rounds: dict[str, list[float]] = {"bare": [], "pactwatch": []}
    for k in range(rounds):
        for phase in ("bare", "pactwatch"):
            r = _phase(phase, path, articles, processes)
            r["articles_per_s"] = round(r["articles"] / r["seconds"], 2)
            r["words_per_s"] = round(r["words"] / r["seconds"], 1)
            all_rounds[phase].append(r["seconds"])
            if phase not in results or r["seconds"] < results[phase]["seconds"]:
                results[phase] = r
            click.echo(f"round {k + 1} {phase:<10} {r['articles']:>6} articles  {r['seconds']:>8.2f} s  "
                       f"{r['articles_per_s']:>8.2f} art/s  {r['words_per_s']:>9.0f} words/s  "
                       f"peak RSS {r['peak_rss_mib']:.0f} MiB (workers {r['peak_worker_rss_mib']:.0f} MiB)  "
                       f"processes {r['processes']}")
    ratio = results["pactwatch"]["articles_per_s"] / results["bare"]["articles_per_s"]
    click.echo(json.dumps({"articles": articles, "rounds": all_rounds, "bare": results["bare"],
                           "pactwatch": results["pactwatch"], "speed_ratio": round(ratio, 3)}))




@click.command("bench-store")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False), default=None,
              help="Articles to store (default: the bundled corpus).")
@click.option("--db", "dbs", multiple=True, metavar="URL",
              help="Scratch store(s) to measure, e.g. postgresql://... (needs --scratch); default: a temporary "
                   "SQLite file.")
@click.option("--scratch", is_flag=True,
              help="The --db stores may be emptied: everything in them is deleted before the benchmark fills them.")
@click.option("--events", type=click.IntRange(1000), default=100_000, show_default=True,
              help="Synthetic events in the query store.")
@click.option("--copies", type=click.IntRange(1), default=40, show_default=True,
              help="Distinct copies of the corpus to store for the ingest figure.")
@click.option("--repeat", type=click.IntRange(1), default=20, show_default=True, help="Runs per query.")
@guarded
def bench_store(corpus: str | None, dbs: tuple[str, ...], scratch: bool, events: int, copies: int,
                repeat: int) -> None:
    """Time storing analysed articles and querying a store of --events synthetic events.

    Prints articles/s and facts/s stored, then p50/p95 latency per query; the last line
    is a JSON object with every figure. It writes only to a temporary store it makes, or
    to --db stores given with --scratch, which it empties first (a --db without --scratch
    is refused: a benchmark never writes into real data).

    \b
    Example:
      pactwatch bench-store
      pactwatch bench-store --db postgresql://postgres@127.0.0.1:5432/bench --scratch --events 200000
    """
    from ..benchmarks.store_bench import main as bench_main

    if dbs and not scratch:
        raise click.UsageError("--db names a store the benchmark would fill with synthetic documents; add --scratch "
                               "to have it emptied first (everything in it is deleted), or leave --db out to use a "
                               "temporary store")
    args = ["--corpus", str(corpus or bundled_corpus()), "--events", str(events), "--copies", str(copies),
            "--repeat", str(repeat)] + (["--scratch"] if scratch else [])
    for d in dbs:
        from ..store import database_url

        args += ["--db", database_url(d)]
    raise SystemExit(bench_main(args))


def size_notice(count: int, unit: str, seconds: float, option: str, short: int, warn_s: float = 300) -> str:
    """What a long benchmark says before it starts: its size, its expected time on the project's
    2-core machine, and for a long run how to make a short one (``option short``)."""
    took = f"about {max(1, round(seconds / 60))} min" if seconds >= 60 else f"about {max(1, round(seconds))} s"
    return (f"benchmark: {count:,} {unit}, {took} on a 2-core machine"
            + (f" (a long run: {option} {short:,} takes about a minute)" if seconds > warn_s else ""))


# Seconds per 1,000 synthetic articles on the project's 2-core machine (clustering, then the
# restart figures' replay): 5,000 articles took 54 s plus a 30 s replay (bench-stories, Nov 2026).
STORIES_S_PER_1000 = 17.0
STORIES_DEFAULT = 3_000  # about a minute


def stories_notice(articles: int) -> str:
    """What ``bench-stories --articles N`` says before it starts."""
    return size_notice(articles, "synthetic articles", articles / 1000 * STORIES_S_PER_1000, "--articles",
                       STORIES_DEFAULT)


@click.command("bench-stories")
@click.option("--articles", type=click.IntRange(1000), default=STORIES_DEFAULT, show_default=True,
              help="Synthetic articles to stream through duplicate detection and story clustering "
                   "(the default takes about a minute; 200,000 takes most of an hour).")
@click.pass_context
@guarded
def bench_stories(ctx: click.Context, articles: int) -> None:
    """Time near-duplicate detection and incremental story clustering on a synthetic stream.

    Stories with their own names, places and numbers over a shared vocabulary, one article
    in ten a syndicated copy. Says its size and expected time first, then prints a line
    per 10,000 articles (seconds for the step, peak memory) on stderr and, last, a JSON
    object with every figure. The README's figures are for --articles 200000.

    \b
    Example:
      pactwatch bench-stories
      pactwatch bench-stories --articles 20000 | tail -1 | jq .per_10k_s
    """
    from ..benchmarks.stories_bench import main as bench_main

    echo_err(stories_notice(articles), quiet_of(ctx))
    bench_main(articles)


COMMANDS = [bench, bench_store, bench_stories]
