"""Small value conversions the store's modules share: compressed texts, partial dates."""
from __future__ import annotations

import calendar
import datetime as dt
import zlib


def pack(text: str | None) -> bytes | None:
    """A text as zlib-compressed UTF-8 (None stays None)."""
    return zlib.compress(text.encode("utf-8"), 6) if text is not None else None


def unpack(data: bytes | None) -> str | None:
    """The text :func:`pack` gave."""
    return zlib.decompress(bytes(data)).decode("utf-8") if data is not None else None


def when_start(when: str | None) -> dt.date | None:
    """First day of a YYYY / YYYY-MM / YYYY-MM-DD value."""
    if not when:
        return None
    parts = [int(p) for p in when.split("-")]
    try:
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def when_end(when: str | None) -> dt.date | None:
    """Last day of a YYYY / YYYY-MM / YYYY-MM-DD value ("2025-02" ends on 2025-02-28)."""
    start = when_start(when)
    if start is None or when is None:
        return None
    n = len(when.split("-"))
    if n == 1:
        return dt.date(start.year, 12, 31)
    if n == 2:
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start


def iso(v: str | dt.date | None) -> str | None:
    """A stored date as ISO text (a string stays as it is), None for none."""
    if not v:
        return None
    return v if isinstance(v, str) else v.isoformat()
