"""Agreement records: the mentions and agreement events of many documents folded into one
record per agreement (by id, which already unifies names and aliases; an unnamed agreement
by its type and parties), with a dated stage history and provisions with their sentences.

Pure functions over rows (:class:`~pactwatch.store.rows.AgreementMentionRow`,
:class:`~pactwatch.store.rows.EventRow`, or mappings with the same keys).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import AGREEMENT_STAGES
from .stages import stage_in


@dataclass
class AgreementRecord:
    """One agreement across documents: parties, dated stages, provisions with their sentences."""

    id: str
    name: str
    parties: list[str] = field(default_factory=list)
    stages: list[dict[str, Any]] = field(default_factory=list)
    provisions: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)

    @property
    def latest_stage(self) -> str | None:
        done = [s for s in self.stages if s["stage"] and not s["negated"]]
        if not done:
            return None
        return max(done, key=lambda s: AGREEMENT_STAGES.index(s["stage"]))["stage"]

    def as_dict(self) -> dict[str, Any]:
        dates = [s["date"] for s in self.stages if s["date"]]
        return {"id": self.id, "name": self.name, "parties": self.parties, "latest_stage": self.latest_stage,
                "stages": self.stages, "provisions": self.provisions, "documents": sorted(self.documents),
                "first_reported": min((s["reported"] for s in self.stages if s["reported"]), default=None),
                "last_reported": max((s["reported"] for s in self.stages if s["reported"]), default=None),
                "first_date": min(dates, default=None)}


def _event_stage(ev: Mapping[str, Any]) -> str | None:
    """The stage an agreement event states: its status for proposals, else the stage word nearest its trigger."""
    if ev["status"] == "proposed":
        return "proposed"
    sentence = ev.get("evidence") or ""
    trig = ev.get("trigger") or ""
    k = sentence.find(trig) if trig else -1
    stage, _span, _neg = stage_in(sentence, (k, k + len(trig)) if k >= 0 else None)
    return stage


def agreement_records(mentions: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]],
                      names: Mapping[str, str]) -> list[AgreementRecord]:
    """Fold agreement mentions and agreement events of many documents into records.

    ``mentions``: rows with agreement, stage, when, reported, parties, provisions, negated,
    evidence, doc. ``events``: agreement events (Store.events rows). ``names``: id → name.
    """
    recs: dict[str, AgreementRecord] = {}

    def rec(key: str, name: str) -> AgreementRecord:
        if key not in recs:
            recs[key] = AgreementRecord(key, name)
        return recs[key]

    def add(r: AgreementRecord, stage: str | None, when: str | None, reported: str | None, negated: bool, doc: str,
            evidence: str | None, parties: Iterable[str], provisions: Iterable[str], source: str) -> None:
        for p in parties:
            if p not in r.parties:
                r.parties.append(p)
        r.documents.add(doc)
        if stage or provisions:
            entry = {"stage": stage, "date": when or None, "reported": reported, "negated": bool(negated),
                     "doc": doc, "evidence": evidence, "source": source}
            if stage and not any(x["stage"] == stage and x["doc"] == doc and x["date"] == entry["date"]
                                 for x in r.stages):
                r.stages.append(entry)
        for p in provisions:
            r.provisions.setdefault(p, {"evidence": evidence, "doc": doc})

    for m in mentions:
        r = rec(m["agreement"], names.get(m["agreement"], m["agreement"].split(":", 1)[1]))
        add(r, m["stage"], m["when"], m["reported"], m["negated"], m["doc"], m["evidence"], m["parties"],
            m["provisions"], "mention")
    named = list(recs.values())
    for ev in events:
        parties = sorted(set(ev["actors"]) | set(ev["targets"]))
        if ev.get("agreement"):
            continue  # a named agreement's sentences are read as mentions, nearest stage word first
        states = sorted(p for p in parties if p.startswith("country:"))
        if len(states) < 2:
            continue  # an agreement is between states; one state alone is not a record
        # "a new memorandum between Azerbaijan and Turkey": the named agreement of the same states,
        # in the same article, whose kind ("memorandum") the sentence names
        low = (ev.get("evidence") or "").lower()
        same = [r for r in named if ev["doc"] in r.documents
                and sorted(p for p in r.parties if p.startswith("country:")) == states
                and r.name.split()[-1].lower().rstrip("s") in low]
        if len(same) == 1:
            r = same[0]
        else:
            r = rec("unnamed:" + "+".join(states), "agreement between " + ", ".join(names.get(p, p) for p in states))
        add(r, _event_stage(ev), ev.get("when"), ev.get("reported"),
            ev["status"] == "denied", ev["doc"], ev.get("evidence"), parties, ev.get("provisions") or [], "event")
    for r in recs.values():
        # parties are states when any is named; organisations otherwise (an EU-NATO declaration)
        states = [p for p in r.parties if p.startswith("country:")]
        r.parties = states or r.parties
        # one entry per stage and document, the dated one when there are several
        best: dict[tuple, dict[str, Any]] = {}
        for x in r.stages:
            k = (x["stage"], x["doc"], x["negated"])
            if k not in best or (x["date"] and not best[k]["date"]):
                best[k] = x
        r.stages = list(best.values())
        r.stages.sort(key=lambda x: (x["date"] or x["reported"] or "9999", AGREEMENT_STAGES.index(x["stage"])
                                     if x["stage"] in AGREEMENT_STAGES else 99))
    return sorted(recs.values(), key=lambda r: (-len(r.documents), r.id))
