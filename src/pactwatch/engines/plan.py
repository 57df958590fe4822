"""Inputs to shards of work, and a shard back to the documents the local engine would read.

The driver lists the inputs (files, directories, globs, and URLs that pyarrow's filesystems
open: ``s3://bucket/crawl/``, ``gs://...``, ``hdfs://...``, ``file:///...``) without reading
them, and cuts them into shards of about ``shard_size`` documents, in input order:

* small files (a text or HTML article each) are grouped, ``shard_size`` to a shard;
* a plain JSON Lines file longer than ``shard_size`` lines is cut into ranges of lines (the
  driver counts line ends: one pass over the file's bytes, no parsing);
* a WARC, ARC or gzip file is one shard (its records are only found by decompressing it), unless
  ``split_warc``: WARC files are then cut at record boundaries, ``shard_size`` responses to a
  shard (the driver decompresses each once), and a worker reads only its byte range.

A worker reads a shard with :func:`pactwatch.read.read_inputs`, the local engine's reader,
so documents, ids, sources, skips and refusals are the same: a remote file is first copied
to a local temporary file of the same name, a range of WARC records a temporary WARC file
of those records, a range of lines a temporary file with
the lines before it left blank (JSON Lines readers skip blank lines, so line numbers and the
names ``file#12`` stay those of the whole file), and ``source`` names the input, not the copy.
"""
from __future__ import annotations

import dataclasses
import fnmatch
import glob
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..model import RawDocument, Rejection, Skipped
from ..read import not_an_article_file, read_inputs
from ..settings import Settings

_GLOB = set("*?[")
_CONTAINERS = (".warc", ".warc.gz", ".arc", ".arc.gz", ".gz")
_LINES = (".jsonl", ".ndjson")
_WARCS = (".warc", ".warc.gz")
_SCAN_BLOCK = 1 << 22


@dataclass(frozen=True)
class Piece:
    """Part of one input file: all of it (``end`` 0), lines ``first_line`` onwards at bytes
    ``start:end`` (JSON Lines), or the records at bytes ``start:end`` (WARC)."""

    uri: str  # an absolute local path or a URL
    in_folder: bool = False  # found inside a folder: files that are not articles by name are skipped
    first_line: int = 0  # 0: the whole file
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Shard:
    id: str
    pieces: tuple[Piece, ...]

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Shard:
        data = json.loads(text)
        return cls(data["id"], tuple(Piece(**p) for p in data["pieces"]))


@dataclass
class Plan:
    """The shards of a run, and the inputs that could not even be listed (missing paths)."""

    inputs: list[str]
    shard_size: int
    shards: list[Shard] = field(default_factory=list)
    missing: list[Rejection] = field(default_factory=list)

    def digest(self) -> str:
        """Identifies the work: the same inputs cut the same way give the same digest."""
        text = json.dumps([self.shard_size, [s.to_json() for s in self.shards]])
        return hashlib.sha256(text.encode()).hexdigest()[:16]


# --------------------------------------------------------------------------- listing


def _is_url(spec: str) -> bool:
    return "://" in spec


def _walk_local(root: str) -> Iterator[str]:
    """Files under a folder in the local reader's order: sorted, hidden files and folders skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.abspath(os.path.join(dirpath, name))


def list_inputs(specs: list[str]) -> tuple[list[tuple[str, int, bool]], list[Rejection]]:
    """``([(uri, size, in_folder)], missing)`` for paths, folders, globs and URLs, in order."""
    files: list[tuple[str, int, bool]] = []
    missing: list[Rejection] = []
    for spec in specs:
        found = _list_url(spec) if _is_url(spec) else _list_local(spec)
        if found is None:
            missing.append(Rejection(spec, "read", "missing", "no such file or directory"))
        else:
            files.extend(found)
    return files, missing


def _list_local(spec: str) -> list[tuple[str, int, bool]] | None:
    if os.path.isdir(spec):
        return [(p, os.path.getsize(p), True) for p in _walk_local(spec)]
    if os.path.exists(spec):
        return [(os.path.abspath(spec), os.path.getsize(spec), False)]
    if _GLOB & set(spec):
        matches = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
        return [(os.path.abspath(p), os.path.getsize(p), False) for p in matches] or None
    return None


def _list_url(spec: str) -> list[tuple[str, int, bool]] | None:
    from pyarrow import fs as pafs

    rest = spec.split("://", 1)[1]
    base, pattern = spec.rstrip("/"), None
    if _GLOB & set(rest):  # list the folder above the first wildcard, keep what matches
        parts = spec.split("/")
        cut = next(i for i, p in enumerate(parts) if i > 2 and _GLOB & set(p))
        base, pattern = "/".join(parts[:cut]), spec
    fs, path = pafs.FileSystem.from_uri(base)
    prefix = base[: len(base) - len(path)] if base.endswith(path) else spec.split("://", 1)[0] + "://"
    info = fs.get_file_info(path)
    if info.type == pafs.FileType.File and pattern is None:
        return [(spec, info.size, False)]
    if info.type != pafs.FileType.Directory:
        return None
    out = []
    for f in sorted(fs.get_file_info(pafs.FileSelector(path, recursive=True)), key=lambda i: i.path):
        rel = f.path[len(path):].lstrip("/")
        if f.type != pafs.FileType.File or any(p.startswith(".") for p in rel.split("/")):
            continue
        full = prefix + f.path
        if pattern is None or fnmatch.fnmatch(full, pattern):
            out.append((full, f.size, pattern is None))
    return out or None


# --------------------------------------------------------------------------- planning


def _lines(fh) -> Iterator[bytes]:
    """The lines of a binary stream, each with its line end (pyarrow's streams have no readline)."""
    rest = b""
    while block := fh.read(_SCAN_BLOCK):
        parts = (rest + block).split(b"\n")
        rest = parts.pop()
        for part in parts:
            yield part + b"\n"
    if rest:
        yield rest


def _line_ranges(uri: str, per_shard: int) -> list[Piece]:
    """Cut a JSON Lines file into ranges of ``per_shard`` non-blank lines (blank lines go along)."""
    pieces: list[Piece] = []
    first, start, pos, count, number = 1, 0, 0, 0, 0
    with _open(uri) as fh:
        for line in _lines(fh):
            number += 1
            pos += len(line)
            count += bool(line.strip())
            if count == per_shard:
                pieces.append(Piece(uri, False, first, start, pos))
                first, start, count = number + 1, pos, 0
    if pos > start:
        if count == 0 and pieces:  # only blank lines left: they end the last range
            last = pieces.pop()
            pieces.append(Piece(uri, False, last.first_line, last.start, pos))
        else:
            pieces.append(Piece(uri, False, first, start, pos))
    return pieces


def _warc_ranges(uri: str, in_folder: bool, size: int, per_shard: int) -> list[Piece]:
    """Cut a WARC file at record boundaries, ``per_shard`` responses to a range; [] when it cannot be
    cut (one gzip stream for the whole file, a corrupt file: it is then read whole)."""
    from warcio.archiveiterator import ArchiveIterator

    cuts: list[int] = []
    count = 0
    try:
        with _open(uri) as fh:
            records = ArchiveIterator(fh)
            for record in records:
                if count >= per_shard:
                    cuts.append(records.get_record_offset())
                    count = 0
                count += record.rec_type == "response"
    except Exception:  # noqa: BLE001  (the reader reports what is wrong with the file)
        return []
    if not cuts or not _record_starts(uri, cuts):
        return []
    bounds = [0, *cuts, size]
    return [Piece(uri, in_folder, 0, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _record_starts(uri: str, offsets: list[int]) -> bool:
    """True when a record (a gzip member, or ``WARC/``) starts at every offset."""
    magic = (b"\x1f\x8b", b"WARC/")
    with _open_random(uri) as fh:
        for off in offsets:
            fh.seek(off)
            if not fh.read(5).startswith(magic):
                return False
    return True


def make_plan(specs: list[str], shard_size: int = 200, split_warc: bool = False) -> Plan:
    """The shards for ``specs``: about ``shard_size`` documents each, in input order.

    ``split_warc``: cut WARC files into ranges of ``shard_size`` response records too (the
    driver decompresses each file once to find them: worth it for a few large files).
    """
    files, missing = list_inputs(specs)
    plan = Plan(list(specs), shard_size, missing=missing)
    group: list[Piece] = []

    def close(pieces: list[Piece]) -> None:
        if pieces:
            plan.shards.append(Shard(f"{len(plan.shards):06d}", tuple(pieces)))

    for uri, size, in_folder in files:
        lower = uri.lower()
        whole = Piece(uri, in_folder)
        if lower.endswith(_CONTAINERS):
            close(group)
            group = []
            split = _warc_ranges(uri, in_folder, size, shard_size) if split_warc and lower.endswith(_WARCS) else []
            for piece in split or [whole]:
                close([piece])
        elif lower.endswith(_LINES) and size > 0:
            close(group)
            group = []
            for piece in _line_ranges(uri, shard_size):
                close([Piece(uri, in_folder, piece.first_line, piece.start, piece.end)])
        else:
            group.append(whole)
            if len(group) >= shard_size:
                close(group)
                group = []
    close(group)
    return plan


# --------------------------------------------------------------------------- reading (on a worker)


def _open_random(uri: str):
    if _is_url(uri):
        from pyarrow import fs as pafs

        fs, path = pafs.FileSystem.from_uri(uri)
        return fs.open_input_file(path)
    return open(uri, "rb")  # noqa: SIM115


def _open(uri: str):
    if _is_url(uri):
        from pyarrow import fs as pafs

        fs, path = pafs.FileSystem.from_uri(uri)
        return fs.open_input_stream(path, compression=None)  # the bytes as stored: the reader decompresses
    return open(uri, "rb")  # noqa: SIM115


def _retagged(items, local: str, uri: str) -> Iterator[RawDocument | Rejection]:
    """Items read from the local copy ``local``, with ``source`` naming the input ``uri``."""
    for item in items:
        if local in item.source:
            item = dataclasses.replace(item, source=item.source.replace(local, uri))
        yield item


def read_piece(piece: Piece, settings: Settings) -> Iterator[RawDocument | Rejection]:
    """The documents of one piece, as :func:`pactwatch.read.read_inputs` reads them."""
    name = piece.uri.rsplit("/", 1)[-1]
    if piece.in_folder:
        why = not_an_article_file(Path(name))
        if why:
            yield Skipped(piece.uri if _is_url(piece.uri) else os.path.abspath(piece.uri), "read",
                          "not-an-article-file", why)
            return
    if not _is_url(piece.uri) and not piece.end:
        yield from read_inputs([piece.uri], settings)
        return
    tmp = tempfile.mkdtemp(prefix="pactwatch-piece-")
    try:
        local = os.path.join(tmp, name)
        with _open(piece.uri) as src, open(local, "wb") as dst:
            if piece.end:
                dst.write(b"\n" * max(0, piece.first_line - 1))
                _copy_range(src, dst, piece.start, piece.end)
            else:
                shutil.copyfileobj(src, dst, _SCAN_BLOCK)
        source = piece.uri if _is_url(piece.uri) else os.path.abspath(piece.uri)
        yield from _retagged(read_inputs([local], settings), os.path.abspath(local), source)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _copy_range(src, dst, start: int, end: int) -> None:
    if hasattr(src, "seek") and getattr(src, "seekable", lambda: True)():
        src.seek(start)
    else:  # a stream that cannot seek: read up to the start
        left = start
        while left > 0:
            left -= len(src.read(min(left, _SCAN_BLOCK)) or b"\0" * left)
    left = end - start
    while left > 0:
        block = src.read(min(left, _SCAN_BLOCK))
        if not block:
            break
        dst.write(block)
        left -= len(block)


def read_shard(shard: Shard, settings: Settings) -> Iterator[RawDocument | Rejection]:
    for piece in shard.pieces:
        yield from read_piece(piece, settings)
