"""API benchmark: latency of real HTTP requests to ``pactwatch serve`` on a large store.

Each store is filled with synthetic articles (the store benchmark's generator: 10 events
per article over 300 actors, 2020-2026), served by uvicorn on a free localhost port in
this process, and every query is timed end to end over HTTP (median and 95th percentile
of ``repeat`` requests after a warm-up one):

* lists: the first page of events, a later page (cursor), entities, documents;
* filters: type + status, actor by name (alias resolution), actor + date range, event date;
* search: full text over articles and evidence;
* network: the whole network (cached after the first request: the figure is the cold one),
  and filtered by type and a one-year window, a different window every request (uncached).
"""
from __future__ import annotations

import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from typing import Any

PER_DOC = 10


def fill_store(db: str, events: int) -> dict[str, Any]:
    """A store at ``db`` holding ``events`` synthetic events (skipped when it already holds them)."""
    from ..store import open_store
    from .store_bench import _synthetic

    store = open_store(db)
    have = store.counts()["events"]
    if have >= events:
        return {"events": have, "fill_seconds": 0.0}
    rng = random.Random(7)
    actors = [f"country:C{i:03d}" for i in range(200)] + [f"org:o{i:03d}" for i in range(100)]
    run = store.start_run("bench-api", "bench", {})
    t0 = time.perf_counter()
    batch = []
    n_docs = events // PER_DOC
    for i in range(n_docs):
        batch.append(_synthetic(i, rng, actors, PER_DOC))
        if len(batch) == 200:
            store.add_articles(batch, run)
            batch = []
            if i % 2000 < 200:
                print(f"  filled {i + 1}/{n_docs} articles", file=sys.stderr)
    if batch:
        store.add_articles(batch, run)
    store.finish_run(run, {})
    return {"events": store.counts()["events"], "fill_seconds": round(time.perf_counter() - t0, 1)}


class _Server:
    """uvicorn serving the app over ``db`` on a free localhost port, in a thread."""

    def __init__(self, db: str):
        import socket

        import uvicorn

        from ..web import WebSettings, create_app

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        app = create_app(db, WebSettings.load(token=None))
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def _time(fn: Callable[[int], Any], repeat: int) -> dict[str, float]:
    first = time.perf_counter()
    fn(-1)
    cold = (time.perf_counter() - first) * 1000
    times = []
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1), "first_ms": round(cold, 1)}


def bench_api(db: str, events: int, repeat: int) -> dict[str, Any]:
    import httpx

    filled = fill_store(db, events)
    with _Server(db) as url, httpx.Client(base_url=url, timeout=600) as c:
        def get(path: str, **params) -> Any:
            r = c.get(path, params=params)
            if r.status_code != 200:
                raise RuntimeError(f"{path} {params}: {r.status_code} {r.text[:200]}")
            return r.json()

        second = get("/api/events", limit=50)["next"]
        queries: dict[str, tuple[str, Callable[[int], Any]]] = {
            "events, first page": ("list", lambda i: get("/api/events", limit=50)),
            "events, next page (cursor)": ("list", lambda i: get("/api/events", limit=50, cursor=second)),
            "entities": ("list", lambda i: get("/api/entities", limit=50)),
            "documents": ("list", lambda i: get("/api/documents", limit=50)),
            "events type+status": ("filter", lambda i: get("/api/events", type="exercise", status="planned")),
            "events by actor name": ("filter", lambda i: get("/api/events", actor="C042")),
            "events actor+dates": ("filter", lambda i: get("/api/events", actor="country:C042", since="2022-01",
                                                           until="2022-12-31")),
            "events by event date": ("filter", lambda i: get("/api/events", since="2023-03", until="2023-03-31",
                                                             by="event")),
            "full-text search": ("search", lambda i: get("/api/search", q="naval drills", limit=20)),
            "network (cached after first)": ("network", lambda i: get("/api/network")),
            "network type+year (uncached)": ("network", lambda i: get(
                "/api/network", type="exercise", since=f"{2020 + (i + 1) % 6}-01-{1 + (i + 1) // 6 % 28:02d}",
                until=f"{2021 + (i + 1) % 6}-01-01")),
        }
        lat = {}
        for name, (kind, fn) in queries.items():
            lat[name] = {"kind": kind, **_time(fn, repeat)}
            print(f"  {name:32s} p50 {lat[name]['p50_ms']:8.1f} ms   p95 {lat[name]['p95_ms']:8.1f} ms",
                  file=sys.stderr)
    return {**filled, "latency": lat}


def run(dbs: list[str], events: int = 100_000, repeat: int = 30) -> dict[str, Any]:
    """Benchmark every store in ``dbs`` (default: a temporary SQLite file); print a table."""
    dbs = dbs or [f"sqlite:///{tempfile.mkdtemp(prefix='pw-api-bench-')}/api.db"]
    out: dict[str, Any] = {}
    for db in dbs:
        backend = db.split(":", 1)[0].split("+")[0]
        print(f"{backend}: filling a store with {events} synthetic events ...", file=sys.stderr)
        res = bench_api(db, events, repeat)
        out[backend] = res
        print(f"\n{backend}: {res['events']} events (filled in {res['fill_seconds']} s); HTTP latency over "
              f"{repeat} requests")
        print(f"  {'query':34s} {'p50 ms':>9s} {'p95 ms':>9s} {'first ms':>9s}  target")
        for name, v in res["latency"].items():
            target = "p95 < 100 ms: " + ("met" if v["p95_ms"] < 100 else "MISSED") \
                if v["kind"] in ("list", "filter") else ""
            print(f"  {name:34s} {v['p50_ms']:9.1f} {v['p95_ms']:9.1f} {v['first_ms']:9.1f}  {target}")
    return out
