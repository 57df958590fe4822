"""``pactwatch export``: the store in the shapes other tools read."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import db_option, echo_err, guarded, quiet_of
from .options import min_confidence_option, review_options
from .render import export_summary
from .store import _store


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "graphml", "gexf", "plover"]),
              required=True, help="jsonl: the extraction contract; csv/parquet: one file per table (a directory); "
                                  "graphml/gexf: the actor network; plover: PLOVER-style events (JSON Lines).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Output file (jsonl, plover, graphml, gexf) or directory (csv, parquet). jsonl and plover "
                   "default to stdout.")
@min_confidence_option
@review_options
@click.pass_context
@guarded
def export_cmd(ctx: click.Context, db: str | None, fmt: str, out: Path | None, min_confidence: float,
               reviewed_only: bool, include_rejected: bool) -> None:
    """Export the store: JSON Lines, CSV, Parquet, GraphML, GEXF or PLOVER.

    Analysts' reviews apply as in `pactwatch events`: a rejected event is left out
    (--include-rejected keeps it, with its review), a corrected one goes out corrected,
    --reviewed-only exports only confirmed and corrected events; CSV and Parquet add a
    reviews table (every review version); the network (GraphML, GEXF) is drawn from the
    events as reviewed.

    \b
    Example:
      pactwatch export --format jsonl > facts.jsonl
      pactwatch export --format parquet --out parquet/   # duckdb -c "select type, count(*) from 'parquet/events.parquet' group by 1"
      pactwatch export --format graphml --out actors.graphml   # open in Gephi
      pactwatch export --format plover --out events.plover.jsonl
      pactwatch export --format jsonl --min-confidence 0.8 --reviewed-only > reviewed.jsonl
    """
    from ..export import EXPORTERS, Facts  # pyarrow, networkx: loaded when the command runs

    quiet = quiet_of(ctx)
    fn, kind = EXPORTERS[fmt]
    if kind in ("file", "dir") and out is None:
        raise click.UsageError(f"--format {fmt} needs --out ({'a directory' if kind == 'dir' else 'a file'})")
    facts = Facts(reviewed_only=reviewed_only, include_rejected=include_rejected, min_confidence=min_confidence)
    store = _store(db)
    if out is not None and kind != "dir":
        out.parent.mkdir(parents=True, exist_ok=True)
    if kind == "stream":
        result = fn(store, out if out is not None else sys.stdout, facts)
    else:
        result = fn(store, out, facts)
    echo_err(export_summary(fmt, result, str(out) if out is not None else None)[0], quiet)


COMMANDS = [export_cmd]
