"""Near-duplicate detection: syndicated and re-published copies of one article.

A text is reduced to word 5-shingles of its *body*: lines of at least
``BODY_LINE_WORDS`` words, with addresses dropped, so that a copy carrying a
different dateline, byline, header or footer still shares almost all of its
shingles with the original. MinHash signatures (128 permutations) go into a
MinHash LSH index at Jaccard 0.8; candidates are checked against the stored
signatures before one is called a duplicate.

Example:
    >>> idx = DuplicateIndex()
    >>> idx.add("a", body) is None
    True
    >>> idx.add("b", "Reuters - " + body + "\\nRepublished with permission.")
    'a'
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

from .errors import SnapshotError
from .settings import Settings
from .snapshot import day_number, from_day_number, text

log = logging.getLogger(__name__)

NUM_PERM = 128
# The similarity threshold and the window are settings (``duplicate_threshold``, ``duplicate_window_days``).
_DEFAULTS = Settings()
RETIRE_EVERY = 1000  # texts added between two retirements
SHINGLE = 5
BODY_LINE_WORDS = 8  # shorter lines (titles, bylines, datelines, "Share this") are left out

_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_MARKUP = re.compile(r"<[^<>\n]{0,200}>|&#?\w{1,8};")  # tags and entities left by a scraper
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def normalise_words(text: str) -> list[str]:
    """Lower-cased, accent-folded word tokens of ``text`` (punctuation, markup and addresses dropped)."""
    text = _URL.sub(" ", _MARKUP.sub(" ", text))
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _WORD.findall(text.lower())


def body_words(text: str) -> list[str]:
    """Words of the body lines of ``text``; all its words when no line is long enough."""
    lines = [normalise_words(line) for line in text.splitlines()]
    body = [w for line in lines if len(line) >= BODY_LINE_WORDS for w in line]
    return body if body else [w for line in lines for w in line]


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word ``k``-shingles of the body of ``text`` (one shingle of all words if it is shorter)."""
    words = body_words(text)
    if not words:
        return set()
    if len(words) <= k:
        return {" ".join(words)}
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash | None:
    """MinHash of the shingles of ``text``; None for a text without words."""
    sh = shingles(text)
    if not sh:
        return None
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


class DuplicateIndex:
    """Incremental near-duplicate index; :meth:`to_state`/:meth:`from_state` give and take it as plain data.

    Attributes:
        threshold: Estimated Jaccard similarity from which two texts are duplicates.
    """

    def __init__(self, threshold: float = _DEFAULTS.duplicate_threshold,
                 window_days: int = _DEFAULTS.duplicate_window_days) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, np.ndarray] = {}  # doc_id -> hash values (uint32: datasketch masks to 32 bits)
        self._order: dict[str, int] = {}
        self._original: dict[str, str] = {}  # duplicate doc_id -> the original it copies
        self._dates: dict[str, dt.date] = {}  # publication dates of the dated texts
        self._newest: dt.date | None = None
        self._added = 0
        self.retired = 0  # texts dropped from the index by retire()

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._sigs

    def add(self, doc_id: str, text: str, published: dt.date | None = None) -> str | None:
        """Index ``text``; return the id of an earlier near-identical text, or None.

        The answer is the earliest original: a copy of a copy points at the first text.
        Adding a doc_id again returns what it returned the first time, and indexes nothing.
        ``published`` lets the text leave the index once it is old (see :meth:`retire`).
        """
        if doc_id in self._sigs:
            return self._original.get(doc_id)
        m = signature(text)
        if m is None:
            return None
        hv = m.hashvalues.astype(np.uint32)
        best: str | None = None
        for cand in self._lsh.query(m):
            sim = float(np.count_nonzero(self._sigs[cand] == hv)) / NUM_PERM
            if sim >= self.threshold:
                root = self._original.get(cand, cand)
                # a retired original is older than every text still indexed
                if best is None or self._order.get(root, -1) < self._order.get(best, -1):
                    best = root
        self._lsh.insert(doc_id, m, check_duplication=False)
        self._sigs[doc_id] = hv
        self._order[doc_id] = self._added
        self._added += 1
        if published is not None:
            self._dates[doc_id] = published
            if self._newest is None or published > self._newest:
                self._newest = published
        if best is not None:
            self._original[doc_id] = best
            log.debug("%s is a near-duplicate of %s", doc_id, best)
        if self._added % RETIRE_EVERY == 0:
            self.retire()
        return best

    def retire(self) -> int:
        """Drop the dated texts published over ``window_days`` before the newest one seen: a
        syndicated copy comes within days, and memory then follows the last months, not the
        archive. A copy of a dropped text counts as a new article. Undated texts stay.
        Returns how many went."""
        if self._newest is None:
            return 0
        cutoff = self._newest - dt.timedelta(days=self.window_days)
        gone = [d for d, day in self._dates.items() if day < cutoff]
        for d in gone:
            self._lsh.remove(d)
            del self._sigs[d], self._order[d], self._dates[d]
            self._original.pop(d, None)
        self.retired += len(gone)
        return len(gone)

    def original_of(self, doc_id: str) -> str | None:
        """The original an indexed duplicate copies; None for an original or an unknown id."""
        return self._original.get(doc_id)

    def to_state(self) -> dict:
        """The whole index as plain data (strings, numbers, bytes, lists, maps): what a
        snapshot keeps. The LSH buckets are not kept; :meth:`from_state` rebuilds them."""
        ids = sorted(self._sigs, key=self._order.__getitem__)
        sigs = np.stack([self._sigs[d] for d in ids]) if ids else np.zeros((0, NUM_PERM), np.uint32)
        return {
            "threshold": self.threshold, "window_days": self.window_days, "added": self._added,
            "retired": self.retired, "newest": day_number(self._newest),
            "ids": ids, "order": [self._order[d] for d in ids],
            "sigs": sigs.astype("<u4").tobytes(),
            "original": self._original,
            "dates": {d: day.toordinal() for d, day in self._dates.items()},
        }

    @classmethod
    def from_state(cls, state: dict) -> DuplicateIndex:
        """An index from :meth:`to_state`'s data.

        Raises:
            SnapshotError: The data is not a duplicate index's state.
        """
        try:
            idx = cls(float(state["threshold"]), int(state["window_days"]))
            ids, order = state["ids"], state["order"]
            sigs = np.frombuffer(state["sigs"], dtype="<u4").astype(np.uint32)
            if len(ids) != len(order) or sigs.size != len(ids) * NUM_PERM:
                raise ValueError(f"{len(ids)} ids, {len(order)} positions, {sigs.size} hash values")
            sigs = sigs.reshape(len(ids), NUM_PERM)
            template = MinHash(num_perm=NUM_PERM)  # its permutations are shared, not drawn again per text
            for i, (doc_id, pos) in enumerate(zip(ids, order, strict=True)):
                hv = sigs[i].copy()
                idx._sigs[text(doc_id)] = hv
                idx._order[doc_id] = int(pos)
                # datasketch keys buckets by the bytes of its own hash values (32 significant bits)
                m = MinHash(num_perm=NUM_PERM, hashvalues=hv.astype(template.hashvalues.dtype),
                            permutations=template.permutations, scheme=template.scheme)
                idx._lsh.insert(doc_id, m, check_duplication=False)
            idx._original = {text(k): text(v) for k, v in state["original"].items()}
            idx._dates = {text(k): dt.date.fromordinal(v) for k, v in state["dates"].items()}
            idx._newest = from_day_number(state["newest"])
            idx._added, idx.retired = int(state["added"]), int(state["retired"])
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise SnapshotError(f"not a duplicate index: {type(exc).__name__}: {exc}") from exc
        return idx

