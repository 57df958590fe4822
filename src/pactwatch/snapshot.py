"""Snapshots of in-memory indexes as data that cannot run code when read.

A snapshot is ``MAGIC``, a format version byte, the SHA-256 of the payload, then the
payload: MessagePack of plain values only (maps, lists, strings, numbers, bytes, None).
Reading one never imports or calls anything named in it (unlike pickle), so a store that
someone else can write to cannot make an ingest run their code. A damaged, foreign or
hostile snapshot raises :class:`~pactwatch.errors.SnapshotError`; the caller rebuilds.

Example:
    >>> decode(encode({"n": 1, "ids": ["a", "b"]}))
    {'n': 1, 'ids': ['a', 'b']}
"""
from __future__ import annotations

import datetime as dt
import hashlib

import msgpack

from .errors import SnapshotError

MAGIC = b"PWSNAP"
FORMAT = 1
_HEAD = len(MAGIC) + 1 + 32


def encode(state: dict) -> bytes:
    """``state`` (plain values only) as snapshot bytes with a version and a checksum."""
    payload = msgpack.packb(state, use_bin_type=True)
    return MAGIC + bytes([FORMAT]) + hashlib.sha256(payload).digest() + payload


def decode(data: bytes) -> dict:
    """The state :func:`encode` wrote.

    Raises:
        SnapshotError: Not a snapshot, another format version, a checksum that does not
            match (damaged), or a payload that is not a map of plain values.
    """
    if len(data) < _HEAD or not data.startswith(MAGIC):
        raise SnapshotError("not a pactwatch snapshot (an older store's pickle, or foreign bytes)")
    if data[len(MAGIC)] != FORMAT:
        raise SnapshotError(f"snapshot format {data[len(MAGIC)]}, this code reads format {FORMAT}")
    digest, payload = data[len(MAGIC) + 1:_HEAD], data[_HEAD:]
    if hashlib.sha256(payload).digest() != digest:
        raise SnapshotError("snapshot checksum does not match its contents (damaged)")
    try:
        state = msgpack.unpackb(payload, raw=False, strict_map_key=False)
    except (ValueError, TypeError, msgpack.ExtraData, msgpack.FormatError, msgpack.StackError) as exc:
        # TypeError: a map whose key is a map or a list (unhashable), e.g. the bytes 81 80 00
        raise SnapshotError(f"snapshot payload unreadable: {exc}") from exc
    if not isinstance(state, dict):
        raise SnapshotError(f"snapshot payload is a {type(state).__name__}, not a map")
    return state


def text(value: object) -> str:
    """``value`` if it is a string (a snapshot's field), else TypeError."""
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def day_number(day: dt.date | None) -> int | None:
    """A date as its proleptic ordinal (None stays None)."""
    return None if day is None else day.toordinal()


def from_day_number(value: object) -> dt.date | None:
    """The date :func:`day_number` gave."""
    if value is None:
        return None
    if not isinstance(value, int):
        raise TypeError(f"expected a day number, got {type(value).__name__}")
    return dt.date.fromordinal(value)
