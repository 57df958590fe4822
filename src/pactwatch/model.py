"""The one typed data model shared by every stage.

Offsets and evidence, said once for the whole package:

* Every stage after *clean* works on the **clean text** of a document. Character
  offsets produced by those stages (``Mention.start``, ``Evidence.clean_start`` ...)
  are offsets into ``CleanDocument.text``.
* ``CleanDocument.offsets`` maps a clean-text offset back to ``RawDocument.text`` (the
  file decoded as Unicode; for HTML and WARC, the main text extracted from the page):
  ``Evidence.text_start``/``text_end``. ``Evidence.start``/``Evidence.end`` point into
  what the user gave (``RawDocument.original`` when set: the HTML page, the WARC body,
  the JSON Lines field, the file with its ``\r\n``; else ``RawDocument.text``), filled in
  by the pipeline, so that ``original[start:end]`` is the evidence a fact was read from
  (-1 when it cannot be found there; see :mod:`pactwatch.provenance`).
* Every extracted fact (entity mention, relation, event, quote) carries an
  :class:`Evidence`: the document, the sentence, and its offsets.

Everything here is a frozen dataclass: stages return new values, never mutate.
A document a stage refuses comes back as a :class:`Rejection`, never ``None``.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import unicodedata
from dataclasses import dataclass
from typing import Literal, get_args

EntityKind = Literal["country", "org", "person", "place", "agreement"]
ENTITY_KINDS: tuple[str, ...] = get_args(EntityKind)

EventType = Literal[
    "alliance", "agreement", "exercise", "meeting", "cooperation", "deployment", "request", "threat", "conflict"
]
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
Status = Literal["occurred", "planned", "proposed", "possible", "denied"]
STATUSES: tuple[Status, ...] = get_args(Status)
SECTORS: tuple[str, ...] = (
    "military", "defense_industry", "security", "intelligence", "energy", "transport", "trade", "investment",
    "culture", "diplomatic",
)
PROVISIONS: tuple[str, ...] = (
    "defense", "consultation", "information_exchange", "joint_exercises", "defense_industry", "non_aggression",
    "neutrality", "offense", "basing",
)
RELATIONS: tuple[str, ...] = ("member_of", "observer_of", "leader_of", "official_of")


# --------------------------------------------------------------------------- identities

# letters Unicode does not decompose into a base letter and an accent
_NO_DECOMPOSITION = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                                   "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d",
                                   "ħ": "h", "’": "'"})


@functools.lru_cache(maxsize=100_000)
def fold(s: str) -> str:
    """A name's key for matching: lower case without accents ("Türkiye" → "turkiye", "Błaszczak" →
    "blaszczak"). Aliases are stored and looked up by it."""
    s = unicodedata.normalize("NFKD", s.translate(_NO_DECOMPOSITION))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def content_hash(text: str) -> str:
    """The identity of a document's content: SHA-256 of its text with whitespace runs collapsed.

    The hash of ``" ".join(text.split())``, computed a megabyte at a time (cut at whitespace)
    so that a long text is never held twice over as a list of words. The store keeps a text
    once per hash.
    """
    h = hashlib.sha256()
    start, first = 0, True
    step = 1 << 20
    while start < len(text):
        end = min(len(text), start + step)
        while end < len(text) and not text[end].isspace() and end - start < 4 * step:
            end += 1
        piece = " ".join(text[start:end].split())
        if piece:
            h.update(piece.encode("utf-8") if first else b" " + piece.encode("utf-8"))
            first = False
        start = end
    return h.hexdigest()


# --------------------------------------------------------------------------- input


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A document as read from its source, decoded, before any cleaning.

    Attributes:
        doc_id: The document's id, unique and stable: its name followed by the first 16 hex
            digits of its content hash (``000_1c87...-3fa2b1c4d5e6f708``); see :mod:`pactwatch.read`.
        source: Where it came from, in full: a path, ``path#L12`` (JSON Lines line),
            ``warc:path#<WARC-Record-ID>`` or ``<stdin>``.
        text: The decoded text the stages read (for HTML: the main text extracted from the page).
        fmt: ``text``, ``html``, ``jsonl`` or ``warc``.
        hints: Metadata the reader already knows (HTML ``<title>``, htmldate's date,
            a JSON record's ``title``/``published``/``url``/``publisher``).
        name: What the user calls it: the file name without extension, a JSON record's ``id``,
            ``stdin``; the contract's ``doc`` (several documents may share a name, never an id).
        original: The text as the user gave it when it is not ``text`` (the HTML page, the
            WARC record's body, a file with ``\r\n`` line ends); evidence offsets point into
            it, else into ``text``.
    """

    doc_id: str
    source: str
    text: str
    fmt: str = "text"
    hints: tuple[tuple[str, str], ...] = ()
    name: str = ""
    original: str | None = None

    def hint(self, key: str) -> str | None:
        for k, v in self.hints:
            if k == key:
                return v
        return None


@dataclass(frozen=True, slots=True)
class Rejection:
    """A document (or input) a stage refused: counted, reported, exported; never silent."""

    source: str
    stage: str
    reason: str  # a short machine-readable key: empty, binary, encoding, not-article, language, too-large ...
    detail: str = ""

    def message(self) -> str:
        return f"{self.source}: refused at {self.stage}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True, slots=True)
class Skipped(Rejection):
    """An input that is not a document to analyse, by its kind (a WARC request record, a
    README in a corpus folder): counted apart from refusals, never an error."""

    def message(self) -> str:
        return f"{self.source}: skipped: {self.reason}" + (f" ({self.detail})" if self.detail else "")


# --------------------------------------------------------------------------- cleaning


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in a clean text back to the original text.

    The clean text is a concatenation of pieces; piece ``i`` starts at ``clean_starts[i]``
    in the clean text and copies the original from ``orig_starts[i]`` for ``lengths[i]``
    characters. Characters the cleaner inserted (a newline joining two kept blocks) have
    length-0 pieces and map to the start of the next kept piece.
    """

    clean_starts: tuple[int, ...] = ()
    orig_starts: tuple[int, ...] = ()
    lengths: tuple[int, ...] = ()

    def to_original(self, offset: int) -> int:
        """Original offset of the clean-text ``offset`` (an end offset maps to the end of its piece)."""
        if not self.clean_starts:
            return offset
        i = bisect.bisect_right(self.clean_starts, offset) - 1
        if i < 0:
            return self.orig_starts[0]
        delta = offset - self.clean_starts[i]
        if delta <= self.lengths[i]:
            return self.orig_starts[i] + delta
        # offset falls in inserted text after piece i: map to the start of the next piece
        if i + 1 < len(self.orig_starts):
            return self.orig_starts[i + 1]
        return self.orig_starts[i] + self.lengths[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        s = self.to_original(start)
        e = self.to_original(end - 1) + 1 if end > start else s  # the last character kept, not what follows it
        return s, max(s, e)


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """The article text with boilerplate, error banners and repeats removed.

    Attributes:
        raw: The document as read.
        text: The clean text every later stage reads.
        offsets: Clean-text offsets back to ``raw.text``.
        header: Metadata lines taken out of the text (``("date", "2026-01-06")``,
            ``("byline", "Anadolu Agency TÜRKIYE")``, ``("published", "January 06,2026")``).
        removed: What was dropped and why, as ``(reason, original_start, original_end)``.
    """

    raw: RawDocument
    text: str
    offsets: OffsetMap
    header: tuple[tuple[str, str], ...] = ()
    removed: tuple[tuple[str, int, int], ...] = ()
    title: str | None = None

    @property
    def doc_id(self) -> str:
        return self.raw.doc_id

    def header_value(self, key: str) -> str | None:
        for k, v in self.header:
            if k == key:
                return v
        return None


@dataclass(frozen=True, slots=True)
class Metadata:
    """Document-level facts: title, publisher, publication date, language."""

    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    published_source: str | None = None  # which rule found the date: header, byline, htmldate, record ...
    language: str | None = None
    language_score: float = 0.0
    url: str | None = None


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence, its offsets in clean and in original text."""

    sentence: str
    clean_start: int
    clean_end: int
    start: int = -1  # offsets into what the user gave (RawDocument.original, else .text), by the pipeline
    end: int = -1
    text_start: int = -1  # offsets into RawDocument.text (the decoded or extracted text)
    text_end: int = -1


def name_from_id(entity_id: str) -> str:
    """A readable name for an id nothing names: its words ("person:joseph-r-biden-jr" -> "Joseph R Biden Jr")."""
    return " ".join(w.capitalize() for w in entity_id.partition(":")[2].split("-") if w) or entity_id


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: ``country:AZE``, ``org:ots``, ``person:ilham-aliyev`` ..."""

    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in the clean text."""

    entity_id: str
    start: int
    end: int
    text: str
    how: str = "gazetteer"  # gazetteer, ner, coref, demonym, capital


@dataclass(frozen=True, slots=True)
class Role:
    """A person's office as the text states it: ``Rizvan Nabiyev, a member of the Milli Majlis ...``."""

    person: str
    title: str
    of: str | None  # country or org id
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    subject: str
    relation: str  # member_of, observer_of, leader_of, official_of
    object: str
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation of four words or more, with its speaker."""

    speaker: str | None
    text: str
    evidence: Evidence
    cue: str | None = None  # the reporting verb ("said", "stated that ...:")


@dataclass(frozen=True, slots=True)
class Event:
    """One fact about defense or security cooperation (or its opposite); see GUIDE.md section 3.

    ``type`` and ``status`` are checked: a value outside :data:`EVENT_TYPES` / :data:`STATUSES`
    raises ValueError when the event is made.
    """

    type: EventType
    status: Status
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    when: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    where: str | None = None
    asserted_by: str | None = None
    agreement: str | None = None
    provisions: tuple[str, ...] = ()
    evidence: Evidence | None = None
    trigger: str = ""
    confidence: float = 0.5
    id: int | None = None  # the store's id of a stored event (reviews follow it); None for a fresh one

    def __post_init__(self) -> None:
        check_event_kind(self.type, self.status)


def check_event_kind(type: str, status: str) -> None:
    """Raise ValueError unless ``type`` is an event type and ``status`` a status."""
    if type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type!r}; one of {', '.join(EVENT_TYPES)}")
    if status not in STATUSES:
        raise ValueError(f"unknown event status {status!r}; one of {', '.join(STATUSES)}")


AGREEMENT_STAGES: tuple[str, ...] = (
    "proposed", "negotiated", "initialled", "signed", "approved", "ratified", "in_force", "suspended", "terminated",
)


@dataclass(frozen=True, slots=True)
class AgreementMention:
    """What one sentence says about a named agreement: its stage, date, parties and provisions.

    ``stage`` is None when the sentence only names the agreement (its provisions and
    parties still count); ``when`` is the stage's date resolved against the report date.
    """

    agreement: str
    stage: str | None
    when: str | None
    parties: tuple[str, ...]
    provisions: tuple[str, ...]
    evidence: Evidence
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    """One analysed document: what ``pactwatch extract`` prints and the store keeps."""

    doc: CleanDocument
    meta: Metadata
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    agreements: tuple[AgreementMention, ...] = ()
    story: str | None = None
    duplicate_of: str | None = None
    pipeline_version: str = ""
    relevance: float | None = None  # how much it is about defense and security between states, 0..1 (events.relevance)

    @property
    def doc_id(self) -> str:
        return self.doc.doc_id


@dataclass(frozen=True, slots=True)
class EntityAnalysis:
    """What the *entities* stage returns for one document."""

    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    roles: tuple[Role, ...] = ()
    relations: tuple[Relation, ...] = ()

    def entity(self, entity_id: str) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside the clean-text range ``[start, end)``, in text order."""
        starts, ordered = _mention_index(self.mentions)
        out = []
        for m in ordered[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)]:
            if m.end <= end:
                out.append(m)
        return out


_INDEXES: dict[int, tuple[tuple[Mention, ...], list[int], list[Mention]]] = {}


def _mention_index(mentions: tuple[Mention, ...]) -> tuple[list[int], list[Mention]]:
    """``mentions`` in text order (stable) with their starts, for bisecting; kept for the last few analyses
    (the events stage asks for the mentions of every sentence and party of one document in turn)."""
    hit = _INDEXES.get(id(mentions))
    if hit is not None and hit[0] is mentions:
        return hit[1], hit[2]
    ordered = sorted(mentions, key=lambda m: m.start)
    if len(_INDEXES) >= 8:
        _INDEXES.pop(next(iter(_INDEXES)), None)
    _INDEXES[id(mentions)] = (mentions, [m.start for m in ordered], ordered)
    return [m.start for m in ordered], ordered
