"""An :class:`~pactwatch.model.Article` as plain data (JSON) and back, losslessly.

A shard of the Ray engine carries each analysed article whole (its text, the original the
user gave, the clean text and its offset map, every fact with its evidence), so that
``pactwatch scale ingest`` stores exactly what the local engine would have stored. The
encoding follows the model's type hints, so a field added to the model is carried without
a change here: dataclasses become objects, tuples lists, dates ISO strings.

Example:
    >>> decode_article(encode_article(art)) == art
    True
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from typing import Any

from ..model import Article


def to_plain(value: Any) -> Any:
    """Dataclasses to dicts, tuples to lists, dates to ISO strings; other values as they are."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(kind: Any, value: Any) -> Any:
    """The value of type ``kind`` that :func:`to_plain` made ``value`` of."""
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return from_plain(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in value)
        return tuple(from_plain(a, v) for a, v in zip(args, value, strict=True))
    if origin is typing.Literal:
        return value
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{k: from_plain(hints[k], v) for k, v in value.items() if k in hints})
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is float and isinstance(value, int):
        return float(value)
    return value


def encode_article(art: Article) -> str:
    """The article as one JSON text (lossless; see :func:`decode_article`)."""
    return json.dumps(to_plain(art), ensure_ascii=False, separators=(",", ":"))


def decode_article(text: str | bytes) -> Article:
    """The :class:`Article` :func:`encode_article` wrote."""
    return from_plain(Article, json.loads(text))
