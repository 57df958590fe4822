"""The extraction pipeline: stages in order, spread over processes, streamed.

    read ─► clean ─► metadata ─► language check ─► spaCy (senter + ner)
        ─► entities ─► relations ─► quotes ─► parse only candidate sentences ─► events
        ─► evidence offsets mapped to the original text ─► Article

Every document goes through the stages inside one worker process (each worker loads
the spaCy model once), so all cores do all the work, not only the spaCy part. The
input is streamed: at most ``n_process * 4`` chunks are in flight, so memory does not
grow with the corpus. Output keeps input order.

No document stops a run: each document's stages are guarded (an exception refuses it as
``internal: <error class>`` with its traceback in the log; a document over its time limit,
``Settings.time_limit``, is refused as ``timeout``), a text longer than ``max_chars`` is
refused as ``too-long`` before it reaches a worker, and a longer text than spaCy takes at
once is analysed by blocks (:func:`nlp.pipe_blocks`). Workers are watched
(:mod:`pactwatch.workers`): one that dies or hangs is replaced and its batch retried
without the document that brought it down.

Speed: spaCy's dependency parse (tok2vec + tagger + parser) costs about as much as
its NER. The whole document only goes through ``senter`` and ``ner``; the parser runs
on the sentences that hold an event trigger (see :func:`events.candidate_sentences`),
those of all the documents of a batch together. The NER and the parser are decoded with
the GIL held (:class:`nlp.HeldDecoder`: spaCy's own decoder takes and drops it at every
word it looks at), with the same annotations.
"""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import itertools
import logging
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, overload

from . import __version__
from . import nlp as nlp_mod
from .clean import clean
from .crossdoc import agreement_mentions
from .entities import analyse_entities
from .events import candidate_sentences, document_relevance, extract_events
from .gazetteer import load_gazetteer
from .metadata import extract_metadata, language_rejection
from .model import (
    Article,
    CleanDocument,
    Entity,
    EntityAnalysis,
    Evidence,
    Metadata,
    RawDocument,
    Rejection,
    name_from_id,
)
from .nlp import pipe_blocks
from .pagekind import page_rejection
from .provenance import source_map_for
from .quotes import extract_quotes
from .relations import extract_relations
from .settings import Settings
from .workers import Supervisor, ignore_interrupts, receive

log = logging.getLogger(__name__)

NOT_EXTRACTION = frozenset({"__pycache__", "cli", "store", "benchmarks", "web", "engines"})  # code that makes no facts
NOT_FACTS = ("export.py", "ingest.py", "workers.py")


@functools.cache
def pipeline_version() -> str:
    """The package version plus a digest of the code and data that produce the facts, so a store
    can tell which documents an older pipeline analysed (``pactwatch ingest --reanalyse``).

    Computed on first use (it reads the package's sources), not when the module is imported."""
    return f"pactwatch-{__version__}+{_code_digest()}"


def __getattr__(name: str) -> str:
    """``PIPELINE_VERSION``, computed lazily (PEP 562) by :func:`pipeline_version`."""
    if name == "PIPELINE_VERSION":
        return pipeline_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _code_digest() -> str:
    """A digest of the package's code and data: any change to a rule or a lexicon changes it."""
    from pathlib import Path

    root = Path(__file__).resolve().parent
    h = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (path.suffix in (".py", ".json") and not set(rel.parts) & NOT_EXTRACTION
                and path.name not in NOT_FACTS):
            h.update(str(rel).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:8]

CHEAP_PIPES = ("senter", "pactwatch_paragraphs", "ner")
PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def implied_entities(entities, events, agreements, gaz) -> tuple[Entity, ...]:
    """The entities facts name without the text naming them (a known leader's state, the signer of a
    letter), so every id has its entity and its name: the gazetteer's, else the id's words
    ("person:joseph-r-biden-jr" -> "Joseph R Biden Jr")."""
    known = {e.id for e in entities}
    used = {x for ev in events for x in (*ev.actors, *ev.targets, ev.where, ev.asserted_by, ev.agreement) if x}
    used |= {x for a in agreements for x in (a.agreement, *a.parties) if x}
    out = []
    for eid in sorted(used - known):
        hit = gaz.entities.get(eid)
        out.append(hit if hit is not None else Entity(eid, eid.partition(":")[0], name_from_id(eid)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ParsedSentence:
    """A sentence that went through the parser: ``doc`` is a parsed spaCy Doc of it alone.

    ``start`` is the sentence's offset in the clean text, so a token's clean offset is
    ``start + token.idx``.
    """

    index: int
    start: int
    end: int
    doc: object  # spacy.tokens.Doc


@dataclass(frozen=True, slots=True)
class Surveyed:
    """What a document's stages found before the parse (:meth:`Analyser.survey`): its entities, quotes and
    relevance, and ``chosen``, the ``(index, span, Doc)`` of the sentences to parse."""

    cleaned: CleanDocument
    meta: Metadata
    sdoc: Any  # spacy.tokens.Doc
    ents: EntityAnalysis
    quotes: tuple
    relevance: float
    chosen: list


class Analyser:
    """Runs every stage on one document at a time. One per process."""

    def __init__(self, settings: Settings):

        self.settings = settings
        self.nlp = nlp_mod.load(settings.model)
        self.gaz = load_gazetteer()
        self._parse_procs = nlp_mod.held_pipes(self.nlp, PARSE_PIPES)  # the parser decoded with the GIL held
        if "attribute_ruler" in self.nlp.pipe_names:  # same attributes and lemmas, a fraction of the cost
            names = [n for n, _ in self._parse_procs]
            lemmatizer = (self.nlp.get_pipe("lemmatizer") if "lemmatizer" in names
                          and names.index("lemmatizer") == names.index("attribute_ruler") + 1 else None)
            fast = nlp_mod.FastAttributes(self.nlp.get_pipe("attribute_ruler"), lemmatizer)
            self._parse_procs = [(n, fast if n == "attribute_ruler" else p) for n, p in self._parse_procs
                                 if not (lemmatizer is not None and n == "lemmatizer")]
        self._cheap_disable = [n for n in self.nlp.pipe_names if n not in CHEAP_PIPES]
        self._cheap_procs = nlp_mod.held_pipes(self.nlp, CHEAP_PIPES)  # spaCy's own, the NER decoded with the GIL held

    # ----------------------------------------------------------------- stages

    def prepare(self, raw: RawDocument) -> tuple[CleanDocument, object] | Rejection:
        """clean → metadata → language → page kind: a clean document ready for spaCy, or a rejection."""

        cleaned = clean(raw, self.settings)
        if isinstance(cleaned, Rejection):
            return cleaned
        meta = extract_metadata(cleaned)
        refused = language_rejection(cleaned, meta, self.settings) or page_rejection(cleaned, meta)
        if refused is not None:
            return refused
        return cleaned, meta

    def cheap_pass(self, texts: list[str]) -> list:
        """spaCy's cheap pass (senter + ner) over ``texts``, long ones by blocks."""

        block = min(self.settings.block_chars, self.nlp.max_length - 1)
        return pipe_blocks(self.nlp, texts, block, self._cheap_procs, batch_size=self.settings.batch_size)

    def sentence_docs(self, sdoc, indices: list[int]) -> list[tuple[int, Any, Any]]:
        """``(index, span, Doc)`` of the chosen sentences of ``sdoc``: each sentence a new Doc of its words, unparsed."""
        from spacy.tokens import Doc

        sents = list(sdoc.sents)
        # words and spaces from the token offsets (one array, no Token object per word of the article)
        text = nlp_mod.doc_text(sdoc)
        offsets = sdoc.to_array(["IDX", "SPACY"]).tolist()
        out = []
        for i in indices:
            if not 0 <= i < len(sents):
                continue
            s = sents[i]
            span = offsets[s.start:s.end + 1] if s.end < len(offsets) else offsets[s.start:] + [[len(text), 0]]
            words = [text[a:b - sp] for (a, sp), (b, _) in itertools.pairwise(span)]
            spaces = [bool(sp) for _a, sp in span[:-1]]
            doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
            doc.user_data[nlp_mod.TEXT_KEY] = "".join(w + " " if sp else w for w, sp in zip(words, spaces, strict=True))
            out.append((i, s, doc))
        return out

    def parse(self, docs: list) -> list:
        """The parser pipes (tok2vec, tagger, parser, attributes and lemmas) over sentence Docs, in batches."""
        for _name, proc in self._parse_procs:
            docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return docs

    @staticmethod
    def _parsed(chosen: list[tuple[int, Any, Any]], docs: list) -> list[ParsedSentence]:
        return [ParsedSentence(i, s.start_char, s.end_char, d) for (i, s, _), d in zip(chosen, docs, strict=True)]

    def parse_sentences(self, sdoc, indices: list[int]) -> list[ParsedSentence]:
        """Run the parser pipes on the chosen sentences of ``sdoc`` only."""
        chosen = self.sentence_docs(sdoc, indices)
        return self._parsed(chosen, self.parse([d for _, _, d in chosen]))

    def survey(self, cleaned: CleanDocument, meta, sdoc) -> Surveyed:
        """The stages before the parse, for one document: entities, relations, quotes, relevance, and the
        sentences to parse (those that may hold an event)."""
        ents = analyse_entities(sdoc, cleaned, self.gaz)
        relations = extract_relations(sdoc, cleaned, ents)
        ents = dataclasses.replace(ents, relations=tuple(ents.relations) + tuple(relations))
        quotes = extract_quotes(sdoc, cleaned, ents)
        relevance = document_relevance(sdoc, ents, self.gaz)  # an article off the subject yields no events
        chosen = self.sentence_docs(sdoc, candidate_sentences(sdoc, ents, quotes, relevance=relevance))
        return Surveyed(cleaned, meta, sdoc, ents, quotes, relevance, chosen)

    def conclude(self, sv: Surveyed, parsed: list[ParsedSentence] | None = None) -> Article:
        """The stages after the parse, for one document: events, agreements, the Article with its evidence.
        Without ``parsed``, the document's chosen sentences are parsed here."""
        if parsed is None:
            parsed = self._parsed(sv.chosen, self.parse([d for _, _, d in sv.chosen]))
        cleaned, meta, sdoc, ents = sv.cleaned, sv.meta, sv.sdoc, sv.ents
        events = extract_events(sdoc, parsed, cleaned, meta, ents, sv.quotes, self.gaz, relevance=sv.relevance)
        agreements = agreement_mentions(sdoc, cleaned, ents, meta)
        art = Article(
            doc=cleaned,
            meta=meta,
            entities=ents.entities + implied_entities(ents.entities, events, agreements, self.gaz),
            mentions=ents.mentions,
            roles=ents.roles,
            relations=ents.relations,
            events=events,
            quotes=sv.quotes,
            agreements=agreements,
            relevance=round(sv.relevance, 3),
            pipeline_version=pipeline_version(),
        )
        return map_evidence(art)

    def finish(self, cleaned: CleanDocument, meta, sdoc) -> Article:
        """Everything after spaCy's cheap pass, for one document."""
        return self.conclude(self.survey(cleaned, meta, sdoc))

    def parse_batch(self, surveyed: list[Surveyed], limit: float) -> list[list[ParsedSentence] | None]:
        """The chosen sentences of several documents parsed together (the parser's fixed costs once per
        batch, not once per document; each sentence is its own Doc, so its parse is the same). When the
        batch fails, None for every document: each is then parsed alone, under its own guard."""
        docs = [d for sv in surveyed for _, _, d in sv.chosen]
        try:
            with time_limit(limit):
                docs = self.parse(docs)
        except Exception as exc:  # one document's fault: each is parsed again alone, guarded
            log.warning("the parse of %d sentences of %d documents failed (%s: %s); parsing them document by "
                        "document", len(docs), len(surveyed), type(exc).__name__, exc)
            return [None] * len(surveyed)
        out: list[list[ParsedSentence] | None] = []
        at = 0
        for sv in surveyed:
            out.append(self._parsed(sv.chosen, docs[at:at + len(sv.chosen)]))
            at += len(sv.chosen)
        return out

    def analyse_batch(self, raws: list[RawDocument | Rejection]) -> list[Article | Rejection]:
        """Analyse a batch of documents: spaCy's cheap pass runs over the batch at once.

        Each document's stages are guarded: whatever goes wrong with one (an exception, its
        time limit) refuses that one, with its traceback in the log, and the batch goes on.
        """
        out: list[Article | Rejection | None] = [None] * len(raws)
        ready: list[tuple[int, CleanDocument, object]] = []
        for i, raw in enumerate(raws):
            if isinstance(raw, Rejection):
                out[i] = raw
                continue
            prepared = self._guarded(raw, "clean", lambda raw=raw: self.prepare(raw))
            if isinstance(prepared, Rejection):
                out[i] = prepared
            else:
                ready.append((i, prepared[0], prepared[1]))
        sdocs: list = []
        if ready:
            limit = sum(self.settings.time_limit(len(c.raw.text)) for _, c, _ in ready)
            try:
                with time_limit(limit):
                    sdocs = self.cheap_pass([c.text for _, c, _ in ready])
            except Exception as exc:  # one document's fault: the batch goes again one by one, each guarded
                log.warning("spaCy pass over a batch of %d failed (%s: %s); analysing them one by one",
                            len(ready), type(exc).__name__, exc)
                sdocs = [self._guarded(c.raw, "spacy", lambda c=c: self.cheap_pass([c.text])[0]) for _, c, _ in ready]
        surveyed: list[tuple[int, Surveyed]] = []
        for (i, cleaned, meta), sdoc in zip(ready, sdocs, strict=True):
            if isinstance(sdoc, Rejection):
                out[i] = sdoc
                continue
            sv = self._guarded(cleaned.raw, "extract", lambda c=cleaned, m=meta, d=sdoc: self.survey(c, m, d))
            if isinstance(sv, Rejection):
                out[i] = sv
            else:
                surveyed.append((i, sv))
        # the chosen sentences of all the batch's documents go through the parser together
        limit = sum(self.settings.time_limit(len(sv.cleaned.raw.text)) for _, sv in surveyed)
        parsed = self.parse_batch([sv for _, sv in surveyed], limit) if surveyed else []
        for (i, sv), p in zip(surveyed, parsed, strict=True):
            out[i] = self._guarded(sv.cleaned.raw, "extract", lambda sv=sv, p=p: self.conclude(sv, p))
        return [o for o in out if o is not None]

    def _guarded(self, raw: RawDocument, stage: str, fn):
        """``fn()`` within the document's time limit; a Rejection instead of any exception."""
        limit = self.settings.time_limit(len(raw.text))
        try:
            with time_limit(limit):
                return fn()
        except DocumentTimeout:
            log.error("%s: refused: over its time limit of %.0f s at %s", raw.source, limit, stage)
            return Rejection(raw.source, stage, "timeout",
                             f"over {limit:.0f} s (settings doc_timeout, doc_timeout_per_mb)")
        except Exception as exc:  # any stage, any bug: this document is refused, the run goes on
            log.exception("%s: failed at %s", raw.source, stage)
            return Rejection(raw.source, stage, f"internal: {type(exc).__name__}", str(exc)[:300])


class DocumentTimeout(Exception):
    """A document ran over its time limit (raised inside the analysis by a timer signal)."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise :class:`DocumentTimeout` in this thread after ``seconds`` (main thread only; elsewhere a no-op).

    A timer signal interrupts Python code, regular expressions included, between two steps;
    the worker watchdog (:mod:`pactwatch.workers`) stops what does not return to Python.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def fire(_signum, _frame):
        raise DocumentTimeout(f"over {seconds:.1f} s")

    previous = signal.signal(signal.SIGALRM, fire)
    outer = signal.getitimer(signal.ITIMER_REAL)[0]
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, max(0.001, min(seconds, outer) if outer else seconds))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # an enclosing limit keeps running
            signal.setitimer(signal.ITIMER_REAL, max(0.001, outer - (time.monotonic() - started)))


def map_evidence(art: Article) -> Article:
    """Fill the offsets of every evidence in the document's text and in what the user gave."""
    omap = art.doc.offsets
    smap = source_map_for(art.doc.raw)

    @overload
    def fix(ev: Evidence) -> Evidence: ...
    @overload
    def fix(ev: None) -> None: ...

    def fix(ev: Evidence | None) -> Evidence | None:
        if ev is None:
            return None
        # evidence is the sentence without the line breaks around it (those may be the cleaner's)
        lead = len(ev.sentence) - len(ev.sentence.lstrip())
        sentence = ev.sentence.strip()
        cs = ev.clean_start + lead
        ce = cs + len(sentence)
        ts, te = omap.span_to_original(cs, ce)
        s, e = smap.span(ts, te) if smap is not None else (ts, te)
        return dataclasses.replace(ev, sentence=sentence, clean_start=cs, clean_end=ce, start=s, end=e,
                                   text_start=ts, text_end=te)

    return dataclasses.replace(
        art,
        events=tuple(dataclasses.replace(x, evidence=fix(x.evidence)) for x in art.events),
        quotes=tuple(dataclasses.replace(x, evidence=fix(x.evidence)) for x in art.quotes),
        relations=tuple(dataclasses.replace(x, evidence=fix(x.evidence)) for x in art.relations),
        roles=tuple(dataclasses.replace(x, evidence=fix(x.evidence)) for x in art.roles),
        agreements=tuple(dataclasses.replace(x, evidence=fix(x.evidence)) for x in art.agreements),
    )


# --------------------------------------------------------------------------- processes

_WORKER: Analyser | None = None


def preload(settings: Settings) -> Analyser:
    """The Analyser of this process for ``settings``, made once (the model loads here).

    Called before the worker processes are forked, it lets them inherit the loaded model
    (shared copy-on-write) instead of each loading its own."""
    global _WORKER
    if _WORKER is None or _WORKER.settings != settings:
        _WORKER = Analyser(settings)
        _WORKER.analyse_batch([RawDocument("warm-up", "<warm-up>", WARM_UP)])  # lazy parts load once, before forks
    return _WORKER


WARM_UP = ("Turkey and Azerbaijan will hold joint military exercises next year, President Ilham Aliyev said on "
           "Monday. \u201cWe will strengthen our alliance,\u201d he told NATO officials in Baku.")


def _worker_main(conn, settings: Settings) -> None:
    """A worker's loop: a batch in, its articles and rejections out, until told to stop."""


    ignore_interrupts()
    parent = os.getppid()
    analyser = preload(settings)  # a forked worker already has it; a spawned one loads it
    gc.freeze()  # the model, lexicons and gazetteer live as long as the worker: no collection walks them again
    while True:
        msg = receive(conn, parent)
        if msg is None:
            return
        key, batch = msg
        try:
            out = analyser.analyse_batch(batch)
            conn.send((key, out))
        except (BrokenPipeError, EOFError):
            return
        except Exception as exc:  # the batch machinery itself (e.g. a result that cannot be pickled)
            log.exception("a batch failed outside any document's guard")
            conn.send((key, [Rejection(d.source, "analyse", f"internal: {type(exc).__name__}", str(exc)[:300])
                             if isinstance(d, RawDocument) else d for d in batch]))


def _chunks(items: Iterable[RawDocument | Rejection], size: int) -> Iterator[list[RawDocument | Rejection]]:
    chunk: list[RawDocument | Rejection] = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _length_checked(items: Iterable[RawDocument | Rejection], settings: Settings) -> Iterator[RawDocument | Rejection]:
    """Refuse texts longer than ``max_chars`` before they are sent anywhere."""
    for it in items:
        if isinstance(it, RawDocument) and len(it.text) > settings.max_chars:
            yield Rejection(it.source, "analyse", "too-long",
                            f"{len(it.text)} characters > max_chars {settings.max_chars}")
        else:
            yield it


def analyse(items: Iterable[RawDocument | Rejection], settings: Settings) -> Iterator[Article | Rejection]:
    """Analyse a stream of documents; yields an Article or a Rejection per input, in order.

    Uses ``settings.n_process`` watched worker processes (:mod:`pactwatch.workers`); inside
    a process that may not have children (a daemon), everything runs in this process.

    Example:
        >>> from pactwatch.read import read_inputs
        >>> for art in analyse(read_inputs(["corpus/seeds"], s), s): ...
    """
    size = max(1, settings.batch_size)  # one chunk is one nlp.pipe batch: the NER runs on full batches
    chunks = _chunks(_length_checked(items, settings), size)
    if mp.current_process().daemon:
        analyser = preload(settings)
        for chunk in chunks:
            yield from analyser.analyse_batch(chunk)
        return
    preload(settings)  # forked workers inherit the loaded model
    supervisor = Supervisor(settings.n_process, _worker_main, (settings,),
                            lambda d: settings.time_limit(len(d.text)), grace=min(30.0, 2 * settings.doc_timeout))
    yield from supervisor.run(chunks)
