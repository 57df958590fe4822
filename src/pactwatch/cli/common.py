"""Options and output helpers shared by the subcommands."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import click

from ..settings import Settings, load_settings

db_option = click.option(
    "--db",
    envvar="PACTWATCH_DB",
    default=None,
    metavar="PATH|URL",
    help="Store: a SQLite file path, sqlite:///PATH or postgresql://... (default: $PACTWATCH_DB, "
    "else ~/.local/share/pactwatch/pactwatch.db).",
)


def format_options(f):
    """``--json`` / ``--csv`` flags; the default is a readable table."""
    f = click.option("--csv", "as_csv", is_flag=True, help="Print CSV with a header row.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one object per row.")(f)
    return f


def settings_from(ctx: click.Context, **flags: Any) -> Settings:
    return load_settings().with_(**flags)


def emit_rows(rows: Sequence[dict[str, Any]], columns: Sequence[str], as_json: bool, as_csv: bool,
              title: str | None = None) -> None:
    """Print ``rows`` as JSON Lines, CSV, or a readable table (rich) on stdout."""
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    if as_csv:
        w = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _flat(r.get(k)) for k in columns})
        return
    import shutil

    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        # markup=False: article text is untrusted and may contain [brackets]
        table.add_row(*[_short(_flat(r.get(c))) for c in columns])
    width = max(shutil.get_terminal_size((160, 40)).columns, 120)
    Console(markup=False, highlight=False, width=width).print(table)


TABLE_CELL_MAX = 140


def _short(s: str) -> str:
    """Table cells stay readable; --json and --csv carry the full text."""
    return s if len(s) <= TABLE_CELL_MAX else s[: TABLE_CELL_MAX - 1] + "…"


def _flat(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list | tuple):
        return ", ".join(str(x) for x in v)
    return str(v)


def echo_err(msg: str, quiet: bool = False) -> None:
    if not quiet:
        click.echo(msg, err=True)


def iter_progress(items: Iterable[Any], label: str, quiet: bool, total: int | None = None) -> Iterable[Any]:
    """Wrap ``items`` with a progress display on stderr (nothing when quiet or not a TTY)."""
    if quiet or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task(label, total=total)
        for it in items:
            yield it
            progress.advance(task)
