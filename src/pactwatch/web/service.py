"""What the JSON API and the HTML pages show, computed once for both: store queries with the
review layer applied, cursor pages, the network, the timeline, the overview.

The routes in :mod:`.api` return these values as JSON; those in :mod:`.pages` render them.
No SQL here: every read is a :class:`~pactwatch.store.core.Store` method or a function of
:mod:`pactwatch.store.views` / :mod:`pactwatch.store.reviews`.
"""
from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ..crossdoc import source_key
from ..crossdoc.records import Records
from ..store import analytics as A
from ..store import reviews as R
from ..store import views as V
from ..store.core import when_start
from ..store.util import when_end

MAX_LIMIT = 500
MAX_EDGES = 20_000  # the most edges one network answer carries
RECENT_EVENTS = 2000  # the overview's contradictions are looked for among this many latest events


class BadRequest(ValueError):
    """A filter, cursor or parameter has a bad value (HTTP 400)."""


class NotFound(LookupError):
    """Nothing has this id (HTTP 404)."""


# --------------------------------------------------------------------------- cursors

def _fingerprint(filters: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(filters, sort_keys=True, default=str).encode()).hexdigest()[:12]


def encode_cursor(offset: int, filters: dict[str, Any]) -> str:
    """An opaque cursor: where the next page starts, bound to the filters it was made for."""
    raw = json.dumps({"o": offset, "f": _fingerprint(filters)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, filters: dict[str, Any]) -> int:
    if not cursor:
        return 0
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        offset = int(data["o"])
        fp = data["f"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BadRequest(f"cursor {cursor!r} is not one this API gave; start without a cursor") from exc
    if fp != _fingerprint(filters) or offset < 0:
        raise BadRequest(f"cursor {cursor!r} belongs to other filters; start again without a cursor")
    return offset


def page(items: list[dict[str, Any]], offset: int, limit: int, filters: dict[str, Any],
         more: bool | None = None) -> dict[str, Any]:
    """A page: the first ``limit`` items, and a cursor to the next when there are more."""
    has_more = len(items) > limit if more is None else more
    return {"items": items[:limit], "limit": limit,
            "next": encode_cursor(offset + limit, filters) if has_more else None}


def check_limit(limit: int) -> int:
    if limit < 1 or limit > MAX_LIMIT:
        raise BadRequest(f"limit {limit} is out of range; use 1 to {MAX_LIMIT}")
    return limit


def check_date(name: str, value: str | None) -> str | None:
    """``value`` if it is YYYY, YYYY-MM or YYYY-MM-DD (a :class:`BadRequest` naming ``name`` if not)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        ok = len(parts) <= 3 and len(value.split("-")[0]) == 4 and when_start(value) is not None
    except ValueError:
        ok = False
    if not ok:
        raise BadRequest(f"{name}={value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_choice(name: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    if value and value not in choices:
        raise BadRequest(f"{name}={value!r} is not one of {', '.join(choices)}")
    return value or None


# --------------------------------------------------------------------------- the service

@dataclass
class Service:
    """The store, the review layer and a small cache of whole-store computations."""

    store: Any
    _cache: OrderedDict = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        R.ensure_tables(self.store)

    @property
    def records(self) -> Records:
        """The cross-document records of the store (agreements, facts, contradictions, stories), events
        as reviewed (:class:`~pactwatch.crossdoc.records.Records`)."""
        return Records(self.store)

    def cached(self, key: tuple, fn):
        """``fn()`` cached until the data changes (a run, a review, a new document)."""
        full = (key, V.data_version(self.store))
        with self._lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
        value = fn()
        with self._lock:
            self._cache[full] = value
            while len(self._cache) > 64:
                self._cache.popitem(last=False)
        return value

    def names(self, ids) -> dict[str, str]:
        return {k: v["name"] for k, v in V.entity_names(self.store, set(ids)).items()}

    # ------------------------------------------------------------------ events

    def event_filters(self, type=None, status=None, actor=None, target=None, party=None, asserted_by=None,
                      agreement=None, since=None, until=None, by="reported", story=None, reviewed_only=False,
                      include_rejected=False, between=None, involving=None, min_confidence=None) -> dict[str, Any]:
        """The CLI's event filters, checked (a bad value is a :class:`BadRequest` naming it).

        Every name filter, ``type`` and ``status`` take one value or a list: repeated names must
        all take part (``party=A&party=B``: both), repeated types or statuses any of them;
        ``between`` is two names, either side; ``involving`` is actor, target or asserter."""
        def names(value) -> list[str]:
            return [v.strip() for v in ([value] if isinstance(value, str) else value or []) if v and v.strip()]

        def choices(name: str, value, allowed) -> list[str]:
            return [v for v in names(value) if check_choice(name, v, allowed)]

        pair = names(between)
        if pair and len(pair) != 2:
            raise BadRequest(f"between takes two names (between=A&between=B), got {len(pair)}")
        if min_confidence is not None and not 0 <= min_confidence <= 1:
            raise BadRequest(f"min_confidence={min_confidence} is out of range; use 0 to 1")
        return {
            "type": choices("type", type, R.EVENT_TYPES), "status": choices("status", status, R.EVENT_STATUSES),
            "actor": names(actor), "target": names(target), "party": names(party), "between": pair,
            "involving": names(involving), "asserted_by": names(asserted_by), "agreement": names(agreement),
            "since": check_date("since", since), "until": check_date("until", until),
            "by": check_choice("by", by or "reported", ("reported", "event")), "story": names(story),
            "min_confidence": min_confidence or 0.0,
            "reviewed_only": bool(reviewed_only), "include_rejected": bool(include_rejected),
        }

    def event_filter(self, filters: dict[str, Any]) -> tuple[A.EventFilter | None, list[str]]:
        """The store's :class:`~pactwatch.store.analytics.EventFilter` of checked ``filters`` (None when a
        name matches nothing), and what to tell the user about the names (as the CLI says on stderr)."""
        notes: list[str] = []

        def ids(name: str, people: bool = True) -> frozenset[str]:
            got = A.resolve_name(self.store, name, people)
            if got.note:
                notes.append(got.note)
            return got.ids

        sets = {key: tuple(ids(n, people) for n in filters[opt]) for key, opt, people in (
            ("actors", "actor", True), ("targets", "target", True), ("parties", "party", True),
            ("involving", "involving", True), ("asserted_by", "asserted_by", False),
            ("agreements", "agreement", False))}
        pair = tuple(ids(n) for n in filters["between"])
        if any(not group for groups in sets.values() for group in groups) or not all(pair):
            return None, notes
        since, until = when_start(filters["since"]), when_end(filters["until"])
        if since and until and since > until:
            raise BadRequest(f"since={filters['since']} is after until={filters['until']}; swap them")
        flt = A.EventFilter(types=tuple(filters["type"]), statuses=tuple(filters["status"]),
                            between=(pair[0], pair[1]) if pair else None, since=since, until=until,
                            date_field=filters["by"], stories=frozenset(filters["story"]) or None,
                            min_confidence=filters["min_confidence"], actors=sets["actors"],
                            targets=sets["targets"], parties=sets["parties"], involving=sets["involving"],
                            asserted_by=sets["asserted_by"], agreements=sets["agreements"])
        return flt, notes

    def events(self, filters: dict[str, Any], limit: int = 50, cursor: str | None = None) -> dict[str, Any]:
        """A page of events matching ``filters`` with reviews applied, the number matching in all,
        and notes on the names (a near name taken, a person's states added, a name matching nothing)."""
        limit = check_limit(limit)
        offset = decode_cursor(cursor, filters)
        flt, notes = self.event_filter(filters)
        if flt is None:
            return {**page([], offset, limit, filters, more=False), "total": 0, "notes": notes}
        found = A.find_reviewed_events(self.store, flt, limit=limit, offset=offset,
                                       reviewed_only=filters["reviewed_only"],
                                       include_rejected=filters["include_rejected"],
                                       with_names=False)  # the pages look up the names they show
        rows = [dict(r) for r in found.rows]
        return {**page(rows, offset, limit, filters, more=offset + limit < found.total), "total": found.total,
                "notes": notes}

    def event(self, event_id: int) -> dict[str, Any]:
        ev = self.store.show(event_id)
        if ev is None:
            raise NotFound(f"no event {event_id}; list them at /api/events")
        rev = R.current_reviews(self.store, "event").get(event_id)
        out = R.reviewed(ev, rev)
        out["history"] = R.history(self.store, "event", event_id)
        out["names"] = {**ev["names"], **self.names(out["actors"] + out["targets"])}
        return out

    # ------------------------------------------------------------------ cross-document

    def facts(self, type=None, party=None, min_sources: int = 1, limit: int = 50, cursor=None) -> dict[str, Any]:
        type = check_choice("type", type, R.EVENT_TYPES)
        filters = {"type": type, "party": party, "min_sources": min_sources}
        limit = check_limit(limit)
        offset = decode_cursor(cursor, filters)

        def compute():
            return self.records.facts(type=type, party=party, min_sources=min_sources, limit=None)

        rows = self.cached(("facts", type, party, min_sources), compute)
        return page(rows[offset:offset + limit + 1], offset, limit, filters)

    def contradictions(self, type=None, party=None) -> list[dict[str, Any]]:
        type = check_choice("type", type, R.EVENT_TYPES)
        return self.cached(("contradictions", type, party),
                           lambda: self.records.contradictions(type=type, party=party))

    def recent_contradictions(self, events: int = RECENT_EVENTS) -> list[dict[str, Any]]:
        """Contradictions among the latest ``events`` events (the overview's; the full list is slow to build
        on a large store: every denial is compared with every claim of its type)."""
        current = R.current_reviews(self.store, "event")
        return self.cached(("recent-contradictions", events), lambda: self.records.contradictions_among(
            R.apply(self.store.events(limit=events), current)))

    def agreements(self, party=None) -> list[dict[str, Any]]:
        return self.cached(("agreements", party), lambda: self.records.agreements(party=party))

    def agreement(self, name: str) -> dict[str, Any]:
        rec = self.records.agreement(name)
        if rec is None:
            raise NotFound(f"no agreement matches {name!r}; list them at /api/agreements")
        return rec

    def stories(self) -> list[dict[str, Any]]:
        return self.cached(("stories",), self.records.stories)

    def story(self, story_id: str) -> dict[str, Any]:
        for s in self.stories():
            if s["story"] == story_id:
                docs = V.docs_index(self.store)
                out = dict(s)
                out["articles"] = sorted((docs[d] for d in s["documents"] if d in docs),
                                         key=lambda d: (d["published"] or "", d["doc_id"]))
                out["sources"] = len({source_key(d, docs) for d in out["articles"]})
                out["facts"] = self.facts_of_story(story_id)
                return out
        raise NotFound(f"no story {story_id!r}; list them at /api/stories")

    def facts_of_story(self, story_id: str) -> list[dict[str, Any]]:
        return self.records.facts(story=story_id, limit=None)

    # ------------------------------------------------------------------ entities, quotes, documents

    def entity(self, name: str, as_of: str | None = None) -> dict[str, Any]:
        check_date("as_of", as_of)
        info = self.store.entity(name, as_of=as_of)
        if info is None:
            raise NotFound(f"no entity matches {name!r}; search them at /api/entities?search=")
        current = R.current_reviews(self.store, "event")
        info["events"] = R.apply(info["events"], current)
        info["names"] = self.names({x for e in info["events"] for x in e["actors"] + e["targets"]}
                                   | {q["speaker"] for q in info["quotes"] if q["speaker"]})
        return info

    def memberships(self, entity: str | None, as_of: str | None) -> list[dict[str, Any]]:
        check_date("as_of", as_of)
        if not entity:
            raise BadRequest("memberships need an entity (entity=OTS or entity=country:AZE)")
        return self.entity(entity, as_of)["relations"]

    def quotes(self, speaker=None, search=None, limit=50, cursor=None) -> dict[str, Any]:
        filters = {"speaker": speaker, "search": search}
        limit = check_limit(limit)
        offset = decode_cursor(cursor, filters)
        rows = self.store.quotes(speaker=speaker or None, search=search or None, limit=offset + limit + 1)
        rows = R.apply(rows, R.current_reviews(self.store, "quote"))
        return page(rows[offset:], offset, limit, filters)

    def quote(self, quote_id: int) -> dict[str, Any]:
        q = V.quote(self.store, quote_id)
        if q is None:
            raise NotFound(f"no quote {quote_id}; list them at /api/quotes")
        out = R.reviewed(q, R.current_reviews(self.store, "quote").get(quote_id))
        out["history"] = R.history(self.store, "quote", quote_id)
        out["names"] = self.names({x for x in (q["speaker"], out.get("speaker")) if x})
        return out

    def entities(self, kind=None, search=None, limit=50, cursor=None) -> dict[str, Any]:
        kind = check_choice("kind", kind, ("country", "org", "person", "place", "agreement"))
        filters = {"kind": kind, "search": search}
        limit = check_limit(limit)
        offset = decode_cursor(cursor, filters)
        # the store counts every entity's documents and events to order them: cached until the data changes
        rows = self.cached(("entities", kind, search or None),
                           lambda: self.store.entities(kind=kind, search=search or None, limit=None))
        return page(rows[offset:offset + limit + 1], offset, limit, filters)

    def documents(self, publisher=None, story=None, limit=50, cursor=None) -> dict[str, Any]:
        filters = {"publisher": publisher, "story": story}
        limit = check_limit(limit)
        offset = decode_cursor(cursor, filters)
        rows = V.documents(self.store, publisher=publisher, story=story, limit=limit + 1, offset=offset)
        return page(rows, offset, limit, filters)

    def document(self, doc_id: str) -> dict[str, Any]:
        doc = V.document(self.store, doc_id)
        if doc is None:
            raise NotFound(f"no document {doc_id!r}; list them at /api/documents")
        current = R.current_reviews(self.store, "event")
        doc["events"] = [R.reviewed(e, current.get(e["id"])) for e in doc["events"]]
        qrev = R.current_reviews(self.store, "quote")
        doc["quotes"] = [R.reviewed(q, qrev.get(q["id"])) for q in doc["quotes"]]
        doc["names"].update(self.names({x for e in doc["events"] for x in e["actors"] + e["targets"]}))
        return doc

    def search(self, q: str, limit: int = 50) -> list[dict[str, Any]]:
        if not q or not q.strip():
            raise BadRequest("search needs words: q=joint+exercises")
        return self.store.search(q, limit=check_limit(limit))

    # ------------------------------------------------------------------ network and timeline

    def network(self, type=None, status=None, since=None, until=None, by="reported",
                limit: int | None = None) -> dict[str, Any]:
        """Actors and edges (one per source, target, type, status), weighted by independent sources;
        with ``limit``, the strongest ``limit`` edges and their actors (``total_edges`` says how many there are)."""
        if limit is not None and not 1 <= limit <= MAX_EDGES:
            raise BadRequest(f"limit {limit} is out of range; use 1 to {MAX_EDGES}")
        for t in (type or "").split(","):
            check_choice("type", t, R.EVENT_TYPES)
        for s in (status or "").split(","):
            check_choice("status", s, R.EVENT_STATUSES)
        check_date("since", since)
        check_date("until", until)
        by = check_choice("by", by or "reported", ("reported", "event"))
        key = ("network", type, status, since, until, by)
        net = self.cached(key, lambda: self._network(type, status, since, until, by))
        if limit is None or len(net["edges"]) <= limit:
            return {**net, "total_edges": len(net["edges"])}
        edges = net["edges"][:limit]
        used = {e["source"] for e in edges} | {e["target"] for e in edges}
        return {"nodes": [n for n in net["nodes"] if n["id"] in used], "edges": edges,
                "total_edges": len(net["edges"])}

    def network_rows(self, type, status, since, until, by) -> list[dict[str, Any]]:
        """The events behind the network, reviews applied (rejected ones gone, corrections in)."""
        current = R.current_reviews(self.store, "event")
        rows = V.network_events(self.store, type, status, since, until, by)
        have = {r["id"] for r in rows}
        corrected = [i for i, rev in current.items() if rev["action"] == "correct" and i not in have]
        rows += V.network_events(self.store, ids=corrected) if corrected else []
        rows = R.apply(rows, current)
        types = set(type.split(",")) if type else None
        statuses = set(status.split(",")) if status else None
        return [r for r in rows if (types is None or r["type"] in types) and (statuses is None or r["status"]
                                                                                 in statuses)]

    def _network(self, type, status, since, until, by) -> dict[str, Any]:
        rows = self.network_rows(type, status, since, until, by)
        docs = V.docs_index(self.store, {x["doc"] for x in rows})
        edges: dict[tuple, dict[str, Any]] = {}
        for x in rows:
            for a, t, symmetric in edge_pairs(x):
                e = edges.setdefault((a, t, x["type"], x["status"], symmetric), {
                    "source": a, "target": t, "type": x["type"], "status": x["status"], "symmetric": symmetric,
                    "events": 0, "sources": set()})
                e["events"] += 1
                if x["doc"] in docs:
                    e["sources"].add(source_key(docs[x["doc"]], docs))
        out = []
        for e in edges.values():
            e["weight"] = len(e.pop("sources"))
            out.append(e)
        out.sort(key=lambda e: (-e["weight"], -e["events"], e["source"], e["target"]))
        nodes = V.entity_names(self.store, {e["source"] for e in out} | {e["target"] for e in out})
        return {"nodes": list(nodes.values()), "edges": out}

    def edge_events(self, source: str, target: str, type: str, status: str, symmetric: bool,
                    since=None, until=None, by="reported") -> list[dict[str, Any]]:
        """The events behind one edge, with their evidence sentences."""
        rows = self.network_rows(type, status, since, until, by)
        ids = [x["id"] for x in rows if (source, target, symmetric) in edge_pairs(x)]
        out = [self.event(i) for i in ids[:200]]
        return sorted(out, key=lambda e: (e["reported"] or "", e["id"]), reverse=True)

    def timeline(self, by: str = "reported") -> list[dict[str, Any]]:
        """Events per month, type and status, with reviews applied."""
        by = check_choice("by", by or "reported", ("reported", "event")) or "reported"
        return self.cached(("timeline", by), lambda: self._timeline(by))

    def _timeline(self, by: str) -> list[dict[str, Any]]:
        counts: dict[tuple, int] = {}
        for r in V.timeline(self.store, by):
            counts[(r["month"], r["type"], r["status"])] = r["n"]
        current = R.current_reviews(self.store, "event")
        before = V.event_facts(self.store, list(current))
        for fid, rev in current.items():
            f = before.get(fid)
            if f is None or rev["action"] == "confirm":
                continue
            month = f[by]
            if month:
                counts[(month, f["type"], f["status"])] = counts.get((month, f["type"], f["status"]), 1) - 1
            if rev["action"] == "correct":
                ch = rev["changes"]
                month = (ch["when"][:7] if by == "event" and "when" in ch else month)
                if month:
                    k = (month, ch.get("type", f["type"]), ch.get("status", f["status"]))
                    counts[k] = counts.get(k, 0) + 1
        return [{"month": m, "type": t, "status": s, "events": n} for (m, t, s), n in sorted(counts.items()) if n > 0]

    def overview(self) -> dict[str, Any]:
        counts = self.store.counts()
        latest = R.apply(self.store.events(limit=12), R.current_reviews(self.store, "event"))[:10]
        return {
            "counts": {"documents": counts["documents"], "events": counts["events"], "quotes": counts["quotes"],
                       "entities": counts["entities"], "stories": len(self.stories()),
                       "agreements": len(self.agreements()), "reviews": R.review_counts(self.store)},
            "latest": latest,
            "contradictions": self.recent_contradictions(),
            "contradictions_among": RECENT_EVENTS,
            "names": self.names({x for e in latest for x in e["actors"] + e["targets"]}),
        }

    # ------------------------------------------------------------------ writes

    def review(self, kind: str, fact_id: int, action: str, changes: dict[str, Any] | None, reviewer: str,
               note: str | None) -> dict[str, Any]:
        return R.add_review(self.store, kind, fact_id, action, changes, reviewer or "analyst", note or None)


def edge_pairs(x: dict[str, Any]) -> set[tuple[str, str, bool]]:
    """The network edges of one event: each actor to each target; co-actors pairwise when no target."""
    if x["targets"]:
        return {(a, t, False) for a in x["actors"] for t in x["targets"] if a != t}
    actors = sorted(set(x["actors"]))
    return {(a, b, True) for i, a in enumerate(actors) for b in actors[i + 1:]}
