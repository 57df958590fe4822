"""Across documents: agreements with a lifecycle, corroboration of facts, contradictions.

Pure functions over values; the store reads the rows and calls them.

* :func:`agreement_mentions` (per article, at analysis time): every sentence naming an
  agreement says something about it: a stage of its life (proposed → negotiated →
  initialled → signed → approved / ratified → in force → suspended / terminated, from
  ``data/agreements.json``), the stage's date, the parties named with it, its provisions.
* :func:`agreement_records`: mentions and agreement events of many documents folded
  into one record per agreement (by id, which already unifies names and aliases; an
  unnamed agreement by its type and parties), with a dated stage history.
* :func:`fact_clusters`: the same fact (type, status, participants) reported by many
  articles, with its independent sources: a syndicated copy and the same outlet twice
  count once.
* :func:`contradictions`: facts with the same type and participants whose statuses
  cannot both hold (planned / occurred / proposed vs denied), asserted by different
  sources, side by side with both evidence sentences.
"""
from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .model import AGREEMENT_STAGES, AgreementMention, CleanDocument, EntityAnalysis, Evidence, Metadata

INCOMPATIBLE = {("denied", "occurred"), ("denied", "planned"), ("denied", "proposed"), ("denied", "possible")}


@functools.lru_cache(maxsize=1)
def _stage_lexicon() -> tuple[list[tuple[str, re.Pattern]], re.Pattern]:
    data = json.loads(resources.files("pactwatch.data").joinpath("agreements.json").read_text(encoding="utf-8"))
    stages = []
    for stage, words in data["stages"].items():
        alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        stages.append((stage, re.compile(rf"\b(?:{alts})\b", re.I)))
    neg = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data["negation"]) + r")\b", re.I)
    return stages, neg


_AGREEMENT_NOUN = re.compile(r"\b(?:agreements?|treat(?:y|ies)|declarations?|memorand(?:um|a|ums)|accords?|pacts?|"
                             r"charters?|protocols?|conventions?|documents?|deals?|plans?)\b", re.I)


def stage_in(sentence: str, anchor: tuple[int, int] | None = None) -> tuple[str | None, tuple[int, int] | None, bool]:
    """The stage a sentence states (nearest stage word to ``anchor``), its span, and whether it is negated.

    A stage word closer to another agreement noun than to ``anchor`` belongs to that one
    ("the memorandum approved by parliament complements the Shusha Declaration")."""
    stages, neg = _stage_lexicon()
    others = [m.span() for m in _AGREEMENT_NOUN.finditer(sentence)
              if anchor is None or not (anchor[0] <= m.start() < anchor[1] + 1)]
    best: tuple[int, int, str, tuple[int, int]] | None = None
    for order, (stage, rx) in enumerate(stages):
        for m in rx.finditer(sentence):
            dist = 0 if anchor is None else min(abs(m.start() - anchor[1]), abs(anchor[0] - m.end()))
            if anchor is not None and any(min(abs(m.start() - b), abs(a - m.end())) < dist for a, b in others):
                continue
            key = (dist, -order, stage, m.span())
            if best is None or key[:2] < best[:2]:
                best = key
    if best is None:
        return None, None, False
    span = best[3]
    before = sentence[max(0, span[0] - 25):span[0]]
    return best[2], span, bool(neg.search(before))


def _provisions(sentence: str) -> tuple[str, ...]:
    from .events import load_lexicon

    low = sentence.lower()
    return tuple(p for p, words in load_lexicon().provisions.items() if any(w in low for w in words))


def agreement_mentions(sdoc, cleaned: CleanDocument, ents: EntityAnalysis, meta: Metadata) -> tuple[AgreementMention, ...]:
    """What each sentence naming an agreement says about it (see module docstring)."""
    from .dates import when_for
    from .nlp import sentence_at

    text = cleaned.text
    out: list[AgreementMention] = []
    seen: set[tuple[str, int]] = set()
    for m in ents.mentions:
        if not m.entity_id.startswith("agreement:"):
            continue
        s, e = sentence_at(sdoc, m.start)
        if (m.entity_id, s) in seen:
            continue
        seen.add((m.entity_id, s))
        sentence = text[s:e]
        anchor = (m.start - s, m.end - s)
        stage, span, negated = stage_in(sentence, anchor)
        try:
            when = when_for(sentence, span or anchor, meta.published)
        except Exception:  # a date rule must never lose the fact
            when = None
        parties = tuple(dict.fromkeys(
            x.entity_id for x in ents.mentions_in(s, e)
            if x.entity_id.split(":")[0] in ("country", "org") and not x.entity_id.startswith("org:anadolu")))
        stripped = sentence.strip()
        lead = len(sentence) - len(sentence.lstrip())
        # provisions are what the sentence says of the agreement from its name on ("..., which stipulates")
        out.append(AgreementMention(agreement=m.entity_id, stage=stage, when=when, parties=parties,
                                    provisions=_provisions(text[m.start:e]), negated=negated,
                                    evidence=Evidence(stripped, s + lead, s + lead + len(stripped))))
    return tuple(out)


# --------------------------------------------------------------------------- records


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


def _event_stage(ev: dict[str, Any]) -> str | None:
    """The stage an agreement event states: its status for proposals, else the stage word nearest its trigger."""
    if ev["status"] == "proposed":
        return "proposed"
    sentence = ev.get("evidence") or ""
    trig = ev.get("trigger") or ""
    k = sentence.find(trig) if trig else -1
    stage, _span, _neg = stage_in(sentence, (k, k + len(trig)) if k >= 0 else None)
    return stage


def agreement_records(mentions: Iterable[dict[str, Any]], events: Iterable[dict[str, Any]],
                      names: dict[str, str]) -> list[AgreementRecord]:
    """Fold agreement mentions and agreement events of many documents into records.

    ``mentions``: rows with agreement, stage, when, reported, parties, provisions, negated,
    evidence, doc. ``events``: agreement events (Store.events rows). ``names``: id → name.
    """
    recs: dict[str, AgreementRecord] = {}

    def rec(key: str, name: str) -> AgreementRecord:
        if key not in recs:
            recs[key] = AgreementRecord(key, name)
        return recs[key]

    def add(r: AgreementRecord, stage, when, reported, negated, doc, evidence, parties, provisions, source) -> None:
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


# --------------------------------------------------------------------------- corroboration


def source_key(doc: dict[str, Any], docs: dict[str, dict[str, Any]]) -> str:
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
    events: list[dict[str, Any]] = field(default_factory=list)

    def summary(self, docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
        sources = {source_key(docs[e["doc"]], docs) for e in self.events if e["doc"] in docs}
        outlets = sorted({docs[e["doc"]].get("publisher") or e["doc"] for e in self.events if e["doc"] in docs})
        reported = [e["reported"] for e in self.events if e.get("reported")]
        return {"type": self.type, "status": self.status, "parties": list(self.parties), "sources": len(sources),
                "outlets": outlets, "reports": len(self.events), "first_seen": min(reported, default=None),
                "last_seen": max(reported, default=None), "events": [e["id"] for e in self.events],
                "evidence": self.events[0].get("evidence")}


def fact_clusters(events: Iterable[dict[str, Any]]) -> list[FactCluster]:
    """Group events of many documents into facts: same type, status and participants."""
    groups: dict[tuple, FactCluster] = {}
    for ev in events:
        parties = tuple(sorted(set(ev["actors"]) | set(ev["targets"])))
        key = (ev["type"], ev["status"], parties)
        groups.setdefault(key, FactCluster(ev["type"], ev["status"], parties)).events.append(ev)
    return list(groups.values())


def contradictions(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairs of events with the same type and shared participants, incompatible statuses and
    different asserters: a claim and its denial, with both evidence sentences."""
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
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


def _side(ev: dict[str, Any]) -> dict[str, Any]:
    return {"event": ev["id"], "status": ev["status"], "asserted_by": ev.get("asserted_by"), "doc": ev["doc"],
            "reported": ev.get("reported"), "when": ev.get("when"), "actors": ev["actors"], "targets": ev["targets"],
            "evidence": ev.get("evidence")}
