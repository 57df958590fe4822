"""Shards into a store: the single writer after a distributed run.

``pactwatch scale ingest DIR`` reads the Parquet shards of a Ray run in order (shard by
shard, row group by row group), skips the articles the store already holds (content hash,
as ``pactwatch ingest`` does), assigns duplicates and stories from the store's indexes
(continuing from its snapshot, exactly like a local ingest), and stores the rest in batched
transactions. Loading a shard twice adds nothing. The refusals a shard recorded go to the
run's refusals table. Cross-document records (agreements, corroboration, contradictions) are
folded from the stored rows when queried, as after a local ingest.

This step runs in one process: story clustering must see the articles one after another,
and it is the part that bounds the whole (see docs/SCALE.md).
"""
from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator

from ..ingest import IngestSummary, load_story_indexes, save_story_indexes
from ..model import Article, Rejection, Skipped
from ..settings import Settings
from . import parquet_io
from .codec import decode_article

log = logging.getLogger(__name__)


def _rejection(rec: dict) -> Rejection:
    cls = Skipped if rec.get("skipped") else Rejection
    return cls(rec["source"], rec["stage"], rec["reason"], rec.get("detail") or "")


def _new_articles(paths: list[str], store, summary: IngestSummary,
                  refusals: list[Rejection], chunk: int = 64) -> Iterator[Article]:
    """Articles of the shards that the store does not hold yet, in shard order, decoded lazily."""
    from ..model import content_hash

    seen: set[str] = set()
    for path in paths:
        meta = parquet_io.shard_summary_of(path)
        if meta is not None:
            refusals.extend(_rejection(r) for r in meta.refusals)
        rows = parquet_io.iter_shard(path, columns=["article"])
        while True:
            batch = [decode_article(r["article"]) for _, r in zip(range(chunk), rows, strict=False)]
            if not batch:
                break
            hashes = [content_hash(a.doc.raw.text) for a in batch]
            known = store.known_hashes(hashes)
            for art, h in zip(batch, hashes, strict=True):
                if h in known or h in seen:
                    summary.skipped += 1
                    continue
                seen.add(h)
                yield art


def load_shards(directory: str, store, settings: Settings, batch: int = 25,
                on_item: Callable[[Article | Rejection], None] | None = None) -> IngestSummary:
    """Store the articles of the shards under ``directory`` (see the module's docstring)."""
    from ..pipeline import PIPELINE_VERSION
    from ..stories import assign_stories

    paths = parquet_io.shard_files(directory)
    summary = IngestSummary()
    summary.run_id = store.start_run("ingest-parquet", PIPELINE_VERSION,
                                     {**dataclasses.asdict(settings), "from_parquet": directory})
    index, dups, upto = load_story_indexes(store)
    refusals: list[Rejection] = []
    pending: list[Article] = []

    def commit() -> None:
        if pending:
            stored, skipped = store.add_articles(pending, summary.run_id)
            summary.stored += stored
            summary.skipped += skipped
            pending.clear()
        if refusals:
            summary.refused.extend(r for r in refusals if not isinstance(r, Skipped))
            summary.not_documents.extend(r for r in refusals if isinstance(r, Skipped))
            store.add_refusals(summary.run_id, refusals)
            if on_item:
                for r in refusals:
                    on_item(r)
            refusals.clear()

    try:
        for art in assign_stories(_new_articles(paths, store, summary, refusals), index, dups):
            summary.read += 1
            pending.append(art)
            if on_item:
                on_item(art)
            if len(pending) >= batch:
                commit()
        commit()
        if summary.stored or (store.index_snapshot_last() or 0) < upto:
            save_story_indexes(store, index, dups, upto, summary.run_id)
    finally:
        store.finish_run(summary.run_id, summary.counts())
    summary.read += summary.skipped + len(summary.refused) + len(summary.not_documents)
    log.info("loaded %d shards from %s: %s", len(paths), directory, summary.counts())
    return summary
