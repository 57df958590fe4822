"""The JSON API: ``/api/...``. Reads take the CLI's filters and page with cursors; writes
(``POST /api/documents``, ``POST /api/reviews``) need the token.

A list answers ``{"items": [...], "limit": N, "next": CURSOR | null}``; pass ``cursor=NEXT``
with the same filters for the next page.
"""
from __future__ import annotations

import json
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from ..contract import stored_contracts
from ..store import reviews as R
from .app import ApiError, require_token
from .service import Service

router = APIRouter(prefix="/api")
_UPLOAD_LOCK = threading.Lock()
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc", ".gz")
MAX_UPLOAD = 50_000_000

EventType = Literal["alliance", "agreement", "exercise", "meeting", "cooperation", "deployment", "request", "threat",
                    "conflict"]
Status = Literal["occurred", "planned", "proposed", "possible", "denied"]
Limit = Query(50, ge=1, le=500, description="Items per page (1-500).")
Cursor = Query(None, description="The `next` cursor of the previous page (same filters).")


Names = Annotated[list[str] | None, Query(description="Repeatable (party=A&party=B).")]

def svc(request: Request) -> Service:
    return request.app.state.service


class ReviewIn(BaseModel):
    """A review of one fact: confirm, reject, or correct some of its values."""

    kind: Literal["event", "quote"] = "event"
    fact_id: int = Field(..., description="The fact's id (as listed).")
    action: Literal["confirm", "reject", "correct"]
    changes: dict[str, Any] | None = Field(None, description="For 'correct': type, status, actors, targets, when "
                                                             "(events) or speaker (quotes).")
    reviewer: str = Field("analyst", max_length=255)
    note: str | None = Field(None, max_length=5000)


@router.get("/overview", summary="Counts, latest events, open contradictions")
def overview(request: Request) -> dict[str, Any]:
    return svc(request).overview()


@router.get("/events", summary="Events with the CLI's filters, newest report first")
def events(request: Request, type: Annotated[list[EventType] | None, Query(description="Any of these types.")] = None,
           status: Annotated[list[Status] | None, Query(description="Any of these statuses.")] = None,
           actor: Names = None,
           target: Names = None,
           party: Names = None,
           between: Names = None,
           involving: Names = None,
           asserted_by: Names = None, agreement: Names = None,
           since: str | None = None, until: str | None = None,
           by: Literal["reported", "event"] = "reported", story: Names = None,
           min_confidence: float | None = Query(None, description="Only events of at least this confidence (0-1)."),
           reviewed_only: bool = False, include_rejected: bool = False, limit: int = Limit,
           cursor: str | None = Cursor) -> dict[str, Any]:
    """The `pactwatch events` filters. Names (actor, target, party, involving, asserted_by, agreement) are
    ids, ISO codes or any name or alias; repeated, all of them must take part (`party=A&party=B`: both);
    a person also stands for the state or organisation they act for. `between=A&between=B`: both, either
    side. `involving`: actor, target or asserter. Repeated `type` or `status`: any of them. Dates: YYYY,
    YYYY-MM or YYYY-MM-DD (`until` includes its whole period), on the report date or, with `by=event`,
    the event's own. The answer carries `total` (matching in all) and `notes` on the names (a near
    name taken for a misspelt one, a person's states added, a name that matches nothing)."""
    s = svc(request)
    f = s.event_filters(type, status, actor, target, party, asserted_by, agreement, since, until, by, story,
                        reviewed_only, include_rejected, between, involving, min_confidence)
    return s.events(f, limit, cursor)


@router.get("/events/{event_id}", summary="One event with its evidence, article and review history")
def event(request: Request, event_id: int) -> dict[str, Any]:
    return svc(request).event(event_id)


@router.get("/documents", summary="Stored articles, newest first")
def documents(request: Request, publisher: str | None = None, story: str | None = None, limit: int = Limit,
              cursor: str | None = Cursor) -> dict[str, Any]:
    return svc(request).documents(publisher, story, limit, cursor)


@router.get("/documents/{doc_id}", summary="One article: its text and every fact with its offsets")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    return svc(request).document(doc_id)


@router.get("/entities", summary="Entities with aliases and counts")
def entities(request: Request, kind: Literal["country", "org", "person", "place", "agreement"] | None = None,
             search: str | None = None, limit: int = Limit, cursor: str | None = Cursor) -> dict[str, Any]:
    return svc(request).entities(kind, search, limit, cursor)


@router.get("/entities/{name}", summary="One entity: roles, memberships (as of a date), events, quotes")
def entity(request: Request, name: str, as_of: str | None = None) -> dict[str, Any]:
    return svc(request).entity(name, as_of)


@router.get("/memberships", summary="An entity's memberships and offices as reported up to a date")
def memberships(request: Request, entity: str | None = None, as_of: str | None = None) -> dict[str, Any]:
    return {"entity": entity, "as_of": as_of, "items": svc(request).memberships(entity, as_of)}


@router.get("/quotes", summary="Quotations with their speakers")
def quotes(request: Request, speaker: str | None = None, search: str | None = None, limit: int = Limit,
           cursor: str | None = Cursor) -> dict[str, Any]:
    return svc(request).quotes(speaker, search, limit, cursor)


@router.get("/quotes/{quote_id}", summary="One quote with its sentence, article and review history")
def quote(request: Request, quote_id: int) -> dict[str, Any]:
    return svc(request).quote(quote_id)


@router.get("/stories", summary="Stories: articles on the same news, by outlet and date")
def stories(request: Request, limit: int = Limit, cursor: str | None = Cursor) -> dict[str, Any]:
    from .service import decode_cursor, page

    offset = decode_cursor(cursor, {})
    return page(svc(request).stories()[offset:offset + limit + 1], offset, limit, {})


@router.get("/stories/{story_id}", summary="One story: its articles, sources and facts")
def story(request: Request, story_id: str) -> dict[str, Any]:
    return svc(request).story(story_id)


@router.get("/facts", summary="Facts across articles with corroboration (independent sources)")
def facts(request: Request, type: EventType | None = None, party: str | None = None,
          min_sources: int = Query(1, ge=1), limit: int = Limit, cursor: str | None = Cursor) -> dict[str, Any]:
    return svc(request).facts(type, party, min_sources, limit, cursor)


@router.get("/agreements", summary="Agreements: parties, stage history, provisions")
def agreements(request: Request, party: str | None = None) -> dict[str, Any]:
    return {"items": svc(request).agreements(party)}


@router.get("/agreements/{name:path}", summary="One agreement by id, name or alias")
def agreement(request: Request, name: str) -> dict[str, Any]:
    return svc(request).agreement(name)


@router.get("/contradictions", summary="Claims and denials of the same fact by different parties")
def contradictions(request: Request, type: EventType | None = None, party: str | None = None) -> dict[str, Any]:
    return {"items": svc(request).contradictions(type, party)}


@router.get("/search", summary="Full-text search over articles and evidence sentences")
def search(request: Request, q: str = Query(..., min_length=1), limit: int = Limit) -> dict[str, Any]:
    return {"query": q, "items": svc(request).search(q, limit)}


@router.get("/network", summary="Actors and typed edges weighted by independent sources")
def network(request: Request, type: str | None = Query(None, description="Event type(s), comma-separated."),
            status: str | None = Query(None, description="Status(es), comma-separated."),
            since: str | None = None, until: str | None = None,
            by: Literal["reported", "event"] = "reported",
            limit: int = Query(500, ge=1, le=20_000, description="The strongest edges to return.")) -> dict[str, Any]:
    return svc(request).network(type, status, since, until, by, limit)


@router.get("/network/edge", summary="The events behind one edge, with their sentences")
def network_edge(request: Request, source: str, target: str, type: EventType, status: Status,
                 symmetric: bool = False, since: str | None = None, until: str | None = None,
                 by: Literal["reported", "event"] = "reported") -> dict[str, Any]:
    return {"items": svc(request).edge_events(source, target, type, status, symmetric, since, until, by)}


@router.get("/timeline", summary="Events per month, type and status")
def timeline(request: Request, by: Literal["reported", "event"] = "reported") -> dict[str, Any]:
    return {"by": by, "items": svc(request).timeline(by)}


@router.get("/reviews", summary="Every review version (the review export)")
def reviews(request: Request, limit: int = Limit, cursor: str | None = Cursor) -> dict[str, Any]:
    from .service import decode_cursor, page

    offset = decode_cursor(cursor, {"reviews": 1})
    rows = list(R.iter_reviews(svc(request).store))
    return page(rows[offset:offset + limit + 1], offset, limit, {"reviews": 1})


@router.get("/reviews/{kind}/{fact_id}", summary="The review history of one fact")
def review_history(request: Request, kind: Literal["event", "quote"], fact_id: int) -> dict[str, Any]:
    return {"items": R.history(svc(request).store, kind, fact_id)}


@router.post("/reviews", status_code=201, summary="Review a fact (needs the token)")
def post_review(request: Request, body: ReviewIn) -> dict[str, Any]:
    require_token(request)
    return svc(request).review(body.kind, body.fact_id, body.action, body.changes, body.reviewer, body.note)


@router.get("/export.jsonl", summary="Every article as the extraction contract, reviews applied (JSON Lines)")
def export_jsonl(request: Request, reviewed_only: bool = False, include_rejected: bool = False) -> StreamingResponse:
    store = svc(request).store

    def lines():
        current = R.current_reviews(store, "event")
        for obj in stored_contracts(store):
            obj = R.apply_to_contract(obj, current, reviewed_only, include_rejected)
            yield json.dumps(obj, ensure_ascii=False, default=str) + "\n"

    name = "pactwatch-facts" + ("-reviewed" if reviewed_only else "") + ("-with-rejected" if include_rejected else "")
    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})


@router.get("/reviews.jsonl", summary="Every review version as JSON Lines")
def export_reviews(request: Request) -> StreamingResponse:
    store = svc(request).store
    return StreamingResponse((json.dumps(r, ensure_ascii=False) + "\n" for r in R.iter_reviews(store)),
                             media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="pactwatch-reviews.jsonl"'})


@router.post("/documents", status_code=201, summary="Upload an article file for ingest (needs the token)")
async def upload(request: Request, filename: str = Query(..., description="Its name: .txt, .html, .jsonl, "
                                                                          ".warc or .warc.gz")) -> dict[str, Any]:
    """The request body is the file (text, HTML, JSON Lines, WARC); it is analysed and stored."""
    require_token(request)
    body = await request.body()
    name = check_upload(filename, body)
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(ingest_bytes, request, name, body)


def check_upload(filename: str, body: bytes) -> str:
    """The file name to ingest an upload under; an :class:`ApiError` for a bad type, size or an empty body."""
    name = Path(filename).name
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        raise ApiError(415, f"cannot ingest {name!r}: send a .txt, .html, .jsonl, .warc or .warc.gz file")
    if not body:
        raise ApiError(400, "the upload is empty: send the file as the request body")
    if len(body) > MAX_UPLOAD:
        raise ApiError(413, f"the upload has {len(body)} bytes, more than {MAX_UPLOAD}")
    return name


def ingest_bytes(request: Request, name: str, body: bytes) -> dict[str, Any]:
    from ..ingest import ingest

    settings = request.app.state.web.settings.with_(n_process=1)
    store = svc(request).store
    with _UPLOAD_LOCK, tempfile.TemporaryDirectory(prefix="pactwatch-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(body)
        summary = ingest([str(path)], store, settings)
    return {**summary.report(),  # the words of `pactwatch ingest --json`
            "refusals": [{"source": Path(r.source).name, "stage": r.stage, "reason": r.reason, "detail": r.detail}
                         for r in summary.refused]}
