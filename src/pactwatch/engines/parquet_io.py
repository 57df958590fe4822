"""Shards of analysed articles on disk: Parquet (or JSON Lines) files written whole or not at all.

A shard is one file, ``part-<shard id>.parquet``, under the run's output directory (a local
path or any URL pyarrow's filesystems open: ``s3://``, ``gs://``, ``hdfs://``, ``file://``).
One row per analysed article, in input order:

* the contract's top-level values as columns (``doc``, ``id``, ``title``, ``publisher``,
  ``published`` ...), its facts as typed nested columns (``entities``, ``relations``,
  ``events``, ``quotes``, ``agreement_mentions``, each a list of structs, offsets as
  ``struct<start, end>``), so Spark, DuckDB or BigQuery read them without parsing JSON;
* ``record``: the contract object as JSON (:func:`pactwatch.contract.to_contract`, every key);
* ``article``: the whole :class:`~pactwatch.model.Article` as JSON
  (:mod:`pactwatch.engines.codec`), which ``pactwatch scale ingest`` stores;
* ``shard`` and ``position``: where the row came from.

The shard's summary (inputs, counts, refusals with their reasons, pipeline version, seconds,
attempts) is the Parquet file's key-value metadata under ``pactwatch``. The file is written
to a temporary name and renamed, so a shard either exists whole, summary included, or not at
all: a run killed at any point leaves only finished shards, and a shard written twice (a retry
after the write) is the same file. With ``--format jsonl`` a shard is ``part-<id>.jsonl`` of
contract records, and its summary ``part-<id>.summary.json`` is written after it: the
summary's presence marks the shard finished.
"""
from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..contract import to_contract
from ..model import Article
from .codec import encode_article

META_KEY = b"pactwatch"
FORMATS = ("parquet", "jsonl")

_OFFSETS = pa.struct([("start", pa.int64()), ("end", pa.int64())])
_STRINGS = pa.list_(pa.string())
_FACTS = {
    "entities": pa.struct([("id", pa.string()), ("kind", pa.string()), ("name", pa.string()),
                           ("aliases", _STRINGS)]),
    "relations": pa.struct([("subject", pa.string()), ("relation", pa.string()), ("object", pa.string()),
                            ("evidence", pa.string()), ("offsets", _OFFSETS)]),
    "events": pa.struct([("type", pa.string()), ("status", pa.string()), ("actors", _STRINGS),
                         ("targets", _STRINGS), ("sectors", _STRINGS), ("when", pa.string()),
                         ("where", pa.string()), ("asserted_by", pa.string()), ("agreement", pa.string()),
                         ("provisions", _STRINGS), ("evidence", pa.string()), ("offsets", _OFFSETS),
                         ("trigger", pa.string()), ("confidence", pa.float64())]),
    "quotes": pa.struct([("speaker", pa.string()), ("text", pa.string()), ("evidence", pa.string()),
                         ("offsets", _OFFSETS)]),
    "agreement_mentions": pa.struct([("agreement", pa.string()), ("stage", pa.string()), ("when", pa.string()),
                                     ("negated", pa.bool_()), ("parties", _STRINGS), ("provisions", _STRINGS),
                                     ("evidence", pa.string()), ("offsets", _OFFSETS)]),
}
_SCALARS = [("doc", pa.string()), ("id", pa.string()), ("title", pa.string()), ("publisher", pa.string()),
            ("published", pa.string()), ("language", pa.string()), ("relevance", pa.float64()),
            ("url", pa.string()), ("source", pa.string()), ("pipeline", pa.string())]
SCHEMA = pa.schema(
    [("shard", pa.string()), ("position", pa.int32())] + _SCALARS
    + [(name, pa.list_(kind)) for name, kind in _FACTS.items()]
    + [("record", pa.string()), ("article", pa.large_string())]
)


@dataclass
class ShardSummary:
    """What a shard holds and how it was made (kept in the shard file; summed in the manifest)."""

    shard: str
    pipeline: str
    read: int = 0
    analysed: int = 0
    refusals: list[dict[str, str]] = field(default_factory=list)  # contract.rejection_record, plus "skipped"
    seconds: float = 0.0
    attempts: int = 1
    worker: dict[str, Any] = field(default_factory=dict)  # pid, host, model load seconds, peak RSS

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> ShardSummary:
        return cls(**json.loads(text))


def shard_name(shard: str, fmt: str = "parquet") -> str:
    return f"part-{shard}.{fmt}"


def filesystem(out: str):
    """``(pyarrow filesystem, path)`` for a local directory or a URL."""
    from pyarrow import fs as pafs

    if "://" in out:
        return pafs.FileSystem.from_uri(out)
    return pafs.LocalFileSystem(), os.path.abspath(out)


def _row(shard: str, position: int, art: Article) -> dict[str, Any]:
    rec = to_contract(art)
    row: dict[str, Any] = {"shard": shard, "position": position}
    row.update({name: rec.get(name) for name, _ in _SCALARS})
    row.update({name: rec.get(name) or [] for name in _FACTS})
    row["record"] = json.dumps(rec, ensure_ascii=False)
    row["article"] = encode_article(art)
    return row


def write_shard(out: str, summary: ShardSummary, articles: list[Article], fmt: str = "parquet") -> str:
    """Write one shard whole (temporary name, then rename); returns its path."""
    fs, root = filesystem(out)
    fs.create_dir(root, recursive=True)
    final = f"{root}/{shard_name(summary.shard, fmt)}"
    tmp = f"{root}/.tmp-{uuid.uuid4().hex}-{shard_name(summary.shard, fmt)}"
    if fmt == "parquet":
        table = pa.Table.from_pylist([_row(summary.shard, i, a) for i, a in enumerate(articles)], schema=SCHEMA)
        table = table.replace_schema_metadata({META_KEY: summary.to_json().encode()})
        with fs.open_output_stream(tmp) as fh:
            pq.write_table(table, fh, compression="zstd")
        fs.move(tmp, final)
        return final
    with fs.open_output_stream(tmp) as fh:
        for art in articles:
            fh.write((json.dumps(to_contract(art), ensure_ascii=False) + "\n").encode())
    fs.move(tmp, final)
    with fs.open_output_stream(tmp) as fh:  # the summary last: it marks the shard finished
        fh.write(summary.to_json().encode())
    fs.move(tmp, f"{root}/part-{summary.shard}.summary.json")
    return final


def read_summary(out: str, shard: str, fmt: str = "parquet") -> ShardSummary | None:
    """The summary of a finished shard, or None when the shard is not (whole) there."""
    from pyarrow import fs as pafs

    fs, root = filesystem(out)
    path = f"{root}/{shard_name(shard, fmt)}" if fmt == "parquet" else f"{root}/part-{shard}.summary.json"
    if fs.get_file_info(path).type == pafs.FileType.NotFound:
        return None
    if fmt == "jsonl":
        with fs.open_input_stream(path) as fh:
            return ShardSummary.from_json(fh.read())
    return shard_summary_of(path, fs)


def shard_files(directory: str) -> list[str]:
    """The finished Parquet shards under ``directory``, sorted by name (so in input order)."""
    from pyarrow import fs as pafs

    fs, root = filesystem(directory)
    infos = fs.get_file_info(pafs.FileSelector(root, recursive=False))
    return sorted(i.path for i in infos if i.base_name.startswith("part-") and i.base_name.endswith(".parquet"))


def iter_shard(path: str, columns: list[str] | None = None, filesystem_: Any = None) -> Iterator[dict[str, Any]]:
    """The rows of one Parquet shard, in order, a row group at a time."""
    fs = filesystem_
    if fs is None:
        fs, path = filesystem(path)
    with fs.open_input_file(path) as fh:
        pf = pq.ParquetFile(fh)
        for i in range(pf.num_row_groups):
            yield from pf.read_row_group(i, columns=columns).to_pylist()


def shard_summary_of(path: str, fs: Any = None) -> ShardSummary | None:
    """The summary kept in one Parquet shard file (its key-value metadata)."""
    if fs is None:
        fs, path = filesystem(path)
    with fs.open_input_file(path) as fh:
        meta = pq.read_schema(fh).metadata or {}
    return ShardSummary.from_json(meta[META_KEY]) if META_KEY in meta else None
