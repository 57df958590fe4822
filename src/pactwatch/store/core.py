"""The Store: writes (ingest, reanalyse, runs) here; reads in :mod:`.queries` and :mod:`.articles`."""
from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from ..model import Article, Evidence, OffsetMap, RawDocument, Rejection, content_hash, fold
from . import migrations, queries
from . import schema as S
from .articles import ArticleMixin
from .ids import fact_keys
from .util import pack, unpack, when_start

log = logging.getLogger(__name__)

_unpack = unpack  # the names the web layer's views import
__all__ = ["Store", "StoredParts", "when_start"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class StoredParts:
    """What the story index reads of a stored document, as the pipeline gave it
    (``events``: ``(type, status, clean_start)``, -1 without evidence)."""

    key: int
    doc_id: str
    text: str
    title: str | None
    published: dt.date | None
    entities: tuple[str, ...]
    events: tuple[tuple[str, str, int], ...]
    duplicate_of: str | None
    story: str | None


class Store(queries.QueryMixin, ArticleMixin):
    """One database. Thread-unsafe; one per process.

    Args:
        engine: The database.
        lookup: Entity ids for a name no stored alias has (the gazetteer's lookup, given by
            whoever opens the store); None to resolve names from the store alone.
    """

    def __init__(self, engine: Engine, lookup: Callable[[str], list[str]] | None = None):
        self.engine = engine
        self.dialect = engine.dialect.name
        self.lookup = lookup

    # ------------------------------------------------------------------ schema

    def upgrade(self) -> list[int]:
        return migrations.upgrade(self.engine)

    def schema_version(self) -> int:
        return migrations.current_version(self.engine)

    def _insert(self, table):
        return postgresql.insert(table) if self.dialect == "postgresql" else sqlite.insert(table)

    # ------------------------------------------------------------------ runs

    def start_run(self, command: str, pipeline_version: str, settings: dict[str, Any]) -> int:
        with self.engine.begin() as conn:
            res = conn.execute(S.runs.insert().values(
                started_at=_now(), command=command, pipeline_version=pipeline_version,
                settings=json.dumps(settings, default=str)))
            return _new_key(res.inserted_primary_key)

    def add_refusals(self, run_id: int, rejections: Iterable[Rejection]) -> None:
        rows = [{"run_id": run_id, "source": r.source, "stage": r.stage, "reason": r.reason, "detail": r.detail}
                for r in rejections]
        if rows:
            with self.engine.begin() as conn:
                conn.execute(S.refusals.insert(), rows)

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(S.runs).where(S.runs.c.id == run_id).values(
                finished_at=_now(), counts=json.dumps(counts)))

    # ------------------------------------------------------------------ writes

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of ``hashes`` are already stored."""
        hs = list(dict.fromkeys(hashes))
        out: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(hs), 500):
                chunk = hs[i:i + 500]
                out.update(r[0] for r in conn.execute(
                    select(S.documents.c.content_hash).where(S.documents.c.content_hash.in_(chunk))))
        return out

    def add_articles(self, articles: list[Article], run_id: int) -> tuple[int, int]:
        """Store a batch of analysed articles in one transaction: (stored, skipped as already there).

        A document whose content is already stored is skipped, so re-running an ingest
        adds nothing; a batch interrupted before its commit leaves nothing behind.
        """
        stored = skipped = 0
        with self.engine.begin() as conn:
            for art in articles:
                h = content_hash(art.doc.raw.text)
                exists = conn.execute(select(S.documents.c.id).where(S.documents.c.content_hash == h)).first()
                if exists:
                    skipped += 1
                    continue
                doc_pk = self._insert_document(conn, art, h, run_id)
                self._insert_facts(conn, doc_pk, art)
                stored += 1
        return stored, skipped

    def replace_facts(self, doc_pk: int, art: Article, run_id: int) -> None:
        """Swap a stored document's facts for a new analysis, in one transaction (``--reanalyse``)."""
        with self.engine.begin() as conn:
            kept = self._fact_ids(conn, doc_pk)
            self._delete_facts(conn, doc_pk)
            m = art.meta
            conn.execute(update(S.documents).where(S.documents.c.id == doc_pk).values(
                title=m.title, publisher=m.publisher, published=m.published, published_source=m.published_source,
                language=m.language, url=m.url, clean_text=art.doc.text, offset_map=_omap_json(art.doc.offsets),
                header=json.dumps(art.doc.header), pipeline_version=art.pipeline_version, run_id=run_id,
                story=art.story, duplicate_of=art.duplicate_of, relevance=art.relevance))
            self._insert_facts(conn, doc_pk, art, kept)

    def _fact_ids(self, conn: Connection, doc_pk: int) -> dict[str, dict[str, int]]:
        """``{table: {fact key: id}}`` of a document's stored facts, and each table's highest id
        (under the key ``""``), so that new facts never take an id a deleted one had."""
        out: dict[str, dict[str, int]] = {}
        for t in (S.events, S.quotes, S.relations, S.roles, S.agreement_mentions):
            ids = {r.fact_key: r.id for r in conn.execute(select(t.c.id, t.c.fact_key).where(t.c.doc == doc_pk))
                   if r.fact_key}
            ids[""] = conn.execute(select(func.max(t.c.id))).scalar() or 0
            out[t.name] = ids
        return out

    def set_story(self, doc_pk: int, story: str | None, duplicate_of: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(S.documents).where(S.documents.c.id == doc_pk).values(
                story=story, duplicate_of=duplicate_of))

    def _delete_facts(self, conn: Connection, doc_pk: int) -> None:
        ev_ids = select(S.events.c.id).where(S.events.c.doc == doc_pk)
        conn.execute(delete(S.event_parties).where(S.event_parties.c.event.in_(ev_ids)))
        for t in (S.events, S.quotes, S.roles, S.relations, S.mentions, S.agreement_mentions, S.doc_entities):
            conn.execute(delete(t).where(t.c.doc == doc_pk))
        if self.dialect == "sqlite":
            conn.exec_driver_sql("DELETE FROM fact_fts WHERE doc = ?", (doc_pk,))

    def _insert_document(self, conn: Connection, art: Article, h: str, run_id: int) -> int:
        raw, m = art.doc.raw, art.meta
        res = conn.execute(S.documents.insert().values(
            content_hash=h, doc_id=raw.doc_id, name=raw.name or raw.doc_id, original_source=pack(raw.original),
            source=raw.source, fmt=raw.fmt, hints=json.dumps(raw.hints),
            original_text=raw.text, clean_text=art.doc.text, offset_map=_omap_json(art.doc.offsets),
            header=json.dumps(art.doc.header), title=m.title, publisher=m.publisher, published=m.published,
            published_source=m.published_source, language=m.language, url=m.url, story=art.story,
            duplicate_of=art.duplicate_of, pipeline_version=art.pipeline_version, run_id=run_id,
            ingested_at=_now(), relevance=art.relevance))
        doc_pk = _new_key(res.inserted_primary_key)
        if self.dialect == "sqlite":
            conn.exec_driver_sql("INSERT INTO doc_fts(rowid, title, body) VALUES (?, ?, ?)",
                                 (doc_pk, m.title or "", art.doc.text))
        return doc_pk

    def _insert_facts(self, conn: Connection, doc_pk: int, art: Article,
                      kept: dict[str, dict[str, int]] | None = None) -> None:
        reported = art.meta.published
        ents = {e.id: e for e in art.entities}
        used = {m.entity_id for m in art.mentions}
        for ev in art.events:
            used.update(ev.actors + ev.targets)
            used.update(x for x in (ev.where, ev.asserted_by, ev.agreement) if x)
        for r in art.relations:
            used.update((r.subject, r.object))
        used.update(r.person for r in art.roles)
        used.update(r.of for r in art.roles if r.of)
        used.update(q.speaker for q in art.quotes if q.speaker)
        for am in art.agreements:
            used.add(am.agreement)
            used.update(am.parties)
        ent_rows, alias_rows = [], []
        # the article's entities in its order, then the ids its facts use that it does not list
        for eid in list(ents) + sorted(used - set(ents)):
            e = ents.get(eid)
            name = e.name if e else eid.split(":", 1)[-1]
            ent_rows.append({"id": eid, "kind": e.kind if e else eid.split(":", 1)[0], "name": name})
            for a in (name, *(e.aliases if e else ())):
                alias_rows.append({"entity_id": eid, "alias": a, "folded": fold(a)})
        if ent_rows:
            conn.execute(self._insert(S.entities).on_conflict_do_nothing(), ent_rows)
            conn.execute(self._insert(S.entity_aliases).on_conflict_do_nothing(), _dedupe(alias_rows))
            conn.execute(S.doc_entities.insert(), [
                {"doc": doc_pk, "entity_id": r["id"], "position": i,
                 "aliases": json.dumps(list(ents[r["id"]].aliases) if r["id"] in ents else [])}
                for i, r in enumerate(ent_rows)])
        if art.mentions:
            conn.execute(S.mentions.insert(), [
                {"doc": doc_pk, "entity_id": m.entity_id, "clean_start": m.start, "clean_end": m.end,
                 "text": m.text, "how": m.how} for m in art.mentions])
        if art.relations:
            rows = [{"doc": doc_pk, "subject": r.subject, "relation": r.relation, "object": r.object,
                     "reported": reported, **_ev(r.evidence)} for r in art.relations]
            self._insert_keyed(conn, S.relations, rows, [r.relation for r in art.relations],
                               [r.evidence for r in art.relations], kept)
        if art.roles:
            rows = [{"doc": doc_pk, "person": r.person, "title": r.title, "of": r.of, "reported": reported,
                     **_ev(r.evidence)} for r in art.roles]
            self._insert_keyed(conn, S.roles, rows, [None] * len(rows), [r.evidence for r in art.roles], kept)
        if art.events:
            rows = [dict(doc=doc_pk, type=ev.type, status=ev.status, sectors=json.dumps(list(ev.sectors)),
                         provisions=json.dumps(list(ev.provisions)), when=ev.when, when_start=when_start(ev.when),
                         reported=reported, where=ev.where, asserted_by=ev.asserted_by, agreement=ev.agreement,
                         trigger=ev.trigger, confidence=ev.confidence, **_ev(ev.evidence)) for ev in art.events]
            ids = self._insert_keyed(conn, S.events, rows, [ev.type for ev in art.events],
                                     [ev.evidence for ev in art.events], kept)
            parties = []
            for ev_pk, ev in zip(ids, art.events, strict=True):
                parties += [{"event": ev_pk, "entity_id": a, "role": "actor", "position": i}
                            for i, a in enumerate(ev.actors)]
                parties += [{"event": ev_pk, "entity_id": t, "role": "target", "position": i}
                            for i, t in enumerate(ev.targets)]
            if parties:
                conn.execute(S.event_parties.insert(), parties)
            if self.dialect == "sqlite":
                conn.exec_driver_sql("INSERT INTO fact_fts(kind, fact, doc, sentence) VALUES ('event', ?, ?, ?)",
                                     [(pk, doc_pk, ev.evidence.sentence) for pk, ev in zip(ids, art.events, strict=True)
                                      if ev.evidence])
        if art.agreements:
            rows = [{"doc": doc_pk, "agreement": a.agreement, "stage": a.stage, "when": a.when, "reported": reported,
                     "parties": json.dumps(list(a.parties)), "provisions": json.dumps(list(a.provisions)),
                     "negated": int(a.negated), **_ev(a.evidence)} for a in art.agreements]
            self._insert_keyed(conn, S.agreement_mentions, rows, [a.agreement for a in art.agreements],
                               [a.evidence for a in art.agreements], kept)
        if art.quotes:
            rows = [dict(doc=doc_pk, speaker=q.speaker, text=q.text, cue=q.cue, reported=reported, **_ev(q.evidence))
                    for q in art.quotes]
            ids = self._insert_keyed(conn, S.quotes, rows, [None] * len(rows), [q.evidence for q in art.quotes], kept)
            if self.dialect == "sqlite":
                conn.exec_driver_sql("INSERT INTO fact_fts(kind, fact, doc, sentence) VALUES ('quote', ?, ?, ?)",
                                     [(pk, doc_pk, q.text) for pk, q in zip(ids, art.quotes, strict=True)])

    def _insert_keyed(self, conn: Connection, table, rows: list[dict], types: list, evidence: list,
                      kept: dict[str, dict[str, int]] | None) -> list[int]:
        """Insert a document's facts of one table with their keys; a fact whose key ``kept`` holds
        gets its old id back. Returns the ids in the order of ``rows``."""
        keys = fact_keys(table.name, [(t, ev.text_start if ev else None, ev.text_end if ev else None)
                                      for t, ev in zip(types, evidence, strict=True)])
        known = (kept or {}).get(table.name, {})
        high = known.get("", 0)
        ids: list[int | None] = []
        for key in keys:
            if key in known:
                ids.append(known.pop(key))
            elif kept is not None and self.dialect == "sqlite":  # SQLite would hand out a deleted id again
                high += 1
                ids.append(high)
            else:
                ids.append(None)
        out: list[int] = [0] * len(rows)
        given = [i for i, pk in enumerate(ids) if pk is not None]
        if given:
            conn.execute(table.insert(), [{**rows[i], "fact_key": keys[i], "id": ids[i]} for i in given])
            for i in given:
                out[i] = int(ids[i])  # type: ignore[arg-type]
        auto = [i for i, pk in enumerate(ids) if pk is None]
        if auto:
            res = conn.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True),
                               [{**rows[i], "fact_key": keys[i]} for i in auto])
            for i, r in zip(auto, res, strict=True):
                out[i] = int(r[0])
        return out

    # ------------------------------------------------------------------ documents back as values

    def stale_documents(self, pipeline_version: str) -> int:
        """How many stored documents another pipeline version analysed."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(S.documents)
                                .where(S.documents.c.pipeline_version != pipeline_version)).scalar_one()

    def documents_for_reanalysis(self, stale_for: str | None = None) -> Iterator[tuple[int, RawDocument]]:
        """(document key, the document as read) for every stored document, oldest first;
        with ``stale_for``, only those a pipeline version other than that one analysed."""
        q = select(S.documents.c.id).order_by(S.documents.c.id)
        if stale_for is not None:
            q = q.where(S.documents.c.pipeline_version != stale_for)
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(q)]
        for i in range(0, len(ids), 200):
            with self.engine.connect() as conn:
                rows = conn.execute(select(S.documents.c.id, S.documents.c.doc_id, S.documents.c.source,
                                           S.documents.c.original_text, S.documents.c.fmt, S.documents.c.hints,
                                           S.documents.c.name, S.documents.c.original_source)
                                    .where(S.documents.c.id.in_(ids[i:i + 200])).order_by(S.documents.c.id)).all()
            for r in rows:
                hints = tuple(tuple(h) for h in json.loads(r.hints or "[]"))
                yield r.id, RawDocument(r.doc_id, r.source, r.original_text, r.fmt, hints,  # type: ignore[arg-type]
                                        r.name or r.doc_id, unpack(r.original_source))

    def story_parts(self, after: int = 0, upto: int | None = None) -> Iterator[StoredParts]:
        """What the story index reads of every stored document whose key is above ``after``
        (and at most ``upto``), in storage order (to rebuild the story index): the parts the
        pipeline gave the document when it was ingested."""
        d = S.documents
        with self.engine.connect() as conn:
            q = select(d.c.id).where(d.c.id > after)
            if upto is not None:
                q = q.where(d.c.id <= upto)
            ids = [r[0] for r in conn.execute(q.order_by(d.c.id))]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            with self.engine.connect() as conn:
                ents: dict[int, list[str]] = {}
                for de in conn.execute(select(S.doc_entities.c.doc, S.doc_entities.c.entity_id)
                                       .where(S.doc_entities.c.doc.in_(chunk))):
                    ents.setdefault(de.doc, []).append(de.entity_id)
                events: dict[int, list[tuple[str, str, int]]] = {}
                for ev in conn.execute(select(S.events.c.doc, S.events.c.type, S.events.c.status,
                                              S.events.c.clean_start)
                                       .where(S.events.c.doc.in_(chunk)).order_by(S.events.c.id)):
                    events.setdefault(ev.doc, []).append((ev.type, ev.status, -1 if ev.clean_start is None
                                                          else ev.clean_start))
                rows = conn.execute(select(d.c.id, d.c.doc_id, d.c.clean_text, d.c.title, d.c.published,
                                           d.c.duplicate_of, d.c.story).where(d.c.id.in_(chunk))
                                    .order_by(d.c.id)).all()
            for r in rows:
                yield StoredParts(r.id, r.doc_id, r.clean_text, r.title, r.published, tuple(ents.get(r.id, [])),
                                  tuple(events.get(r.id, [])), r.duplicate_of, r.story)

    def last_document(self) -> int:
        """The key of the newest stored document (0 for none)."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(S.documents.c.id))).scalar_one() or 0

    def documents_from_other_runs(self, after: int, run_id: int) -> int:
        """How many documents with a key above ``after`` a run other than ``run_id`` stored."""
        d = S.documents
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(d)
                                .where(d.c.id > after, d.c.run_id != run_id)).scalar_one()

    SNAPSHOT_PART = 256 * 1024 * 1024  # bytes per row of a snapshot

    def save_index_snapshot(self, data: bytes, last_doc: int, pipeline_version: str) -> None:
        """Keep ``data`` (the story indexes as of document ``last_doc``), replacing the last one."""
        t = S.index_snapshot
        now = _now()
        with self.engine.begin() as conn:
            conn.execute(delete(t))
            for n, i in enumerate(range(0, max(len(data), 1), self.SNAPSHOT_PART)):
                conn.execute(t.insert().values(part=n, last_doc=last_doc, pipeline_version=pipeline_version,
                                               saved_at=now, data=data[i:i + self.SNAPSHOT_PART]))

    def load_index_snapshot(self) -> tuple[bytes, int, str] | None:
        """``(data, last_doc, pipeline_version)`` of the saved snapshot, or None."""
        t = S.index_snapshot
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.c.data, t.c.last_doc, t.c.pipeline_version).order_by(t.c.part)).all()
        if not rows:
            return None
        return b"".join(bytes(r.data) for r in rows), rows[0].last_doc, rows[0].pipeline_version

    def index_snapshot_last(self) -> int | None:
        """The key of the last document in the saved snapshot; None without one."""
        with self.engine.connect() as conn:
            return conn.execute(select(S.index_snapshot.c.last_doc).where(S.index_snapshot.c.part == 0)).scalar()

    def drop_index_snapshot(self) -> None:
        """Forget the snapshot (the documents it summarises have changed)."""
        with self.engine.begin() as conn:
            conn.execute(delete(S.index_snapshot))

    def stored_story(self, doc_pk: int) -> tuple[str | None, str | None]:
        with self.engine.connect() as conn:
            r = conn.execute(select(S.documents.c.story, S.documents.c.duplicate_of)
                             .where(S.documents.c.id == doc_pk)).first()
        return (r[0], r[1]) if r else (None, None)

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, entities, events, ...)."""
        out = {}
        with self.engine.connect() as conn:
            for t in (S.documents, S.entities, S.entity_aliases, S.doc_entities, S.mentions, S.relations,
                      S.roles, S.events, S.event_parties, S.quotes, S.agreement_mentions, S.runs, S.refusals):
                out[t.name] = int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        return out


def _new_key(key: Any) -> int:
    """The primary key an insert gave (SQLAlchemy types it as optional)."""
    if key is None:
        raise RuntimeError("the database gave no key for a new row")
    return int(key[0])


def _omap_json(o: OffsetMap) -> str:
    return json.dumps({"clean": o.clean_starts, "orig": o.orig_starts, "len": o.lengths})


def _ev(ev: Evidence | None) -> dict[str, Any]:
    if ev is None:
        return {"sentence": None, "clean_start": None, "clean_end": None, "start": None, "end": None}
    return {"sentence": ev.sentence, "clean_start": ev.clean_start, "clean_end": ev.clean_end,
            "start": ev.start, "end": ev.end}


def _dedupe(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        k = (r["entity_id"], r["folded"])
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


