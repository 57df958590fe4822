"""Progress on stderr: a live bar on a terminal, a line every so often otherwise; with the total
and the time left when the inputs can be counted (:func:`count_inputs`)."""
from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click


def count_inputs(paths: Sequence[str], limit_bytes: int = 200 * 1024 * 1024) -> int | None:
    """How many documents ``paths`` hold, when that is cheap to know: a file is one document, a
    JSON Lines file one per non-blank line, a directory the files under it (hidden ones left out,
    as :func:`pactwatch.read.read_inputs` does). None for standard input, WARC archives and
    JSON Lines files above ``limit_bytes`` in all (counting them would mean reading them twice)."""
    from ..read import JSONL_SUFFIXES, WARC_SUFFIXES, _walk

    total, jsonl_bytes = 0, 0
    for given in paths:
        if given == "-":
            return None
        root = Path(given)
        if root.is_dir():
            files = list(_walk(root))
        elif root.is_file():
            files = [root]
        else:
            continue  # a missing path is refused, not read
        for f in files:
            low = f.name.lower()
            if low.endswith(WARC_SUFFIXES):
                return None
            if low.endswith(JSONL_SUFFIXES):
                jsonl_bytes += f.stat().st_size
                if jsonl_bytes > limit_bytes:
                    return None
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    return total


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    m, s = divmod(seconds, 60)
    if m < 60:
        return f"{m}m{s:02d}s"
    h, m = divmod(m, 60)
    return f"{h}h{m:02d}m"


class Progress:
    """``with Progress("ingesting", quiet) as p: p.advance(); p.log("...")``."""

    def __init__(self, label: str, quiet: bool = False, total: int | None = None, every: float = 10.0):
        self.label, self.quiet, self.total, self.every = label, quiet, total, every
        self.n = 0
        self._rich: Any = None  # rich's Progress, made when shown
        self._task: Any = None
        self._t0 = self._last = time.monotonic()

    def __enter__(self) -> Progress:
        if not self.quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
            if self.total:
                columns += [TextColumn("left"), TimeRemainingColumn()]
            self._rich = RichProgress(*columns, console=Console(stderr=True, markup=False), transient=True)
            self._rich.start()
            self._task = self._rich.add_task(self.label, total=self.total)
        return self

    def advance(self, n: int = 1) -> None:
        self.n += n
        if self._rich is not None:
            self._rich.advance(self._task, n)
        elif not self.quiet and time.monotonic() - self._last >= self.every:
            self._last = time.monotonic()
            click.echo(self.line(), err=True)

    def line(self) -> str:
        """``ingesting: 120 of 500 documents (4.1/s, about 1m33s left)``; without a total, ``120 documents``."""
        rate = self.n / max(1e-9, time.monotonic() - self._t0)
        if self.total:
            left = f", about {_duration((self.total - self.n) / rate)} left" if rate > 0 and self.n < self.total else ""
            return f"{self.label}: {self.n:,} of {self.total:,} documents ({rate:.1f}/s{left})"
        return f"{self.label}: {self.n:,} documents ({rate:.1f}/s)"

    def log(self, msg: str) -> None:
        if self.quiet:
            return
        if self._rich is not None:
            self._rich.console.print(msg, markup=False, highlight=False)
        else:
            click.echo(msg, err=True)

    def __exit__(self, *exc) -> None:
        if self._rich is not None:
            self._rich.stop()
