"""Exports from the store: JSON Lines (the extraction contract), CSV and Parquet (one file per
table), GraphML and GEXF (the actor network), PLOVER-style event JSON.

Exporters are registered by name in :data:`EXPORTERS`; each takes a store, an output
path (a file, or a directory for the per-table formats) and a :class:`Facts` (which events
go out), and returns what it wrote.

Reviews (:mod:`pactwatch.store.reviews`) apply to every export as to ``pactwatch events``:
an event an analyst rejected is left out (``include_rejected`` keeps it, its ``review``
saying so), a corrected one goes out corrected (JSON: the pipeline's values under
``pipeline``), ``reviewed_only`` exports only confirmed and corrected events. CSV and
Parquet keep the pipeline's tables with those events left out or corrected, plus a
``reviews`` table of every review version.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Date, DateTime, Float, Integer

from .contract import stored_contracts
from .crossdoc.network import network_edges
from .store import Store
from .store import reviews as R
from .store import schema as S
from .store.analytics import EventFilter, event_ids
from .store.rows import EventParties, EventRow
from .store.util import when_start

log = logging.getLogger(__name__)

TABLES = ("documents", "entities", "entity_aliases", "doc_entities", "mentions", "relations", "roles", "events",
          "event_parties", "quotes", "agreement_mentions", "runs", "refusals", "reviews")


@dataclass(frozen=True)
class Facts:
    """Which events an export carries (the module docstring): reviews applied, and a confidence floor."""

    reviewed_only: bool = False
    include_rejected: bool = False
    min_confidence: float = 0.0


def _unreviewed_as_found(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows without a review keep the pipeline's shape (no ``review: null``): the export of an
    unreviewed store is the record ``extract`` prints."""
    return [r if r.get("review") is not None else {k: v for k, v in r.items() if k != "review"} for r in rows]


class _Reviewed:
    """The current event reviews of a store, applied to the rows of one export."""

    def __init__(self, store: Store, facts: Facts) -> None:
        self.facts = facts
        self.current = R.current_reviews(store, "event")
        self.kept: set[int] = set()  # events written to the events table (their parties follow them)
        self.parties_done: set[int] = set()

    def confident(self, confidence: float | None) -> bool:
        return not self.facts.min_confidence or (confidence or 0.0) >= self.facts.min_confidence

    def events(self, rows: Iterable[Any]) -> list[dict[str, Any]]:
        """Event rows (contract objects' events, store rows) as reviewed; the ones left out gone."""
        return _unreviewed_as_found(R.apply([dict(r) for r in rows if self.confident(r["confidence"])], self.current,
                                            self.facts.reviewed_only, self.facts.include_rejected))

    def contract(self, obj: dict[str, Any]) -> dict[str, Any]:
        """A stored document's contract object, its events reviewed (an unreviewed one as ``extract`` gives it)."""
        obj = {**obj, "events": [e for e in obj.get("events", []) if self.confident(e.get("confidence"))]}
        obj = R.apply_to_contract(obj, self.current, self.facts.reviewed_only, self.facts.include_rejected)
        return {**obj, "events": _unreviewed_as_found(obj["events"])}

    def table(self, name: str, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """A table's rows with the review applied: events left out or corrected, their parties with them."""
        if name == "events":
            for row in rows:
                got = self.events([row])
                if got:
                    self.kept.add(row["id"])
                    change = (self.current.get(row["id"]) or {}).get("changes", {}) if got[0].get("pipeline") else {}
                    fixed = {k: v for k, v in change.items() if k in ("type", "status", "when")}
                    if "when" in fixed:

                        fixed["when_start"] = when_start(fixed["when"])
                    yield {**row, **fixed}
        elif name == "event_parties":
            for row in rows:
                ev = row["event"]
                if ev not in self.kept:
                    continue
                change = (self.current.get(ev) or {}).get("changes", {})
                if row["role"] + "s" not in change:
                    yield row
                elif ev not in self.parties_done:  # the corrected parties, in place of the pipeline's
                    self.parties_done.add(ev)
                    yield from self._parties(ev, change)
            for ev in sorted(self.kept - self.parties_done):  # corrected events that had no party of a role
                change = (self.current.get(ev) or {}).get("changes", {})
                if "actors" in change or "targets" in change:
                    yield from self._parties(ev, change)
        else:
            yield from rows

    def network_events(self, store: Store, events: Iterable[EventParties]) -> list[EventParties]:
        """The network's events as reviewed (and at least as confident as asked)."""

        confident = event_ids(store, EventFilter(min_confidence=self.facts.min_confidence)) \
            if self.facts.min_confidence else None
        out = []
        for x in events:
            rev = self.current.get(x.id)
            action = rev["action"] if rev else None
            if confident is not None and x.id not in confident or action == "reject" and not self.facts.include_rejected \
                    or self.facts.reviewed_only and action is None:
                continue
            if rev and action == "correct":
                c = rev["changes"]
                x = EventParties(x.id, c.get("type", x.type), c.get("status", x.status), x.doc,
                                 tuple(c.get("actors", x.actors)), tuple(c.get("targets", x.targets)))
            out.append(x)
        return out

    @staticmethod
    def _parties(ev: int, change: dict[str, Any]) -> Iterator[dict[str, Any]]:
        for role in ("actor", "target"):
            for i, ent in enumerate(change.get(role + "s", [])):
                yield {"event": ev, "entity_id": ent, "role": role, "position": i}


def _jsonable(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    return v


def export_jsonl(store: Store, out: TextIO | Path, facts: Facts = Facts()) -> int:
    """One contract object per stored document: the record ``pactwatch extract --json`` gives
    for the same article (the one :func:`pactwatch.contract.to_contract`), its events with their
    ids, reviewed (a reviewed event carries its ``review``)."""
    n = 0
    view = _Reviewed(store, facts)
    fh = out.open("w", encoding="utf-8") if isinstance(out, Path) else out
    try:
        for obj in stored_contracts(store):
            fh.write(json.dumps(view.contract(obj), ensure_ascii=False, default=_jsonable) + "\n")
            n += 1
    finally:
        if isinstance(out, Path):
            fh.close()
    return n


def export_csv(store: Store, out: Path, facts: Facts = Facts()) -> dict[str, int]:
    """``out/<table>.csv`` for every table, with a header row (events reviewed, and the reviews)."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    view = _Reviewed(store, facts)
    for name in TABLES:
        cols = [c.name for c in S.metadata.tables[name].columns]
        with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            n = 0
            for row in view.table(name, store.iter_table(name)):
                w.writerow({k: _jsonable(v) for k, v in row.items()})
                n += 1
        counts[name] = n
    return counts


def _arrow_schema(table):
    import pyarrow as pa  # pyarrow loads when a Parquet file is written

    fields = []
    for c in table.columns:
        t = c.type
        if isinstance(t, Integer):
            at = pa.int64()
        elif isinstance(t, Float):
            at = pa.float64()
        elif isinstance(t, DateTime):
            at = pa.timestamp("us")
        elif isinstance(t, Date):
            at = pa.date32()
        else:
            at = pa.string()
        fields.append(pa.field(c.name, at))
    return pa.schema(fields)


def export_parquet(store: Store, out: Path, facts: Facts = Facts(), batch: int = 10_000) -> dict[str, int]:
    """``out/<table>.parquet`` for every table (for DuckDB, Spark, pandas), written in row groups
    (events reviewed, and the reviews)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    view = _Reviewed(store, facts)
    for name in TABLES:
        table = S.metadata.tables[name]
        schema = _arrow_schema(table)
        n = 0
        with pq.ParquetWriter(out / f"{name}.parquet", schema) as writer:
            rows: list[dict[str, Any]] = []
            for row in view.table(name, store.iter_table(name)):
                rows.append(row)
                if len(rows) >= batch:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    n += len(rows)
                    rows = []
            if rows or n == 0:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
        counts[name] = n
    return counts


def network_graph(store: Store, facts: Facts = Facts()):
    """The actor network as a networkx MultiDiGraph: one edge per (actor, target, type, status, symmetric),
    from the events as reviewed."""
    import networkx as nx


    events = _Reviewed(store, facts).network_events(store, store.event_parties())
    nodes = store.entity_nodes({p for e in events for p in e.actors + e.targets})
    edges = network_edges(events)
    g = nx.MultiDiGraph()
    for nid, n in nodes.items():
        g.add_node(nid, label=n.name, kind=n.kind)
    for e in edges:
        polarity = "conflict" if e["type"] in ("conflict", "threat") else "cooperation"
        key = f"{e['type']}:{e['status']}" + (":symmetric" if e["symmetric"] else "")
        g.add_edge(e["source"], e["target"], key=key, event_type=e["type"], status=e["status"],
                   polarity=polarity, symmetric=e["symmetric"], weight=e["weight"], documents=e["documents"])
    return g


def export_graphml(store: Store, out: Path, facts: Facts = Facts()) -> int:
    import networkx as nx

    g = network_graph(store, facts)
    nx.write_graphml(g, out)
    return g.number_of_edges()


def export_gexf(store: Store, out: Path, facts: Facts = Facts()) -> int:
    import networkx as nx

    g = network_graph(store, facts)
    nx.write_gexf(g, out)
    return g.number_of_edges()


@functools.lru_cache(maxsize=1)
def plover_map() -> dict[str, Any]:
    return json.loads(resources.files("pactwatch.data").joinpath("plover.json").read_text(encoding="utf-8"))


def to_plover(ev: EventRow | dict[str, Any]) -> dict[str, Any]:
    """One stored event (as reviewed: a dict with its ``review``) as a PLOVER-style record."""
    if not isinstance(ev, EventRow):
        review = ev.get("review")
        ev = EventRow(**{k: ev[k] for k in EventRow.__dataclass_fields__})
        return {**to_plover(ev), **({"review": review} if review else {})}
    m = plover_map()
    base = m["types"][ev.type]
    event_type, mode = base["event_type"], base["mode"]
    if ev.status == "proposed" and ev.type not in m["proposal"]["except"]:
        event_type, mode = m["proposal"]["event_type"], m["proposal"]["mode"]
    elif mode == "sector":
        mode = m["sector_modes"].get(ev.sectors[0], "other") if ev.sectors else "other"
    context = [f"status:{ev.status}", f"pactwatch:{ev.type}", *[f"sector:{s}" for s in ev.sectors],
               *[f"provision:{p}" for p in ev.provisions]]
    return {
        "id": f"pactwatch-{ev.id}",
        "event_date": ev.when or ev.reported,
        "report_date": ev.reported,
        "event_type": event_type,
        "mode": mode,
        "context": context,
        "actor": ev.actors[0] if ev.actors else None,
        "actors": list(ev.actors),
        "recipient": ev.targets[0] if ev.targets else None,
        "recipients": list(ev.targets),
        "location": ev.where,
        "claimed_by": ev.asserted_by,
        "agreement": ev.agreement,
        "source": {"doc": ev.doc, "title": ev.title, "publisher": ev.publisher},
        "evidence": ev.evidence,
        "offsets": {"start": ev.start, "end": ev.end},
        "confidence": ev.confidence,
    }


def export_plover(store: Store, out: TextIO | Path, facts: Facts = Facts(), page: int = 5000) -> int:
    """PLOVER-style JSON Lines, one record per event (reviewed: a reviewed event carries its ``review``)."""
    fh = out.open("w", encoding="utf-8") if isinstance(out, Path) else out
    view = _Reviewed(store, facts)
    n = 0
    try:
        offset = 0
        while True:
            rows = store.events(limit=page, offset=offset)
            if not rows:
                break
            for ev in view.events(rows):
                fh.write(json.dumps(to_plover(ev), ensure_ascii=False) + "\n")
                n += 1
            offset += page
    finally:
        if isinstance(out, Path):
            fh.close()
    return n


EXPORTERS: dict[str, tuple[Callable[..., Any], str]] = {
    # name: (function, kind of output: "stream" may go to stdout, "file" needs --out, "dir" needs a directory)
    "jsonl": (export_jsonl, "stream"),
    "plover": (export_plover, "stream"),
    "csv": (export_csv, "dir"),
    "parquet": (export_parquet, "dir"),
    "graphml": (export_graphml, "file"),
    "gexf": (export_gexf, "file"),
}
