"""Run the entity, relation and quote stages on a made-up text the way the pipeline does.

``analyse_text`` mirrors :meth:`pactwatch.pipeline.Analyser.finish` up to quotes:
clean → spaCy's cheap pass (senter, paragraphs, ner) → entities → relations appended.
"""
from __future__ import annotations

import dataclasses
from typing import NamedTuple

from pactwatch.clean import clean
from pactwatch.entities import analyse_entities
from pactwatch.gazetteer import load_gazetteer
from pactwatch.model import CleanDocument, EntityAnalysis, RawDocument, Rejection
from pactwatch.pipeline import CHEAP_PIPES
from pactwatch.quotes import extract_quotes
from pactwatch.relations import extract_relations
from pactwatch.settings import Settings

SETTINGS = Settings().with_(min_words=1)


class Analysed(NamedTuple):
    sdoc: object
    cleaned: CleanDocument
    ents: EntityAnalysis


def analyse_text(nlp, text: str, doc_id: str = "t") -> Analysed:
    """(spaCy doc, clean document, entity analysis with relations) for ``text``."""
    cleaned = clean(RawDocument(doc_id, f"<test:{doc_id}>", text), SETTINGS)
    assert not isinstance(cleaned, Rejection), cleaned
    disable = [n for n in nlp.pipe_names if n not in CHEAP_PIPES]
    sdoc = next(iter(nlp.pipe([cleaned.text], disable=disable)))
    ents = analyse_entities(sdoc, cleaned, load_gazetteer())
    rels = extract_relations(sdoc, cleaned, ents)
    ents = dataclasses.replace(ents, relations=tuple(ents.relations) + tuple(rels))
    return Analysed(sdoc, cleaned, ents)


def quotes_of(nlp, text: str):
    """The quotes ``extract_quotes`` finds in ``text`` (after entities and relations)."""
    a = analyse_text(nlp, text)
    return a, extract_quotes(a.sdoc, a.cleaned, a.ents)


def mention_ids(ents: EntityAnalysis, surface: str, text: str) -> set[str]:
    """Entity ids of the mentions that cover the first occurrence of ``surface`` in ``text``."""
    s = text.index(surface)
    e = s + len(surface)
    return {m.entity_id for m in ents.mentions if m.start < e and s < m.end}


def relation_set(ents: EntityAnalysis) -> set[tuple[str, str, str]]:
    return {(r.subject, r.relation, r.object) for r in ents.relations}
