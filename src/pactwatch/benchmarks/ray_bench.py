"""``pactwatch bench-ray``: the local engine against Ray with 1 and 2 workers, on the same articles.

The articles are ECB+ texts (``tests/data/ecbplus`` of a checkout; the bundled corpus when
there is none) repeated with variation: each copy gets its own dateline and closing line, so
every article is a different text (no copy is skipped as already seen) of the same kind.
They are written as one JSON Lines file, which the Ray engine cuts into shards by lines.

Passes, one after another on the same machine:

* ``local``: :func:`pactwatch.pipeline.analyse` with ``n_process`` 2 (model loaded before timing);
* ``ray-1`` and ``ray-2``: :func:`pactwatch.engines.ray_engine.run` with 1 and 2 actors, Ray
  started once before them (its start is reported apart: ``ray_init_s``), each actor loading
  the model itself (``load_s``, part of the pass's wall time);
* ``writer``: :func:`pactwatch.engines.load.load_shards` of ray-2's shards into a new SQLite
  store: duplicates, stories and store writes, the single-writer steps.

Rates: ``wall`` is articles over the pass's wall time; ``steady`` is articles over the time
the workers spent in shards (per worker: what one more worker adds once it runs).
"""
from __future__ import annotations

import json
import math
import os
import random
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..engines.ray_engine import run, start_ray, stop_ray
from ..model import RawDocument
from ..settings import Settings

_PLACES = ("WASHINGTON", "LONDON", "NEW YORK", "PARIS", "BRUSSELS", "SYDNEY", "TORONTO", "BERLIN")
_CLOSERS = ("Reporting by staff; editing by the desk.", "Additional reporting by wire services.",
            "This story has been updated.", "Copyright the publisher. All rights reserved.")
ARTICLES_PER_DAY = 1_000_000


def ecbplus_dir() -> Path | None:
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "tests" / "data" / "ecbplus"
        if cand.is_dir():
            return cand
    return None


def make_corpus(path: Path, articles: int, settings: Settings) -> int:
    """Write ``articles`` varied copies of the ECB+ texts to ``path`` (JSON Lines); returns the words."""
    from ..cli.bench import bundled_corpus
    from ..read import read_inputs

    source = ecbplus_dir() or bundled_corpus()
    texts = [d.text for d in read_inputs([str(source)], settings) if isinstance(d, RawDocument)]
    rng = random.Random(15)
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(articles):
            text = texts[i % len(texts)]
            copy = i // len(texts)
            body = (f"{rng.choice(_PLACES)} (Wire {copy}) - {text.strip()}\n\n{rng.choice(_CLOSERS)} Ref {i}.")
            words += len(body.split())
            fh.write(json.dumps({"id": f"bench-{i}", "text": body}) + "\n")
    return words


def _local_pass(corpus: Path, settings: Settings) -> dict:
    from ..pipeline import analyse, preload
    from ..read import read_inputs

    preload(settings)
    started = time.monotonic()
    n = sum(1 for _ in analyse(read_inputs([str(corpus)], settings), settings))
    wall = time.monotonic() - started
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"pass": "local", "processes": settings.n_process, "articles": n, "wall_s": round(wall, 2),
            "wall_rate": round(n / wall, 3), "peak_rss_worker_mib": round(peak_children, 1)}


def _ray_pass(corpus: Path, out: Path, settings: Settings, workers: int, shard_size: int) -> dict:
    m = run([str(corpus)], str(out), settings, workers=workers, shard_size=shard_size)
    busy = sum(w["seconds"] for w in m.worker_stats)
    per_pid: dict[int, float] = {}
    loads: dict[int, float] = {}
    for w in m.worker_stats:
        per_pid[w["pid"]] = max(per_pid.get(w["pid"], 0.0), w["peak_rss_mib"])
        loads[w["pid"]] = w["load_s"]
    return {"pass": f"ray-{workers}", "workers": workers, "articles": m.read, "wall_s": m.wall_s,
            "wall_rate": round(m.read / m.wall_s, 3), "steady_rate_per_worker": round(m.read / busy, 3) if busy else 0,
            "peak_rss_per_worker_mib": sorted(per_pid.values()), "model_load_s": sorted(loads.values()),
            "shards": m.shards}


def _writer_pass(out: Path, db: Path, settings: Settings) -> dict:
    from .. import dedup, stories  # noqa: F401  (imported before the clock starts, as in a long run)
    from ..engines.load import load_shards
    from ..store import open_store

    store = open_store(f"sqlite:///{db}")
    started = time.monotonic()
    summary = load_shards(str(out), store, settings, batch=100)
    wall = time.monotonic() - started
    return {"pass": "writer", "stored": summary.stored, "already_stored": summary.skipped, "wall_s": round(wall, 2),
            "rate": round(summary.stored / wall, 3) if wall else 0}


def run_bench(articles: int, settings: Settings, shard_size: int = 100,
              log: Callable[[str], None] = lambda m: None) -> dict:
    """Every pass on ``articles`` articles; returns the figures (see the module's docstring)."""
    settings = settings.with_(n_process=2)
    tmp = Path(tempfile.mkdtemp(prefix="pwbench-"))
    figures: dict = {"articles": articles}
    try:
        corpus = tmp / "articles.jsonl"
        figures["words"] = make_corpus(corpus, articles, settings)
        log(f"{articles} articles, {figures['words']} words; local engine ...")
        figures["local"] = _local_pass(corpus, settings)
        log(f"local: {figures['local']['wall_rate']} articles/s; starting Ray ...")
        figures["ray_init_s"] = round(start_ray(None, 2, f"/tmp/rb{os.getpid()}"), 2)
        for workers in (1, 2):
            log(f"Ray with {workers} worker(s) ...")
            figures[f"ray_{workers}"] = _ray_pass(corpus, tmp / f"out{workers}", settings, workers, shard_size)
            log(f"ray-{workers}: {figures[f'ray_{workers}']['wall_rate']} articles/s")
        stop_ray()
        log("single writer (stories, duplicates, store) ...")
        figures["writer"] = _writer_pass(tmp / "out2", tmp / "store.db", settings)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    r1, r2 = figures["ray_1"], figures["ray_2"]
    figures["scaling_1_to_2_wall"] = round(r2["wall_rate"] / r1["wall_rate"], 3)
    per_worker = r1["steady_rate_per_worker"] or r1["wall_rate"]
    need = ARTICLES_PER_DAY / 86_400
    figures["per_worker_rate"] = per_worker
    figures["workers_for_1m_per_day"] = math.ceil(need / per_worker)
    figures["writer_articles_per_day"] = round(figures["writer"]["rate"] * 86_400)
    figures["ray_startup_s"] = round(figures["ray_init_s"] + max(r1["model_load_s"] or [0]), 2)
    return figures


def print_report(f: dict) -> None:
    """The figures as a readable table on stdout."""
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{f['articles']} articles ({f['words']} words)")
    for c in ("pass", "articles/s (wall)", "per worker, steady", "peak RSS per worker (MiB)", "wall s"):
        t.add_column(c)
    lo = f["local"]
    t.add_row("local, 2 processes", str(lo["wall_rate"]), "", str(lo["peak_rss_worker_mib"]), str(lo["wall_s"]))
    for k in ("ray_1", "ray_2"):
        r = f[k]
        t.add_row(r["pass"], str(r["wall_rate"]), str(r["steady_rate_per_worker"]),
                  ", ".join(str(x) for x in r["peak_rss_per_worker_mib"]), str(r["wall_s"]))
    w = f["writer"]
    t.add_row("single writer (scale ingest, SQLite)", str(w["rate"]), "", "", str(w["wall_s"]))
    con = Console(markup=False, highlight=False)
    con.print(t)
    con.print(f"Ray start-up: ray.init {f['ray_init_s']} s, model load per actor "
              f"{max(f['ray_1']['model_load_s'] or [0])} s\n"
              f"scaling 1 -> 2 workers: {f['scaling_1_to_2_wall']}x (wall)\n"
              f"workers for {ARTICLES_PER_DAY:,} articles a day at {f['per_worker_rate']} articles/s each: "
              f"{f['workers_for_1m_per_day']}\n"
              f"single writer: {f['writer']['rate']} articles/s = {f['writer_articles_per_day']:,} a day")
