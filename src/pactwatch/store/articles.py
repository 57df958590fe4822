"""Stored documents back as the model's :class:`~pactwatch.model.Article`: what the pipeline
gave when it was stored, so that one function (:func:`pactwatch.contract.to_contract`) turns
a fresh and a stored article alike into the contract's record.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from ..model import (
    AgreementMention,
    Article,
    CleanDocument,
    Entity,
    Event,
    Evidence,
    Mention,
    Metadata,
    OffsetMap,
    Quote,
    RawDocument,
    Relation,
    Role,
)
from . import schema as S
from .eventquery import parties_of
from .util import unpack

BATCH = 200  # documents read per round trip


def _evidence(r: Any) -> Evidence | None:
    if r.sentence is None:
        return None
    return Evidence(r.sentence, r.clean_start, r.clean_end, -1 if r.start is None else r.start,
                    -1 if r.end is None else r.end)


def _offsets(text: str) -> OffsetMap:
    o = json.loads(text)
    return OffsetMap(tuple(o["clean"]), tuple(o["orig"]), tuple(o["len"]))


def _by_doc(conn: Connection, table: Any, ids: list[int]) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = {}
    for r in conn.execute(select(table).where(table.c.doc.in_(ids)).order_by(table.c.id)):
        out.setdefault(r.doc, []).append(r)
    return out


class ArticleMixin:
    engine: Engine

    def iter_articles(self) -> Iterator[Article]:
        """Every stored document as the Article it was stored from, oldest first.

        Evidence keeps its sentence and its offsets (in the clean text and in what the user
        gave); entities keep the article's order, followed by the ids its facts used that
        it did not list.
        """
        d = S.documents
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(select(d.c.id).order_by(d.c.id))]
        for i in range(0, len(ids), BATCH):
            with self.engine.connect() as conn:
                yield from _articles(conn, ids[i:i + BATCH])


def _articles(conn: Connection, ids: list[int]) -> Iterator[Article]:
    d, en, de = S.documents, S.entities, S.doc_entities
    docs = conn.execute(select(d).where(d.c.id.in_(ids)).order_by(d.c.id)).all()
    ents: dict[int, list[Entity]] = {}
    for r in conn.execute(select(de.c.doc, de.c.aliases, en.c.id, en.c.kind, en.c.name)
                          .join(en, en.c.id == de.c.entity_id).where(de.c.doc.in_(ids))
                          .order_by(de.c.doc, de.c.position, en.c.id)):
        ents.setdefault(r.doc, []).append(Entity(r.id, r.kind, r.name, tuple(json.loads(r.aliases or "[]"))))
    mentions: dict[int, list[Mention]] = {}
    for r in conn.execute(select(S.mentions).where(S.mentions.c.doc.in_(ids)).order_by(S.mentions.c.id)):
        mentions.setdefault(r.doc, []).append(Mention(r.entity_id, r.clean_start, r.clean_end, r.text, r.how))
    relations, roles = _by_doc(conn, S.relations, ids), _by_doc(conn, S.roles, ids)
    events, quotes = _by_doc(conn, S.events, ids), _by_doc(conn, S.quotes, ids)
    agreements = _by_doc(conn, S.agreement_mentions, ids)
    ev_ids = [r.id for rows in events.values() for r in rows]
    parties = parties_of(conn, ev_ids)
    for doc in docs:
        k = doc.id
        hints = tuple((str(a), str(b)) for a, b in json.loads(doc.hints or "[]"))
        raw = RawDocument(doc.doc_id, doc.source, doc.original_text, doc.fmt, hints, doc.name or doc.doc_id,
                          unpack(doc.original_source))
        clean = CleanDocument(raw, doc.clean_text, _offsets(doc.offset_map),
                              tuple((str(a), str(b)) for a, b in json.loads(doc.header or "[]")))
        meta = Metadata(title=doc.title, publisher=doc.publisher, published=doc.published,
                        published_source=doc.published_source, language=doc.language, url=doc.url)
        yield Article(
            doc=clean, meta=meta, entities=tuple(ents.get(k, ())), mentions=tuple(mentions.get(k, ())),
            roles=tuple(Role(r.person, r.title, r.of, _evidence(r)) for r in roles.get(k, ())),
            relations=tuple(Relation(r.subject, r.relation, r.object, _evidence(r)) for r in relations.get(k, ())),
            events=tuple(Event(type=r.type, status=r.status, actors=tuple(parties.get(r.id, ([], []))[0]),
                               targets=tuple(parties.get(r.id, ([], []))[1]),
                               sectors=tuple(json.loads(r.sectors or "[]")), when=r.when, where=r.where,
                               asserted_by=r.asserted_by, agreement=r.agreement,
                               provisions=tuple(json.loads(r.provisions or "[]")), evidence=_evidence(r),
                               trigger=r.trigger or "", confidence=r.confidence if r.confidence is not None else 0.5,
                               id=r.id)
                         for r in events.get(k, ())),
            quotes=tuple(Quote(r.speaker, r.text, _evidence(r) or Evidence(r.text, -1, -1), r.cue)
                         for r in quotes.get(k, ())),
            agreements=tuple(AgreementMention(r.agreement, r.stage, r.when, tuple(json.loads(r.parties or "[]")),
                                              tuple(json.loads(r.provisions or "[]")),
                                              _evidence(r) or Evidence("", -1, -1), bool(r.negated))
                             for r in agreements.get(k, ())),
            story=doc.story, duplicate_of=doc.duplicate_of, pipeline_version=doc.pipeline_version,
            relevance=doc.relevance,
        )
