"""An article's text cut into segments at every fact's start and end, so a page can mark each
fact in place from its stored offsets (pure: text and spans in, segments out).

A segment is ``(text, facts)`` where ``facts`` are the keys (``event-12``, ``quote-3``)
of the facts whose span covers it; ``starts`` are the keys of facts that begin there (the
page puts an anchor for each). Spans outside the text are clipped; empty ones ignored.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Segment:
    text: str
    facts: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({k.split("-", 1)[0] for k in self.facts})


def segments(text: str, spans: list[tuple[str, int | None, int | None]]) -> list[Segment]:
    """Cut ``text`` at the spans' bounds. ``spans`` are ``(key, start, end)``; None bounds are skipped."""
    n = len(text)
    good = [(k, max(0, s), min(n, e)) for k, s, e in spans if s is not None and e is not None and min(n, e) > max(0, s)]
    cuts = sorted({0, n} | {s for _, s, _ in good} | {e for _, _, e in good})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [k for k, s, e in good if s <= a and b <= e]
        out.append(Segment(text[a:b], covering, [k for k, s, _ in good if s == a]))
    return out
