"""The review layer: an analyst confirms, rejects or corrects a fact, on top of what the pipeline found.

Reviews never change the pipeline's rows. Each review is a new row (a version) in
``reviews``; the current review of a fact is its highest version. A review names its fact
twice: by id (``fact_id``) and by where it was read, its *target*: the document (its
stable ``doc_id``), the kind of fact, the evidence span in the original text and the
pipeline's type, with its rank among facts of the same document, kind, span and type.
A re-analysis of the document may drop and re-create the fact under another id; the
review then follows the re-extracted fact with the same target (same span), so nothing
an analyst said is lost.

    reviews ── target = (kind, doc_id, start, end, type, rank) ── events | quotes

Applying reviews to query rows (pure functions below): a rejected fact leaves the
default results (``include_rejected`` keeps it, marked); ``reviewed_only`` keeps only
confirmed and corrected facts; a correction replaces type, status, parties or date and
keeps the pipeline's values under ``pipeline``. Filtered event listings with reviews
(corrected events matched on their corrected values) are
:func:`pactwatch.store.analytics.find_reviewed_events`: the CLI and the web both call it.

Example:
    >>> add_review(store, "event", 12, "correct", changes={"status": "denied"}, reviewer="ana")
    >>> rows = apply_to_events(store, store.events(type="exercise"))
"""
from __future__ import annotations

import datetime as dt
import json
import weakref
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, DateTime, Integer, String, Table, Text, func, select
from sqlalchemy.engine import Connection

from ..errors import InvalidReview, UnknownFact
from ..model import EVENT_TYPES as MODEL_EVENT_TYPES
from ..model import STATUSES
from . import schema as S

ACTIONS = ("confirm", "reject", "correct")
KINDS = ("event", "quote")
EVENT_TYPES = MODEL_EVENT_TYPES  # the model's one list (web/service.py reads these names)
EVENT_STATUSES = STATUSES
CORRECTABLE = {"event": ("type", "status", "actors", "targets", "when"), "quote": ("speaker",)}

reviews = Table(
    "reviews", S.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # event | quote
    Column("fact_id", Integer, nullable=False, index=True),  # the fact's id when it was reviewed
    Column("doc_id", String(255), nullable=False, index=True),  # documents.doc_id (stable across re-analysis)
    Column("span_start", Integer),  # evidence offsets in the original text
    Column("span_end", Integer),
    Column("fact_type", String(32)),  # the pipeline's type of the fact (events), to tell facts of one span apart
    Column("rank", Integer, nullable=False, default=0),  # among facts of the same doc, kind, span and type
    Column("version", Integer, nullable=False),  # 1, 2, ... per target
    Column("action", String(16), nullable=False),  # confirm | reject | correct
    Column("changes", Text, nullable=False, default="{}"),  # JSON: corrected fields
    Column("original", Text, nullable=False, default="{}"),  # JSON: the fact as the pipeline gave it
    Column("reviewer", String(255), nullable=False),
    Column("note", Text),
    Column("created_at", DateTime, nullable=False),
)


_READY: weakref.WeakSet = weakref.WeakSet()  # engines whose database has the table (checked once each)


def create_tables(conn: Connection, dialect: str) -> None:
    """The ``reviews`` table, and an index on events in the order they are listed (newest report
    first: PostgreSQL cannot read the plain ``reported`` index backwards for ``DESC NULLS LAST``
    and sorted every event for a first page). Idempotent."""
    reviews.create(conn, checkfirst=True)
    order = "reported DESC NULLS LAST, id" if dialect == "postgresql" else "reported DESC, id"
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_events_reported_order ON events ({order})")


def ensure_tables(store) -> None:
    """:func:`create_tables` on a store whose schema predates them (checked once per engine)."""
    if store.engine not in _READY:
        with store.engine.begin() as conn:
            create_tables(conn, store.engine.dialect.name)
        _READY.add(store.engine)


def _fact_table(kind: str) -> Table:
    if kind not in KINDS:
        raise InvalidReview(f"unknown fact kind {kind!r}; reviews take one of {', '.join(KINDS)}")
    return S.events if kind == "event" else S.quotes


def _target_of(conn: Connection, kind: str, fact_id: int) -> dict[str, Any]:
    """Where fact ``fact_id`` of ``kind`` was read: doc_id, span, type, rank; and its pipeline values."""
    t, d = _fact_table(kind), S.documents
    typ = t.c.type if kind == "event" else t.c.speaker
    row = conn.execute(select(t, d.c.doc_id).join(d, d.c.id == t.c.doc).where(t.c.id == fact_id)).mappings().first()
    if row is None:
        raise UnknownFact(f"no {kind} {fact_id}; list them with `pactwatch {kind}s`")
    same = conn.execute(select(t.c.id).where(t.c.doc == row["doc"], t.c.start == row["start"], t.c.end == row["end"],
                                             typ == row["type" if kind == "event" else "speaker"])
                        .order_by(t.c.id)).scalars().all() if row["start"] is not None else [fact_id]
    original: dict[str, Any] = {"evidence": row["sentence"]}
    if kind == "event":
        parties = conn.execute(select(S.event_parties).where(S.event_parties.c.event == fact_id)
                               .order_by(S.event_parties.c.position)).mappings().all()
        original.update(type=row["type"], status=row["status"], when=row["when"],
                        actors=[p["entity_id"] for p in parties if p["role"] == "actor"],
                        targets=[p["entity_id"] for p in parties if p["role"] != "actor"])
    else:
        original.update(speaker=row["speaker"], text=row["text"])
    return {"doc_id": row["doc_id"], "span_start": row["start"], "span_end": row["end"],
            "fact_type": row["type"] if kind == "event" else None,
            "rank": same.index(fact_id) if fact_id in same else 0, "original": original}


def _check_changes(kind: str, action: str, changes: dict[str, Any] | None) -> dict[str, Any]:
    if action not in ACTIONS:
        raise InvalidReview(f"unknown review action {action!r}; use one of {', '.join(ACTIONS)}")
    changes = {k: v for k, v in (changes or {}).items() if v not in (None, "", [])}
    if action != "correct":
        if changes:
            raise InvalidReview(f"a {action} carries no changes (got {sorted(changes)}); use action 'correct'")
        return {}
    if not changes:
        raise InvalidReview("a correction needs at least one changed field: " + ", ".join(CORRECTABLE[kind]))
    unknown = set(changes) - set(CORRECTABLE[kind])
    if unknown:
        raise InvalidReview(f"cannot correct {sorted(unknown)} of a {kind}; correctable: "
                            + ", ".join(CORRECTABLE[kind]))
    if "type" in changes and changes["type"] not in EVENT_TYPES:
        raise InvalidReview(f"unknown event type {changes['type']!r}; use one of {', '.join(EVENT_TYPES)}")
    if "status" in changes and changes["status"] not in EVENT_STATUSES:
        raise InvalidReview(f"unknown status {changes['status']!r}; use one of {', '.join(EVENT_STATUSES)}")
    for k in ("actors", "targets"):
        if k in changes:
            v = changes[k]
            if isinstance(v, str):
                v = [x.strip() for x in v.split(",") if x.strip()]
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise InvalidReview(f"{k} must be a list of entity ids or names, got {v!r}")
            changes[k] = v
    if "when" in changes:
        w = str(changes["when"])
        try:
            parts = [int(p) for p in w.split("-")]
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
            if len(parts) > 3 or len(str(parts[0])) != 4:
                raise ValueError(w)
        except ValueError as exc:
            raise InvalidReview(f"date {w!r} is not YYYY, YYYY-MM or YYYY-MM-DD") from exc
    return changes


def add_review(store, kind: str, fact_id: int, action: str, changes: dict[str, Any] | None = None,
               reviewer: str = "analyst", note: str | None = None) -> dict[str, Any]:
    """Record a review of one fact as a new version; returns it.

    Raises:
        UnknownFact: no such fact.
        InvalidReview: bad action, field or value (the message names it).
    """
    ensure_tables(store)
    changes = _check_changes(kind, action, changes)
    if not reviewer or len(reviewer) > 255:
        raise InvalidReview("a review needs a reviewer name (at most 255 characters)")
    for k in ("actors", "targets"):
        if k in changes:
            changes[k] = [_resolve_one(store, x) for x in changes[k]]
    if "speaker" in changes:
        changes["speaker"] = _resolve_one(store, str(changes["speaker"]))
    with store.engine.begin() as conn:
        target = _target_of(conn, kind, fact_id)
        r = reviews.c
        version = conn.execute(select(func.max(r.version)).where(
            r.kind == kind, r.doc_id == target["doc_id"], _eq(r.span_start, target["span_start"]),
            _eq(r.span_end, target["span_end"]), _eq(r.fact_type, target["fact_type"]),
            r.rank == target["rank"])).scalar() or 0
        values = dict(kind=kind, fact_id=fact_id, doc_id=target["doc_id"], span_start=target["span_start"],
                      span_end=target["span_end"], fact_type=target["fact_type"], rank=target["rank"],
                      version=version + 1, action=action, changes=json.dumps(changes, ensure_ascii=False),
                      original=json.dumps(target["original"], ensure_ascii=False), reviewer=reviewer, note=note,
                      created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
        rid = conn.execute(reviews.insert().values(**values)).inserted_primary_key[0]
    return _as_dict({**values, "id": rid})


def _resolve_one(store, name: str) -> str:
    ids = store.resolve(name)
    if not ids:
        raise InvalidReview(f"no entity matches {name!r}; give an id such as country:AZE or a known name")
    return ids[0]


def _eq(col, value):
    return col.is_(None) if value is None else col == value


def _as_dict(r: Any) -> dict[str, Any]:
    r = dict(r)
    created = r["created_at"]
    return {"id": r["id"], "kind": r["kind"], "fact_id": r["fact_id"], "doc": r["doc_id"],
            "span": [r["span_start"], r["span_end"]], "fact_type": r["fact_type"], "rank": r["rank"],
            "version": r["version"], "action": r["action"], "changes": json.loads(r["changes"] or "{}"),
            "original": json.loads(r["original"] or "{}"), "reviewer": r["reviewer"], "note": r["note"],
            "created_at": created.isoformat(timespec="seconds") if created else None}


def iter_reviews(store) -> Iterator[dict[str, Any]]:
    """Every review version, oldest first (the review export)."""
    ensure_tables(store)
    with store.engine.connect() as conn:
        for r in conn.execute(select(reviews).order_by(reviews.c.id)).mappings():
            yield _as_dict(r)


def current_reviews(store, kind: str = "event") -> dict[int, dict[str, Any]]:
    """``{fact id: current review}`` for the stored facts of ``kind`` that have one.

    A review's target is looked up by document and evidence span, so a fact re-extracted
    under a new id by a re-analysis keeps its review; a target whose span no longer
    yields a fact is not applied (it stays in the history and the export).
    """
    ensure_tables(store)
    t, d, r = _fact_table(kind), S.documents, reviews.c
    typ = t.c.type if kind == "event" else t.c.speaker
    with store.engine.connect() as conn:
        latest: dict[tuple, dict[str, Any]] = {}
        for row in conn.execute(select(reviews).where(r.kind == kind).order_by(r.version, r.id)).mappings():
            latest[(row["doc_id"], row["span_start"], row["span_end"], row["fact_type"], row["rank"])] = dict(row)
        if not latest:
            return {}
        docs = sorted({k[0] for k in latest})
        facts: dict[tuple, list[tuple[int, Any]]] = {}
        for i in range(0, len(docs), 500):
            for f in conn.execute(select(t.c.id, d.c.doc_id, t.c.start, t.c.end, typ.label("typ"))
                                  .join(d, d.c.id == t.c.doc).where(d.c.doc_id.in_(docs[i:i + 500]))
                                  .order_by(t.c.id)):
                facts.setdefault((f.doc_id, f.start, f.end), []).append((f.id, f.typ))
    out: dict[int, dict[str, Any]] = {}
    for (doc_id, start, end, ftype, rank), row in latest.items():
        cands = facts.get((doc_id, start, end), [])
        same = [fid for fid, typ in cands if kind != "event" or typ == ftype]
        if rank < len(same):
            fid = same[rank]
        elif row["fact_id"] in [fid for fid, _ in cands]:  # the type changed on re-analysis: the same id
            fid = row["fact_id"]
        elif len(cands) == 1 and kind == "event":  # the type changed and the id too: the one fact of that span
            fid = cands[0][0]
        else:
            continue
        rev = _as_dict(row)
        if fid not in out or out[fid]["id"] < rev["id"]:
            out[fid] = rev
    return out


def history(store, kind: str, fact_id: int) -> list[dict[str, Any]]:
    """Every version of the reviews of one fact (matched by its target), oldest first."""
    ensure_tables(store)
    r = reviews.c
    with store.engine.connect() as conn:
        target = _target_of(conn, kind, fact_id)
        rows = conn.execute(select(reviews).where(
            r.kind == kind, r.doc_id == target["doc_id"], _eq(r.span_start, target["span_start"]),
            _eq(r.span_end, target["span_end"])).order_by(r.version, r.id)).mappings().all()
    return [_as_dict(x) for x in rows if (x["fact_type"], x["rank"]) == (target["fact_type"], target["rank"])
            or x["fact_id"] == fact_id]


def review_counts(store) -> dict[str, int]:
    """How many facts carry each current review action (events and quotes)."""
    out = {a: 0 for a in ACTIONS}
    for kind in KINDS:
        for rev in current_reviews(store, kind).values():
            out[rev["action"]] += 1
    return out


# --------------------------------------------------------------------------- applying reviews to rows

def reviewed(row: dict[str, Any], rev: dict[str, Any] | None) -> dict[str, Any]:
    """A query row with its current review applied: corrections replace values, the pipeline's are kept."""
    if rev is None:
        return {**row, "review": None}
    out = {**row, "review": {k: rev[k] for k in ("id", "action", "version", "reviewer", "note", "created_at",
                                                  "changes")}}
    if rev["action"] == "correct":
        out["pipeline"] = {k: row.get(k) for k in rev["changes"]}
        out.update(rev["changes"])
    return out


def apply(rows: list[dict[str, Any]], current: dict[int, dict[str, Any]], reviewed_only: bool = False,
          include_rejected: bool = False) -> list[dict[str, Any]]:
    """Rows with reviews applied; rejected ones dropped unless ``include_rejected``; with
    ``reviewed_only`` only confirmed and corrected rows (and rejected ones if included)."""
    out = []
    for row in rows:
        rev = current.get(row["id"])
        action = rev["action"] if rev else None
        if action == "reject" and not include_rejected:
            continue
        if reviewed_only and action is None:
            continue
        out.append(reviewed(row, rev))
    return out


def apply_to_events(store, rows: list[dict[str, Any]], reviewed_only: bool = False,
                    include_rejected: bool = False) -> list[dict[str, Any]]:
    """:func:`apply` with the store's current event reviews."""
    return apply(rows, current_reviews(store, "event"), reviewed_only, include_rejected)


def apply_to_contract(obj: dict[str, Any], current: dict[int, dict[str, Any]], reviewed_only: bool = False,
                      include_rejected: bool = False) -> dict[str, Any]:
    """One exported contract object (:func:`pactwatch.contract.stored_contracts`) with event reviews applied."""
    return {**obj, "events": apply(obj.get("events", []), current, reviewed_only, include_rejected)}


__all__ = ["ACTIONS", "CORRECTABLE", "InvalidReview", "UnknownFact", "add_review", "apply", "apply_to_contract",
           "apply_to_events", "current_reviews", "ensure_tables", "history", "iter_reviews", "review_counts",
           "reviewed", "reviews"]
