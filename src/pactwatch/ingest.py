"""Ingest: read → skip what the store has → analyse → stories → store, in batched transactions.

Exactly once: a document is known by the hash of its content, checked before it is
analysed (a re-run costs reading, not analysing) and again inside the transaction that
stores it. A second copy of a text met in the same run waits for the first: it is counted
as already stored when the first was stored, and refused for the same reason when the
first was refused (a refused text is never counted as stored). Each batch of articles is one transaction, so a run killed at any point
(even with SIGKILL) leaves whole batches only; running it again stores the rest.

Stories continue across runs: a finished run leaves the story and duplicate indexes in
the store; the next run loads them and replays only documents stored after them (an
interrupted run's), each back into its stored story, before new articles join them.
"""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, BinaryIO

from . import snapshot
from .dedup import DuplicateIndex
from .errors import SnapshotError
from .model import Article, RawDocument, Rejection, Skipped, content_hash
from .pipeline import analyse, pipeline_version
from .read import read_inputs
from .settings import Settings
from .stories import StoryIndex, assign_stories, features_of_parts, new_indexes

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    """What a run did: read, stored, already there, refused (by reason)."""

    run_id: int = 0
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already stored
    refused: list[Rejection] = field(default_factory=list)
    not_documents: list[Skipped] = field(default_factory=list)  # inputs skipped by kind (WARC requests, READMEs)

    def refused_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.refused:
            out[r.reason] = out.get(r.reason, 0) + 1
        return out

    def counts(self) -> dict[str, object]:
        skipped: dict[str, int] = {}
        for x in self.not_documents:
            skipped[x.reason] = skipped.get(x.reason, 0) + 1
        return {"read": self.read, "stored": self.stored, "skipped": self.skipped, "refused": len(self.refused),
                "refused_by_reason": self.refused_by_reason(), "not_documents": len(self.not_documents),
                "not_documents_by_kind": skipped}

    def report(self) -> dict[str, Any]:
        """The run's counts in the words its stderr line uses, for ``ingest --json``, ``ingest
        --from-parquet --json`` and the web's upload answer alike: ``already_stored`` (the same
        content was stored before), ``refused`` (by reason), ``skipped`` (inputs that are no
        documents, by kind). (:meth:`counts`, kept in the runs table, says ``skipped`` for the
        already stored.)"""
        counts = self.counts()
        return {"run": self.run_id, "read": counts["read"], "stored": counts["stored"],
                "already_stored": counts["skipped"], "refused": counts["refused"],
                "refused_by_reason": counts["refused_by_reason"], "skipped": counts["not_documents"],
                "skipped_by_kind": counts["not_documents_by_kind"]}


@dataclass
class _Copies:
    """Texts met twice in one run: the first copy's source by hash, later copies waiting for its outcome."""

    first: dict[str, str] = field(default_factory=dict)  # content hash -> source of its first copy
    hash_of: dict[str, str] = field(default_factory=dict)  # source of a first copy -> content hash
    waiting: dict[str, list[RawDocument]] = field(default_factory=dict)
    refused: dict[str, Rejection] = field(default_factory=dict)  # content hash -> the first copy's refusal


def _skip_known(items: Iterable[RawDocument | Rejection], store, summary: IngestSummary, copies: _Copies,
                chunk: int = 64) -> Iterator[RawDocument | Rejection]:
    buf: list[RawDocument | Rejection] = []

    def flush() -> Iterator[RawDocument | Rejection]:
        hashes = {id(x): content_hash(x.text) for x in buf if isinstance(x, RawDocument)}
        known = store.known_hashes(hashes.values())
        for x in buf:
            if isinstance(x, RawDocument):
                h = hashes[id(x)]
                if h in known:
                    summary.skipped += 1
                    continue
                if h in copies.first:
                    copies.waiting.setdefault(h, []).append(x)
                    continue
                copies.first[h] = x.source
                copies.hash_of[x.source] = h
            yield x
        buf.clear()

    for it in items:
        buf.append(it)
        if len(buf) >= chunk:
            yield from flush()
    yield from flush()


_SNAPSHOT_TAG = "pactwatch-story-indexes/2"


def story_indexes(store, settings: Settings | None = None) -> tuple[StoryIndex, DuplicateIndex]:
    """The story and duplicate indexes as of the last stored document (see :func:`load_story_indexes`)."""
    index, dups, _ = load_story_indexes(store, settings)
    return index, dups


def _thresholds(index: StoryIndex, dups: DuplicateIndex) -> tuple[float, int | None, float, int]:
    return index.threshold, index.window_days, dups.threshold, dups.window_days


def load_story_indexes(store, settings: Settings | None = None) -> tuple[StoryIndex, DuplicateIndex, int]:
    """``(story index, duplicate index, key of the last document in them)``.

    They start from the snapshot the last finished ingest saved, when the same pipeline
    version made it with the thresholds and windows of ``settings`` (default: the packaged
    ones), and replay the documents stored after it (those of an interrupted run);
    otherwise every stored document is replayed. A replayed document goes back into the
    story it was stored with, so the indexes always agree with the store.
    """
    index, dups = new_indexes(settings or Settings())
    after = 0
    upto = store.last_document()  # documents another process stores meanwhile are not replayed
    snap = store.load_index_snapshot()
    if snap is not None:
        data, last_doc, version = snap
        if version != pipeline_version():
            log.info("story index snapshot is from another pipeline version; replaying every stored document")
        elif last_doc > upto:
            log.warning("story index snapshot is ahead of the store (restored from a backup?); replaying every "
                        "stored document")
        else:
            try:
                state = snapshot.decode(data)
                if state.get("tag") != _SNAPSHOT_TAG:
                    raise SnapshotError(f"snapshot of {state.get('tag')!r}, not of the story indexes")
                loaded_index = StoryIndex.from_state(state["stories"])
                loaded_dups = DuplicateIndex.from_state(state["duplicates"])
            except (SnapshotError, KeyError) as exc:
                log.warning("story index snapshot unreadable (%s); replaying every stored document", exc)
            else:
                if _thresholds(loaded_index, loaded_dups) != _thresholds(index, dups):
                    log.info("story index snapshot has other thresholds or windows than the settings; replaying "
                             "every stored document")
                else:
                    index, dups, after = loaded_index, loaded_dups, last_doc
    replayed = 0
    for parts in store.story_parts(after, upto):
        feats = features_of_parts(parts)
        dups.add(feats.doc_id, feats.text, feats.published)
        index.restore(feats, parts.story)
        replayed += 1
    log.info("story index: %d documents from the snapshot, %d replayed", len(index) - replayed, replayed)
    return index, dups, upto


def save_story_indexes(store, index, dups, upto: int, run_id: int) -> bool:
    """Keep the indexes in the store, so the next ingest starts from them (see :func:`load_story_indexes`).

    Only when they hold every stored document: ``upto`` is the last document they were loaded
    with, and no run other than ``run_id`` may have stored one since (workers sharing a store
    interleave their documents; the older snapshot then stays, and the next run replays the rest).
    """
    if store.documents_from_other_runs(after=upto, run_id=run_id):
        log.info("other runs stored documents meanwhile; the story index snapshot is left as it was")
        return False
    try:
        data = snapshot.encode({"tag": _SNAPSHOT_TAG, "stories": index.to_state(), "duplicates": dups.to_state()})
        store.save_index_snapshot(data, store.last_document(), pipeline_version())
    except Exception as exc:  # the articles are stored; only the next run's head start is lost
        log.warning("could not save the story index snapshot (%s); the next ingest replays the store", exc)
        return False
    return True


class RunWriter:
    """The single writer of a run into a store: what ``ingest`` and the Ray engine's shard loader share.

    Opens the run (its row in the runs table) and the story and duplicate indexes as of the
    store's last document; takes the run's items one by one (:meth:`add`), counting them into
    :attr:`summary`, and stores articles and refusals in transactions of ``batch`` articles.
    Leaving the ``with`` block stores the last batch and the indexes' snapshot (when the run
    stored something new), and always closes the run, also when it failed (the batch in hand
    is then not stored: a run killed at any point leaves whole batches only).

    Example:
        >>> with RunWriter(store, settings, "ingest", batch=25) as w:  # doctest: +SKIP
        ...     for item in assign_stories(articles, w.index, w.duplicates):
        ...         w.add(item)
    """

    def __init__(self, store, settings: Settings, kind: str, config: dict[str, Any] | None = None, batch: int = 25,
                 on_item: Callable[[Article | Rejection], None] | None = None) -> None:
        self.store, self.batch, self.on_item = store, batch, on_item
        self.summary = IngestSummary()
        self.summary.run_id = store.start_run(kind, pipeline_version(), {**dataclasses.asdict(settings),
                                                                        **(config or {})})
        self.index, self.duplicates, self.upto = load_story_indexes(store, settings)
        self._articles: list[Article] = []
        self._refused: list[Rejection] = []

    def add(self, item: Article | Rejection) -> None:
        """One item of the run: an Article waits for its batch, a Rejection is counted and kept,
        a Skipped (no document: a WARC request, a README) is only counted."""
        self.summary.read += 1
        if isinstance(item, Skipped):
            self.summary.not_documents.append(item)
        elif isinstance(item, Rejection):
            self.summary.refused.append(item)
            self._refused.append(item)
        else:
            self._articles.append(item)
        if self.on_item:
            self.on_item(item)
        if len(self._articles) >= self.batch:
            self.commit()

    def commit(self) -> None:
        """Store the articles and refusals in hand (one transaction for the articles)."""
        if self._articles:
            stored, skipped = self.store.add_articles(self._articles, self.summary.run_id)
            self.summary.stored += stored
            self.summary.skipped += skipped
            self._articles.clear()
        if self._refused:
            self.store.add_refusals(self.summary.run_id, self._refused)
            self._refused.clear()

    def __enter__(self) -> RunWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is None:
                self.commit()
                if self.summary.stored or (self.store.index_snapshot_last() or 0) < self.upto:  # news
                    save_story_indexes(self.store, self.index, self.duplicates, self.upto, self.summary.run_id)
        finally:
            self.store.finish_run(self.summary.run_id, self.summary.counts())
        if exc_type is None:
            self.summary.read += self.summary.skipped


def ingest(paths: list[str], store, settings: Settings, stdin: BinaryIO | None = None, batch: int = 25,
           on_item: Callable[[Article | Rejection], None] | None = None) -> IngestSummary:
    """Ingest ``paths`` into ``store``; returns the run's summary (also kept in the runs table)."""
    with RunWriter(store, settings, "ingest", batch=batch, on_item=on_item) as writer:
        summary = writer.summary
        copies = _Copies()
        raw = _skip_known(read_inputs(paths, settings, stdin=stdin), store, summary, copies)
        for item in assign_stories(analyse(raw, settings), writer.index, writer.duplicates):
            writer.add(item)
            if isinstance(item, Rejection) and item.source in copies.hash_of:
                copies.refused[copies.hash_of[item.source]] = item
        for h, waiting in copies.waiting.items():  # later copies of a text share the first copy's outcome
            first = copies.refused.get(h)
            for copy in waiting:
                if first is None:
                    summary.skipped += 1
                    continue
                writer.add(Rejection(copy.source, first.stage, first.reason,
                                     f"the same text as {first.source}, refused: {first.detail}"[:500]))
    return summary


def reanalyse(store, settings: Settings, on_item: Callable[[Article | Rejection], None] | None = None,
              stale_only: bool = False) -> IngestSummary:
    """Run the current pipeline again on every stored document (``stale_only``: those an
    older pipeline version analysed), replacing each one's facts.

    Each document's old facts stay until its new ones are committed (one transaction per
    document), so an interrupted re-analysis leaves every document with one full analysis.
    """
    version = pipeline_version()
    summary = IngestSummary()
    summary.run_id = store.start_run("reanalyse", version, dataclasses.asdict(settings))
    store.drop_index_snapshot()  # the documents' features change: the next ingest replays them
    keys: dict[str, int] = {}

    def raws() -> Iterator[RawDocument]:
        for pk, raw in store.documents_for_reanalysis(stale_for=version if stale_only else None):
            src = f"{raw.source}#stored-{pk}"
            keys[src] = pk
            yield dataclasses.replace(raw, source=src)

    try:
        for item in analyse(raws(), settings):
            summary.read += 1
            keys.pop(item.source if isinstance(item, Rejection) else "", None)
            if isinstance(item, Rejection):
                summary.refused.append(item)
                store.add_refusals(summary.run_id, [item])
            else:
                pk = keys.pop(item.doc.raw.source)
                stored = store.stored_story(pk)
                art = dataclasses.replace(item, story=stored[0], duplicate_of=stored[1])
                store.replace_facts(pk, art, summary.run_id)
                summary.stored += 1
            if on_item:
                on_item(item)
    finally:
        store.finish_run(summary.run_id, summary.counts())
    return summary
