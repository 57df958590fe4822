"""The identity of a fact inside its document, so that a re-analysis keeps its id.

A fact's key is its kind, its type (event type, relation, agreement), the span of its
evidence in the document's text, and its rank among facts with the same three (two
events of one type read from one sentence): ``events:exercise@120-245#0``. A re-analysis
that finds a fact with a stored key again gives it the stored fact's id.
"""
from __future__ import annotations

from collections.abc import Iterable


def fact_keys(kind: str, facts: Iterable[tuple[str | None, int | None, int | None]]) -> list[str]:
    """Keys of a document's facts of one kind, given ``(type, text_start, text_end)`` in order."""
    seen: dict[str, int] = {}
    out = []
    for typ, start, end in facts:
        base = f"{kind}:{typ or ''}@{'' if start is None else start}-{'' if end is None else end}"
        rank = seen.get(base, 0)
        seen[base] = rank + 1
        out.append(f"{base}#{rank}"[:255])
    return out
