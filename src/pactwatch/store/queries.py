"""Reads: events, entities, quotes, full-text search, one fact with its evidence, the rows
the cross-document layer folds, table dumps for exports. Every query returns typed rows
(:mod:`.rows`).

Names resolve through aliases: ``Turkey``, ``Türkiye``, ``TUR`` and ``country:TUR`` are
the same actor; a name no stored alias has goes to the store's ``lookup`` (the gazetteer,
given by whoever opens the store), then to a fuzzy match. Dates filter on the report date
(the document's publication date) or on the event date (``when``), kept apart on every fact.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select, text
from sqlalchemy.engine import Connection, Engine

from ..model import fold
from ..settings import Settings
from . import schema as S
from .eventquery import EventFilter, event_fields, event_rows, parties_of
from .rows import (
    AgreementMentionRow,
    DocumentRow,
    EntityRow,
    EventDetail,
    EventParties,
    EventRow,
    NetworkNode,
    QuoteRow,
    SearchHit,
)
from .util import iso, unpack, when_end

DEFAULT_LIMIT = Settings().query_limit  # commands pass the settings' query_limit


def _date(v: str | dt.date | None) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    parts = [int(p) for p in str(v).split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


class QueryMixin:
    engine: Engine
    dialect: str
    lookup: Callable[[str], list[str]] | None

    # ------------------------------------------------------------------ names

    def resolve(self, name: str) -> list[str]:
        """Entity ids a user's name means: an id, an ISO code, a name or alias (accents and case ignored)."""
        name = name.strip()
        with self.engine.connect() as conn:
            if ":" in name:
                hit = conn.execute(select(S.entities.c.id).where(S.entities.c.id == name)).first()
                if hit:
                    return [hit[0]]
            if re.fullmatch(r"[A-Za-z]{3}", name):
                hit = conn.execute(select(S.entities.c.id).where(S.entities.c.id == f"country:{name.upper()}")).first()
                if hit:
                    return [hit[0]]
            f = fold(name)
            ids = [r[0] for r in conn.execute(
                select(S.entity_aliases.c.entity_id).where(S.entity_aliases.c.folded == f).distinct())]
            if not ids and self.lookup is not None:
                ids = self.lookup(name)[:1]
            if not ids:
                ids = self._fuzzy(conn, f)
        return sorted(set(ids))

    def _fuzzy(self, conn: Connection, folded: str) -> list[str]:
        """Near spellings ("Ilham Aliev" for "Ilham Aliyev"): aliases sharing a word prefix, scored by rapidfuzz."""
        words = [w for w in re.findall(r"\w+", folded) if len(w) >= 3]
        if not words:
            return []
        cands = conn.execute(select(S.entity_aliases.c.entity_id, S.entity_aliases.c.folded).where(
            or_(*[S.entity_aliases.c.folded.like(f"%{w[:3]}%") for w in words])).limit(5000)).all()
        scored = sorted(((fuzz.ratio(folded, c.folded), c.entity_id) for c in cands), reverse=True)
        return [eid for score, eid in scored[:1] if score >= 88]

    def _resolve_or_none(self, name: str | None) -> list[str] | None:
        if not name:
            return None
        ids = self.resolve(name)
        return ids or ["none:no-such-entity"]

    # ------------------------------------------------------------------ events

    def events(self, type: str | None = None, status: str | None = None, actor: str | None = None,
               target: str | None = None, party: str | None = None, asserted_by: str | None = None,
               agreement: str | None = None, since: str | None = None, until: str | None = None,
               date_field: str = "reported", story: str | None = None, limit: int | None = DEFAULT_LIMIT,
               offset: int = 0) -> list[EventRow]:
        """Events matching every filter given, newest report first: names resolve as :meth:`resolve` does
        (a name matching nothing matches no event); ``until`` takes in its whole period."""
        def one(name: str | None) -> tuple[frozenset[str], ...]:
            ids = self._resolve_or_none(name)
            return () if ids is None else (frozenset(ids),)

        f = EventFilter(types=(type,) if type else (), statuses=(status,) if status else (), actors=one(actor),
                        targets=one(target), parties=one(party), asserted_by=one(asserted_by),
                        agreements=one(agreement), since=_date(since),
                        until=until if isinstance(until, dt.date) else when_end(until),
                        date_field=date_field, stories=frozenset({story}) if story else None)
        return event_rows(self, f, limit=limit, offset=offset)

    def show(self, event_id: int) -> EventDetail | None:
        """One event with its evidence sentence and its document's title, publisher, date and source."""
        e, d = S.events, S.documents
        with self.engine.connect() as conn:
            r = conn.execute(select(e, d.c.doc_id, d.c.title, d.c.publisher, d.c.published, d.c.story, d.c.source,
                                    d.c.url, d.c.original_text, d.c.original_source, d.c.fmt, d.c.hints, d.c.name)
                             .join(d, d.c.id == e.c.doc).where(e.c.id == event_id)).mappings().first()
            if r is None:
                return None
            parties = parties_of(conn, [event_id]).get(event_id, ([], []))
            names = self._names(conn, set(parties[0] + parties[1]) | {x for x in (r["where"], r["asserted_by"],
                                                                                   r["agreement"]) if x})
        original = unpack(r["original_source"])
        if original is None:
            original = r["original_text"]
        found = r["start"] is not None and r["start"] >= 0
        return EventDetail(**event_fields(r, parties), source=r["source"], url=r["url"], fmt=r["fmt"],
                           hints=tuple((str(k), str(v)) for k, v in json.loads(r["hints"] or "[]")), names=names,
                           original=original[r["start"]:r["end"]] if found else None)

    def names(self, ids: set[str]) -> dict[str, str]:
        """``{id: name}`` of the given entity ids that are stored."""
        with self.engine.connect() as conn:
            return self._names(conn, ids)

    def _names(self, conn: Connection, ids: set[str]) -> dict[str, str]:
        wanted, out = sorted(ids), {}
        for i in range(0, len(wanted), 500):  # a bound list within every database's limit of parameters
            out.update({r.id: r.name for r in conn.execute(select(S.entities.c.id, S.entities.c.name)
                                                           .where(S.entities.c.id.in_(wanted[i:i + 500])))})
        return out

    # ------------------------------------------------------------------ entities

    def entities(self, kind: str | None = None, search: str | None = None,
                 limit: int | None = DEFAULT_LIMIT) -> list[EntityRow]:
        """Entities with their aliases and how many documents and events name them."""
        en, al, de, p = S.entities, S.entity_aliases, S.doc_entities, S.event_parties
        docs = select(func.count()).select_from(de).where(de.c.entity_id == en.c.id).scalar_subquery()
        evs = select(func.count(func.distinct(p.c.event))).where(p.c.entity_id == en.c.id).scalar_subquery()
        q = select(en.c.id, en.c.kind, en.c.name, docs.label("documents"), evs.label("events"))
        if kind:
            q = q.where(en.c.kind == kind)
        if search:
            f = f"%{fold(search)}%"
            q = q.where(or_(en.c.id.in_(select(al.c.entity_id).where(al.c.folded.like(f))), en.c.id.like(f)))
        q = q.order_by(docs.desc(), en.c.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).mappings().all()
            aliases = self._aliases(conn, [r["id"] for r in rows])
        return [EntityRow(id=r["id"], kind=r["kind"], name=r["name"], documents=int(r["documents"]),
                          events=int(r["events"]),
                          aliases=tuple(a for a in aliases.get(r["id"], []) if a != r["name"])) for r in rows]

    def _aliases(self, conn: Connection, ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(S.entity_aliases.c.entity_id, S.entity_aliases.c.alias)
                                  .where(S.entity_aliases.c.entity_id.in_(ids[i:i + 500]))):
                out.setdefault(r.entity_id, []).append(r.alias)
        return out

    def entity(self, name: str, as_of: str | None = None) -> dict[str, Any] | None:
        """Everything about one entity: aliases, roles, memberships (as of a date), events, quotes.

        A page of several lists rather than a row: ``events`` and ``quotes`` are typed rows,
        ``relations`` (folded over documents) and ``roles`` plain values."""
        ids = self.resolve(name)
        if not ids:
            return None
        eid = ids[0]
        asof = _date(as_of)
        r, ro, d = S.relations, S.roles, S.documents
        with self.engine.connect() as conn:
            row = conn.execute(select(S.entities).where(S.entities.c.id == eid)).mappings().first()
            if row is None:
                return None
            rel_q = select(r, d.c.doc_id).join(d, d.c.id == r.c.doc).where(or_(r.c.subject == eid, r.c.object == eid))
            role_q = select(ro, d.c.doc_id).join(d, d.c.id == ro.c.doc).where(or_(ro.c.person == eid, ro.c.of == eid))
            if asof:
                rel_q = rel_q.where(or_(r.c.reported.is_(None), r.c.reported <= asof))
                role_q = role_q.where(or_(ro.c.reported.is_(None), ro.c.reported <= asof))
            rels = conn.execute(rel_q.order_by(r.c.reported, r.c.id)).mappings().all()
            roles = conn.execute(role_q.order_by(ro.c.reported, ro.c.id)).mappings().all()
            aliases = self._aliases(conn, [eid]).get(eid, [])
            names = self._names(conn, {x["subject"] for x in rels} | {x["object"] for x in rels}
                                | {x["person"] for x in roles} | {x["of"] for x in roles if x["of"]})
        memberships = _latest_relations(rels)
        return {
            "id": eid, "kind": row["kind"], "name": row["name"],
            "aliases": [a for a in aliases if a != row["name"]],
            "as_of": asof.isoformat() if asof else None,
            "relations": [{"subject": x["subject"], "subject_name": names.get(x["subject"]), "relation": x["relation"],
                           "object": x["object"], "object_name": names.get(x["object"]),
                           "first_reported": x["first"], "last_reported": x["last"], "documents": x["docs"],
                           "evidence": x["evidence"]} for x in memberships],
            "roles": [{"person": x["person"], "person_name": names.get(x["person"]), "title": x["title"],
                       "of": x["of"], "reported": x["reported"].isoformat() if x["reported"] else None,
                       "doc": x["doc_id"], "evidence": x["sentence"]} for x in roles],
            "events": self.events(party=eid, limit=200) + self.events(asserted_by=eid, limit=200),
            "quotes": self.quotes(speaker=eid, limit=200),
        }

    # ------------------------------------------------------------------ quotes and search

    def quotes(self, speaker: str | None = None, search: str | None = None,
               limit: int | None = DEFAULT_LIMIT) -> list[QuoteRow]:
        """Quotations by speaker (any name of them) and/or words (full text), newest report first."""
        qt, d = S.quotes, S.documents
        q = select(qt, d.c.doc_id, d.c.title, d.c.publisher, d.c.published).join(d, d.c.id == qt.c.doc)
        ids = self._resolve_or_none(speaker)
        if ids is not None:
            q = q.where(qt.c.speaker.in_(ids))
        if search:
            q = q.where(qt.c.id.in_(self._fts_ids("quote", search)) if self.dialect == "sqlite" else
                        text("to_tsvector('english', quotes.text) @@ websearch_to_tsquery('english', :q)")
                        .bindparams(q=search))
        q = q.order_by(qt.c.reported.desc(), qt.c.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(q).mappings().all()
        return [QuoteRow(id=r["id"], doc=r["doc_id"], speaker=r["speaker"], text=r["text"], cue=r["cue"],
                         reported=iso(r["reported"]), title=r["title"], publisher=r["publisher"],
                         evidence=r["sentence"], start=r["start"], end=r["end"]) for r in rows]

    def _fts_ids(self, kind: str, query: str):
        return text("SELECT fact FROM fact_fts WHERE fact_fts MATCH :q AND kind = :k").bindparams(
            q=_fts5_query(query), k=kind).columns(S.events.c.id)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over article text and evidence sentences: documents, events and quotes."""
        out: list[SearchHit] = []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                fq = _fts5_query(query)
                docs = conn.execute(text(
                    "SELECT d.id, d.doc_id, d.title, d.publisher, d.published, "
                    "snippet(doc_fts, 1, '[', ']', ' … ', 16) AS snip, bm25(doc_fts) AS score "
                    "FROM doc_fts JOIN documents d ON d.id = doc_fts.rowid WHERE doc_fts MATCH :q "
                    "ORDER BY score LIMIT :n"), {"q": fq, "n": limit}).mappings().all()
                facts = conn.execute(text(
                    "SELECT f.kind, f.fact, d.doc_id, d.title, d.published, f.sentence AS snip, bm25(fact_fts) AS score "
                    "FROM fact_fts f JOIN documents d ON d.id = f.doc WHERE fact_fts MATCH :q "
                    "ORDER BY score LIMIT :n"), {"q": fq, "n": limit}).mappings().all()
            else:
                docs = conn.execute(text(
                    "WITH q AS (SELECT websearch_to_tsquery('english', :q) AS q), "
                    "top AS (SELECT d.id, ts_rank(d.fts, q.q) AS rank FROM documents d, q WHERE d.fts @@ q.q "
                    "ORDER BY rank DESC LIMIT :n) "
                    "SELECT d.id, d.doc_id, d.title, d.publisher, d.published, "
                    "ts_headline('english', d.clean_text, q.q, 'StartSel=[,StopSel=],MaxWords=30,MinWords=10') AS snip, "
                    "-top.rank AS score FROM top JOIN documents d ON d.id = top.id, q ORDER BY score"),
                    {"q": query, "n": limit}).mappings().all()
                facts = conn.execute(text(
                    "SELECT 'event' AS kind, e.id AS fact, d.doc_id, d.title, d.published, e.sentence AS snip, 0 AS score "
                    "FROM events e JOIN documents d ON d.id = e.doc WHERE to_tsvector('english', coalesce(e.sentence, '')) "
                    "@@ websearch_to_tsquery('english', :q) UNION ALL "
                    "SELECT 'quote', q.id, d.doc_id, d.title, d.published, q.text, 0 FROM quotes q "
                    "JOIN documents d ON d.id = q.doc WHERE to_tsvector('english', q.text) @@ "
                    "websearch_to_tsquery('english', :q) LIMIT :n"), {"q": query, "n": limit}).mappings().all()
        for r in docs:
            out.append(SearchHit("document", r["id"], r["doc_id"], r["title"], iso(r["published"]), r["snip"]))
        for r in facts:
            out.append(SearchHit(r["kind"], r["fact"], r["doc_id"], r["title"], iso(r["published"]), r["snip"]))
        return out

    # ------------------------------------------------------------------ exports

    def iter_table(self, name: str, batch: int = 5000) -> Iterator[dict[str, Any]]:
        """Every row of a table, streamed (exports)."""
        table = S.metadata.tables[name]
        pk = list(table.primary_key.columns)
        order = pk or list(table.columns)[:2]
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(
                select(table).order_by(*order))
            for r in result.mappings():
                yield dict(r)

    # ------------------------------------------------------------------ rows the cross-document layer folds

    def event_parties(self) -> list[EventParties]:
        """Every event's type, status, document and parties (the actor network's input)."""
        p, e = S.event_parties, S.events
        with self.engine.connect() as conn:
            rows = conn.execute(select(e.c.id, e.c.type, e.c.status, e.c.doc, p.c.entity_id, p.c.role)
                                .join(p, p.c.event == e.c.id)).all()
        by_event: dict[int, tuple[Any, list[str], list[str]]] = {}
        for r in rows:
            x = by_event.setdefault(r.id, (r, [], []))
            (x[1] if r.role == "actor" else x[2]).append(r.entity_id)
        return [EventParties(r.id, r.type, r.status, r.doc, tuple(a), tuple(t)) for r, a, t in by_event.values()]

    def entity_nodes(self, ids: set[str]) -> dict[str, NetworkNode]:
        """``{id: node}`` of the given entity ids that are stored."""
        en = S.entities
        if not ids:
            return {}
        with self.engine.connect() as conn:
            return {r.id: NetworkNode(r.id, r.kind, r.name)
                    for r in conn.execute(select(en).where(en.c.id.in_(sorted(ids))))}

    def document_rows(self) -> dict[str, DocumentRow]:
        """``{doc_id: row}`` of every stored document (corroboration counts outlets; stories group them)."""
        d = S.documents
        with self.engine.connect() as conn:
            return {r.doc_id: DocumentRow(r.doc_id, r.publisher, r.duplicate_of, iso(r.published), r.story, r.title)
                    for r in conn.execute(select(d.c.doc_id, d.c.publisher, d.c.duplicate_of, d.c.published,
                                                 d.c.story, d.c.title))}

    def agreement_mention_rows(self) -> list[AgreementMentionRow]:
        """Every stored agreement mention with its document, in storage order."""
        am, d = S.agreement_mentions, S.documents
        with self.engine.connect() as conn:
            rows = conn.execute(select(am, d.c.doc_id).join(d, d.c.id == am.c.doc).order_by(am.c.id)).mappings().all()
        return [AgreementMentionRow(agreement=r["agreement"], stage=r["stage"], when=r["when"],
                                    reported=iso(r["reported"]), parties=tuple(json.loads(r["parties"])),
                                    provisions=tuple(json.loads(r["provisions"])), negated=bool(r["negated"]),
                                    evidence=r["sentence"], doc=r["doc_id"]) for r in rows]


def _latest_relations(rows) -> list[dict[str, Any]]:
    """Relations folded over documents: first and last report date, number of documents."""
    out: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        k = (r["subject"], r["relation"], r["object"])
        x = out.setdefault(k, {"subject": r["subject"], "relation": r["relation"], "object": r["object"],
                               "first": None, "last": None, "docs": 0, "evidence": r["sentence"]})
        x["docs"] += 1
        rep = iso(r["reported"])
        if rep:
            x["first"] = min(x["first"] or rep, rep)
            x["last"] = max(x["last"] or rep, rep)
    return list(out.values())


def _fts5_query(q: str) -> str:
    """A user's words as an FTS5 query: every word must appear (quotes keep a phrase)."""
    phrases = re.findall(r'"([^"]+)"', q)
    rest = re.sub(r'"[^"]*"', " ", q)
    terms = ['"' + p.replace('"', "") + '"' for p in phrases]
    terms += ['"' + w + '"' for w in re.findall(r"\w+", rest)]
    return " AND ".join(terms) if terms else '""'
