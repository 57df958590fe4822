"""Store benchmark: ingest throughput and query latency.

1. Ingest: the bundled corpus analysed once, then stored again and again under distinct
   content (a numbered line appended), timing the store's batched writes; and the whole
   ``ingest`` (read + analyse + store) on the corpus.
2. Queries: a store filled with synthetic articles carrying ``--events`` events in all
   (default 100,000) over 300 actors, then the latency (median and 95th percentile over
   repeated runs) of the queries users run: events by type/status, by actor name (alias
   resolution), by actor and date range, an entity's page, full-text search, quotes.

Prints a table and, as its last line, a JSON object with every figure.

It writes only to stores it makes (temporary SQLite files) or to stores given with
``--scratch``, which it empties first: a store named without ``--scratch`` is refused,
so a benchmark never mixes thousands of synthetic documents into real data.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ..model import (
    EVENT_TYPES,
    STATUSES,
    Article,
    CleanDocument,
    Entity,
    Event,
    Evidence,
    Mention,
    Metadata,
    OffsetMap,
    Quote,
    RawDocument,
    Relation,
)
from ..pipeline import analyse
from ..read import read_inputs
from ..settings import Settings
from ..store import migrations, open_store

WORDS = ("joint", "naval", "exercises", "defence", "ministers", "agreed", "border", "security", "summit", "treaty",
         "signed", "forces", "cooperation", "drills", "alliance", "talks", "envoy", "troops", "memorandum", "air")


def _synthetic(i: int, rng: random.Random, actors: list[str], per_doc: int) -> Article:
    text = " ".join(rng.choice(WORDS) for _ in range(120)) + f" article {i}."
    raw = RawDocument(f"synthetic-{i}", f"synthetic:{i}", text)
    clean = CleanDocument(raw, text, OffsetMap((0,), (0,), (len(text),)))
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2500))
    parties = rng.sample(actors, 6)
    ents = tuple(Entity(a, a.split(":")[0], a.split(":")[1]) for a in parties) + (
        Entity(f"person:speaker-{i % 500}", "person", f"Speaker {i % 500}"),)
    ev = Evidence(text[:200], 0, 200, 0, 200)
    events = tuple(Event(
        type=rng.choice(EVENT_TYPES), status=rng.choice(STATUSES), actors=(parties[k % 6],), targets=(parties[(k + 1) % 6],),
        when=f"{day.year}-{day.month:02d}", asserted_by=ents[-1].id, evidence=ev, trigger="drills", confidence=0.6)
        for k in range(per_doc))
    quotes = (Quote(ents[-1].id, " ".join(rng.choice(WORDS) for _ in range(12)), ev, "said"),)
    rels = (Relation(parties[0], "member_of", parties[1], ev),)
    mentions = tuple(Mention(a, 0, 5, "x") for a in parties)
    return Article(clean, Metadata(title=f"Synthetic {i}", published=day, language="en"), ents, mentions, (), rels,
                   events, quotes, story=f"s-{i // 5}", pipeline_version="bench")


def _time(fn, repeat: int) -> dict[str, float]:
    fn()  # warm
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2)}


def bench_ingest(db: str, corpus: Path, copies: int) -> dict[str, float]:
    s = Settings().with_(n_process=1)
    base = [a for a in analyse(read_inputs([str(corpus)], s), s) if isinstance(a, Article)]
    store = open_store(db)
    run = store.start_run("bench", "bench", {})
    arts = []
    for c in range(copies):
        for a in base:
            raw = dataclasses.replace(a.doc.raw, text=a.doc.raw.text + f"\ncopy {c}", doc_id=f"{a.doc_id}-{c}")
            arts.append(dataclasses.replace(a, doc=dataclasses.replace(a.doc, raw=raw)))
    t0 = time.perf_counter()
    for i in range(0, len(arts), 25):
        store.add_articles(arts[i:i + 25], run)
    secs = time.perf_counter() - t0
    facts = sum(len(a.events) + len(a.quotes) + len(a.mentions) for a in arts)
    store.engine.dispose()
    return {"articles": len(arts), "seconds": round(secs, 2), "articles_per_s": round(len(arts) / secs, 1),
            "facts_per_s": round(facts / secs, 1)}


def bench_queries(db: str, events: int, per_doc: int, repeat: int) -> dict[str, object]:
    rng = random.Random(7)
    actors = [f"country:C{i:03d}" for i in range(200)] + [f"org:o{i:03d}" for i in range(100)]
    store = open_store(db)
    run = store.start_run("bench", "bench", {})
    n_docs = events // per_doc
    t0 = time.perf_counter()
    batch = []
    for i in range(n_docs):
        batch.append(_synthetic(i, rng, actors, per_doc))
        if len(batch) == 200:
            store.add_articles(batch, run)
            batch = []
            if i % 2000 < 200:
                print(f"  filled {i + 1}/{n_docs} articles", file=sys.stderr)
    if batch:
        store.add_articles(batch, run)
    fill = time.perf_counter() - t0
    counts = store.counts()
    q = {
        "events type+status": lambda: store.events(type="exercise", status="planned", limit=100),
        "events by actor name": lambda: store.events(actor="C042", limit=100),
        "events actor+dates": lambda: store.events(actor="country:C042", since="2022-01", until="2022-12-31",
                                                   limit=100),
        "events by event date": lambda: store.events(since="2023-03", until="2023-03-31", date_field="event",
                                                     limit=100),
        "entity page": lambda: store.entity("org:o007"),
        "full-text search": lambda: store.search("naval drills", limit=20),
        "quotes by speaker": lambda: store.quotes(speaker="person:speaker-42", limit=100),
    }
    lat = {name: _time(fn, repeat) for name, fn in q.items()}
    store.engine.dispose()
    return {"events": counts["events"], "documents": counts["documents"], "fill_seconds": round(fill, 1),
            "fill_events_per_s": round(counts["events"] / fill, 1), "latency": lat}


def empty_store(db: str) -> None:
    """Delete every pactwatch table of a scratch store and make them again, empty."""
    store = open_store(db, upgrade=False)
    migrations.drop_all(store.engine)
    store.upgrade()
    store.engine.dispose()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--db", action="append", default=[], help="Store URL(s); default: a temporary SQLite file")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--copies", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--scratch", action="store_true",
                    help="The --db stores are scratch stores: empty them first and fill them with synthetic data")
    args = ap.parse_args(argv)
    if args.db and not args.scratch:
        print("bench-store: --db names a store the benchmark would fill with synthetic documents; give --scratch "
              "to have it emptied first and used (everything in it is deleted), or leave --db out to use a "
              "temporary store", file=sys.stderr)
        return 2
    dbs = args.db or [f"sqlite:///{tempfile.mkdtemp(prefix='pw-bench-')}/bench.db"]
    out: dict[str, object] = {}
    for db in dbs:
        backend = db.split(":", 1)[0]
        if args.scratch:
            empty_store(db)
        print(f"{backend}: ingest (store writes) ...", file=sys.stderr)
        ing = bench_ingest(db, Path(args.corpus), args.copies)
        print(f"{backend}: {ing['articles']} analysed articles stored in {ing['seconds']} s: "
              f"{ing['articles_per_s']} articles/s, {ing['facts_per_s']} facts/s")
        print(f"{backend}: query store with {args.events} synthetic events ...", file=sys.stderr)
        qdb = db if args.scratch or backend != "sqlite" else db.replace("bench.db", "queries.db")
        if args.scratch:
            empty_store(qdb)
        qs = bench_queries(qdb, args.events, 10, args.repeat)
        print(f"{backend}: filled {qs['events']} events in {qs['fill_seconds']} s ({qs['fill_events_per_s']} events/s)")
        latency = qs["latency"]
        assert isinstance(latency, dict)
        for name, v in latency.items():
            print(f"  {name:24s} p50 {v['p50_ms']:8.2f} ms   p95 {v['p95_ms']:8.2f} ms")
        out[backend] = {"ingest": ing, "queries": qs}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
