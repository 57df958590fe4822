"""Cross-document records over a store: the store gives rows, this layer folds them.

The events are read as the analysts reviewed them (issue 14), as ``events`` lists them:
a rejected event is left out, a corrected one counts with its corrected values (and is
filtered by them); ``reviewed_only`` keeps only confirmed and corrected events,
``include_rejected`` keeps the rejected ones too; ``reviewed=False`` reads the pipeline's
events as stored. Agreement mentions and documents carry no reviews.

Example:
    >>> records = Records(open_store("pactwatch.db"))
    >>> records.agreement("Shusha Declaration")["latest_stage"]
    'signed'
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..gazetteer import load_gazetteer
from ..store import Store
from ..store.analytics import EventFilter, find_reviewed_events
from ..store.rows import NetworkNode
from .agreements import agreement_records
from .corroboration import contradictions, fact_clusters
from .network import network_edges


def gazetteer_lookup(name: str) -> list[str]:
    """The entity id the gazetteer gives a whole name (``[]`` for none): the store's ``lookup``
    for names no stored alias has."""
    hit = load_gazetteer().lookup(name)
    return [hit[0]] if hit else []


class Records:
    """Agreements, corroborated facts, contradictions, stories and the actor network of a store.

    Args:
        store: the store.
        reviewed: apply the analysts' reviews to the events (see the module docstring).
        reviewed_only: only the events an analyst confirmed or corrected.
        include_rejected: keep the events an analyst rejected (their ``review`` says so).
    """

    def __init__(self, store: Store, reviewed: bool = True, reviewed_only: bool = False,
                 include_rejected: bool = False) -> None:
        self.store = store
        self.reviewed = reviewed
        self.reviewed_only = reviewed_only
        self.include_rejected = include_rejected

    def events(self, type: str | None = None, party: str | None = None,
               story: str | None = None) -> list[Mapping[str, Any]]:
        """Every event of ``type``, with ``party`` (any name or id) and of ``story``, newest report first:
        as reviewed (filtered on corrected values), or as stored with ``reviewed=False``."""
        if not self.reviewed:
            return list(self.store.events(type=type, party=party, story=story, limit=None))
        f = EventFilter(types=(type,) if type else (),
                        parties=(frozenset(self.store.resolve(party)),) if party else (),
                        stories=frozenset([story]) if story else None)
        return list(find_reviewed_events(self.store, f, reviewed_only=self.reviewed_only,
                                         include_rejected=self.include_rejected, with_names=False).rows)

    def agreements(self, party: str | None = None) -> list[dict[str, Any]]:
        """Agreement records: parties, latest stage, dated stage history, provisions with sentences."""
        mentions = self.store.agreement_mention_rows()
        events = self.events(type="agreement")
        ids = {m.agreement for m in mentions} | {e["agreement"] for e in events if e["agreement"]}
        ids |= {p for m in mentions for p in m.parties} | {p for e in events for p in [*e["actors"], *e["targets"]]}
        names = self.store.names(ids)
        records = [r.as_dict() for r in agreement_records(mentions, events, names)]
        for r in records:
            r["party_names"] = [names.get(p, p) for p in r["parties"]]
        if party:
            wanted = set(self.store.resolve(party))
            records = [r for r in records if set(r["parties"]) & wanted]
        return records

    def agreement(self, name: str) -> dict[str, Any] | None:
        """One agreement record by id, name or alias (``unnamed:...`` ids as listed)."""
        ids = [name] if name.startswith("unnamed:") else self.store.resolve(name)
        for r in self.agreements():
            if r["id"] in ids:
                return r
        return None

    def facts(self, type: str | None = None, party: str | None = None, min_sources: int = 1,
              limit: int | None = 1000, story: str | None = None) -> list[dict[str, Any]]:
        """Facts across documents with their corroboration: independent sources, outlets, first/last seen;
        most sources first."""
        docs = self.store.document_rows()
        out = [c.summary(docs) for c in fact_clusters(self.events(type=type, party=party, story=story))]
        out = [f for f in out if f["sources"] >= min_sources]
        out.sort(key=lambda f: (-f["sources"], -f["reports"], f["type"]))
        return out[:limit] if limit else out

    def contradictions(self, type: str | None = None, party: str | None = None) -> list[dict[str, Any]]:
        """Claims and denials of the same fact by different asserters, with both evidence sentences."""
        return self.contradictions_among(self.events(type=type, party=party))

    def contradictions_among(self, events: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """The contradictions among ``events`` (rows as :meth:`events` gives them), each side with its
        asserter's name and its outlet."""
        out = contradictions(events)
        docs = self.store.document_rows()
        names = self.store.names({x for c in out for side in (c["claim"], c["denial"])
                                  for x in [side["asserted_by"], *side["actors"], *side["targets"]] if x})
        for c in out:
            for side in (c["claim"], c["denial"]):
                side["asserted_by_name"] = names.get(side["asserted_by"], side["asserted_by"])
                doc = docs.get(side["doc"])
                side["publisher"] = doc.publisher if doc else None
            c["party_names"] = [names.get(p, p) for p in c["parties"]]
        return out

    def stories(self) -> list[dict[str, Any]]:
        """Stories: their documents, outlets, dates and the duplicates among them."""
        out: dict[str, dict[str, Any]] = {}
        for d in self.store.document_rows().values():
            s = out.setdefault(d.story or d.doc_id, {"story": d.story or d.doc_id, "documents": [],
                                                     "outlets": set(), "first": None, "last": None,
                                                     "duplicates": 0, "title": d.title})
            s["documents"].append(d.doc_id)
            s["outlets"].add(d.publisher or "?")
            s["duplicates"] += bool(d.duplicate_of)
            if d.published:
                s["first"] = min(s["first"] or d.published, d.published)
                s["last"] = max(s["last"] or d.published, d.published)
            s["title"] = s["title"] or d.title
        rows = sorted(out.values(), key=lambda s: (-len(s["documents"]), s["story"]))
        for s in rows:
            s["outlets"] = sorted(s["outlets"])
            s["size"] = len(s["documents"])
        return rows

    def network(self) -> tuple[dict[str, NetworkNode], list[dict[str, Any]]]:
        """Actors (states and organisations) and typed edges between them (:func:`network_edges`)."""
        events = self.store.event_parties()
        nodes = self.store.entity_nodes({p for e in events for p in e.actors + e.targets})
        return nodes, network_edges(events)
