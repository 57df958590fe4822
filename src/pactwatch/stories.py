"""Incremental story clustering: which articles report the same real-world event.

Each article is assigned once, on arrival, to the best existing story or to a new
one; nothing is re-clustered, so a story id, once given, stays. An article is a
weighted bag of terms: content words (``w:``), names (``n:``: entity ids, or
capitalised-word sequences as a cheap proper-noun proxy), numbers (``#``) and
event types (``e:``), weighted by how rare each is in English at large
(wordfreq's frequency tables, shipped with the package), which is stable from the
first article on. Candidate stories come from an inverted index over the article's
most specific terms (posting lists capped), so adding an article costs about the
same at the millionth article as at the hundredth. A candidate story scores the
cosine between the article and its most similar recent article, damped by the
distance in time between the two: an article joins the story of its nearest
neighbour, not of a blurred average (a centroid of two same-kind stories, two
earthquakes, is close to both and would swallow the next one). Two events of the
same kind are told apart by the names, places, numbers and dates they do not share.

Example:
    >>> index = StoryIndex()
    >>> index.add(features_from_text("a1", "A 6.1 earthquake struck Aquila in Italy ..."))
    's-...'
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import math
import re
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from wordfreq import word_frequency

from .dedup import DuplicateIndex
from .errors import SnapshotError
from .model import Article, Rejection
from .settings import Settings
from .snapshot import day_number, from_day_number, text

log = logging.getLogger(__name__)

# Weights of the kinds of term, relative to a content word.
BOOST = {"w": 1.0, "n": 2.0, "#": 1.5, "e": 0.5}
# The join threshold and the retirement window are settings (``story_threshold``,
# ``story_window_days``); the other figures below shape the similarity itself.
TOP_TERMS = 12  # most specific terms of an article used to look up candidate stories
POSTING_CAP = 64  # stories kept per term in the inverted index (the most recent)
MAX_CANDIDATES = 40  # candidate stories scored per article
STORY_TERMS = 400  # terms kept per story centroid (the heaviest)
DAYS_FREE = 10  # no time penalty within this many days of a story's dates
DAYS_HALF = 30  # beyond DAYS_FREE, the score halves every this many days: a month-old story is half as likely
YEAR_FACTOR = 0.7  # an undated side: score times this per year between the latest years written, beyond one
LEAD_WORDS = 60  # the lead: where a news article says who did what, where
LEAD_TIMES = 3  # lead terms count this many times
TITLE_TIMES = 2
LEAD_MISMATCH = 0.6  # score times this when article and story report different facts in their leads
MEMBERS = 12  # recent articles per story compared with a new one (their heaviest terms)
MEMBER_TERMS = 250  # terms kept per remembered article
LINKED = 8  # candidate stories compared article by article (the nearest by their average)
RETIRE_EVERY = 1000  # articles between two retirements
_DEFAULTS = Settings()

_TOKEN = re.compile(r"[^\W\d_][^\W_]*(?:['’\-][^\W\d_]+)*|\d+(?:[.,:/]\d+)*", re.UNICODE)
_SENT_SPLIT = re.compile(r"[^\n]+?(?:[.!?](?=\s)|$)", re.M)
_CALENDAR = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                          *calendar.day_abbr) if m) | {"sept"}
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)? " + _MON + r",? (?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b" + _MON + r" (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)[-.](?P<m>\d\d)[-.](?P<d>\d\d)\b"),
    re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)\b"),
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (the list only; no model is loaded) and a few news words;
    read on first use, not when the module is imported."""
    from spacy.lang.en.stop_words import STOP_WORDS  # importing spaCy takes most of a second: lazily

    return frozenset(STOP_WORDS) | {"said", "says", "say", "told", "according", "also", "new", "year", "years"}


def retire_days(threshold: float) -> int:
    """Days after which a dated story no article as new as the newest can join leaves memory:
    by ``DAYS_FREE + DAYS_HALF * log2(1 / threshold)`` (70 days at 0.25) the time damping
    alone takes any score under the threshold; twice that leaves room for late arrivals."""
    return 2 * (DAYS_FREE + int(DAYS_HALF * math.log2(1 / threshold)) + 1)


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """What story clustering reads of an article.

    Attributes:
        doc_id: The article's id.
        text: The clean text.
        title: The title, if known (its words count twice).
        published: The publication date, if known.
        entities: Entity ids (``country:AZE``) and/or proper-noun keys (``name:betty ford``).
        event_types: Types of the events found in it.
        duplicate_of: The doc_id of the article this one is a near-copy of.
        lead_events: ``type/status`` of the facts its title and lead report (what the
            article is about: "exercise/proposed", "agreement/occurred").
    """

    doc_id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    entities: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    duplicate_of: str | None = None
    lead_events: tuple[str, ...] = ()


def _stem(word: str) -> str:
    """A light plural/verb-ending fold: ``earthquakes`` and ``earthquake`` meet."""
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suf) and len(word) - len(suf) >= 4 and not word.endswith("ss"):
            return word[: len(word) - len(suf)] + rep
    return word


def _is_headline(line: str, tokens: list[str]) -> bool:
    """A title-case or upper-case line without final stop, where capitals say nothing about names."""
    if line.rstrip().endswith((".", "!", "?", '."', '"')):
        return False
    stop = stop_words()
    words = [t for t in tokens if t[0].isalpha() and t.lower() not in stop]
    return len(words) >= 3 and sum(t[0].isupper() for t in words) >= 0.8 * len(words)


def _blank_urls(text: str) -> str:
    """``text`` with web addresses blanked out, offsets unchanged."""
    return _URL.sub(lambda m: " " * len(m.group()), text)


@functools.lru_cache(maxsize=4)  # features and term counts of one article read the same text
def names_at(text: str) -> list[tuple[str, int]]:
    """Capitalised-word sequences of ``text`` as ``(name:..., offset)`` (a proper-noun proxy without NER).

    A word that starts a sentence or stands in a headline counts only if the text
    also capitalises it mid-sentence elsewhere; month and weekday names never count.
    Each sequence gives its words and, for two words or more, the whole sequence.
    """
    text = _blank_urls(text)
    stop = stop_words()
    sentences = []
    for m in _SENT_SPLIT.finditer(text):
        toks = [(t.group(), m.start() + t.start()) for t in _TOKEN.finditer(m.group())]
        sentences.append((toks, _is_headline(m.group(), [t for t, _ in toks])))
    mid = {t.lower() for toks, head in sentences if not head for t, _ in toks[1:] if t[0].isupper()}
    out: list[tuple[str, int]] = []
    for toks, head in sentences:
        run: list[str] = []
        start = 0
        for i, (tok, pos) in enumerate(toks + [("", 0)]):
            low = tok.lower()
            cap = (len(tok) > 1 and tok[0].isupper() and low not in stop and low not in _CALENDAR
                   and (low in mid or (i > 0 and not head)))
            if cap:
                if not run:
                    start = pos
                run.append(low)
                continue
            if run:
                out.extend((f"name:{w}", start) for w in run)
                if len(run) > 1:
                    out.append(("name:" + " ".join(run), start))
                run = []
    return out


def proper_nouns(text: str) -> list[str]:
    """The ``name:...`` keys of :func:`names_at`, in text order."""
    return [n for n, _ in names_at(text)]


def dateline(text: str, lines: int = 6) -> dt.date | None:
    """A complete date written in the first ``lines`` lines (a dateline), or None.

    Numeric ``a/b/yyyy`` is read month first unless ``a`` cannot be a month.
    """
    head = "\n".join(text.splitlines()[:lines])
    found: list[tuple[int, dt.date]] = []
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(head):
            g = m.groupdict()
            try:
                if g.get("mon"):
                    month = _MONTHS.get(g["mon"].lower())
                    if month is None:
                        continue
                    d = dt.date(int(g["y"]), month, int(g["d"]))
                elif g.get("m"):
                    d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
                else:
                    a, b = int(g["a"]), int(g["b"])
                    d = dt.date(int(g["y"]), a, b) if a <= 12 else dt.date(int(g["y"]), b, a)
            except ValueError:
                continue
            found.append((m.start(), d))
    return min(found)[1] if found else None


def latest_year(text: str) -> int | None:
    """The latest year (1900-2099) the text mentions: a rough stand-in for when it was written."""
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def features_from_text(doc_id: str, text: str, published: dt.date | None = None,
                       title: str | None = None) -> StoryFeatures:
    """StoryFeatures from a text alone, with capitalised words standing in for entities."""
    return features_from_parts(doc_id, text, title, published or dateline(text), (), ())


def features_from_parts(doc_id: str, text: str, title: str | None, published: dt.date | None,
                        entity_ids: Iterable[str], events: Iterable[tuple[str, str, int]],
                        duplicate_of: str | None = None) -> StoryFeatures:
    """StoryFeatures of an analysed article, from the pipeline or from the store alike.

    Args:
        events: ``(type, status, clean_start)`` of its events, ``clean_start`` being
            the offset of the evidence sentence in ``text``.
    """
    events = list(events)
    lead_end = len(_lead(text, LEAD_WORDS))
    names = (proper_nouns(title) if title else []) + proper_nouns(text)
    return StoryFeatures(
        doc_id=doc_id, text=text, title=title, published=published, entities=tuple(entity_ids) + tuple(names),
        event_types=tuple(sorted({t for t, _, _ in events})), duplicate_of=duplicate_of,
        lead_events=tuple(sorted({f"{t}/{st}" for t, st, start in events if 0 <= start < lead_end})),
    )


class DocumentParts(Protocol):
    """What a store gives of a stored document for the story index (``Store.story_parts``)."""

    doc_id: str
    text: str
    title: str | None
    published: dt.date | None
    entities: tuple[str, ...]
    events: tuple[tuple[str, str, int], ...]
    duplicate_of: str | None


def features_of_parts(parts: DocumentParts) -> StoryFeatures:
    """StoryFeatures of a stored document (:meth:`pactwatch.store.Store.story_parts`): those the
    pipeline gave it when it was ingested."""
    return features_from_parts(parts.doc_id, parts.text, parts.title, parts.published, parts.entities,
                               parts.events, parts.duplicate_of)


def features_from_article(art: Article) -> StoryFeatures:
    """StoryFeatures of a pipeline Article: its entity ids plus the proper-noun proxy."""
    return features_from_parts(
        art.doc_id, art.doc.text, art.meta.title, art.meta.published, (e.id for e in art.entities),
        ((e.type, e.status, e.evidence.clean_start if e.evidence else -1) for e in art.events), art.duplicate_of)


def _lead(text: str, words: int) -> str:
    """The first ``words`` words of ``text`` (title and first sentences: who, what, where)."""
    for i, m in enumerate(_TOKEN.finditer(text), 1):
        if i >= words:
            return text[: m.end()]
    return text


@functools.lru_cache(maxsize=200_000)
def _bg_freq(surface: str) -> float:
    return word_frequency(surface, "en", minimum=1e-8)


@functools.lru_cache(maxsize=200_000)
def _stem_freq(stem: str) -> float:
    """How often English uses a stemmed word: its most frequent regular form that stems to it.

    A function of the stem alone, so a term's weight never depends on which article
    (or test) happened to show a form of it first."""
    forms = {stem, stem + "s", stem + "es", stem + "ed", stem + "ing", stem + "e", stem + "d"}
    if stem.endswith("y"):
        forms |= {stem[:-1] + "ies"}
    return max(_bg_freq(f) for f in forms if f == stem or _stem(f) == stem)


def background_idf(term: str) -> float:
    """How specific a term is in English news at large (wordfreq): -log10(frequency) - 2, at least 0.1.

    Stable from the first article on, unlike document frequencies counted in the stream."""
    kind = term[0]
    if kind == "#":
        return 5.0
    if kind == "e":
        return 1.0
    body = term[2:]
    if kind == "w":
        freq = _stem_freq(body)
    else:  # a name: an entity id's name part ("country:AZE" -> "AZE") or a capitalised sequence
        freq = _bg_freq(body.split(":", 1)[-1].replace("-", " "))
    return max(0.1, -math.log10(freq) - 2.0)


def term_counts(f: StoryFeatures) -> Counter[str]:
    """The article's terms with their counts; the title and the lead count extra."""
    text = _blank_urls(f.text)
    lead = _lead(text, LEAD_WORDS)
    stop = stop_words()
    c: Counter[str] = Counter()
    for part, times in ((text, 1), (f.title or "", TITLE_TIMES), (lead, LEAD_TIMES - 1)):
        for m in _TOKEN.finditer(part):
            tok = m.group()
            if tok[0].isdigit():
                num = tok.replace(",", "")
                if len(num) >= 2 and num.strip("0"):  # single digits say little about which event
                    c["#" + num] += times
            else:
                low = tok.lower()
                if len(low) >= 3 and low not in stop:
                    c["w:" + _stem(low)] += times
    for e in f.entities:
        c["n:" + e.split(":", 1)[1] if e.startswith("name:") else "n:" + e] += 1
    for e, pos in names_at(f.text):
        if pos < len(lead):
            c["n:" + e.split(":", 1)[1]] += LEAD_TIMES - 1
    for t in f.event_types:
        c["e:" + t] += 1
    return c


def story_id_for(doc_id: str) -> str:
    """The id of a story started by ``doc_id``: stable across runs."""
    return "s-" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class _Member:
    """A remembered article of a story: its heaviest unit-length terms (interned strings and
    32-bit weights: a tenth of a dict's memory) and when it was written."""

    terms: tuple[str, ...]
    weights: array
    published: dt.date | None
    year: int | None


@dataclass(slots=True)
class _Story:
    sid: str
    order: int
    centroid: dict[str, float] = field(default_factory=dict)  # summed term weights: what its postings index
    size: int = 0
    last: dt.date | None = None  # its newest article's date (when it retires)
    members: list[_Member] = field(default_factory=list)  # its most recent articles
    leads: Counter[str] = field(default_factory=Counter)  # lead_events of its articles


def time_factor(p1: dt.date | None, y1: int | None, p2: dt.date | None, y2: int | None) -> float:
    """1 for two articles written at the same time; less the further apart.

    Two dated articles: free within DAYS_FREE days, then halving every DAYS_HALF days.
    Otherwise the latest years each mentions (or was written in) stand in, a year apart free."""
    if p1 is not None and p2 is not None:
        gap = abs((p1 - p2).days)
        return 1.0 if gap <= DAYS_FREE else 0.5 ** ((gap - DAYS_FREE) / DAYS_HALF)
    if y1 is None or y2 is None:
        return 1.0
    return YEAR_FACTOR ** max(abs(y1 - y2) - 1, 0)


class StoryIndex:
    """Assigns articles to stories one at a time; :meth:`to_state`/:meth:`from_state` give and
    take it as plain data, so a store can keep it (see :mod:`pactwatch.snapshot`)."""

    def __init__(self, threshold: float = _DEFAULTS.story_threshold, window_days: int | None = None) -> None:
        self.threshold = threshold
        self.window_days = retire_days(threshold) if window_days is None else window_days
        self._n = 0
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, list[str]] = defaultdict(list)
        self._doc_story: dict[str, str] = {}
        self._newest: dt.date | None = None
        self.retired = 0  # stories retired from memory (their articles keep their story ids)

    def __len__(self) -> int:
        return len(self._doc_story)

    def story_of(self, doc_id: str) -> str | None:
        """The story an added article was assigned to."""
        return self._doc_story.get(doc_id)

    def stories(self) -> dict[str, int]:
        """Story id -> number of (non-duplicate) articles, for the stories in memory (see :meth:`retire`)."""
        return {s.sid: s.size for s in self._stories.values()}

    @staticmethod
    def vector(counts: Counter[str]) -> dict[str, float]:
        """Unit-length term weights: sublinear TF times the kind's boost times the term's specificity."""
        w = {t: (1.0 + math.log(c)) * BOOST[t[0]] * background_idf(t) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        return {t: v / norm for t, v in w.items()}

    def candidates(self, vec: dict[str, float]) -> list[str]:
        """Stories sharing the article's most specific terms, most shared first (bounded work)."""
        known = [t for t in vec if t in self._postings]
        top = sorted(known, key=lambda t: (-vec[t], t))[:TOP_TERMS]
        hits: Counter[str] = Counter()
        for t in top:
            hits.update(s for s in self._postings[t] if s in self._stories)
        ranked = sorted(hits, key=lambda s: (-hits[s], self._stories[s].order))
        return ranked[:MAX_CANDIDATES]

    def _nearest_stories(self, vec: dict[str, float]) -> list[_Story]:
        """The candidate stories whose average article is most like this one (a cheap
        first cut: the centroid's sum over the article's terms, per article), at most LINKED."""
        scored = []
        for sid in self.candidates(vec):
            story = self._stories[sid]
            cen = story.centroid
            scored.append((-sum(v * cen[t] for t, v in vec.items() if t in cen) / story.size, story.order, story))
        scored.sort(key=lambda x: (x[0], x[1]))
        return [st for _, _, st in scored[:LINKED]]

    @staticmethod
    def _link(vec: dict[str, float], published: dt.date | None, year: int | None, story: _Story) -> float:
        """The article's similarity to the story's nearest remembered article, time-damped."""
        best = 0.0
        get = vec.get
        for m in story.members:
            dot = sum(w * get(t, 0.0) for t, w in zip(m.terms, m.weights, strict=True))
            if dot > best:
                best = max(best, dot * time_factor(published, year, m.published, m.year))
        return best

    def add(self, features: StoryFeatures) -> str:
        """Assign an article to a story and return the story id.

        A duplicate joins its original's story. Re-adding a doc_id returns its story.
        """
        if features.doc_id in self._doc_story:
            return self._doc_story[features.doc_id]
        if features.duplicate_of and features.duplicate_of in self._doc_story:
            sid = self._doc_story[features.duplicate_of]
            self._doc_story[features.doc_id] = sid
            return sid
        vec = self.vector(term_counts(features))
        published = features.published
        year = published.year if published else latest_year(features.text)
        best: _Story | None = None
        best_key = (self.threshold, 0)
        for story in self._nearest_stories(vec):
            s = self._link(vec, published, year, story)
            if features.lead_events and story.leads and not any(e in story.leads for e in features.lead_events):
                s *= LEAD_MISMATCH  # same actors, another fact: the proposal at a summit is not the drill held later
            key = (s, -story.order)  # stable tie-break: the older story wins
            if s >= self.threshold and (best is None or key > best_key):
                best, best_key = story, key
        if best is None:
            sid = story_id_for(features.doc_id)
            best = self._stories[sid] = _Story(sid, len(self._stories))
        return self._place(features, vec, year, best)

    def restore(self, features: StoryFeatures, story_id: str | None) -> str:
        """Put an article back into the story it was given before (a replay from a store):
        the index then agrees with the stored story ids, even where the rules that gave them
        have changed since. Without a ``story_id``, the article is added.
        """
        if story_id is None or features.doc_id in self._doc_story:
            return self.add(features)
        if features.duplicate_of and features.duplicate_of in self._doc_story:
            self._doc_story[features.doc_id] = story_id
            return story_id
        story = self._stories.get(story_id)
        if story is None:
            story = self._stories[story_id] = _Story(story_id, len(self._stories))
        published = features.published
        year = published.year if published else latest_year(features.text)
        return self._place(features, self.vector(term_counts(features)), year, story)

    def _place(self, features: StoryFeatures, vec: dict[str, float], year: int | None, story: _Story) -> str:
        published = features.published
        self._join(story, vec, published, year)
        story.leads.update(features.lead_events)
        self._doc_story[features.doc_id] = story.sid
        self._n += 1
        if published is not None and (self._newest is None or published > self._newest):
            self._newest = published
        if self._n % RETIRE_EVERY == 0:
            self.retire()
        return story.sid

    def to_state(self) -> dict:
        """The whole index as plain data (strings, numbers, bytes, lists, maps)."""
        sids = sorted(set(self._doc_story.values()) | set(self._stories))
        number = {sid: i for i, sid in enumerate(sids)}
        return {
            "threshold": self.threshold, "window_days": self.window_days, "n": self._n, "retired": self.retired,
            "newest": day_number(self._newest), "story_ids": sids,
            "docs": list(self._doc_story), "doc_story": [number[sid] for sid in self._doc_story.values()],
            "postings": {t: [number[sid] for sid in p] for t, p in self._postings.items()},
            "stories": [[number[st.sid], st.order, list(st.centroid), list(st.centroid.values()), st.size,
                         day_number(st.last), dict(st.leads),
                         [[list(m.terms), m.weights.tobytes(), day_number(m.published), m.year]
                          for m in st.members]]
                        for st in self._stories.values()],
        }

    @classmethod
    def from_state(cls, state: dict) -> StoryIndex:
        """An index from :meth:`to_state`'s data.

        Raises:
            SnapshotError: The data is not a story index's state.
        """
        try:
            window = state.get("window_days")  # snapshots before it was a setting: the default
            idx = cls(float(state["threshold"]), None if window is None else int(window))
            sids = [sys.intern(text(sid)) for sid in state["story_ids"]]
            docs, doc_story = state["docs"], state["doc_story"]
            if len(docs) != len(doc_story):
                raise ValueError(f"{len(docs)} documents, {len(doc_story)} story numbers")
            idx._doc_story = {text(d): sids[i] for d, i in zip(docs, doc_story, strict=True)}
            for term, posting in state["postings"].items():
                idx._postings[sys.intern(text(term))] = [sids[i] for i in posting]
            for number, order, terms, weights, size, last, leads, members in state["stories"]:
                story = _Story(sids[number], int(order), dict(zip(map(text, terms), map(float, weights),
                                                                   strict=True)),
                               int(size), from_day_number(last), leads=Counter({text(k): int(v)
                                                                                for k, v in leads.items()}))
                for mterms, mweights, published, year in members:
                    vec = array("f")
                    vec.frombytes(mweights)
                    if len(vec) != len(mterms):
                        raise ValueError(f"{len(mterms)} terms, {len(vec)} weights")
                    story.members.append(_Member(tuple(sys.intern(text(t)) for t in mterms), vec,
                                                 from_day_number(published),
                                                 None if year is None else int(year)))
                idx._stories[story.sid] = story
            idx._n, idx.retired = int(state["n"]), int(state["retired"])
            idx._newest = from_day_number(state["newest"])
        except (KeyError, IndexError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise SnapshotError(f"not a story index: {type(exc).__name__}: {exc}") from exc
        return idx

    def retire(self, days: int | None = None) -> int:
        """Drop from memory the dated stories no new article can join any more: those whose
        last article is over ``days`` days older than the newest article seen. Memory then
        follows the stories of the last months, not the whole archive; an article arriving
        that late starts a story of its own. Returns how many stories went."""
        if self._newest is None:
            return 0
        cutoff = self._newest - dt.timedelta(days=self.window_days if days is None else days)
        gone = {sid for sid, st in self._stories.items() if st.last is not None and st.last < cutoff}
        if not gone:
            return 0
        for sid in gone:
            del self._stories[sid]
        for term in list(self._postings):
            kept = [sid for sid in self._postings[term] if sid not in gone]
            if kept:
                self._postings[term] = kept
            else:
                del self._postings[term]
        self.retired += len(gone)
        return len(gone)

    def _join(self, story: _Story, vec: dict[str, float], published: dt.date | None, year: int | None) -> None:
        cen = story.centroid
        for t, v in vec.items():
            if t not in cen:
                posting = self._postings[t]
                posting.append(story.sid)
                if len(posting) > POSTING_CAP:
                    del posting[0]
                cen[t] = 0.0
            cen[t] += v
        if len(cen) > 2 * STORY_TERMS:
            story.centroid = dict(sorted(cen.items(), key=lambda kv: (-kv[1], kv[0]))[:STORY_TERMS])
        heavy = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:MEMBER_TERMS]
        story.members.append(_Member(tuple(sys.intern(t) for t, _ in heavy), array("f", (w for _, w in heavy)),
                                     published, year))
        if len(story.members) > MEMBERS:
            del story.members[0]
        story.size += 1
        if published is not None:
            story.last = published if story.last is None else max(story.last, published)


def new_indexes(settings: Settings) -> tuple[StoryIndex, DuplicateIndex]:
    """An empty story index and duplicate index with the thresholds and windows of ``settings``."""
    return (StoryIndex(settings.story_threshold, settings.story_window_days),
            DuplicateIndex(settings.duplicate_threshold, settings.duplicate_window_days))


def assign_stories(stream: Iterable[Article | Rejection], index: StoryIndex | None = None,
                   duplicates: DuplicateIndex | None = None) -> Iterator[Article | Rejection]:
    """Set ``story`` and ``duplicate_of`` on each Article of a pipeline stream.

    Args:
        stream: Articles and Rejections; Rejections pass through unchanged.
        index: A StoryIndex to continue (a store's); a new one if None.
        duplicates: A DuplicateIndex to continue; a new one if None.

    Yields:
        Each item, Articles replaced with their story and original set.
    """
    if index is None or duplicates is None:
        fresh = new_indexes(Settings())
        index = index if index is not None else fresh[0]
        duplicates = duplicates if duplicates is not None else fresh[1]
    for item in stream:
        if isinstance(item, Rejection):
            yield item
            continue
        dup = duplicates.add(item.doc_id, item.doc.text, item.meta.published) or item.duplicate_of
        art = dataclasses.replace(item, duplicate_of=dup)
        yield dataclasses.replace(art, story=index.add(features_from_article(art)))
