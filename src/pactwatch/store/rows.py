"""What the store's queries return: frozen, typed rows shared by the cross-document layer,
the exports, the CLI and the web layer.

Dates are ISO strings (``reported``, ``published``), lists of ids are tuples. Event types
and statuses are the model's checked literals (:data:`pactwatch.model.EventType`,
:data:`pactwatch.model.Status`): a row with any other value cannot be made.

Read rows by attribute (``row.type``). :class:`Row` also reads them by key (``row["type"]``,
``row.get("type")``, ``{**row}``, with tuples given as lists) for the consumers that still
read the dictionaries the store returned before it had typed rows; :meth:`Row.as_dict` gives
the JSON shape.
"""
from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..model import EventType, Status, check_event_kind


def _plain(v: Any) -> Any:
    if isinstance(v, tuple):
        return [_plain(x) for x in v]
    if isinstance(v, Row):
        return v.as_dict()
    return v


@functools.cache
def _keys(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


class Row(Mapping[str, Any]):
    """Key access over a frozen dataclass row (see the module docstring)."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        if key not in _keys(type(self)):
            raise KeyError(key)
        return _plain(getattr(self, key))

    def __iter__(self) -> Iterator[str]:
        return iter(_keys(type(self)))

    def __len__(self) -> int:
        return len(_keys(type(self)))

    def as_dict(self) -> dict[str, Any]:
        """The row as JSON-ready values (tuples as lists)."""
        return {k: _plain(getattr(self, k)) for k in _keys(type(self))}


@dataclass(frozen=True, slots=True)
class EventRow(Row):
    """One stored event with its parties, evidence and article."""

    id: int
    doc: str  # the document's doc_id
    name: str | None  # what the user calls the document
    type: EventType
    status: Status
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    sectors: tuple[str, ...]
    provisions: tuple[str, ...]
    when: str | None
    reported: str | None
    where: str | None
    asserted_by: str | None
    agreement: str | None
    evidence: str | None  # the sentence
    start: int | None  # its offsets in what the user gave
    end: int | None
    trigger: str | None
    confidence: float | None
    title: str | None
    publisher: str | None
    story: str | None

    def __post_init__(self) -> None:
        check_event_kind(self.type, self.status)


@dataclass(frozen=True, slots=True)
class EventDetail(EventRow):
    """One event as ``show`` gives it: with its document's source and the names of its entities.

    ``original`` is the evidence as it stands in what the user gave (None when the sentence
    was not found there); ``fmt`` and ``hints`` say what the offsets count in.
    """

    source: str = ""
    url: str | None = None
    fmt: str = "text"
    hints: tuple[tuple[str, str], ...] = ()
    names: dict[str, str] = dataclasses.field(default_factory=dict)
    original: str | None = None


@dataclass(frozen=True, slots=True)
class EventParties(Row):
    """An event's type, status, document and parties (the network's input)."""

    id: int
    type: EventType
    status: Status
    doc: int  # the document's key
    actors: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuoteRow(Row):
    id: int
    doc: str
    speaker: str | None
    text: str
    cue: str | None
    reported: str | None
    title: str | None
    publisher: str | None
    evidence: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class EntityRow(Row):
    """An entity with its other names and how many documents and events name it."""

    id: str
    kind: str
    name: str
    documents: int
    events: int
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SearchHit(Row):
    kind: str  # document, event, quote
    id: int
    doc: str
    title: str | None
    published: str | None
    text: str | None  # the snippet


@dataclass(frozen=True, slots=True)
class DocumentRow(Row):
    """What corroboration and stories read of a document."""

    doc_id: str
    publisher: str | None
    duplicate_of: str | None
    published: str | None
    story: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class AgreementMentionRow(Row):
    """A stored agreement mention (:class:`pactwatch.model.AgreementMention`) with its document."""

    agreement: str
    stage: str | None
    when: str | None
    reported: str | None
    parties: tuple[str, ...]
    provisions: tuple[str, ...]
    negated: bool
    evidence: str | None
    doc: str


@dataclass(frozen=True, slots=True)
class NetworkNode(Row):
    id: str
    kind: str
    name: str


__all__ = ["AgreementMentionRow", "DocumentRow", "EntityRow", "EventDetail", "EventParties", "EventRow",
           "NetworkNode", "QuoteRow", "Row", "SearchHit"]
