"""The JSON contract of ``../shared/eval/GUIDE.md``: one object per analysed document.

Extra keys beyond the contract (the scorer ignores them): ``source``, ``url``,
``pipeline``, and on every fact an ``evidence`` sentence with ``start``/``end`` offsets
into the original text (``offsets``), plus ``confidence`` and ``trigger`` on events and the article's ``relevance``.

One function, :func:`to_contract`, makes the record of a fresh article (``extract``) and of
a stored one (``export``, read back by :meth:`pactwatch.store.Store.iter_articles`) alike; a
stored event also carries its store ``id`` (the first key of the event).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .model import Article, Evidence, Rejection, name_from_id
from .provenance import offsets_into

if TYPE_CHECKING:  # the contract of a fresh article needs no database driver
    from .store import Store


def _ev(ev: Evidence | None) -> dict[str, Any] | None:
    if ev is None:
        return None
    return {"start": ev.start, "end": ev.end}


def to_contract(art: Article) -> dict[str, Any]:
    """The GUIDE.md object for one article (ids used in facts all appear in ``entities``)."""
    used: set[str] = set()
    rels = []
    for r in art.relations:
        rels.append({"subject": r.subject, "relation": r.relation, "object": r.object,
                     "evidence": r.evidence.sentence if r.evidence else None, "offsets": _ev(r.evidence)})
        used.update((r.subject, r.object))
    events = []
    for e in art.events:
        events.append({
            **({"id": e.id} if e.id is not None else {}),
            "type": e.type,
            "actors": list(e.actors),
            "targets": list(e.targets),
            "status": e.status,
            "sectors": list(e.sectors),
            "when": e.when,
            "where": e.where,
            "asserted_by": e.asserted_by,
            "agreement": e.agreement,
            "provisions": list(e.provisions),
            "evidence": e.evidence.sentence if e.evidence else None,
            "offsets": _ev(e.evidence),
            "trigger": e.trigger,
            "confidence": round(e.confidence, 3),
        })
        used.update(e.actors)
        used.update(e.targets)
        used.update(x for x in (e.where, e.asserted_by, e.agreement) if x)
    quotes = []
    for q in art.quotes:
        quotes.append({"speaker": q.speaker, "text": q.text, "evidence": q.evidence.sentence,
                       "offsets": _ev(q.evidence)})
        if q.speaker:
            used.add(q.speaker)
    for a in art.agreements:
        used.add(a.agreement)
        used.update(a.parties)
    known = {e.id for e in art.entities}
    entities = [{"id": e.id, "kind": e.kind, "name": e.name, "aliases": list(e.aliases)} for e in art.entities]
    for missing in sorted(used - known):  # never a dangling id (articles the pipeline stored before it added them)
        entities.append({"id": missing, "kind": missing.split(":", 1)[0], "name": name_from_id(missing), "aliases": []})
    meta = art.meta
    return {
        "doc": art.doc.raw.name or art.doc_id,  # the contract's doc is the file's name (GUIDE.md)
        "id": art.doc_id,  # unique: the name and the content hash (README, "Document ids")
        "title": meta.title,
        "publisher": meta.publisher,
        "published": meta.published.isoformat() if meta.published else None,
        "language": meta.language,
        "story": art.story,
        "duplicate_of": art.duplicate_of,
        "relevance": art.relevance,
        "entities": entities,
        "relations": rels,
        "events": events,
        "quotes": quotes,
        "agreement_mentions": [{"agreement": a.agreement, "stage": a.stage, "when": a.when, "negated": a.negated,
                                "parties": list(a.parties), "provisions": list(a.provisions),
                                "evidence": a.evidence.sentence, "offsets": _ev(a.evidence)} for a in art.agreements],
        "source": art.doc.raw.source,
        "offsets_into": offsets_into(art.doc.raw),
        "url": meta.url,
        "pipeline": art.pipeline_version,
    }


def stored_contracts(store: Store) -> Iterator[dict[str, Any]]:
    """Every stored document's record, oldest first (``export --format jsonl``)."""
    for art in store.iter_articles():
        yield to_contract(art)


def rejection_record(rej: Rejection) -> dict[str, Any]:
    """A refused input as a JSON object (for ``--jsonl`` error streams and the runs table)."""
    return {"source": rej.source, "stage": rej.stage, "reason": rej.reason, "detail": rej.detail}
