"""The extraction pipeline: stages in order, spread over processes, streamed.

    read ─► clean ─► metadata ─► language check ─► spaCy (senter + ner)
        ─► entities ─► relations ─► quotes ─► parse only candidate sentences ─► events
        ─► evidence offsets mapped to the original text ─► Article

Every document goes through the stages inside one worker process (each worker loads
the spaCy model once), so all cores do all the work, not only the spaCy part. The
input is streamed: at most ``n_process * 4`` chunks are in flight, so memory does not
grow with the corpus. Output keeps input order.

Speed: spaCy's dependency parse (tok2vec + tagger + parser) costs about as much as
its NER. The whole document only goes through ``senter`` and ``ner``; the parser runs
on the sentences that hold an event trigger (see :func:`events.candidate_sentences`).
"""
from __future__ import annotations

import dataclasses
import logging
import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from . import __version__
from .model import Article, CleanDocument, Evidence, RawDocument, Rejection
from .settings import Settings

log = logging.getLogger(__name__)

NOT_EXTRACTION = frozenset({"__pycache__", "cli", "store", "benchmarks", "web"})  # code that does not make facts


def _code_digest() -> str:
    """A digest of the package's code and data: any change to a rule or a lexicon changes it."""
    import hashlib
    from pathlib import Path

    root = Path(__file__).resolve().parent
    h = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if (path.suffix in (".py", ".json") and not set(rel.parts) & NOT_EXTRACTION
                and path.name not in ("export.py", "ingest.py")):
            h.update(str(rel).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:8]


# the package version plus a digest of the code and data that produce the facts, so a store
# can tell which documents an older pipeline analysed (``pactwatch ingest --reanalyse``)
PIPELINE_VERSION = f"pactwatch-{__version__}+{_code_digest()}"
CHEAP_PIPES = ("senter", "pactwatch_paragraphs", "ner")
PARSE_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


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


class Analyser:
    """Runs every stage on one document at a time. One per process."""

    def __init__(self, settings: Settings):
        from . import nlp as nlp_mod
        from .gazetteer import load_gazetteer

        self.settings = settings
        self.nlp = nlp_mod.load(settings.model)
        self.gaz = load_gazetteer()
        self._parse_procs = [(n, p) for n, p in self.nlp.pipeline if n in PARSE_PIPES]
        if "attribute_ruler" in self.nlp.pipe_names:  # same attributes and lemmas, a fraction of the cost
            names = [n for n, _ in self._parse_procs]
            lemmatizer = (self.nlp.get_pipe("lemmatizer") if "lemmatizer" in names
                          and names.index("lemmatizer") == names.index("attribute_ruler") + 1 else None)
            fast = nlp_mod.FastAttributes(self.nlp.get_pipe("attribute_ruler"), lemmatizer)
            self._parse_procs = [(n, fast if n == "attribute_ruler" else p) for n, p in self._parse_procs
                                 if not (lemmatizer is not None and n == "lemmatizer")]
        self._cheap_disable = [n for n in self.nlp.pipe_names if n not in CHEAP_PIPES]

    # ----------------------------------------------------------------- stages

    def prepare(self, raw: RawDocument) -> tuple[CleanDocument, object] | Rejection:
        """clean → metadata → language: a clean document ready for spaCy, or a rejection."""
        from .clean import clean
        from .metadata import extract_metadata, language_rejection

        cleaned = clean(raw, self.settings)
        if isinstance(cleaned, Rejection):
            return cleaned
        meta = extract_metadata(cleaned)
        refused = language_rejection(cleaned, meta, self.settings)
        if refused is not None:
            return refused
        return cleaned, meta

    def parse_sentences(self, sdoc, indices: list[int]) -> list[ParsedSentence]:
        """Run the parser pipes on the chosen sentences of ``sdoc`` only."""
        from spacy.tokens import Doc

        sents = list(sdoc.sents)
        chosen = [sents[i] for i in indices if 0 <= i < len(sents)]
        words = [t.text for t in sdoc]
        spaces = [bool(t.whitespace_) for t in sdoc]
        docs = [Doc(self.nlp.vocab, words=words[s.start:s.end], spaces=spaces[s.start:s.end]) for s in chosen]
        for _name, proc in self._parse_procs:
            docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return [
            ParsedSentence(i, s.start_char, s.end_char, d)
            for i, s, d in zip([i for i in indices if 0 <= i < len(sents)], chosen, docs, strict=True)
        ]

    def finish(self, cleaned: CleanDocument, meta, sdoc) -> Article:
        """Everything after spaCy's cheap pass, for one document."""
        from .entities import analyse_entities
        from .events import candidate_sentences, extract_events
        from .quotes import extract_quotes
        from .relations import extract_relations

        ents = analyse_entities(sdoc, cleaned, self.gaz)
        relations = extract_relations(sdoc, cleaned, ents, self.gaz)
        ents = dataclasses.replace(ents, relations=tuple(ents.relations) + tuple(relations))
        quotes = extract_quotes(sdoc, cleaned, ents)
        parsed = self.parse_sentences(sdoc, candidate_sentences(sdoc, ents, quotes))
        events = extract_events(sdoc, parsed, cleaned, meta, ents, quotes, self.gaz)
        from .crossdoc import agreement_mentions

        agreements = agreement_mentions(sdoc, cleaned, ents, meta)
        art = Article(
            doc=cleaned,
            meta=meta,
            entities=ents.entities,
            mentions=ents.mentions,
            roles=ents.roles,
            relations=ents.relations,
            events=events,
            quotes=quotes,
            agreements=agreements,
            pipeline_version=PIPELINE_VERSION,
        )
        return map_evidence(art)

    def analyse_batch(self, raws: list[RawDocument | Rejection]) -> list[Article | Rejection]:
        """Analyse a batch of documents: spaCy's cheap pass runs over the batch at once."""
        out: list[Article | Rejection | None] = [None] * len(raws)
        ready: list[tuple[int, CleanDocument, object]] = []
        for i, raw in enumerate(raws):
            if isinstance(raw, Rejection):
                out[i] = raw
                continue
            try:
                prepared = self.prepare(raw)
            except Exception as exc:  # a bug on one odd document must not stop the batch
                log.exception("%s: failed while cleaning", raw.source)
                out[i] = Rejection(raw.source, "clean", "error", f"{type(exc).__name__}: {exc}")
                continue
            if isinstance(prepared, Rejection):
                out[i] = prepared
            else:
                ready.append((i, prepared[0], prepared[1]))
        texts = [c.text for _, c, _ in ready]
        sdocs = self.nlp.pipe(texts, disable=self._cheap_disable, batch_size=self.settings.batch_size)
        for (i, cleaned, meta), sdoc in zip(ready, sdocs, strict=True):
            try:
                out[i] = self.finish(cleaned, meta, sdoc)
            except Exception as exc:
                log.exception("%s: failed while extracting", cleaned.raw.source)
                out[i] = Rejection(cleaned.raw.source, "extract", "error", f"{type(exc).__name__}: {exc}")
        return [o for o in out if o is not None]


def map_evidence(art: Article) -> Article:
    """Fill the original-text offsets of every evidence from the clean-text ones."""
    omap = art.doc.offsets

    def fix(ev: Evidence | None) -> Evidence | None:
        if ev is None:
            return None
        # evidence is the sentence without the line breaks around it (those may be the cleaner's)
        lead = len(ev.sentence) - len(ev.sentence.lstrip())
        sentence = ev.sentence.strip()
        cs = ev.clean_start + lead
        ce = cs + len(sentence)
        s, e = omap.span_to_original(cs, ce)
        return dataclasses.replace(ev, sentence=sentence, clean_start=cs, clean_end=ce, start=s, end=e)

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
    return _WORKER


def _init_worker(settings: Settings) -> None:
    preload(settings)  # a forked worker already has it; a spawned one loads it


def _work(batch: list[RawDocument | Rejection]) -> list[Article | Rejection]:
    assert _WORKER is not None
    return _WORKER.analyse_batch(batch)


def _chunks(items: Iterable[RawDocument | Rejection], size: int) -> Iterator[list[RawDocument | Rejection]]:
    chunk: list[RawDocument | Rejection] = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def analyse(items: Iterable[RawDocument | Rejection], settings: Settings) -> Iterator[Article | Rejection]:
    """Analyse a stream of documents; yields an Article or a Rejection per input, in order.

    Uses ``settings.n_process`` worker processes (1: everything in this process).

    Example:
        >>> from pactwatch.read import read_inputs
        >>> for art in analyse(read_inputs(["corpus/seeds"], s), s): ...
    """
    size = max(1, settings.batch_size)  # one chunk is one nlp.pipe batch: the NER runs on full batches
    if settings.n_process <= 1:
        analyser = preload(settings)
        for chunk in _chunks(items, size):
            yield from analyser.analyse_batch(chunk)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    if ctx.get_start_method() == "fork":
        preload(settings)
    with ctx.Pool(settings.n_process, initializer=_init_worker, initargs=(settings,)) as pool:
        pending: deque = deque()
        for chunk in _chunks(items, size):
            pending.append(pool.apply_async(_work, (chunk,)))
            while len(pending) >= settings.n_process * 4:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
