"""The knowledge store: documents and their facts in SQLite (embedded) or PostgreSQL.

Only this package contains SQL. Commands and the web layer get a :class:`Store`
from :func:`open_store` and call its methods.

Backends are registered by URL scheme (``sqlite``, ``postgresql``) in
:data:`BACKENDS`; a plain path is a SQLite file.

Example:
    >>> store = open_store("pactwatch.db")
    >>> store.upgrade()
    >>> for ev in store.events(type="exercise", actor="Türkiye"): ...
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from ..errors import StoreError, StoreMissingError
from ..settings import default_db_path
from . import migrations
from .core import Store

log = logging.getLogger(__name__)


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (None for an in-memory database)."""
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return Path(path).expanduser() if path and path != ":memory:" else None


def _sqlite_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    return engine


def _postgres_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    elif url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://"):]
    # No parallel workers per query: the store's queries are small (a page, a window, a count), and
    # starting workers costs more than they save (an event-date window of 1,200 rows on 100,000 events:
    # 45 ms of a 62 ms query waited for the worker on a 2-core machine), more so under concurrent requests.
    return create_engine(url, future=True, pool_pre_ping=True,
                         connect_args={"options": "-c max_parallel_workers_per_gather=0"})


BACKENDS: dict[str, Callable[[str], Engine]] = {
    "sqlite": _sqlite_engine,
    "postgresql": _postgres_engine,
    "postgres": _postgres_engine,
    "postgresql+psycopg": _postgres_engine,
}


def database_url(db: str | None) -> str:
    """A SQLAlchemy URL for ``db``: a URL as given, a path as a SQLite file, None as the default file."""
    if not db:
        db = str(default_db_path())
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def open_store(db: str | None = None, upgrade: bool = True, create: bool = True,
               lookup: Callable[[str], list[str]] | None = None) -> Store:
    """Open (and by default migrate) the store at ``db`` (path or URL).

    Args:
        db: A SQLite path, ``sqlite:///PATH`` or ``postgresql://...``; None for the default file.
        upgrade: Apply missing migrations.
        create: Make the store when there is none (``ingest``, ``run``, ``db upgrade``); when
            False a missing store raises :class:`StoreMissingError` naming it, and nothing
            (no file, no folder) is made.
        lookup: Entity ids for a name no stored alias has (the commands give the gazetteer's).
    """
    url = database_url(db)
    scheme = url.split("://", 1)[0]
    factory = BACKENDS.get(scheme)
    if factory is None:
        raise StoreError(f"unknown database URL scheme {scheme!r} in {url!r}; use a file path, sqlite:///PATH "
                         "or postgresql://USER@HOST/DB")
    missing = (f"no store at {sqlite_path(url) if scheme == 'sqlite' else url}; `pactwatch ingest PATH --db ...` "
               "creates one (only ingest, run and db upgrade create a store)")
    if not create and scheme == "sqlite":
        path = sqlite_path(url)
        if path is not None and not path.is_file():
            raise StoreMissingError(missing)
    try:
        engine = factory(url)
        if not create and migrations.current_version(engine) == 0:
            engine.dispose()
            raise StoreMissingError(missing)
        store = Store(engine, lookup)
        if upgrade:
            store.upgrade()
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(f"cannot open the store {url!r}: {exc}") from exc
    return store


__all__ = ["BACKENDS", "Store", "database_url", "open_store"]
