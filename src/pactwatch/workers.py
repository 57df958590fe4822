"""Worker processes that analyse batches of documents, watched so that no document stops a run.

The parent hands each worker one batch at a time over a pipe and waits on the pipes and
on the processes themselves. A worker that dies while holding a batch (killed with
SIGKILL, out of memory, a crash in a C extension) or that overruns the batch's time
limit is killed and replaced by a fresh one (forked from the parent, which holds the
loaded model, so a replacement costs milliseconds). Its batch is split in two and both
halves go to the front of the queue; a document that still brings its worker down when
alone is refused (``internal: WorkerDied`` or ``timeout``) and the others are analysed
once. Results come out in input order; at most ``4 x workers`` batches are in flight,
so memory does not grow with the input.

Inside a worker each document's stages are guarded (see
:meth:`pactwatch.pipeline.Analyser.analyse_batch`): an exception or a time limit there
refuses that document and the worker goes on. The watch here is for what a guard
cannot catch.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait

from .model import RawDocument, Rejection

log = logging.getLogger(__name__)

STAGE = "analyse"
GRACE_S = 30.0  # the watchdog's largest margin over a batch's summed time limits
Key = tuple[int, tuple[int, ...]]  # (batch number, path of halves): halves sort in input order


class _Worker:
    def __init__(self, ctx, target: Callable, args: tuple, others: list):
        self.conn, child = ctx.Pipe(duplex=True)
        # a forked child inherits the parent's ends of its siblings' pipes: it closes them, so
        # that a worker sees its own pipe close (and stops) when the parent dies
        inherited = [w.conn for w in others] if ctx.get_start_method() == "fork" else []
        self.proc = ctx.Process(target=_run, args=(target, child, inherited, args), daemon=True)
        self.proc.start()
        child.close()
        self.key: Key | None = None
        self.deadline = 0.0

    def stop(self) -> None:
        try:
            if self.proc.is_alive() and self.key is None:
                self.conn.send(None)
                self.proc.join(2)
        except OSError:
            pass
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class Supervisor:
    """Run ``work(batch)`` in ``n`` watched worker processes over a stream of batches.

    Args:
        n: Worker processes.
        target: The worker's main loop, ``target(conn, *args)``: receives ``(key, batch)``,
            sends back ``(key, results)``, stops on ``None``.
        args: Extra arguments for ``target``.
        time_limit: Seconds a document may take (by its text), for the watchdog.
        grace: The watchdog's margin: a batch may take 1.5 times its documents' limits plus this.
    """

    def __init__(self, n: int, target: Callable, args: tuple, time_limit: Callable[[RawDocument], float],
                 grace: float = GRACE_S):
        self.ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
        self.n, self.target, self.args, self.time_limit, self.grace = n, target, args, time_limit, grace
        self.workers: list[_Worker] = []
        self.deaths = 0

    def _start(self) -> _Worker:
        return _Worker(self.ctx, self.target, self.args, self.workers)

    def run(self, batches: Iterable[list]) -> Iterator:
        """Yield the results of every batch, in input order."""
        source = enumerate(batches)
        docs: dict[Key, list] = {}
        open_parts: dict[int, set[tuple[int, ...]]] = {}
        done_parts: dict[int, dict[tuple[int, ...], list]] = {}
        finished: dict[int, list] = {}
        queue: deque[Key] = deque()
        next_out = 0
        exhausted = False
        self.workers = []
        for _ in range(self.n):
            self.workers.append(self._start())
        try:
            while True:
                while not exhausted and len(open_parts) + len(finished) < self.n * 4:
                    try:
                        seq, batch = next(source)
                    except StopIteration:
                        exhausted = True
                        break
                    docs[(seq, ())] = batch
                    open_parts[seq], done_parts[seq] = {()}, {}
                    queue.append((seq, ()))
                for i, w in enumerate(self.workers):
                    if w.key is None and queue:
                        key = queue.popleft()
                        if not self._send(w, key, docs):  # it died before taking the batch: nothing lost
                            queue.appendleft(key)
                            self.workers[i] = self._replace(w, "died", queue, docs, open_parts, done_parts,
                                                            finished)
                while next_out in finished:
                    yield from finished.pop(next_out)
                    next_out += 1
                if exhausted and not open_parts and not finished:
                    return
                if not any(w.key is not None for w in self.workers):
                    continue
                busy = [w for w in self.workers if w.key is not None]
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in self.workers], timeout))
                for i, w in enumerate(self.workers):
                    result = None
                    if w.conn in ready and w.key is not None:
                        try:
                            result = w.conn.recv()
                        except Exception:  # closed, or cut mid-message by the worker's death: it died
                            result = None
                    if result is not None:
                        key, out = result
                        w.key = None
                        self._complete(key, out, open_parts, done_parts, finished, docs)
                    elif w.proc.sentinel in ready or (w.conn in ready and w.key is not None):
                        self.workers[i] = self._replace(w, "died", queue, docs, open_parts, done_parts, finished)
                    elif w.key is not None and time.monotonic() > w.deadline:
                        self.workers[i] = self._replace(w, "timeout", queue, docs, open_parts, done_parts, finished)
        finally:
            for w in self.workers:
                w.stop()

    def _send(self, w: _Worker, key: Key, docs: dict[Key, list]) -> bool:
        """Hand a batch to an idle worker; False when its pipe is broken (the worker is dead)."""
        batch = docs[key]
        try:
            w.conn.send((key, batch))
        except OSError:  # BrokenPipeError, ConnectionResetError: killed while idle
            return False
        w.key = key
        w.deadline = time.monotonic() + self.grace + 1.5 * sum(
            self.time_limit(d) for d in batch if isinstance(d, RawDocument))
        return True

    @staticmethod
    def _complete(key: Key, out: list, open_parts, done_parts, finished, docs) -> None:
        seq, path = key
        docs.pop(key, None)
        open_parts[seq].discard(path)
        done_parts[seq][path] = out
        if not open_parts[seq]:
            del open_parts[seq]
            parts = done_parts.pop(seq)
            finished[seq] = [x for p in sorted(parts) for x in parts[p]]

    def _replace(self, w: _Worker, why: str, queue, docs, open_parts, done_parts, finished) -> _Worker:
        """A worker died or overran: replace it; split its batch, or refuse its one document."""
        key = w.key
        w.key = None
        code = w.proc.exitcode
        if why == "timeout" or code is None:
            w.proc.kill()
        w.proc.join(5)
        w.conn.close()
        self.deaths += 1
        code = w.proc.exitcode
        how = (f"killed by {signal.Signals(-code).name}" if code is not None and code < 0 and -code in
               signal.valid_signals() else f"exit code {code}")
        fresh = self._start()
        if key is None:  # died between batches: nothing lost
            log.warning("worker %d %s while idle; replaced", w.proc.pid, how)
            return fresh
        batch = docs[key]
        real = [i for i, d in enumerate(batch) if isinstance(d, RawDocument)]
        if len(real) <= 1:
            out = list(batch)
            for i in real:
                d = batch[i]
                if why == "timeout":
                    out[i] = Rejection(d.source, STAGE, "timeout", f"over {self.time_limit(d):.0f} s; its worker "
                                       "was stopped (settings doc_timeout, doc_timeout_per_mb)")
                else:
                    out[i] = Rejection(d.source, STAGE, "internal: WorkerDied",
                                       f"the worker process analysing it died ({how})")
                log.error("%s: refused: its worker %s (%s)", d.source, "overran" if why == "timeout" else "died", how)
            self._complete(key, out, open_parts, done_parts, finished, docs)
            return fresh
        log.warning("worker %d %s holding %d documents; retrying them in halves", w.proc.pid,
                    "overran its time limit" if why == "timeout" else how, len(real))
        seq, path = key
        half = len(batch) // 2
        first, second = (seq, path + (0,)), (seq, path + (1,))
        docs[first], docs[second] = batch[:half], batch[half:]
        del docs[key]
        open_parts[seq].discard(path)
        open_parts[seq].update((first[1], second[1]))
        queue.appendleft(second)
        queue.appendleft(first)
        return fresh


def _run(target: Callable, conn, inherited: list, args: tuple) -> None:
    for other in inherited:
        other.close()
    target(conn, *args)


def receive(conn, parent: int):
    """The next message from the parent; None (stop) when the pipe closes or the parent is gone."""
    while not conn.poll(1.0):
        if os.getppid() != parent:
            return None
    try:
        return conn.recv()
    except (EOFError, OSError):
        return None


def ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the parent, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("PACTWATCH_WORKER", "1")
