"""The store's tables (SQLAlchemy Core). Only the ``store`` package contains SQL.

    documents ─┬─ doc_entities ── entities ── entity_aliases
               ├─ mentions
               ├─ relations        (member_of, observer_of, leader_of, official_of; report date kept)
               ├─ roles
               ├─ events ── event_parties (actor / target)
               └─ quotes
    runs ── refusals

Every fact row carries its document, its evidence sentence and the character
offsets of that sentence in the original text (``start``/``end``) and in the clean
text (``clean_start``/``clean_end``). ``documents.content_hash`` is unique: the same
text is stored once however often it is ingested; ``documents.doc_id`` is unique too
(``name-<first 16 hex digits of content_hash>``).
"""
from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime, nullable=False),
    Column("description", Text, nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("command", String(32), nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("settings", Text, nullable=False),  # JSON
    Column("counts", Text),  # JSON: read, stored, skipped, refused by reason
)

refusals = Table(
    "refusals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("stage", String(32), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("detail", Text, nullable=False, default=""),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("doc_id", String(255), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("fmt", String(16), nullable=False),
    Column("hints", Text, nullable=False, default="[]"),  # JSON [[key, value], ...]
    Column("original_text", Text, nullable=False),
    Column("clean_text", Text, nullable=False),
    Column("offset_map", Text, nullable=False),  # JSON {"clean": [...], "orig": [...], "len": [...]}
    Column("header", Text, nullable=False, default="[]"),
    Column("title", Text),
    Column("publisher", Text),
    Column("published", Date, index=True),
    Column("published_source", String(32)),
    Column("language", String(8)),
    Column("url", Text),
    Column("story", String(64), index=True),
    Column("duplicate_of", String(255)),
    Column("pipeline_version", String(64), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    # migration 5: what the user calls it (``doc_id`` is ``name-<hash>``), and what the user gave
    # when it is not ``original_text`` (the HTML page, zlib-compressed): evidence offsets point into it
    Column("name", String(255)),
    Column("original_source", LargeBinary),
    # migration 7: how much the article is about defense and security between states (0..1)
    Column("relevance", Float),
)

entities = Table(
    "entities", metadata,
    Column("id", String(255), primary_key=True),
    Column("kind", String(16), nullable=False, index=True),
    Column("name", Text, nullable=False),
)

entity_aliases = Table(
    "entity_aliases", metadata,
    Column("entity_id", String(255), ForeignKey("entities.id"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("folded", Text, nullable=False, index=True),
    UniqueConstraint("entity_id", "folded", name="uq_alias"),
)

doc_entities = Table(
    "doc_entities", metadata,
    Column("doc", Integer, ForeignKey("documents.id"), nullable=False),
    Column("entity_id", String(255), ForeignKey("entities.id"), nullable=False, index=True),
    Column("aliases", Text, nullable=False, default="[]"),  # JSON: the names this document used
    # migration 7: the entity's place in the article's list (its facts' other ids after them)
    Column("position", Integer),
    UniqueConstraint("doc", "entity_id", name="uq_doc_entity"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("entity_id", String(255), ForeignKey("entities.id"), nullable=False, index=True),
    Column("clean_start", Integer, nullable=False),
    Column("clean_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("how", String(32), nullable=False),
)


def _evidence_columns() -> list[Column]:
    return [
        Column("sentence", Text),
        Column("clean_start", Integer),
        Column("clean_end", Integer),
        Column("start", Integer),
        Column("end", Integer),
        # migration 5: the fact's identity in its document (kind, type, evidence span in the text,
        # rank among equals): a re-analysis keeps the id of a fact whose key it finds again
        Column("fact_key", String(255)),
    ]


relations = Table(
    "relations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("subject", String(255), ForeignKey("entities.id"), nullable=False, index=True),
    Column("relation", String(32), nullable=False),
    Column("object", String(255), ForeignKey("entities.id"), nullable=False, index=True),
    Column("reported", Date),  # the document's publication date: "as of" queries use it
    *_evidence_columns(),
)

roles = Table(
    "roles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("person", String(255), ForeignKey("entities.id"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("of", String(255)),
    Column("reported", Date),
    *_evidence_columns(),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("type", String(16), nullable=False, index=True),
    Column("status", String(16), nullable=False, index=True),
    Column("sectors", Text, nullable=False, default="[]"),
    Column("provisions", Text, nullable=False, default="[]"),
    Column("when", String(10)),  # event date: YYYY, YYYY-MM or YYYY-MM-DD
    Column("when_start", Date, index=True),  # first day of ``when`` for range queries
    Column("reported", Date, index=True),  # report date: the document's publication date
    Column("where", String(255)),
    Column("asserted_by", String(255), index=True),
    Column("agreement", String(255), index=True),
    Column("trigger", Text),
    Column("confidence", Float),
    *_evidence_columns(),
)

event_parties = Table(
    "event_parties", metadata,
    Column("event", Integer, ForeignKey("events.id"), nullable=False, index=True),
    Column("entity_id", String(255), ForeignKey("entities.id"), nullable=False, index=True),
    Column("role", String(8), nullable=False),  # actor | target
    Column("position", Integer, nullable=False),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("speaker", String(255), index=True),
    Column("text", Text, nullable=False),
    Column("cue", String(32)),
    Column("reported", Date),
    *_evidence_columns(),
)

agreement_mentions = Table(
    "agreement_mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("agreement", String(255), ForeignKey("entities.id"), nullable=False, index=True),
    Column("stage", String(16)),
    Column("when", String(10)),
    Column("reported", Date),
    Column("parties", Text, nullable=False, default="[]"),
    Column("provisions", Text, nullable=False, default="[]"),
    Column("negated", Integer, nullable=False, default=0),
    *_evidence_columns(),
)

# The story and duplicate indexes as of the last finished ingest, in parts (a blob column holds
# at most 1 GB in both databases): the next ingest loads them and replays only later documents.
index_snapshot = Table(
    "index_snapshot", metadata,
    Column("part", Integer, primary_key=True),
    Column("last_doc", Integer, nullable=False),  # documents.id of the last document in it
    Column("pipeline_version", String(64), nullable=False),
    Column("saved_at", DateTime, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

Index("ix_events_type_status", events.c.type, events.c.status)
Index("ix_parties_entity_role", event_parties.c.entity_id, event_parties.c.role)
