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
import pickle
import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

from .errors import StoreError

log = logging.getLogger(__name__)

NUM_PERM = 128
THRESHOLD = 0.8
WINDOW_DAYS = 150  # a dated text this much older than the newest seen leaves the index (see retire)
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
    """Incremental near-duplicate index; picklable, or use :meth:`to_bytes`/:meth:`from_bytes`.

    Attributes:
        threshold: Estimated Jaccard similarity from which two texts are duplicates.
    """

    def __init__(self, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS) -> None:
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

    def to_bytes(self) -> bytes:
        """The whole index as bytes (pickle), for a store to keep."""
        return pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes) -> DuplicateIndex:
        """An index saved by :meth:`to_bytes`.

        Raises:
            StoreError: The bytes are not a saved DuplicateIndex.
        """
        try:
            obj = pickle.loads(data)
        except Exception as exc:  # pickle raises many kinds
            raise StoreError(f"cannot load duplicate index: {exc}; re-run the ingest to rebuild it") from exc
        if not isinstance(obj, cls):
            raise StoreError(f"cannot load duplicate index: got {type(obj).__name__}, expected {cls.__name__}")
        return obj
