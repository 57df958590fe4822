"""The analyst's questions in SQL: events between two actors or involving one, counts over
time, what the last ingest added, and the nearest known names to a name that matches nothing.

Functions take a :class:`~pactwatch.store.core.Store`; the command line and the web call
them, never SQL of their own. Filters come as an :class:`EventFilter` of entity-id sets
(names are resolved before, by :meth:`Store.resolve` and :func:`nearest_names`):

- ``actors``, ``targets``, ``parties``, ``involving``: each set must match (repeating a
  filter narrows: ``parties=({A}, {B})`` is the events with A *and* B); a set matches
  when any of its ids does (the aliases and affiliations of one name);
- ``between=(A, B)``: A and B both take part, on either side;
- ``involving``: actor, target or asserter;
- ``types``, ``statuses``: any of them.

Example:
    >>> f = EventFilter(between=({"country:AZE"}, {"country:TUR"}), types=("exercise",))
    >>> page = find_events(store, f, limit=20)
    >>> page.total, [r["id"] for r in page.rows]
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import and_, func, select

from ..model import fold  # (issue 13: the store imports only model, settings, errors)
from . import schema as S
from .eventquery import EventFilter, EventPage, conditions, find_events
from .reviews import current_reviews, reviewed
from .util import when_start


def matches(row: Mapping[str, Any], f: EventFilter) -> bool:
    """Whether an event row (as a review corrected it) passes ``f``: :func:`_conditions` on its values."""

    if f.types and row["type"] not in f.types or f.statuses and row["status"] not in f.statuses:
        return False
    actors, targets, by = set(row["actors"]), set(row["targets"]), row["asserted_by"]
    both = actors | targets
    if not all(actors & set(ids) for ids in f.actors) or not all(targets & set(ids) for ids in f.targets):
        return False
    if not all(both & set(ids) for ids in f.parties) or not all(by in ids for ids in f.asserted_by):
        return False
    if not all(both & set(ids) or by in ids for ids in f.involving):
        return False
    if not all(row["agreement"] in ids for ids in f.agreements):
        return False
    if f.between is not None and not all(both & set(ids) for ids in f.between):
        return False
    day = when_start(row["when"]) if f.date_field == "event" else when_start(row["reported"])
    if f.since and (day is None or day < f.since) or f.until and (day is None or day > f.until):
        return False
    if f.docs is not None and row["doc"] not in f.docs or f.stories is not None and row["story"] not in f.stories:
        return False
    if f.min_confidence and (row["confidence"] is None or row["confidence"] < f.min_confidence):
        return False
    return (f.ids is None or row["id"] in f.ids) and row["id"] not in f.exclude_ids


def event_ids(store, f: EventFilter) -> set[int]:
    """The ids of the events matching ``f`` (no rows: for a filter applied elsewhere, as the network export's)."""
    e = S.events
    conds = conditions(f)
    q = select(e.c.id).where(and_(*conds)) if conds else select(e.c.id)
    with store.engine.connect() as conn:
        return {r[0] for r in conn.execute(q)}


def _review_split(store, f: EventFilter, reviewed_only: bool, include_rejected: bool
                  ) -> tuple[EventFilter, dict[int, dict[str, Any]], list[dict[str, Any]]]:
    """The reviews applied to ``f``: the filter left to SQL (rejected and corrected events out,
    or only the reviewed ones in), the current reviews, and the corrected events that pass ``f``
    as corrected (matched here, on their corrected values)."""

    current = current_reviews(store, "event")
    corrected = {i: r for i, r in current.items() if r["action"] == "correct"}
    rejected = frozenset(i for i, r in current.items() if r["action"] == "reject")
    if reviewed_only:
        keep = {i for i, r in current.items() if r["action"] == "confirm"} | (rejected if include_rejected else set())
        sql = replace(f, ids=frozenset(keep) if f.ids is None else f.ids & keep)
    else:
        sql = replace(f, exclude_ids=f.exclude_ids | set(corrected) | (frozenset() if include_rejected else rejected))
    fixed = []
    if corrected:
        raw = find_events(store, EventFilter(ids=frozenset(corrected)), with_names=False).rows
        fixed = [x for x in (reviewed(dict(r), corrected[r["id"]]) for r in raw) if matches(x, f)]
    return sql, current, fixed


def find_reviewed_events(store, f: EventFilter, limit: int | None = None, reviewed_only: bool = False,
                         include_rejected: bool = False, offset: int = 0, with_names: bool = True) -> EventPage:
    """:func:`find_events` with the analysts' current reviews applied (:mod:`.reviews`).

    A rejected event is left out (``include_rejected`` keeps it, its ``review`` saying so);
    a corrected one is matched on its corrected values (a correction can bring an event
    into the answer or take it out); ``reviewed_only`` keeps only the confirmed and
    corrected events (and the rejected ones with ``include_rejected``). Every row is a dict
    with a ``review`` (None when not reviewed) and, when corrected, the pipeline's values
    under ``pipeline``. ``offset`` skips that many rows of the whole answer (a page further on)."""
    sql, current, fixed = _review_split(store, f, reviewed_only, include_rejected)
    if fixed:  # corrected rows fall anywhere in the order: the page is cut after merging them in
        page = find_events(store, sql, limit=limit and offset + limit, with_names=False)
        skip = offset
    else:
        page = find_events(store, sql, limit=limit, offset=offset, with_names=False)
        skip = 0
    rows = [reviewed(dict(r), current.get(r["id"])) for r in page.rows] + fixed
    rows.sort(key=lambda r: r["id"])
    rows.sort(key=lambda r: r["reported"] or "", reverse=True)  # stable: newest report first, then id
    rows = rows[skip:skip + limit] if limit else rows[skip:]
    if not with_names:
        return EventPage(list(rows), page.total + len(fixed))
    used = {x for r in rows for x in [*r["actors"], *r["targets"], r["asserted_by"], r["where"], r["agreement"]] if x}
    return EventPage(list(rows), page.total + len(fixed), store.names(used))


def reviewed_counts_by_day(store, f: EventFilter, reviewed_only: bool = False,
                           include_rejected: bool = False) -> list[tuple[dt.date | None, str, str, int]]:
    """:func:`counts_by_day` of the events as reviewed (:func:`find_reviewed_events`'s rules)."""

    sql, _current, fixed = _review_split(store, f, reviewed_only, include_rejected)
    counts = counts_by_day(store, sql)
    for r in fixed:
        counts.append((when_start(r["when"] if f.date_field == "event" else r["reported"]), r["type"], r["status"], 1))
    return counts


def entity_kinds(store, ids: Iterable[str]) -> dict[str, str]:
    """``{id: kind}`` of the given entity ids."""
    wanted = sorted(set(ids))
    en = S.entities
    with store.engine.connect() as conn:
        return {r.id: r.kind for r in conn.execute(select(en.c.id, en.c.kind).where(en.c.id.in_(wanted)))}


# --------------------------------------------------------------------------- people and their states


def affiliations(store, person_ids: Iterable[str]) -> dict[str, list[str]]:
    """The states and organisations each person acts for: the ``of`` of their roles ("President of
    Azerbaijan") and the objects of their ``leader_of`` / ``official_of`` relations, most reported first."""
    ids = sorted(set(person_ids))
    if not ids:
        return {}
    ro, rel = S.roles, S.relations
    counts: dict[str, dict[str, int]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(select(ro.c.person, ro.c.of, func.count()).where(ro.c.person.in_(ids), ro.c.of.is_not(None))
                              .group_by(ro.c.person, ro.c.of)):
            counts.setdefault(r[0], {})[r[1]] = counts.get(r[0], {}).get(r[1], 0) + int(r[2])
        for r in conn.execute(select(rel.c.subject, rel.c.object, func.count())
                              .where(rel.c.subject.in_(ids), rel.c.relation.in_(("leader_of", "official_of")))
                              .group_by(rel.c.subject, rel.c.object)):
            counts.setdefault(r[0], {})[r[1]] = counts.get(r[0], {}).get(r[1], 0) + int(r[2])
    return {p: sorted(c, key=lambda x: (-c[x], x)) for p, c in counts.items()}


# --------------------------------------------------------------------------- names


FUZZY_ACCEPT = 0.8  # a name this near to one known name (and nearer than any other) is taken as it


@dataclass(frozen=True)
class Resolved:
    """What a user's name stands for: entity ids (empty when nothing is near enough), and what the
    user should be told about it (a near name taken for it, a person's states added, no match)."""

    ids: frozenset[str]
    note: str | None = None
    nearest: tuple[tuple[float, str, str], ...] = ()  # when nothing matched: (similarity, id, name)


def resolve_name(store, name: str, people: bool = True) -> Resolved:
    """The ids ``name`` stands for: an id, ISO code, name or alias as the store knows it, else the
    nearest known name when it is close and clearly the nearest ("Trukey" is Türkiye).

    With ``people``, a person also stands for the states and organisations they act for
    (:func:`affiliations`). The CLI prints the note on stderr; the API returns it."""
    ids = list(store.resolve(name))
    notes = []
    if not ids:
        near = nearest_names(store, name, n=4)
        if near and near[0][0] >= FUZZY_ACCEPT and (len(near) == 1 or near[1][0] < near[0][0] - 0.02):
            _score, eid, ename = near[0]
            notes.append(f"{name!r}: no exact match; taken as {ename} ({eid})")
            ids = [eid]
        else:
            hint = ("; nearest: " + ", ".join(f"{n} ({i})" for _s, i, n in near)) if near else ""
            return Resolved(frozenset(), f"{name!r} matches no known name{hint}", tuple(near))
    if people:
        persons = [i for i, k in entity_kinds(store, ids).items() if k == "person"]
        aff = affiliations(store, persons)
        extra = [a for p in persons for a in aff.get(p, []) if a not in ids]
        if extra:
            names = store.names({*persons, *extra})
            notes.append(f"{name!r}: {', '.join(names.get(p, p) for p in persons)} and what they act for: "
                         + ", ".join(names.get(a, a) for a in dict.fromkeys(extra)))
            ids += list(dict.fromkeys(extra))
    return Resolved(frozenset(ids), "; ".join(notes) or None)


def nearest_names(store, name: str, n: int = 3, cutoff: float = 0.55) -> list[tuple[float, str, str]]:
    """The known entities whose name or alias is nearest to ``name``: ``(similarity 0..1, id, name)``,
    best first, one per entity.

    Similarity is the optimal-string-alignment distance normalised by length (a swapped
    pair of letters costs one edit: "Trukey" is 0.83 from "Turkey"), and, for longer
    names, the best word-by-word match ("Erdogan" in "Recep Tayyip Erdoğan")."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import OSA

    q = fold(name)
    if not q:
        return []
    al, en = S.entity_aliases, S.entities
    with store.engine.connect() as conn:
        rows = conn.execute(select(al.c.entity_id, al.c.folded, en.c.name).join(en, en.c.id == al.c.entity_id)).all()
    best: dict[str, tuple[float, str]] = {}
    for eid, folded, ename in rows:
        s = OSA.normalized_similarity(q, folded)
        if len(q) >= 4 and " " in folded:
            s = max(s, 0.95 * max(OSA.normalized_similarity(q, w) for w in folded.split()),
                    0.9 * fuzz.token_set_ratio(q, folded) / 100)
        if s >= cutoff and s > best.get(eid, (0.0, ""))[0]:
            best[eid] = (s, ename)
    ranked = sorted(((s, eid, nm) for eid, (s, nm) in best.items()), key=lambda x: (-x[0], x[2]))
    return ranked[:n]


# --------------------------------------------------------------------------- counts over time


def counts_by_day(store, f: EventFilter) -> list[tuple[dt.date | None, str, str, int]]:
    """``(day, type, status, events)`` for the events matching ``f``; the day is the report's or the
    event's own (``f.date_field``), None for events without one."""
    e = S.events
    col = e.c.when_start if f.date_field == "event" else e.c.reported
    q = select(col, e.c.type, e.c.status, func.count())
    conds = conditions(f)
    if conds:
        q = q.where(and_(*conds))
    q = q.group_by(col, e.c.type, e.c.status)
    with store.engine.connect() as conn:
        out = []
        for day, typ, status, count in conn.execute(q):
            if isinstance(day, str):  # SQLite without declared types hands back text
                day = dt.date.fromisoformat(day)
            out.append((day, typ, status, int(count)))
    return out


# --------------------------------------------------------------------------- what a run added


@dataclass(frozen=True)
class RunInfo:
    """One ingest run: its id, when it ran, and the documents it stored."""

    id: int
    command: str
    started: dt.datetime
    finished: dt.datetime | None
    counts: dict[str, Any]
    documents: tuple[str, ...]  # doc_id, in storage order


def ingest_run(store, run_id: int | None = None) -> RunInfo | None:
    """The run ``run_id``, or the last ingest that stored something (None: no such run).

    Its documents are those first stored during it (``ingested_at`` within the run): a later
    ``ingest --reanalyse`` does not make old documents new."""
    r, d = S.runs, S.documents
    with store.engine.connect() as conn:
        q = select(r).where(r.c.command == "ingest")
        if run_id is not None:
            q = select(r).where(r.c.id == run_id)
        runs = conn.execute(q.order_by(r.c.id.desc())).mappings().all()
        for run in runs:
            docs = tuple(x[0] for x in conn.execute(
                select(d.c.doc_id).where(d.c.ingested_at >= run["started_at"],
                                         d.c.ingested_at <= (run["finished_at"] or dt.datetime.max))
                .order_by(d.c.id)))
            if docs or run_id is not None:
                return RunInfo(run["id"], run["command"], run["started_at"], run["finished_at"],
                               json.loads(run["counts"] or "{}"), docs)
    return None


def documents_after(store, run: RunInfo) -> set[str]:
    """The documents (doc_id) first stored after ``run`` finished (none while it is running)."""
    if run.finished is None:
        return set()
    d = S.documents
    with store.engine.connect() as conn:
        return {r[0] for r in conn.execute(select(d.c.doc_id).where(d.c.ingested_at > run.finished))}


def runs(store, limit: int = 20) -> list[dict[str, Any]]:
    """The last runs, newest first: id, command, start, end and counts."""
    r = S.runs
    with store.engine.connect() as conn:
        return [{"run": x.id, "command": x.command, "started": x.started_at.isoformat(timespec="seconds"),
                 "finished": x.finished_at.isoformat(timespec="seconds") if x.finished_at else None,
                 "counts": json.loads(x.counts or "{}")}
                for x in conn.execute(select(r).order_by(r.c.id.desc()).limit(limit))]


def doc_outlets(store, doc_ids: Sequence[str]) -> dict[str, str | None]:
    """``{doc_id: publisher}`` (None when the outlet is unknown)."""
    d = S.documents
    out: dict[str, str | None] = {}
    ids = sorted(set(doc_ids))
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            out.update((r.doc_id, r.publisher) for r in conn.execute(
                select(d.c.doc_id, d.c.publisher).where(d.c.doc_id.in_(ids[i:i + 500]))))
    return out


__all__ = ["EventFilter", "EventPage", "RunInfo", "affiliations", "counts_by_day", "doc_outlets", "documents_after", "entity_kinds",
           "event_ids",
           "find_events", "find_reviewed_events", "ingest_run", "matches", "reviewed_counts_by_day", "nearest_names", "runs"]
