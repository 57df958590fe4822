"""Explicit, versioned migrations. ``pactwatch db upgrade`` applies the missing ones.

Each migration is a function of a connection and the dialect name, applied in a
transaction and recorded in ``schema_version``. Never edit a released migration:
append a new one.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Connection, Engine

from ..errors import MigrationError
from . import schema

log = logging.getLogger(__name__)


V1_TABLES = ("schema_version", "runs", "refusals", "documents", "entities", "entity_aliases", "doc_entities",
             "mentions", "relations", "roles", "events", "event_parties", "quotes")


def _v1(conn: Connection, dialect: str) -> None:
    """Tables for documents, entities, facts and runs; full-text search."""
    schema.metadata.create_all(conn, tables=[schema.metadata.tables[t] for t in V1_TABLES])
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
    schema.agreement_mentions.create(conn, checkfirst=True)


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
    schema.index_snapshot.create(conn, checkfirst=True)


FACT_KEY_TABLES = ("events", "quotes", "relations", "roles", "agreement_mentions")


def _v5(conn: Connection, dialect: str) -> None:
    """Document ids unique (``name-<content hash>``), the name and the original kept apart; a key
    per fact so that a re-analysis keeps the ids of unchanged facts."""
    from sqlalchemy import update

    def add(table: str, column: str, kind: str) -> None:
        if column not in {c["name"] for c in inspect(conn).get_columns(table)}:  # a new store has them
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    add("documents", "name", "VARCHAR(255)")
    add("documents", "original_source", "BYTEA" if dialect == "postgresql" else "BLOB")
    for table in FACT_KEY_TABLES:
        add(table, "fact_key", "VARCHAR(255)")
    d = schema.documents
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
    conn.execute(schema.index_snapshot.delete())  # it knows documents by their old ids
    for table in FACT_KEY_TABLES:  # before this version ``start``/``end`` were offsets into the text
        t = schema.metadata.tables[table]
        cols = [t.c.id, t.c.doc, t.c.start, t.c.end] + [t.c[c] for c in ("type", "relation", "agreement")
                                                          if c in t.c]
        current: int | None = None
        batch: list = []
        for r in conn.execute(select(*cols).order_by(t.c.doc, t.c.id)).all():
            if r.doc != current and batch:
                _set_keys(conn, t, table, batch)
                batch = []
            current = r.doc
            batch.append(r)
        if batch:
            _set_keys(conn, t, table, batch)


def _set_keys(conn: Connection, t, table: str, rows: list) -> None:
    from sqlalchemy import update

    from .ids import fact_keys

    keys = fact_keys(table, [(getattr(r, "type", None) or getattr(r, "relation", None) or
                              getattr(r, "agreement", None), r.start, r.end) for r in rows])
    for r, key in zip(rows, keys, strict=True):
        conn.execute(update(t).where(t.c.id == r.id).values(fact_key=key))


MIGRATIONS: list[tuple[int, str, Callable[[Connection, str], None]]] = [
    (1, "documents, entities, facts, runs; full-text search", _v1),
    (2, "agreement mentions: stages of an agreement's life", _v2),
    (3, "PostgreSQL: stored full-text vectors for documents", _v3),
    (4, "snapshot of the story and duplicate indexes", _v4),
    (5, "unique document ids, names and originals; stable fact ids", _v5),
]
LATEST = MIGRATIONS[-1][0]


def current_version(engine: Engine) -> int:
    """The schema version of the store (0 for an empty database)."""
    if not inspect(engine).has_table("schema_version"):
        return 0
    with engine.connect() as conn:
        v = conn.execute(select(schema.schema_version.c.version).order_by(schema.schema_version.c.version.desc())).first()
    return int(v[0]) if v else 0


def upgrade(engine: Engine) -> list[int]:
    """Apply every missing migration in order; returns the versions applied."""
    have = current_version(engine)
    if have > LATEST:
        raise MigrationError(f"the store is at schema version {have}, newer than this pactwatch ({LATEST}); "
                             "upgrade pactwatch")
    applied = []
    for version, description, fn in MIGRATIONS:
        if version <= have:
            continue
        try:
            with engine.begin() as conn:
                fn(conn, engine.dialect.name)
                if version == 1:
                    schema.schema_version.create(conn, checkfirst=True)
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
        schema.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS schema_version"))
