"""Rows for people and for programs: readable tables, JSON Lines, CSV.

A table has human headers, names where the store has ids (ids beside them with
``--ids``), ``yes``/``no`` for booleans, lists joined with commas and "unknown outlet"
where the publisher is not known. JSON Lines keep every id and add the names
(``actors`` and ``actor_names``); CSV has the table's columns under their keys.
"""
from __future__ import annotations

import csv
import json
import shutil
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

UNKNOWN_OUTLET = "unknown outlet"
TABLE_CELL_MAX = 140


@dataclass(frozen=True)
class Column:
    """One column: the row key, its header, and how a value reads (``text``, ``entity``,
    ``entities``, ``bool``, ``list``, ``outlet``, ``number``)."""

    key: str
    header: str
    kind: str = "text"


EVENT_COLUMNS = (
    Column("id", "Event", "number"), Column("reported", "Reported"), Column("when", "Event date"),
    Column("type", "Type"), Column("status", "Status"), Column("actors", "Actors", "entities"),
    Column("targets", "Targets", "entities"), Column("asserted_by", "Claimed by", "entity"),
    Column("publisher", "Outlet", "outlet"), Column("evidence", "Evidence"),
)

# what CSV adds to the table's columns (JSON Lines carries every field anyway)
EVENT_MORE = (
    Column("doc", "Document"), Column("title", "Title"), Column("where", "Where", "entity"),
    Column("agreement", "Agreement", "entity"), Column("sectors", "Sectors", "list"),
    Column("provisions", "Provisions", "list"), Column("start", "Start"), Column("end", "End"),
)


def cell(value: Any, kind: str, names: dict[str, str], show_ids: bool) -> str:
    """One value as a reader sees it."""
    if kind == "entity":
        return _entity(value, names, show_ids) if value else "-"
    if kind == "entities":
        return ", ".join(_entity(v, names, show_ids) for v in value) if value else "-"
    if kind == "outlet":
        return str(value) if value else UNKNOWN_OUTLET
    if kind == "bool" or isinstance(value, bool):
        return "yes" if value else "no"
    if value is None or value == "":
        return "-"
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(v) for v in value) if value else "-"
    if isinstance(value, int) and kind == "number":
        return str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,}" if isinstance(value, int) else f"{value:.2f}"
    return str(value)


def _entity(eid: str, names: dict[str, str], show_ids: bool) -> str:
    name = names.get(eid)
    if name is None:
        return eid
    return f"{name} ({eid})" if show_ids else name


def with_names(row: Mapping[str, Any], columns: Sequence[Column], names: dict[str, str]) -> dict[str, Any]:
    """A JSON row: the row with the names of its entity columns beside the ids (``actors`` → ``actor_names``)."""
    out = dict(row)
    for c in columns:
        v = row.get(c.key)
        if c.kind == "entities" and v is not None:
            out[_names_key(c.key)] = [names.get(x, x) for x in v]
        elif c.kind == "entity":
            out[_names_key(c.key)] = names.get(v, v) if v else None
    return out


def _names_key(key: str) -> str:
    """``actors`` → ``actor_names``, ``parties`` → ``party_names``, ``asserted_by`` → ``asserted_by_name``."""
    if key.endswith("ies"):
        return key[:-3] + "y_names"
    return key[:-1] + "_names" if key.endswith("s") else key + "_name"


def emit(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column], *, names: dict[str, str] | None = None,
         as_json: bool = False, as_csv: bool = False, show_ids: bool = False, title: str | None = None) -> None:
    """Print ``rows`` on stdout as JSON Lines, CSV or a readable table."""
    names = names or {}
    out = sys.stdout
    try:
        if as_json:
            for r in rows:
                out.write(json.dumps(with_names(r, columns, names), ensure_ascii=False, default=str) + "\n")
            out.flush()
            return
        if as_csv:  # ids under their keys, and the names beside them (actors, actor_names)
            w = csv.writer(out)
            w.writerow([k for c in columns for k in _csv_keys(c)])
            for r in rows:
                named = with_names(r, columns, names)
                w.writerow([_csv_cell(named.get(k), c.kind, names) for c in columns for k in _csv_keys(c)])
            out.flush()
            return
    except BrokenPipeError:  # `| head`: the reader has what it wanted
        _quiet_stdout()
        raise SystemExit(0) from None
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c.header, overflow="fold", justify="right" if c.kind == "number" else "left")
    for r in rows:
        table.add_row(*[_short(cell(r.get(c.key), c.kind, names, show_ids)) for c in columns])
    width = max(shutil.get_terminal_size((160, 40)).columns, 120)
    # markup off: article text is untrusted and may hold [brackets]
    Console(file=out, markup=False, highlight=False, width=width).print(table)


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so that Python's exit flush does not fail on the closed pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _csv_keys(c: Column) -> tuple[str, ...]:
    return (c.key, _names_key(c.key)) if c.kind in ("entity", "entities") else (c.key,)


def _csv_cell(value: Any, kind: str, names: dict[str, str]) -> str:
    if value is None:
        return ""
    if kind == "outlet":
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(str(v) for v in value)
    return str(value)


def _short(s: str) -> str:
    """Table cells stay readable; --json and --csv carry the full text."""
    return s if len(s) <= TABLE_CELL_MAX else s[: TABLE_CELL_MAX - 1] + "…"


def bar_chart(points: Sequence[tuple[str, int]], width: int = 40) -> str:
    """A small text chart: one line per label, a bar as long as its count."""
    top = max((n for _, n in points), default=0)
    label_w = max((len(lbl) for lbl, _ in points), default=0)
    lines = []
    for label, n in points:
        bar = "█" * (round(n / top * width) if top else 0)
        if n and not bar:
            bar = "▏"
        lines.append(f"{label:<{label_w}} {bar} {n:,}")
    return "\n".join(lines)


ENTITY_COLUMNS = (
    Column("name", "Name"), Column("kind", "Kind"), Column("id", "Id"), Column("aliases", "Also called", "list"),
    Column("documents", "Documents", "number"), Column("events", "Events", "number"),
)
QUOTE_COLUMNS = (
    Column("reported", "Reported"), Column("speaker", "Speaker", "entity"), Column("text", "Quote"),
    Column("publisher", "Outlet", "outlet"), Column("doc", "Document"),
)
FACT_COLUMNS = (
    Column("type", "Type"), Column("status", "Status"), Column("parties", "Parties", "entities"),
    Column("sources", "Independent sources", "number"), Column("reports", "Reports", "number"),
    Column("outlets", "Outlets", "list"), Column("first_seen", "First seen"), Column("last_seen", "Last seen"),
    Column("evidence", "Evidence"),
)
AGREEMENT_COLUMNS = (
    Column("name", "Agreement"), Column("parties", "Parties", "entities"), Column("latest_stage", "Latest stage"),
    Column("first_date", "First dated"), Column("provisions", "Provisions", "list"),
    Column("stage_count", "Stages", "number"), Column("document_count", "Documents", "number"),
)
STORY_COLUMNS = (
    Column("story", "Story"), Column("size", "Articles", "number"), Column("first", "First"), Column("last", "Last"),
    Column("outlets", "Outlets", "list"), Column("duplicates", "Copies", "number"), Column("title", "Title"),
)


def export_summary(fmt: str, result: Any, out: str | None) -> tuple[str, dict[str, Any]]:
    """What an export wrote, as a line for people and an object for ``--json``.

    ``result`` is what the exporter returned: documents (jsonl), events (plover), edges
    (graphml, gexf) or rows per table (csv, parquet)."""
    from .options import counted

    where = out or "stdout"
    if isinstance(result, dict):
        tables = {k: int(v) for k, v in result.items()}
        line = (f"exported {counted(len(tables), 'table')} as {fmt.upper()} to {where}: "
                + ", ".join(f"{k} {v:,}" for k, v in tables.items()))
        return line, {"format": fmt, "out": where, "tables": tables}
    what = {"jsonl": "documents", "plover": "events", "graphml": "edges", "gexf": "edges"}.get(fmt, "rows")
    n = int(result)
    shape = {"jsonl": "JSON Lines (the extraction contract)", "plover": "PLOVER JSON Lines",
             "graphml": "the actor network (GraphML)", "gexf": "the actor network (GEXF)"}.get(fmt, fmt)
    return f"exported {n:,} {what if n != 1 else what[:-1]} as {shape} to {where}", \
        {"format": fmt, "out": where, what: n}

