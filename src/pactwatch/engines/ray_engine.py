"""The Ray engine: the local pipeline, shard by shard, on Ray Data actors; Parquet shards out.

    driver: inputs ─► plan (shards) ─► skip shards already in --out ─► ray.data.from_items
    actors: map_batches(ShardWorker)  one shard per call: read ─► Analyser.analyse_batch
            (the local engine's stages, batch by batch) ─► write the shard whole
    driver: shard summaries ─► manifest.json

Each actor loads the pipeline (:class:`pactwatch.pipeline.Analyser`, the spaCy model) once
and analyses shard after shard; a shard's documents go through exactly the local engine's
code (:func:`pactwatch.read.read_inputs`, ``Analyser.analyse_batch``), so its per-document
facts are the local engine's.

Faults. A shard file is written whole or not at all (:mod:`.parquet_io`), so:

* **a worker killed mid-batch** (SIGKILL, out of memory): Ray restarts the actor and runs
  its call again; the shard is analysed from its start and written once, nothing lost or
  doubled.
* **a poison document** (one that brings its worker down every time, or hangs): before each
  batch the worker tells the run's :class:`Ledger` (a small actor) which documents it holds.
  When a call starts on a shard whose last attempt died holding documents, those documents
  go one by one; one that was alone when its worker died is refused
  (``internal: WorkerDied``, or ``timeout`` when the worker's watchdog stopped it) instead of
  being tried again. A shard whose worker keeps dying outside any document is refused whole
  after ``MAX_ATTEMPTS``. Ray Data runs actor calls in a thread, where the local engine's
  timer signal cannot interrupt a document, so the watchdog ends the process instead.
* **a run stopped half way**: run it again with the same ``--out``; shards already written by
  the same pipeline version are skipped (``manifest.json`` counts them as ``reused``).
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import resource
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
from pyarrow import fs as pafs

from ..contract import rejection_record
from ..errors import ConfigError
from ..model import Article, RawDocument, Rejection, Skipped
from ..pipeline import Analyser, pipeline_version
from ..settings import Settings
from . import parquet_io
from .plan import Plan, Shard, make_plan, read_shard

try:
    import ray
    import ray.data
except ImportError as exc:  # the optional extra: only this module (the Ray engine, imported on use) needs it
    raise ConfigError("the Ray engine needs Ray, an optional part: pip install 'pactwatch[ray]'") from exc

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6  # calls of one shard that die outside any document before the shard is refused
WATCH_GRACE_S = 30.0  # the watchdog's margin over a batch's summed time limits
STAGE = "analyse"


# --------------------------------------------------------------------------- the ledger


class Ledger:
    """Which documents each shard's running call holds; what killed the last attempts.

    One per run (a named Ray actor). Keys are document positions within their shard.
    """

    def __init__(self) -> None:
        self.inflight: dict[str, tuple[list[int], str, int]] = {}  # shard -> (positions, reason, pid)
        self.suspect: dict[str, set[int]] = {}
        self.poison: dict[str, dict[int, str]] = {}
        self.attempts: Counter = Counter()
        self.blank_deaths: Counter = Counter()

    def start(self, shard: str) -> dict[str, Any]:
        """A call starts on ``shard``: what the previous attempts left (a dead one left ``inflight``)."""
        self.attempts[shard] += 1
        held = self.inflight.pop(shard, None)
        if held is not None:
            positions, reason, _pid = held
            if len(positions) == 1:
                self.poison.setdefault(shard, {})[positions[0]] = reason
            elif positions:
                self.suspect.setdefault(shard, set()).update(positions)
            else:
                self.blank_deaths[shard] += 1
        self.inflight[shard] = ([], "internal: WorkerDied", 0)  # a death before the first batch is no document's
        return {"attempt": self.attempts[shard], "poison": self.poison.get(shard, {}),
                "suspect": sorted(self.suspect.get(shard, ())), "blank_deaths": self.blank_deaths[shard]}

    def hold(self, shard: str, positions: list[int], pid: int) -> None:
        self.inflight[shard] = (list(positions), "internal: WorkerDied", pid)

    def timed_out(self, shard: str) -> None:
        positions, _reason, pid = self.inflight.get(shard, ([], "", 0))
        self.inflight[shard] = (positions, "timeout", pid)

    def finish(self, shard: str) -> None:
        self.inflight.pop(shard, None)

    def state(self) -> dict[str, Any]:
        """For tests and progress: who holds what now, and attempts so far."""
        return {"inflight": {k: {"positions": v[0], "pid": v[2]} for k, v in self.inflight.items()},
                "attempts": dict(self.attempts), "poison": {k: dict(v) for k, v in self.poison.items()}}


# --------------------------------------------------------------------------- the worker


class ShardWorker:
    """A Ray Data callable class: one per actor, holding the loaded pipeline; a shard per row."""

    def __init__(self, settings: Settings, out: str, fmt: str, ledger: str, pipeline: str,
                 grace: float = WATCH_GRACE_S) -> None:
        if pipeline_version() != pipeline:  # another pactwatch on this node: its facts would differ
            raise RuntimeError(f"this worker ({socket.gethostname()}) runs pipeline {pipeline_version()}, the driver "
                               f"{pipeline}: install the same pactwatch (and model) on every node")

        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        started = time.monotonic()
        self.settings, self.out, self.fmt, self.grace = settings, out, fmt, grace
        self.analyser = Analyser(settings)
        self.load_s = time.monotonic() - started
        self.ledger = ray.get_actor(ledger)
        self._deadline = 0.0
        self._shard = ""
        threading.Thread(target=self._watch, daemon=True, name="pactwatch-watchdog").start()

    def _watch(self) -> None:
        """End this process when a batch overruns its time limit (a thread cannot be interrupted)."""
        while True:
            time.sleep(0.2)
            if self._deadline and time.monotonic() > self._deadline:
                log.error("shard %s: a batch overran its time limit; ending this worker", self._shard)
                try:
                    ray.get(self.ledger.timed_out.remote(self._shard), timeout=10)
                finally:
                    os._exit(3)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        out = [self.shard(Shard.from_json(str(text))).to_json() for text in batch["shard"]]
        return {"summary": np.array(out, dtype=object)}

    def shard(self, shard: Shard) -> parquet_io.ShardSummary:
        done = parquet_io.read_summary(self.out, shard.id, self.fmt)
        if done is not None and done.pipeline == pipeline_version():  # written by an attempt that died after
            return done
        started = time.monotonic()
        state = cast(dict[str, Any], ray.get(self.ledger.start.remote(shard.id)))
        summary = parquet_io.ShardSummary(shard.id, pipeline_version(), attempts=state["attempt"])
        articles: list[Article] = []
        if state["blank_deaths"] >= MAX_ATTEMPTS:
            summary.refusals = [rejection_record(Rejection(p.uri, "read", "internal: WorkerDied",
                                                           f"its worker died {state['blank_deaths']} times "
                                                           "outside any document"))
                                for p in shard.pieces]
        else:
            self._shard = shard.id
            for item in self._analysed(shard, state):
                summary.read += 1
                if isinstance(item, Rejection):
                    rec = rejection_record(item)
                    rec["skipped"] = isinstance(item, Skipped)
                    summary.refusals.append(rec)
                else:
                    articles.append(item)
            summary.analysed = len(articles)
        summary.seconds = round(time.monotonic() - started, 3)
        summary.worker = {"pid": os.getpid(), "host": socket.gethostname(), "load_s": round(self.load_s, 2),
                          "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        ray.get(self.ledger.hold.remote(shard.id, [], os.getpid()))  # a death while writing is no document's
        parquet_io.write_shard(self.out, summary, articles, self.fmt)
        ray.get(self.ledger.finish.remote(shard.id))
        return summary

    def _analysed(self, shard: Shard, state: dict[str, Any]):
        """The shard's documents through the local engine's stages, batch by batch, watched."""
        poison = {int(k): v for k, v in state["poison"].items()}
        suspect = set(state["suspect"])
        chunk: list[tuple[int, RawDocument | Rejection]] = []
        size = max(1, self.settings.batch_size)

        def run(part: list[tuple[int, RawDocument | Rejection]]):
            docs = [(i, d) for i, d in part if isinstance(d, RawDocument)]
            ray.get(self.ledger.hold.remote(shard.id, [i for i, _ in docs], os.getpid()))
            self._deadline = (time.monotonic() + self.grace
                              + sum(self.settings.time_limit(len(d.text)) for _, d in docs))
            try:
                return self.analyser.analyse_batch([d for _, d in part])
            finally:
                self._deadline = 0.0

        def flush():
            prepared = [(i, self._checked(i, d, poison)) for i, d in chunk]
            if suspect & {i for i, _ in prepared}:
                for one in prepared:
                    yield from run([one])
            else:
                yield from run(prepared)
            chunk.clear()

        for position, item in enumerate(read_shard(shard, self.settings)):
            chunk.append((position, item))
            if len(chunk) >= size:
                yield from flush()
        if chunk:
            yield from flush()

    def _checked(self, position: int, item: RawDocument | Rejection, poison: dict[int, str]):
        """The local engine's length check, and the refusal of a document that killed its worker."""
        if not isinstance(item, RawDocument):
            return item
        if len(item.text) > self.settings.max_chars:
            return Rejection(item.source, STAGE, "too-long",
                             f"{len(item.text)} characters > max_chars {self.settings.max_chars}")
        if position in poison:
            reason = poison[position]
            detail = ("its worker was stopped over its time limit while analysing it alone" if reason == "timeout"
                      else "its worker process died while analysing it alone")
            return Rejection(item.source, STAGE, reason, detail)
        return item


# --------------------------------------------------------------------------- the driver


@dataclass
class Manifest:
    """What a run did, kept as ``manifest.json`` in ``--out``."""

    inputs: list[str]
    out: str
    format: str
    pipeline: str
    plan: str
    shards: int = 0
    shards_written: int = 0
    shards_reused: int = 0
    read: int = 0
    analysed: int = 0
    refused: int = 0
    skipped: int = 0
    refused_by_reason: dict[str, int] = field(default_factory=dict)
    skipped_by_reason: dict[str, int] = field(default_factory=dict)
    retried_shards: int = 0
    wall_s: float = 0.0
    ray_init_s: float = 0.0
    workers: int = 0
    batch_size: int = 0
    shard_size: int = 0
    worker_stats: list[dict[str, Any]] = field(default_factory=list)
    finished: bool = False

    def add(self, s: parquet_io.ShardSummary, reused: bool) -> None:
        self.read += s.read
        self.analysed += s.analysed
        for rec in s.refusals:
            key = "skipped_by_reason" if rec.get("skipped") else "refused_by_reason"
            table = getattr(self, key)
            table[rec["reason"]] = table.get(rec["reason"], 0) + 1
        self.refused = sum(self.refused_by_reason.values())
        self.skipped = sum(self.skipped_by_reason.values())
        self.shards_reused += reused
        self.shards_written += not reused
        self.retried_shards += (not reused) and s.attempts > 1
        if not reused:
            self.worker_stats.append({"shard": s.shard, "read": s.read, "seconds": s.seconds, **s.worker})


class PlanMismatch(Exception):
    """--out holds the shards of another run (other inputs or shard size)."""


def start_ray(address: str | None, workers: int, temp_dir: str | None) -> float:
    """Connect to the cluster at ``address``, or start Ray here with ``workers`` CPUs (unless this
    process has Ray already); returns the seconds it took."""
    started = time.monotonic()
    quiet = logging.WARNING if log.getEffectiveLevel() >= logging.WARNING else logging.INFO
    for name in ("ray", "ray.data"):  # Ray's progress lines on stderr only with -v
        logging.getLogger(name).setLevel(quiet)
    if not ray.is_initialized():  # a cluster's address, or Ray started here with a CPU per worker
        here: dict[str, Any] = {} if address else {"num_cpus": workers, "include_dashboard": False,
                                   "_temp_dir": temp_dir or f"/tmp/ray{os.getuid()}"}
        ray.init(address=address, log_to_driver=False, logging_level=quiet, **here)
    return time.monotonic() - started


def stop_ray() -> None:
    """Stop this process's Ray (the local cluster it started, or its connection)."""
    ray.shutdown()


def _save_plan(out: str, plan: Plan) -> None:
    """Keep the plan in --out; a later run with other inputs must not mix its shards in."""
    fs, root = parquet_io.filesystem(out)
    fs.create_dir(root, recursive=True)
    path = f"{root}/plan.json"
    if fs.get_file_info(path).type != pafs.FileType.NotFound:
        with fs.open_input_stream(path) as fh:
            old = json.loads(fh.read())
        if old.get("digest") != plan.digest():
            raise PlanMismatch(f"{out} holds the shards of a run over other inputs (plan {old.get('digest')}, "
                               f"this run's {plan.digest()}); give another --out, or the same inputs and "
                               f"--shard-size")
        return
    with fs.open_output_stream(path) as fh:
        fh.write(json.dumps({"digest": plan.digest(), "inputs": plan.inputs, "shard_size": plan.shard_size,
                             "shards": [json.loads(s.to_json()) for s in plan.shards]}).encode())


def write_manifest(out: str, manifest: Manifest) -> None:
    fs, root = parquet_io.filesystem(out)
    with fs.open_output_stream(f"{root}/manifest.json") as fh:
        fh.write(json.dumps(dataclasses.asdict(manifest), indent=1, ensure_ascii=False).encode())


def run(inputs: list[str], out: str, settings: Settings, *, workers: int = 2, batch_size: int | None = None,
        shard_size: int = 200, fmt: str = "parquet", address: str | None = None, run_id: str | None = None,
        temp_dir: str | None = None, grace: float = WATCH_GRACE_S, split_warc: bool = False,
        on_shard: Callable[[parquet_io.ShardSummary], None] | None = None) -> Manifest:
    """Analyse ``inputs`` on Ray into shards under ``out``; returns (and writes) the manifest.

    Args:
        inputs: Files, folders, globs, URLs (see :mod:`.plan`).
        out: Output folder, local or a URL.
        settings: The pipeline's settings (``batch_size`` is the spaCy batch within a shard).
        workers: Actors, each one CPU and its own copy of the model.
        batch_size: Documents per spaCy batch (default: ``settings.batch_size``).
        shard_size: Documents per shard (and per output file).
        fmt: ``parquet`` or ``jsonl``.
        address: A running cluster (``auto``, ``ray://host:10001``); None starts Ray here.
        run_id: Names the run's ledger actor (``pactwatch-ledger-<run_id>``).
        temp_dir: Ray's session folder when Ray is started here (keep it short: socket paths).
        grace: Seconds a batch may run over its documents' summed time limits.
        split_warc: Cut WARC files into shards of ``shard_size`` responses too (see :func:`.plan.make_plan`).
        on_shard: Called with each shard's summary as it finishes.

    Raises:
        PlanMismatch: ``out`` holds another run's shards.
    """
    version = pipeline_version()
    if fmt not in parquet_io.FORMATS:
        raise ValueError(f"format {fmt!r}; known: {', '.join(parquet_io.FORMATS)}")
    started = time.monotonic()
    if batch_size:
        settings = settings.with_(batch_size=batch_size)
    plan = make_plan(list(inputs), shard_size, split_warc)
    _save_plan(out, plan)
    manifest = Manifest(list(inputs), out, fmt, version, plan.digest(), shards=len(plan.shards),
                        workers=workers, batch_size=settings.batch_size, shard_size=shard_size)
    for rej in plan.missing:
        manifest.refused_by_reason[rej.reason] = manifest.refused_by_reason.get(rej.reason, 0) + 1
        manifest.refused += 1
        manifest.read += 1
    todo: list[Shard] = []
    for shard in plan.shards:
        done = parquet_io.read_summary(out, shard.id, fmt)
        if done is not None and done.pipeline == version:
            manifest.add(done, reused=True)
        else:
            todo.append(shard)
    write_manifest(out, manifest)
    if todo:
        manifest.ray_init_s = round(start_ray(address, workers, temp_dir), 3)
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ctx.print_on_execution_start = False
        name = f"pactwatch-ledger-{run_id or uuid.uuid4().hex[:12]}"
        ledger: Any = ray.remote(num_cpus=0)(Ledger).options(name=name, lifetime=None).remote()
        try:
            shards = ray.data.from_items([{"shard": s.to_json()} for s in todo], override_num_blocks=len(todo))
            ds = shards.map_batches(ShardWorker, batch_size=1, compute=ray.data.ActorPoolStrategy(size=workers),
                                    num_cpus=1, fn_constructor_kwargs={"settings": settings, "out": out, "fmt": fmt,
                                                                       "ledger": name, "pipeline": version,
                                                                       "grace": grace})
            for row in ds.iter_rows():
                summary = parquet_io.ShardSummary.from_json(row["summary"])
                manifest.add(summary, reused=False)
                if on_shard:
                    on_shard(summary)
        finally:
            ray.kill(ledger)
    manifest.wall_s = round(time.monotonic() - started, 3)
    manifest.finished = True
    write_manifest(out, manifest)
    return manifest
