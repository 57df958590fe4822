"""Reads: events, entities, quotes, full-text search, one fact with its evidence, exports.

Names resolve through aliases: ``Turkey``, ``Türkiye``, ``TUR`` and ``country:TUR`` are
the same actor. Dates filter on the report date (the document's publication date) or
on the event date (``when``), kept apart on every fact.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import and_, func, or_, select, text

from ..gazetteer import fold
from . import schema as S

DEFAULT_LIMIT = 1000


def _date(v: str | dt.date | None) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    parts = [int(p) for p in str(v).split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


class QueryMixin:
    engine: Any
    dialect: str

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
            if not ids:
                from ..gazetteer import load_gazetteer

                known = load_gazetteer().lookup(name)
                if known:
                    ids = [known[0]]
            if not ids:
                ids = self._fuzzy(conn, f)
        return sorted(set(ids))

    def _fuzzy(self, conn, folded: str) -> list[str]:
        """Near spellings ("Ilham Aliev" for "Ilham Aliyev"): aliases sharing a word prefix, scored by rapidfuzz."""
        from rapidfuzz import fuzz

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
               offset: int = 0) -> list[dict[str, Any]]:
        """Events matching every filter given, newest report first."""
        e, d, p = S.events, S.documents, S.event_parties
        q = select(e, d.c.doc_id, d.c.name, d.c.title, d.c.publisher, d.c.published, d.c.story).join(
            d, d.c.id == e.c.doc)
        conds = []
        if type:
            conds.append(e.c.type == type)
        if status:
            conds.append(e.c.status == status)
        for name, role in ((actor, "actor"), (target, "target"), (party, None)):
            ids = self._resolve_or_none(name)
            if ids is not None:
                sub = select(p.c.event).where(p.c.entity_id.in_(ids))
                if role:
                    sub = sub.where(p.c.role == role)
                conds.append(e.c.id.in_(sub))
        ids = self._resolve_or_none(asserted_by)
        if ids is not None:
            conds.append(e.c.asserted_by.in_(ids))
        ids = self._resolve_or_none(agreement)
        if ids is not None:
            conds.append(e.c.agreement.in_(ids))
        col = e.c.when_start if date_field == "event" else e.c.reported
        if since:
            conds.append(col >= _date(since))
        if until:
            conds.append(col <= _date(until))
        if story:
            conds.append(d.c.story == story)
        if conds:
            q = q.where(and_(*conds))
        q = q.order_by(e.c.reported.desc().nulls_last() if self.dialect == "postgresql" else e.c.reported.desc(),
                       e.c.id)
        if limit:
            q = q.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            rows = conn.execute(q).mappings().all()
            parties = self._parties(conn, [r["id"] for r in rows])
        return [self._event_dict(r, parties.get(r["id"], ([], []))) for r in rows]

    def _parties(self, conn, ids: list[int]) -> dict[int, tuple[list[str], list[str]]]:
        out: dict[int, tuple[list[str], list[str]]] = {}
        p = S.event_parties
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(p).where(p.c.event.in_(ids[i:i + 500])).order_by(p.c.event, p.c.position)):
                a, t = out.setdefault(r.event, ([], []))
                (a if r.role == "actor" else t).append(r.entity_id)
        return out

    @staticmethod
    def _event_dict(r, parties: tuple[list[str], list[str]]) -> dict[str, Any]:
        return {
            "id": r["id"], "doc": r["doc_id"], "name": r.get("name"), "type": r["type"], "status": r["status"],
            "actors": parties[0], "targets": parties[1],
            "sectors": json.loads(r["sectors"] or "[]"), "provisions": json.loads(r["provisions"] or "[]"),
            "when": r["when"], "reported": r["reported"].isoformat() if r["reported"] else None,
            "where": r["where"], "asserted_by": r["asserted_by"], "agreement": r["agreement"],
            "evidence": r["sentence"], "start": r["start"], "end": r["end"], "trigger": r["trigger"],
            "confidence": r["confidence"], "title": r["title"], "publisher": r["publisher"], "story": r["story"],
        }

    def show(self, event_id: int) -> dict[str, Any] | None:
        """One event with its evidence sentence and its document's title, publisher, date and source."""
        e, d = S.events, S.documents
        with self.engine.connect() as conn:
            r = conn.execute(select(e, d.c.doc_id, d.c.title, d.c.publisher, d.c.published, d.c.story, d.c.source,
                                    d.c.url, d.c.original_text, d.c.original_source, d.c.fmt, d.c.hints, d.c.name)
                             .join(d, d.c.id == e.c.doc).where(e.c.id == event_id)).mappings().first()
            if r is None:
                return None
            parties = self._parties(conn, [event_id]).get(event_id, ([], []))
            names = self._names(conn, set(parties[0] + parties[1]) | {x for x in (r["where"], r["asserted_by"],
                                                                                   r["agreement"]) if x})
        from ..model import RawDocument
        from ..provenance import offsets_into
        from .core import _unpack

        original = _unpack(r["original_source"])
        if original is None:
            original = r["original_text"]
        raw = RawDocument(r["doc_id"], r["source"], "", r["fmt"], tuple(tuple(h) for h in json.loads(r["hints"] or "[]")))
        out = self._event_dict(r, parties)
        found = r["start"] is not None and r["start"] >= 0
        out.update(source=r["source"], url=r["url"], names=names, name=r["name"], offsets_into=offsets_into(raw),
                   original=original[r["start"]:r["end"]] if found else None)
        return out

    def _names(self, conn, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        return {r.id: r.name for r in conn.execute(select(S.entities.c.id, S.entities.c.name)
                                                    .where(S.entities.c.id.in_(sorted(ids))))}

    # ------------------------------------------------------------------ entities

    def entities(self, kind: str | None = None, search: str | None = None,
                 limit: int | None = DEFAULT_LIMIT) -> list[dict[str, Any]]:
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
            rows = [dict(r) for r in conn.execute(q).mappings()]
            aliases = self._aliases(conn, [r["id"] for r in rows])
        for r in rows:
            r["aliases"] = [a for a in aliases.get(r["id"], []) if a != r["name"]]
        return rows

    def _aliases(self, conn, ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(S.entity_aliases.c.entity_id, S.entity_aliases.c.alias)
                                  .where(S.entity_aliases.c.entity_id.in_(ids[i:i + 500]))):
                out.setdefault(r.entity_id, []).append(r.alias)
        return out

    def entity(self, name: str, as_of: str | None = None) -> dict[str, Any] | None:
        """Everything about one entity: aliases, roles, memberships (as of a date), events, quotes."""
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
               limit: int | None = DEFAULT_LIMIT) -> list[dict[str, Any]]:
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
        return [{"id": r["id"], "doc": r["doc_id"], "speaker": r["speaker"], "text": r["text"], "cue": r["cue"],
                 "reported": r["reported"].isoformat() if r["reported"] else None, "title": r["title"],
                 "publisher": r["publisher"], "evidence": r["sentence"], "start": r["start"], "end": r["end"]}
                for r in rows]

    def _fts_ids(self, kind: str, query: str):
        return text("SELECT fact FROM fact_fts WHERE fact_fts MATCH :q AND kind = :k").bindparams(
            q=_fts5_query(query), k=kind).columns(S.events.c.id)

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over article text and evidence sentences: documents, events and quotes."""
        out: list[dict[str, Any]] = []
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
            out.append({"kind": "document", "id": r["id"], "doc": r["doc_id"], "title": r["title"],
                        "published": _iso(r["published"]), "text": r["snip"]})
        for r in facts:
            out.append({"kind": r["kind"], "id": r["fact"], "doc": r["doc_id"], "title": r["title"],
                        "published": _iso(r["published"]), "text": r["snip"]})
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

    def iter_contracts(self) -> Iterator[dict[str, Any]]:
        """Every stored document as the GUIDE.md contract object, oldest first."""
        d = S.documents
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(select(d.c.id).order_by(d.c.id))]
        for i in range(0, len(ids), 200):
            with self.engine.connect() as conn:
                yield from self._contracts(conn, ids[i:i + 200])

    def _contracts(self, conn, ids: list[int]) -> Iterator[dict[str, Any]]:
        d, en = S.documents, S.entities
        docs = conn.execute(select(d.c.id, d.c.doc_id, d.c.name, d.c.title, d.c.publisher, d.c.published,
                                   d.c.language, d.c.story, d.c.duplicate_of, d.c.source, d.c.url, d.c.pipeline_version)
                            .where(d.c.id.in_(ids)).order_by(d.c.id)).mappings().all()
        ents: dict[int, list] = {}
        for r in conn.execute(select(S.doc_entities.c.doc, en.c.id, en.c.kind, en.c.name, S.doc_entities.c.aliases)
                              .join(en, en.c.id == S.doc_entities.c.entity_id).where(S.doc_entities.c.doc.in_(ids))):
            ents.setdefault(r.doc, []).append({"id": r.id, "kind": r.kind, "name": r.name,
                                               "aliases": json.loads(r.aliases or "[]")})
        rels: dict[int, list] = {}
        for r in conn.execute(select(S.relations).where(S.relations.c.doc.in_(ids)).order_by(S.relations.c.id)):
            rels.setdefault(r.doc, []).append({"subject": r.subject, "relation": r.relation, "object": r.object,
                                               "evidence": r.sentence, "offsets": _off(r)})
        evrows = conn.execute(select(S.events).where(S.events.c.doc.in_(ids)).order_by(S.events.c.id)).mappings().all()
        parties = self._parties(conn, [r["id"] for r in evrows])
        evs: dict[int, list] = {}
        for r in evrows:
            a, t = parties.get(r["id"], ([], []))
            evs.setdefault(r["doc"], []).append({
                "id": r["id"], "type": r["type"], "actors": a, "targets": t, "status": r["status"],
                "sectors": json.loads(r["sectors"] or "[]"), "when": r["when"], "where": r["where"],
                "asserted_by": r["asserted_by"], "agreement": r["agreement"],
                "provisions": json.loads(r["provisions"] or "[]"), "evidence": r["sentence"],
                "offsets": {"start": r["start"], "end": r["end"]}, "trigger": r["trigger"],
                "confidence": r["confidence"]})
        qs: dict[int, list] = {}
        for r in conn.execute(select(S.quotes).where(S.quotes.c.doc.in_(ids)).order_by(S.quotes.c.id)):
            qs.setdefault(r.doc, []).append({"speaker": r.speaker, "text": r.text, "evidence": r.sentence,
                                             "offsets": _off(r)})
        for doc in docs:
            k = doc["id"]
            yield {
                "doc": doc["name"] or doc["doc_id"], "id": doc["doc_id"], "title": doc["title"],
                "publisher": doc["publisher"],
                "published": _iso(doc["published"]), "language": doc["language"], "story": doc["story"],
                "duplicate_of": doc["duplicate_of"], "entities": ents.get(k, []), "relations": rels.get(k, []),
                "events": evs.get(k, []), "quotes": qs.get(k, []), "source": doc["source"], "url": doc["url"],
                "pipeline": doc["pipeline_version"],
            }

    def network(self) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
        """Actors (states and organisations) and typed edges between them, weighted by evidence.

        An edge joins every actor of an event to every target, per (type, status); an
        event without targets joins its co-actors pairwise (``symmetric``, from the lower
        id to the higher). Its weight is the number of events, ``documents`` the number of
        distinct documents.
        """
        p, e, en = S.event_parties, S.events, S.entities
        with self.engine.connect() as conn:
            rows = conn.execute(select(e.c.id, e.c.type, e.c.status, e.c.doc, p.c.entity_id, p.c.role)
                                .join(p, p.c.event == e.c.id)).all()
            by_event: dict[int, dict[str, Any]] = {}
            for r in rows:
                x = by_event.setdefault(r.id, {"type": r.type, "status": r.status, "doc": r.doc, "a": [], "t": []})
                x["a" if r.role == "actor" else "t"].append(r.entity_id)
            ids = {r.entity_id for r in rows}
            nodes = {r.id: {"id": r.id, "kind": r.kind, "name": r.name}
                     for r in conn.execute(select(en).where(en.c.id.in_(sorted(ids))))} if ids else {}
        edges: dict[tuple, dict[str, Any]] = {}
        for x in by_event.values():
            if x["t"]:
                pairs = {(a, t, False) for a in x["a"] for t in x["t"] if a != t}
            else:  # co-actors of an event without a target ("A and B held exercises"): one undirected pair
                actors = sorted(set(x["a"]))
                pairs = {(a, b, True) for i, a in enumerate(actors) for b in actors[i + 1:]}
            for a, t, symmetric in pairs:
                k = (a, t, x["type"], x["status"], symmetric)
                edge = edges.setdefault(k, {"source": a, "target": t, "type": x["type"], "status": x["status"],
                                            "symmetric": symmetric, "weight": 0, "docs": set()})
                edge["weight"] += 1
                edge["docs"].add(x["doc"])
        out = []
        for edge in edges.values():
            edge["documents"] = len(edge.pop("docs"))
            out.append(edge)
        return nodes, out


def _latest_relations(rows) -> list[dict[str, Any]]:
    """Relations folded over documents: first and last report date, number of documents."""
    out: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        k = (r["subject"], r["relation"], r["object"])
        x = out.setdefault(k, {"subject": r["subject"], "relation": r["relation"], "object": r["object"],
                               "first": None, "last": None, "docs": 0, "evidence": r["sentence"]})
        x["docs"] += 1
        rep = _iso(r["reported"])
        if rep:
            x["first"] = min(x["first"] or rep, rep)
            x["last"] = max(x["last"] or rep, rep)
    return list(out.values())


def _iso(v) -> str | None:
    if not v:
        return None
    return v if isinstance(v, str) else v.isoformat()


def _off(r) -> dict[str, Any]:
    return {"start": r.start, "end": r.end}


def _fts5_query(q: str) -> str:
    """A user's words as an FTS5 query: every word must appear (quotes keep a phrase)."""
    phrases = re.findall(r'"([^"]+)"', q)
    rest = re.sub(r'"[^"]*"', " ", q)
    terms = ['"' + p.replace('"', "") + '"' for p in phrases]
    terms += ['"' + w + '"' for w in re.findall(r"\w+", rest)]
    return " AND ".join(terms) if terms else '""'


class CrossDocMixin:
    """Agreements, corroboration, contradictions, stories: folded from stored rows by :mod:`pactwatch.crossdoc`."""

    engine: Any

    def _docs(self, conn) -> dict[str, dict[str, Any]]:
        d = S.documents
        return {r.doc_id: {"doc_id": r.doc_id, "publisher": r.publisher, "duplicate_of": r.duplicate_of,
                           "published": _iso(r.published), "story": r.story, "title": r.title}
                for r in conn.execute(select(d.c.doc_id, d.c.publisher, d.c.duplicate_of, d.c.published, d.c.story,
                                             d.c.title))}

    def agreements(self, party: str | None = None) -> list[dict[str, Any]]:
        """Agreement records: parties, latest stage, dated stage history, provisions with sentences."""
        from ..crossdoc import agreement_records

        am, d = S.agreement_mentions, S.documents
        with self.engine.connect() as conn:
            rows = conn.execute(select(am, d.c.doc_id).join(d, d.c.id == am.c.doc).order_by(am.c.id)).mappings().all()
            mentions = [{"agreement": r["agreement"], "stage": r["stage"], "when": r["when"],
                         "reported": _iso(r["reported"]), "parties": json.loads(r["parties"]),
                         "provisions": json.loads(r["provisions"]), "negated": bool(r["negated"]),
                         "evidence": r["sentence"], "doc": r["doc_id"]} for r in rows]
        events = self.events(type="agreement", limit=None)
        ids = {m["agreement"] for m in mentions} | {e["agreement"] for e in events if e["agreement"]}
        ids |= {p for m in mentions for p in m["parties"]} | {p for e in events for p in e["actors"] + e["targets"]}
        with self.engine.connect() as conn:
            names = self._names(conn, ids)
        records = [r.as_dict() for r in agreement_records(mentions, events, names)]
        for r in records:
            r["party_names"] = [names.get(p, p) for p in r["parties"]]
        wanted = self._resolve_or_none(party)
        if wanted is not None:
            records = [r for r in records if set(r["parties"]) & set(wanted)]
        return records

    def agreement(self, name: str) -> dict[str, Any] | None:
        """One agreement record by id, name or alias (``unnamed:...`` ids as listed)."""
        ids = [name] if name.startswith("unnamed:") else self.resolve(name)
        for r in self.agreements():
            if r["id"] in ids:
                return r
        return None

    def facts(self, type: str | None = None, party: str | None = None, min_sources: int = 1,
              limit: int | None = 1000) -> list[dict[str, Any]]:
        """Facts across documents with their corroboration: independent sources, outlets, first/last seen."""
        from ..crossdoc import fact_clusters

        events = self.events(type=type, party=party, limit=None)
        with self.engine.connect() as conn:
            docs = self._docs(conn)
        out = [c.summary(docs) for c in fact_clusters(events)]
        out = [f for f in out if f["sources"] >= min_sources]
        out.sort(key=lambda f: (-f["sources"], -f["reports"], f["type"]))
        return out[:limit] if limit else out

    def contradictions(self, type: str | None = None, party: str | None = None) -> list[dict[str, Any]]:
        """Claims and denials of the same fact by different asserters, with both evidence sentences."""
        from ..crossdoc import contradictions

        events = self.events(type=type, party=party, limit=None)
        out = contradictions(events)
        with self.engine.connect() as conn:
            docs = self._docs(conn)
            names = self._names(conn, {x for c in out for side in (c["claim"], c["denial"])
                                       for x in [side["asserted_by"], *side["actors"], *side["targets"]] if x})
        for c in out:
            for side in (c["claim"], c["denial"]):
                side["asserted_by_name"] = names.get(side["asserted_by"], side["asserted_by"])
                side["publisher"] = docs.get(side["doc"], {}).get("publisher")
            c["party_names"] = [names.get(p, p) for p in c["parties"]]
        return out

    def stories(self) -> list[dict[str, Any]]:
        """Stories: their documents, outlets, dates and the duplicates among them."""
        with self.engine.connect() as conn:
            docs = self._docs(conn)
        out: dict[str, dict[str, Any]] = {}
        for d in docs.values():
            s = out.setdefault(d["story"] or d["doc_id"], {"story": d["story"] or d["doc_id"], "documents": [],
                                                           "outlets": set(), "first": None, "last": None,
                                                           "duplicates": 0, "title": d["title"]})
            s["documents"].append(d["doc_id"])
            s["outlets"].add(d["publisher"] or "?")
            s["duplicates"] += bool(d["duplicate_of"])
            if d["published"]:
                s["first"] = min(s["first"] or d["published"], d["published"])
                s["last"] = max(s["last"] or d["published"], d["published"])
            s["title"] = s["title"] or d["title"]
        rows = sorted(out.values(), key=lambda s: (-len(s["documents"]), s["story"]))
        for s in rows:
            s["outlets"] = sorted(s["outlets"])
            s["size"] = len(s["documents"])
        return rows
