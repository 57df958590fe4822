"""Run the pipeline's stages on a made-up text the way the pipeline does.

``analyse_text`` mirrors :meth:`pactwatch.pipeline.Analyser.finish` up to quotes:
clean → spaCy's cheap pass (senter, paragraphs, ner) → entities → relations appended.

``article_of`` and ``events_of`` run the whole pipeline on an article made of a head (headline,
byline, date line, a lead sentence that makes it about defense) and the text under test::

    events_of("Chile and Peru held joint naval drills.", "exercise")      # events of that type
    events_of(lines, head="FACT SHEET: ...\nRome, 3 March 2026\n")       # another kind of article
    parties(event)                                                        # actors and targets
"""
from __future__ import annotations

import dataclasses
from typing import NamedTuple

from pactwatch.clean import clean
from pactwatch.entities import analyse_entities
from pactwatch.gazetteer import load_gazetteer
from pactwatch.model import Article, CleanDocument, EntityAnalysis, Event, RawDocument, Rejection
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


# a wire story: its lead sentence makes the article about defense and security, so that it yields events
WIRE_HEAD = "World\nBy Staff\nPublished 6 January 2026\nMilitary and defence officials met on Monday.\n"


def article_of(text: str, head: str = WIRE_HEAD, doc_id: str = "t") -> Article:
    """The :class:`Article` the whole pipeline (in this process, stories assigned) makes of ``head + text``
    and a final line break. ``head`` is what stands above the text: the headline, byline, date line and
    a lead sentence; the default is a wire story with a defense lead."""
    from conftest import analyse_raws

    return analyse_raws([RawDocument(doc_id, f"{doc_id}.txt", head + text + "\n")])[0]


def events_of(text: str, etype: str | None = None, head: str = WIRE_HEAD) -> list[Event]:
    """The events of the article ``head + text`` (:func:`article_of`), in order; only those of type
    ``etype`` when given."""
    return [e for e in article_of(text, head).events if etype is None or e.type == etype]


def parties(event: Event) -> set[str]:
    """An event's actors and targets, as one set."""
    return set(event.actors) | set(event.targets)


def status_at(sentence: str, word: str) -> str:
    """The status the rules give the trigger ``word`` of ``sentence`` (parsed by the real pipeline)."""
    from pactwatch.events.lexicon import load_lexicon
    from pactwatch.events.status import _status
    from pactwatch.nlp import load

    doc = load()(sentence)
    tok = next(t for t in doc if t.text == word)
    return _status(doc, tok.i, tok.i + 1, load_lexicon())
