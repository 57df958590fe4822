"""Reads the web layer needs beyond :class:`~pactwatch.store.core.Store`'s query methods:
one document with every fact and its offsets, a page of documents, the actor network with
filters and per-event detail, the timeline, and a cheap token that changes when the data does.

Every function takes a store and returns plain values; the web layer never sees SQL.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select

from . import schema as S
from .core import _unpack, when_start
from .reviews import reviews as reviews_table
from .util import iso

NETWORK_TYPES = ("cooperation", "alliance", "agreement", "exercise", "threat", "conflict")


def _day(v: str | None) -> dt.date | None:
    return when_start(v) if v else None


def data_version(store) -> tuple:
    """Changes whenever a run starts or finishes or a review is added: a key for caches."""
    with store.engine.connect() as conn:
        runs = conn.execute(select(func.max(S.runs.c.id), func.count(S.runs.c.finished_at))).first()
        rev = conn.execute(select(func.max(reviews_table.c.id))).scalar() \
            if store.engine.dialect.has_table(conn, "reviews") else None
        docs = conn.execute(select(func.max(S.documents.c.id))).scalar()
    return (runs[0], runs[1], rev, docs)


def docs_index(store, doc_ids: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """``{doc_id: {doc_id, publisher, duplicate_of, published, story, title}}`` (corroboration) of every
    document, or of ``doc_ids`` and the originals they copy (a copy counts as its original's source)."""
    d = S.documents
    cols = (d.c.doc_id, d.c.publisher, d.c.duplicate_of, d.c.published, d.c.story, d.c.title)
    out: dict[str, dict[str, Any]] = {}

    def add(rows) -> None:
        for r in rows:
            out[r.doc_id] = {"doc_id": r.doc_id, "publisher": r.publisher, "duplicate_of": r.duplicate_of,
                             "published": iso(r.published), "story": r.story, "title": r.title}

    with store.engine.connect() as conn:
        if doc_ids is None:
            add(conn.execute(select(*cols)))
            return out
        wanted, asked = set(doc_ids), set()
        while wanted:
            ordered = sorted(wanted)
            asked |= wanted
            for i in range(0, len(ordered), 500):
                add(conn.execute(select(*cols).where(d.c.doc_id.in_(ordered[i:i + 500]))))
            wanted = {x["duplicate_of"] for x in out.values() if x["duplicate_of"]} - asked  # originals to fetch
    return out


def documents(store, publisher: str | None = None, story: str | None = None, limit: int = 50,
              offset: int = 0) -> list[dict[str, Any]]:
    """Stored documents, newest publication first, with how many events and quotes each has."""
    d, e, q = S.documents, S.events, S.quotes
    nev = select(func.count()).select_from(e).where(e.c.doc == d.c.id).scalar_subquery()
    nq = select(func.count()).select_from(q).where(q.c.doc == d.c.id).scalar_subquery()
    stmt = select(d.c.doc_id, d.c.name, d.c.title, d.c.publisher, d.c.published, d.c.language, d.c.url, d.c.story,
                  d.c.duplicate_of, d.c.fmt, nev.label("events"), nq.label("quotes"))
    if publisher:
        stmt = stmt.where(func.lower(d.c.publisher) == publisher.lower())
    if story:
        stmt = stmt.where(d.c.story == story)
    order = d.c.published.desc().nulls_last() if store.engine.dialect.name == "postgresql" else d.c.published.desc()
    stmt = stmt.order_by(order, d.c.id).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [{**dict(r), "published": iso(r["published"])} for r in conn.execute(stmt).mappings()]


def document(store, doc_id: str) -> dict[str, Any] | None:
    """One document: metadata, the text its offsets point into, and every fact with its span.

    ``text`` is what the user gave when it was text (``start``/``end`` offsets point into
    it); for an HTML page it is the text extracted from the page, and the facts' spans are
    their offsets in that text (``clean_start``/``clean_end``), so a page can show the
    words, not the markup. ``text_kind`` says which (``original`` or ``extracted``).
    """
    d = S.documents
    with store.engine.connect() as conn:
        row = conn.execute(select(d).where(d.c.doc_id == doc_id)).mappings().first()
        if row is None:
            return None
        pk = row["id"]
        html = row["original_source"] is not None
        text = row["clean_text"] if html else row["original_text"]
        lo, hi = ("clean_start", "clean_end") if html else ("start", "end")

        def facts(t, *cols):
            return [dict(r) for r in conn.execute(select(t.c.id, t.c.sentence, t.c[lo].label("s"), t.c[hi].label("e"),
                                                         *[t.c[c] for c in cols])
                                                  .where(t.c.doc == pk).order_by(t.c.id)).mappings()]

        events = facts(S.events, "type", "status", "when", "asserted_by", "trigger", "start", "end")
        p = S.event_parties
        parties: dict[int, tuple[list[str], list[str]]] = {}
        if events:
            for r in conn.execute(select(p).where(p.c.event.in_([x["id"] for x in events]))
                                  .order_by(p.c.event, p.c.position)):
                a, t = parties.setdefault(r.event, ([], []))
                (a if r.role == "actor" else t).append(r.entity_id)
        for ev in events:
            ev["actors"], ev["targets"] = parties.get(ev["id"], ([], []))
        quotes = facts(S.quotes, "speaker", "text", "start", "end")
        relations = facts(S.relations, "subject", "relation", "object")
        agreements = facts(S.agreement_mentions, "agreement", "stage", "when")
        ids = {x for ev in events for x in ev["actors"] + ev["targets"] + [ev["asserted_by"]] if x}
        ids |= {q["speaker"] for q in quotes if q["speaker"]} | {r["subject"] for r in relations}
        ids |= {r["object"] for r in relations} | {a["agreement"] for a in agreements}
        names = {r.id: r.name for r in conn.execute(select(S.entities.c.id, S.entities.c.name)
                                                      .where(S.entities.c.id.in_(sorted(ids))))} if ids else {}
    return {
        "doc": row["doc_id"], "name": row["name"], "title": row["title"], "publisher": row["publisher"],
        "published": iso(row["published"]), "language": row["language"], "url": row["url"], "story": row["story"],
        "duplicate_of": row["duplicate_of"], "source": row["source"], "fmt": row["fmt"],
        "pipeline_version": row["pipeline_version"], "text": text, "text_kind": "extracted" if html else "original",
        "has_source": html, "events": events, "quotes": quotes, "relations": relations, "agreements": agreements,
        "names": names,
    }


def quote(store, quote_id: int) -> dict[str, Any] | None:
    """One quote with its sentence, offsets and article."""
    q, d = S.quotes, S.documents
    with store.engine.connect() as conn:
        r = conn.execute(select(q, d.c.doc_id, d.c.title, d.c.publisher, d.c.published)
                         .join(d, d.c.id == q.c.doc).where(q.c.id == quote_id)).mappings().first()
    if r is None:
        return None
    return {"id": r["id"], "doc": r["doc_id"], "speaker": r["speaker"], "text": r["text"], "cue": r["cue"],
            "reported": iso(r["reported"]), "title": r["title"], "publisher": r["publisher"],
            "evidence": r["sentence"], "start": r["start"], "end": r["end"]}


def original_source(store, doc_id: str) -> str | None:
    """What the user gave for an HTML document (the page), else its text."""
    d = S.documents
    with store.engine.connect() as conn:
        row = conn.execute(select(d.c.original_source, d.c.original_text).where(d.c.doc_id == doc_id)).first()
    if row is None:
        return None
    return _unpack(row[0]) if row[0] is not None else row[1]


def _event_rows(store, type: str | None, status: str | None, since: str | None, until: str | None,
                date_field: str, ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Events (id, type, status, doc_id, parties) for the network and timeline, filtered in SQL."""
    e, d, p = S.events, S.documents, S.event_parties
    col = e.c.when_start if date_field == "event" else e.c.reported
    conds: list[ColumnElement[bool]] = []
    if ids is not None:
        conds.append(e.c.id.in_(ids))
    else:
        if type:
            conds.append(e.c.type.in_(type.split(",")))
        if status:
            conds.append(e.c.status.in_(status.split(",")))
        if since:
            conds.append(col >= _day(since))
        if until:
            conds.append(col <= _day(until))
    stmt = select(e.c.id, e.c.type, e.c.status, e.c.reported, e.c.when_start, d.c.doc_id, p.c.entity_id, p.c.role) \
        .join(d, d.c.id == e.c.doc).join(p, p.c.event == e.c.id)
    if conds:
        stmt = stmt.where(and_(*conds))
    out: dict[int, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(stmt.order_by(e.c.id, p.c.position)):
            x = out.setdefault(r.id, {"id": r.id, "type": r.type, "status": r.status, "doc": r.doc_id,
                                      "reported": iso(r.reported), "when_start": iso(r.when_start),
                                      "actors": [], "targets": []})
            x["actors" if r.role == "actor" else "targets"].append(r.entity_id)
    return list(out.values())


def network_events(store, type: str | None = None, status: str | None = None, since: str | None = None,
                   until: str | None = None, date_field: str = "reported",
                   ids: list[int] | None = None) -> list[dict[str, Any]]:
    """The events a network is drawn from (with their parties), filtered in SQL."""
    return _event_rows(store, type, status, since, until, date_field, ids)


def entity_names(store, ids: set[str]) -> dict[str, dict[str, str]]:
    """``{id: {id, kind, name}}`` for the given entity ids."""
    if not ids:
        return {}
    en = S.entities
    out = {}
    with store.engine.connect() as conn:
        ordered = sorted(ids)
        for i in range(0, len(ordered), 500):
            for r in conn.execute(select(en).where(en.c.id.in_(ordered[i:i + 500]))):
                out[r.id] = {"id": r.id, "kind": r.kind, "name": r.name}
    return out


def timeline(store, date_field: str = "reported") -> list[dict[str, Any]]:
    """Events per month, type and status (``date_field``: the report date or the event's own date)."""
    e = S.events
    col = e.c.when_start if date_field == "event" else e.c.reported
    if store.engine.dialect.name == "postgresql":
        month = func.to_char(col, "YYYY-MM")
    else:
        month = func.substr(col, 1, 7)  # SQLite keeps a date as YYYY-MM-DD text
    stmt = select(month.label("month"), e.c.type, e.c.status, func.count().label("n")).where(col.is_not(None)) \
        .group_by(month, e.c.type, e.c.status).order_by(month)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def event_facts(store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """``{id: {type, status, month (reported), month_event}}`` for a few events (timeline corrections)."""
    if not ids:
        return {}
    e = S.events
    with store.engine.connect() as conn:
        return {r.id: {"type": r.type, "status": r.status, "reported": (iso(r.reported) or "")[:7] or None,
                       "event": (iso(r.when_start) or "")[:7] or None}
                for r in conn.execute(select(e.c.id, e.c.type, e.c.status, e.c.reported, e.c.when_start)
                                      .where(e.c.id.in_(ids)))}

