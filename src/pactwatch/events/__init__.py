"""The *events* stage: typed, statused facts with participants, read from parsed sentences.

How a sentence becomes events (the lexicon is ``data/events.json`` and ``data/triggers/*.json``; one module per step:
``lexicon``, ``triggers``, ``status`` (its word lists in ``data/status.json``), ``context``,
``parties`` (its steps ``subjects``, ``candidates``, ``doer`` over one ``reading``), ``arguments``, ``claims``,
``sides``, ``qualifiers``, ``circumstances``, ``stands_for`` and ``war_sides`` (whose arguments are an event's sides;
``data/parties.json``), ``asserter``, ``merging``, ``relevance``, ``confidence``, and ``extract`` that runs them):

1. :func:`candidate_sentences` picks the sentences holding a trigger word (cheap:
   lower-cased tokens of the unparsed doc); only those go through the parser.
2. In a parsed sentence, each trigger (a lemma or a multi-word lemma sequence) gives an
   event type. Weak triggers need a military word nearby ("participation in any
   mission", "a military base"), "exercise" needs a modifier ("joint military exercises").
3. The status comes from the trigger's dependency path up to the clause root: negation
   ("not proposing", "no participation", "never"), denial verbs ("denying ..."),
   proposals ("proposed", "called for", "why not"), modals ("could be signed"), plans
   ("will", "set to", "signed up"), else ``occurred``.
4. Participants are the states and organisations mentioned in the sentence; persons
   count through their office (a president's proposal is his state's); "we"/"our" in a
   quotation stand for the speaker's state; generic groups ("Turkic states", "member
   states") stand for the organisation the document is about.
5. ``asserted_by`` is the speaker of the quotation the trigger is in, else the person
   the sentence reports ("Aliyev said/proposed ..."), else none (the outlet narrates).
6. One event per distinct fact per document: repeats are merged.
7. An article that is not about defense and security between states yields no events
   (:mod:`.relevance`: a score in [0, 1] for every article).
8. Every event gets a confidence (:mod:`.confidence`), calibrated on the development gold.
"""
from __future__ import annotations

from .confidence import event_confidence
from .extract import extract_events
from .lexicon import Lexicon, load_lexicon
from .merging import merge_events
from .relevance import article_relevance, document_relevance
from .status import _status
from .triggers import (
    _accept,
    _find_triggers,
    _in_question,
    _outermost,
    _proposal_fallback,
    candidate_sentences,
)

__all__ = [
    "Lexicon",
    "_accept",
    "_find_triggers",
    "_in_question",
    "_outermost",
    "_proposal_fallback",
    "_status",
    "article_relevance",
    "candidate_sentences",
    "document_relevance",
    "event_confidence",
    "extract_events",
    "load_lexicon",
    "merge_events",
]
