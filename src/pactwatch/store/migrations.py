"""Explicit, versioned migrations. ``pactwatch db upgrade`` applies the missing ones.

Each migration is a function of a connection and the dialect name, applied in a
transaction and recorded in ``schema_version``. Each carries the schema of its own
version: the tables it creates are declared here as they were then (never today's
:mod:`.schema`), so a store made at any version goes through the same steps as a new one,
and ``tests/test_migrations.py`` checks that the last step ends at :mod:`.schema`.
Never edit a released migration: append a new one.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

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
    column,
    inspect,
    select,
    table,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine

from ..errors import MigrationError
from . import schema
from .ids import fact_keys

log = logging.getLogger(__name__)


def _add_column(conn: Connection, table_name: str, name: str, kind: str) -> None:
    """``ALTER TABLE ... ADD COLUMN`` unless the table has it (a store some older code made)."""
    if name not in {c["name"] for c in inspect(conn).get_columns(table_name)}:
        conn.exec_driver_sql(f'ALTER TABLE {table_name} ADD COLUMN "{name}" {kind}')


def _v1_evidence() -> list[Column]:
    return [Column("sentence", Text), Column("clean_start", Integer), Column("clean_end", Integer),
            Column("start", Integer), Column("end", Integer)]


def _v1(conn: Connection, dialect: str) -> None:
    """Tables for documents, entities, facts and runs; full-text search."""
    md = MetaData()
    Table("schema_version", md,
          Column("version", Integer, primary_key=True),
          Column("applied_at", DateTime, nullable=False),
          Column("description", Text, nullable=False))
    Table("runs", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("started_at", DateTime, nullable=False),
          Column("finished_at", DateTime),
          Column("command", String(32), nullable=False),
          Column("pipeline_version", String(64), nullable=False),
          Column("settings", Text, nullable=False),
          Column("counts", Text))
    Table("refusals", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("run_id", Integer, ForeignKey("runs.id"), nullable=False, index=True),
          Column("source", Text, nullable=False),
          Column("stage", String(32), nullable=False),
          Column("reason", String(32), nullable=False),
          Column("detail", Text, nullable=False, default=""))
    Table("documents", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("content_hash", String(64), nullable=False, unique=True),
          Column("doc_id", String(255), nullable=False, index=True),
          Column("source", Text, nullable=False),
          Column("fmt", String(16), nullable=False),
          Column("hints", Text, nullable=False, default="[]"),
          Column("original_text", Text, nullable=False),
          Column("clean_text", Text, nullable=False),
          Column("offset_map", Text, nullable=False),
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
          Column("ingested_at", DateTime, nullable=False))
    Table("entities", md,
          Column("id", String(255), primary_key=True),
          Column("kind", String(16), nullable=False, index=True),
          Column("name", Text, nullable=False))
    Table("entity_aliases", md,
          Column("entity_id", String(255), ForeignKey("entities.id"), nullable=False),
          Column("alias", Text, nullable=False),
          Column("folded", Text, nullable=False, index=True),
          UniqueConstraint("entity_id", "folded", name="uq_alias"))
    Table("doc_entities", md,
          Column("doc", Integer, ForeignKey("documents.id"), nullable=False),
          Column("entity_id", String(255), ForeignKey("entities.id"), nullable=False, index=True),
          Column("aliases", Text, nullable=False, default="[]"),
          UniqueConstraint("doc", "entity_id", name="uq_doc_entity"))
    Table("mentions", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
          Column("entity_id", String(255), ForeignKey("entities.id"), nullable=False, index=True),
          Column("clean_start", Integer, nullable=False),
          Column("clean_end", Integer, nullable=False),
          Column("text", Text, nullable=False),
          Column("how", String(32), nullable=False))
    Table("relations", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
          Column("subject", String(255), ForeignKey("entities.id"), nullable=False, index=True),
          Column("relation", String(32), nullable=False),
          Column("object", String(255), ForeignKey("entities.id"), nullable=False, index=True),
          Column("reported", Date),
          *_v1_evidence())
    Table("roles", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
          Column("person", String(255), ForeignKey("entities.id"), nullable=False, index=True),
          Column("title", Text, nullable=False),
          Column("of", String(255)),
          Column("reported", Date),
          *_v1_evidence())
    events = Table("events", md,
                   Column("id", Integer, primary_key=True, autoincrement=True),
                   Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
                   Column("type", String(16), nullable=False, index=True),
                   Column("status", String(16), nullable=False, index=True),
                   Column("sectors", Text, nullable=False, default="[]"),
                   Column("provisions", Text, nullable=False, default="[]"),
                   Column("when", String(10)),
                   Column("when_start", Date, index=True),
                   Column("reported", Date, index=True),
                   Column("where", String(255)),
                   Column("asserted_by", String(255), index=True),
                   Column("agreement", String(255), index=True),
                   Column("trigger", Text),
                   Column("confidence", Float),
                   *_v1_evidence())
    parties = Table("event_parties", md,
                    Column("event", Integer, ForeignKey("events.id"), nullable=False, index=True),
                    Column("entity_id", String(255), ForeignKey("entities.id"), nullable=False, index=True),
                    Column("role", String(8), nullable=False),
                    Column("position", Integer, nullable=False))
    Table("quotes", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
          Column("speaker", String(255), index=True),
          Column("text", Text, nullable=False),
          Column("cue", String(32)),
          Column("reported", Date),
          *_v1_evidence())
    Index("ix_events_type_status", events.c.type, events.c.status)
    Index("ix_parties_entity_role", parties.c.entity_id, parties.c.role)
    md.create_all(conn)
    if dialect == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS fact_fts USING fts5(kind UNINDEXED, fact UNINDEXED, doc UNINDEXED, "
            "sentence, tokenize='unicode61 remove_diacritics 2')")
    elif dialect == "postgresql":
        conn.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_documents_fts ON documents USING gin "
            "(to_tsvector('english', coalesce(title, '') || ' ' || clean_text))")
        conn.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_events_fts ON events USING gin (to_tsvector('english', coalesce(sentence, '')))")
        conn.exec_driver_sql(
            "CREATE INDEX IF NOT EXISTS ix_quotes_fts ON quotes USING gin (to_tsvector('english', text))")


def _v2(conn: Connection, dialect: str) -> None:
    """What each sentence naming an agreement says about it (stage, date, parties, provisions)."""
    md = MetaData()
    Table("documents", md, Column("id", Integer, primary_key=True))
    Table("entities", md, Column("id", String(255), primary_key=True))
    Table("agreement_mentions", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("doc", Integer, ForeignKey("documents.id"), nullable=False, index=True),
          Column("agreement", String(255), ForeignKey("entities.id"), nullable=False, index=True),
          Column("stage", String(16)),
          Column("when", String(10)),
          Column("reported", Date),
          Column("parties", Text, nullable=False, default="[]"),
          Column("provisions", Text, nullable=False, default="[]"),
          Column("negated", Integer, nullable=False, default=0),
          *_v1_evidence())
    md.tables["agreement_mentions"].create(conn, checkfirst=True)


def _v3(conn: Connection, dialect: str) -> None:
    """PostgreSQL: stored tsvector columns, so ranking reads an index-backed column instead of
    re-parsing every matching text."""
    if dialect != "postgresql":
        return
    conn.exec_driver_sql(
        "ALTER TABLE documents ADD COLUMN IF NOT EXISTS fts tsvector GENERATED ALWAYS AS "
        "(to_tsvector('english', coalesce(title, '') || ' ' || clean_text)) STORED")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_documents_fts_col ON documents USING gin (fts)")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_documents_fts")


def _v4(conn: Connection, dialect: str) -> None:
    """A snapshot of the story and duplicate indexes, so an ingest need not replay the whole store."""
    md = MetaData()
    Table("index_snapshot", md,
          Column("part", Integer, primary_key=True),
          Column("last_doc", Integer, nullable=False),
          Column("pipeline_version", String(64), nullable=False),
          Column("saved_at", DateTime, nullable=False),
          Column("data", LargeBinary, nullable=False)).create(conn, checkfirst=True)


FACT_KEY_TABLES = ("events", "quotes", "relations", "roles", "agreement_mentions")


def _v5(conn: Connection, dialect: str) -> None:
    """Document ids unique (``name-<content hash>``), the name and the original kept apart; a key
    per fact so that a re-analysis keeps the ids of unchanged facts."""
    _add_column(conn, "documents", "name", "VARCHAR(255)")
    _add_column(conn, "documents", "original_source", "BYTEA" if dialect == "postgresql" else "BLOB")
    for name in FACT_KEY_TABLES:
        _add_column(conn, name, "fact_key", "VARCHAR(255)")
    d = table("documents", column("id"), column("doc_id"), column("content_hash"), column("duplicate_of"),
              column("name"))
    rows = conn.execute(select(d.c.id, d.c.doc_id, d.c.content_hash, d.c.duplicate_of).order_by(d.c.id)).all()
    new_ids: dict[str, str] = {}
    for r in rows:
        new = f"{r.doc_id[:200]}-{r.content_hash[:16]}"
        new_ids.setdefault(r.doc_id, new)
        conn.execute(update(d).where(d.c.id == r.id).values(name=r.doc_id, doc_id=new))
    for r in rows:
        if r.duplicate_of:
            conn.execute(update(d).where(d.c.id == r.id).values(
                duplicate_of=new_ids.get(r.duplicate_of, r.duplicate_of)))
    conn.exec_driver_sql("CREATE UNIQUE INDEX IF NOT EXISTS uq_documents_doc_id ON documents (doc_id)")
    conn.exec_driver_sql("DELETE FROM index_snapshot")  # it knows documents by their old ids
    for name in FACT_KEY_TABLES:  # before this version ``start``/``end`` were offsets into the text
        kind = {"events": "type", "relations": "relation", "agreement_mentions": "agreement"}.get(name)
        t = table(name, column("id"), column("doc"), column("start"), column("end"), column("fact_key"),
                  *([column(kind)] if kind else []))
        current: int | None = None
        batch: list = []
        for r in conn.execute(select(t).order_by(t.c.doc, t.c.id)).all():
            if r.doc != current and batch:
                _set_keys(conn, t, name, kind, batch)
                batch = []
            current = r.doc
            batch.append(r)
        if batch:
            _set_keys(conn, t, name, kind, batch)


def _set_keys(conn: Connection, t, name: str, kind: str | None, rows: list) -> None:
    keys = fact_keys(name, [(getattr(r, kind) if kind else None, r.start, r.end) for r in rows])
    for r, key in zip(rows, keys, strict=True):
        conn.execute(update(t).where(t.c.id == r.id).values(fact_key=key))


def _v6(conn: Connection, dialect: str) -> None:
    """Reviews of facts by analysts (the web layer's), versioned on top of the pipeline's rows; an
    index on events in the order they are listed (newest report first)."""
    md = MetaData()
    Table("reviews", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("kind", String(16), nullable=False),
          Column("fact_id", Integer, nullable=False, index=True),
          Column("doc_id", String(255), nullable=False, index=True),
          Column("span_start", Integer),
          Column("span_end", Integer),
          Column("fact_type", String(32)),
          Column("rank", Integer, nullable=False, default=0),
          Column("version", Integer, nullable=False),
          Column("action", String(16), nullable=False),
          Column("changes", Text, nullable=False, default="{}"),
          Column("original", Text, nullable=False, default="{}"),
          Column("reviewer", String(255), nullable=False),
          Column("note", Text),
          Column("created_at", DateTime, nullable=False)).create(conn, checkfirst=True)
    order = "reported DESC NULLS LAST, id" if dialect == "postgresql" else "reported DESC, id"
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_events_reported_order ON events ({order})")


def _v7(conn: Connection, dialect: str) -> None:
    """What the contract says of a stored article as of a fresh one: its relevance, and its
    entities in the article's order."""
    _add_column(conn, "documents", "relevance", "DOUBLE PRECISION" if dialect == "postgresql" else "FLOAT")
    _add_column(conn, "doc_entities", "position", "INTEGER")


MIGRATIONS: list[tuple[int, str, Callable[[Connection, str], None]]] = [
    (1, "documents, entities, facts, runs; full-text search", _v1),
    (2, "agreement mentions: stages of an agreement's life", _v2),
    (3, "PostgreSQL: stored full-text vectors for documents", _v3),
    (4, "snapshot of the story and duplicate indexes", _v4),
    (5, "unique document ids, names and originals; stable fact ids", _v5),
    (6, "reviews of facts; events in list order", _v6),
    (7, "documents' relevance; entities in the article's order", _v7),
]
LATEST = MIGRATIONS[-1][0]


def current_version(engine: Engine) -> int:
    """The schema version of the store (0 for an empty database)."""
    if not inspect(engine).has_table("schema_version"):
        return 0
    with engine.connect() as conn:
        v = conn.execute(select(schema.schema_version.c.version).order_by(schema.schema_version.c.version.desc())).first()
    return int(v[0]) if v else 0


def upgrade(engine: Engine, to: int | None = None) -> list[int]:
    """Apply every missing migration in order (up to version ``to``, by default the latest);
    returns the versions applied."""
    have = current_version(engine)
    if have > LATEST:
        raise MigrationError(f"the store is at schema version {have}, newer than this pactwatch ({LATEST}); "
                             "upgrade pactwatch")
    applied = []
    for version, description, fn in MIGRATIONS:
        if version <= have or (to is not None and version > to):
            continue
        try:
            with engine.begin() as conn:
                fn(conn, engine.dialect.name)
                conn.execute(schema.schema_version.insert().values(
                    version=version, applied_at=dt.datetime.now(dt.UTC).replace(tzinfo=None), description=description))
        except Exception as exc:
            raise MigrationError(f"migration {version} ({description}) failed: {exc}") from exc
        log.info("applied migration %d: %s", version, description)
        applied.append(version)
    return applied


def drop_all(engine: Engine) -> None:
    """Remove every pactwatch table (tests use it on a shared PostgreSQL server)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TABLE IF EXISTS doc_fts")
            conn.exec_driver_sql("DROP TABLE IF EXISTS fact_fts")
        conn.execute(text("DROP TABLE IF EXISTS reviews"))
        schema.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS schema_version"))
