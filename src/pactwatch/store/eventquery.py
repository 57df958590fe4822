"""How events are listed: one query builder for every listing of the store's events (the
command line, the web, the exports, the cross-document records), from an :class:`EventFilter`
of entity-id sets, in one order (:func:`event_order`), a page cut before its articles are
joined, with each event's parties (:func:`parties_of`).

Example:
    >>> page = find_events(store, EventFilter(types=("exercise",)), limit=20)
    >>> page.total, [r.id for r in page.rows]
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.sql.elements import ColumnElement

from . import schema as S
from .rows import EventRow
from .util import iso

IdSet = frozenset[str] | set[str]


@dataclass(frozen=True)
class EventFilter:
    """Which events: every given part must hold (see the module docstring)."""

    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    actors: tuple[IdSet, ...] = ()
    targets: tuple[IdSet, ...] = ()
    parties: tuple[IdSet, ...] = ()
    involving: tuple[IdSet, ...] = ()
    asserted_by: tuple[IdSet, ...] = ()
    agreements: tuple[IdSet, ...] = ()  # the event is about one of these agreements
    between: tuple[IdSet, IdSet] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    date_field: str = "reported"  # "reported" (the document's date) or "event" (the event's own)
    docs: frozenset[str] | None = None  # only events of these documents (doc_id)
    stories: frozenset[str] | None = None  # only events of articles of these stories
    min_confidence: float = 0.0  # only events of at least this confidence (0..1)
    ids: frozenset[int] | None = None  # only these events (ids)
    exclude_ids: frozenset[int] = frozenset()  # never these events


@dataclass
class EventPage:
    """Some events and how many match in all."""

    rows: Sequence[Mapping[str, Any]]  # EventRow, or its dict with the review applied (find_reviewed_events)
    total: int
    names: dict[str, str] = field(default_factory=dict)  # entity id -> name, for every id in rows


def conditions(f: EventFilter) -> list:
    """The SQL conditions of ``f`` on the events table (all must hold)."""
    e, p, d = S.events, S.event_parties, S.documents
    conds: list = []
    if f.types:
        conds.append(e.c.type.in_(f.types))
    if f.statuses:
        conds.append(e.c.status.in_(f.statuses))

    def with_party(ids: Iterable[str], role: str | None = None):
        sub = select(p.c.event).where(p.c.entity_id.in_(sorted(ids)))
        if role:
            sub = sub.where(p.c.role == role)
        return e.c.id.in_(sub)

    conds += [with_party(ids, "actor") for ids in f.actors]
    conds += [with_party(ids, "target") for ids in f.targets]
    conds += [with_party(ids) for ids in f.parties]
    conds += [or_(with_party(ids), e.c.asserted_by.in_(sorted(ids))) for ids in f.involving]
    conds += [e.c.asserted_by.in_(sorted(ids)) for ids in f.asserted_by]
    conds += [e.c.agreement.in_(sorted(ids)) for ids in f.agreements]
    if f.between is not None:
        a, b = f.between
        conds += [with_party(a), with_party(b)]
    col = e.c.when_start if f.date_field == "event" else e.c.reported
    if f.since:
        conds.append(col >= f.since)
    if f.until:
        conds.append(col <= f.until)
    if f.docs is not None:
        conds.append(e.c.doc.in_(select(d.c.id).where(d.c.doc_id.in_(sorted(f.docs)))))
    if f.stories is not None:
        conds.append(e.c.doc.in_(select(d.c.id).where(d.c.story.in_(sorted(f.stories)))))
    if f.min_confidence:
        conds.append(e.c.confidence >= f.min_confidence)
    if f.ids is not None:
        conds.append(e.c.id.in_(sorted(f.ids)))
    if f.exclude_ids:
        conds.append(e.c.id.not_in(sorted(f.exclude_ids)))
    return conds


def parties_of(conn: Connection, ids: list[int]) -> dict[int, tuple[list[str], list[str]]]:
    """``{event id: (actors, targets)}`` of the given events, in their stored order (500 ids a query)."""
    out: dict[int, tuple[list[str], list[str]]] = {}
    p = S.event_parties
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(p).where(p.c.event.in_(ids[i:i + 500])).order_by(p.c.event, p.c.position)):
            a, t = out.setdefault(r.event, ([], []))
            (a if r.role == "actor" else t).append(r.entity_id)
    return out


def event_order(dialect: str, event_window: bool = False) -> tuple[ColumnElement[Any], ...]:
    """How events are listed everywhere: newest report first (undated last), then id.

    ``event_window``: the query keeps an event-date window. PostgreSQL would walk the
    report-order index and filter (it takes event and report dates for independent: 50,000
    rows read for a month's 1,200 on the benchmark store, 95 ms); an expression it cannot
    read from that index makes it take the window from the event-date index and sort those
    (27 ms). The order is the same."""
    e = S.events
    col: ColumnElement[Any] = e.c.reported + 0 if dialect == "postgresql" and event_window else e.c.reported
    return (col.desc().nulls_last() if dialect == "postgresql" else col.desc(), e.c.id)


def event_fields(r: RowMapping, parties: tuple[list[str], list[str]]) -> dict[str, Any]:
    """An events row joined with its document, as :class:`EventRow`'s fields."""
    return dict(id=r["id"], doc=r["doc_id"], name=r.get("name"), type=r["type"], status=r["status"],
                actors=tuple(parties[0]), targets=tuple(parties[1]), sectors=tuple(json.loads(r["sectors"] or "[]")),
                provisions=tuple(json.loads(r["provisions"] or "[]")), when=r["when"], reported=iso(r["reported"]),
                where=r["where"], asserted_by=r["asserted_by"], agreement=r["agreement"], evidence=r["sentence"],
                start=r["start"], end=r["end"], trigger=r["trigger"], confidence=r["confidence"], title=r["title"],
                publisher=r["publisher"], story=r["story"])


def event_rows(store, f: EventFilter, limit: int | None = None, offset: int = 0) -> list[EventRow]:
    """The events matching ``f``, newest report first (:func:`event_order`), ``limit`` of them from ``offset``."""
    e, d = S.events, S.documents
    conds = conditions(f)
    where = and_(*conds) if conds else None
    order = event_order(store.dialect, event_window=f.date_field == "event" and bool(f.since or f.until))
    q = select(e, d.c.doc_id, d.c.name, d.c.title, d.c.publisher, d.c.published, d.c.story).join(d, d.c.id == e.c.doc)
    if limit:
        # The page's ids first, then their rows and articles: joined before the cut, PostgreSQL would
        # hash every document to keep a month's window (13 of 21 ms on the benchmark store).
        ids = select(e.c.id).order_by(*order).limit(limit).offset(offset)
        cut = (ids.where(where) if where is not None else ids).subquery()
        q = q.join(cut, cut.c.id == e.c.id)
    elif where is not None:
        q = q.where(where)
    q = q.order_by(*order)
    if offset and not limit:
        q = q.offset(offset)
    with store.engine.connect() as conn:
        rows = conn.execute(q).mappings().all()
        parties = parties_of(conn, [r["id"] for r in rows])
    return [EventRow(**event_fields(r, parties.get(r["id"], ([], [])))) for r in rows]


def find_events(store, f: EventFilter, limit: int | None = None, offset: int = 0, with_names: bool = True
                ) -> EventPage:
    """:func:`event_rows` with the number matching in all and (``with_names``) the names of their ids."""
    conds = conditions(f)
    n = select(func.count()).select_from(S.events)
    if conds:
        n = n.where(and_(*conds))
    out = event_rows(store, f, limit=limit, offset=offset)
    with store.engine.connect() as conn:
        total = int(conn.execute(n).scalar_one())
    if not with_names:
        return EventPage(out, total)
    used = {x for r in out for x in [*r.actors, *r.targets, r.asserted_by, r.where, r.agreement] if x}
    return EventPage(out, total, store.names(used))
