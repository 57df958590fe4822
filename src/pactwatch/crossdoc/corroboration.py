"""Corroboration and contradictions across documents.

* :func:`fact_clusters`: the same fact (type, status, participants) reported by many
  articles, with its independent sources: a syndicated copy and the same outlet twice
  count once.
* :func:`contradictions`: facts with the same type and participants whose statuses
  cannot both hold (planned / occurred / proposed vs denied), asserted by different
  sources, side by side with both evidence sentences.

Pure functions over event and document rows (:mod:`pactwatch.store.rows`, or mappings with
the same keys: the web layer passes events with reviews applied).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

INCOMPATIBLE = {("denied", "occurred"), ("denied", "planned"), ("denied", "proposed"), ("denied", "possible")}

def source_key(doc: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> str:
    """Who an article counts as: its original's outlet (a syndicated copy counts once), else the article."""
    seen = set()
    while doc.get("duplicate_of") and doc["duplicate_of"] in docs and doc["doc_id"] not in seen:
        seen.add(doc["doc_id"])
        doc = docs[doc["duplicate_of"]]
    pub = (doc.get("publisher") or "").strip().lower()
    return f"outlet:{pub}" if pub else f"doc:{doc['doc_id']}"


@dataclass
class FactCluster:
    """One fact as reported by one or more articles."""

    type: str
    status: str
    parties: tuple[str, ...]
    events: list[Mapping[str, Any]] = field(default_factory=list)

    def summary(self, docs: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
        sources = {source_key(docs[e["doc"]], docs) for e in self.events if e["doc"] in docs}
        outlets = sorted({docs[e["doc"]].get("publisher") or e["doc"] for e in self.events if e["doc"] in docs})
        reported = [e["reported"] for e in self.events if e.get("reported")]
        return {"type": self.type, "status": self.status, "parties": list(self.parties), "sources": len(sources),
                "outlets": outlets, "reports": len(self.events), "first_seen": min(reported, default=None),
                "last_seen": max(reported, default=None), "events": [e["id"] for e in self.events],
                "evidence": self.events[0].get("evidence")}


def fact_clusters(events: Iterable[Mapping[str, Any]]) -> list[FactCluster]:
    """Group events of many documents into facts: same type, status and participants."""
    groups: dict[tuple, FactCluster] = {}
    for ev in events:
        parties = tuple(sorted(set(ev["actors"]) | set(ev["targets"])))
        key = (ev["type"], ev["status"], parties)
        groups.setdefault(key, FactCluster(ev["type"], ev["status"], parties)).events.append(ev)
    return list(groups.values())


def contradictions(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Pairs of events with the same type and shared participants, incompatible statuses and
    different asserters: a claim and its denial, with both evidence sentences."""
    by_type: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for ev in events:
        by_type[ev["type"]].append(ev)
    out = []
    seen: set[tuple] = set()
    for etype, evs in by_type.items():
        denied = [e for e in evs if e["status"] == "denied"]
        others = [e for e in evs if e["status"] != "denied"]
        for d in denied:
            dparts = set(d["actors"]) | set(d["targets"])
            for o in others:
                if (o["status"], "denied") not in {(b, a) for a, b in INCOMPATIBLE}:
                    continue
                oparts = set(o["actors"]) | set(o["targets"])
                shared = dparts & oparts
                # the same fact: one side's participants within the other's, the denied actor among them
                if not shared or not (dparts <= oparts or oparts <= dparts):
                    continue
                if not (set(d["actors"]) & oparts or set(o["actors"]) & dparts):
                    continue
                # two parties disagreeing: both sides attributed, to different people or bodies
                if not d.get("asserted_by") or not o.get("asserted_by") or d["asserted_by"] == o["asserted_by"]:
                    continue
                if d.get("when") and o.get("when") and not (d["when"].startswith(o["when"]) or
                                                            o["when"].startswith(d["when"])):
                    continue  # different times: both may hold
                key = (etype, tuple(sorted(shared)), o["asserted_by"], d["asserted_by"])
                if key in seen:
                    continue
                seen.add(key)
                out.append({"type": etype, "parties": sorted(shared), "claim": _side(o), "denial": _side(d)})
    return out


def _side(ev: Mapping[str, Any]) -> dict[str, Any]:
    return {"event": ev["id"], "status": ev["status"], "asserted_by": ev.get("asserted_by"), "doc": ev["doc"],
            "reported": ev.get("reported"), "when": ev.get("when"), "actors": ev["actors"], "targets": ev["targets"],
            "evidence": ev.get("evidence")}
