"""Shards into a store: the single writer after a distributed run.

``pactwatch scale ingest DIR`` reads the Parquet shards of a Ray run in order (shard by
shard, row group by row group), skips the articles the store already holds (content hash,
as ``pactwatch ingest`` does), assigns duplicates and stories from the store's indexes
(continuing from its snapshot, exactly like a local ingest), and stores the rest in batched
transactions, through the same writer as a local ingest (:class:`pactwatch.ingest.RunWriter`).
Loading a shard twice adds nothing. The refusals a shard recorded go to the run's refusals
table (its inputs that were no documents are counted, as by ``ingest``). Cross-document
records (agreements, corroboration, contradictions) are folded from the stored rows when
queried, as after a local ingest.

This step runs in one process: story clustering must see the articles one after another,
and it is the part that bounds the whole (see docs/SCALE.md).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from ..ingest import IngestSummary, RunWriter
from ..model import Article, Rejection, Skipped, content_hash
from ..settings import Settings
from ..stories import assign_stories
from . import parquet_io
from .codec import decode_article

log = logging.getLogger(__name__)


def _rejection(rec: dict) -> Rejection:
    cls = Skipped if rec.get("skipped") else Rejection
    return cls(rec["source"], rec["stage"], rec["reason"], rec.get("detail") or "")


def _new_articles(paths: list[str], store, writer: RunWriter, chunk: int = 64) -> Iterator[Article]:
    """Articles of the shards that the store does not hold yet, in shard order, decoded lazily;
    each shard's refusals go to ``writer`` as the shard is opened."""
    seen: set[str] = set()
    for path in paths:
        meta = parquet_io.shard_summary_of(path)
        if meta is not None:
            for rec in meta.refusals:
                writer.add(_rejection(rec))
        rows = parquet_io.iter_shard(path, columns=["article"])
        while True:
            batch = [decode_article(r["article"]) for _, r in zip(range(chunk), rows, strict=False)]
            if not batch:
                break
            hashes = [content_hash(a.doc.raw.text) for a in batch]
            known = store.known_hashes(hashes)
            for art, h in zip(batch, hashes, strict=True):
                if h in known or h in seen:
                    writer.summary.skipped += 1
                    continue
                seen.add(h)
                yield art


def load_shards(directory: str, store, settings: Settings, batch: int = 25,
                on_item: Callable[[Article | Rejection], None] | None = None) -> IngestSummary:
    """Store the articles of the shards under ``directory`` (see the module's docstring)."""
    paths = parquet_io.shard_files(directory)
    with RunWriter(store, settings, "ingest-parquet", {"from_parquet": directory}, batch, on_item) as writer:
        for art in assign_stories(_new_articles(paths, store, writer), writer.index, writer.duplicates):
            writer.add(art)
    done = writer.summary
    log.info("loaded %d shards from %s: read %d, stored %d, already stored %d, refused %d, skipped %d (no documents)",
             len(paths), directory, done.read, done.stored, done.skipped, len(done.refused), len(done.not_documents))
    return writer.summary
