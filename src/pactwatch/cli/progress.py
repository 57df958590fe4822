"""Progress on stderr: a live bar on a terminal, a line every so often otherwise."""
from __future__ import annotations

import sys
import time

import click


class Progress:
    """``with Progress("ingesting", quiet) as p: p.advance(); p.log("...")``."""

    def __init__(self, label: str, quiet: bool = False, total: int | None = None, every: float = 10.0):
        self.label, self.quiet, self.total, self.every = label, quiet, total, every
        self.n = 0
        self._rich = None
        self._task = None
        self._t0 = self._last = time.monotonic()

    def __enter__(self) -> Progress:
        if not self.quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self._rich = RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), console=Console(stderr=True, markup=False), transient=True)
            self._rich.start()
            self._task = self._rich.add_task(self.label, total=self.total)
        return self

    def advance(self, n: int = 1) -> None:
        self.n += n
        if self._rich is not None:
            self._rich.advance(self._task, n)
        elif not self.quiet and time.monotonic() - self._last >= self.every:
            self._last = time.monotonic()
            rate = self.n / max(1e-9, self._last - self._t0)
            click.echo(f"{self.label}: {self.n} documents ({rate:.1f}/s)", err=True)

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
