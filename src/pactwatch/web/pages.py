"""The HTML pages: server-rendered (Jinja2, autoescaped), readable without JavaScript.

Each page shows what the matching ``/api/...`` endpoint returns (the same
:class:`~.service.Service` call); its filters are query parameters, so a filtered view is
a URL to share. Review forms post here with the token in a form field.
"""
from __future__ import annotations

import functools
import math
import re
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from ..store import reviews as R
from .app import require_token
from .highlight import segments
from .service import BadRequest, Service, edge_pairs

Many = Annotated[list[str] | None, Query()]  # a filter that may repeat (party=A&party=B)

router = APIRouter(include_in_schema=False)

TYPE_COLORS = {"alliance": "#1b5e20", "agreement": "#1565c0", "exercise": "#6a1b9a", "meeting": "#546e7a",
               "cooperation": "#2e7d32", "deployment": "#ef6c00", "request": "#00838f", "threat": "#c62828",
               "conflict": "#8e0000"}


@functools.lru_cache(maxsize=1)
def env() -> jinja2.Environment:
    e = jinja2.Environment(loader=jinja2.PackageLoader("pactwatch.web", "templates"), autoescape=True,
                           undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    e.globals.update(zip=zip, types=R.EVENT_TYPES, statuses=R.EVENT_STATUSES, type_colors=TYPE_COLORS, urlencode=_qs)
    e.filters["name"] = lambda eid, names: names.get(eid, eid) if eid else ""
    e.filters["marked"] = marked_parts
    return e


def marked_parts(snippet: str | None) -> list[tuple[str, bool]]:
    """A search snippet cut into ``(text, matched)`` parts at the store's ``[match]`` markers
    (rendered as ``<mark>`` around escaped text; the text itself is never markup)."""
    snippet = snippet or ""
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in re.finditer(r"\[([^\[\]]+)\]", snippet):
        if m.start() > pos:
            out.append((snippet[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if snippet and pos < len(snippet):
        out.append((snippet[pos:], False))
    return out


def _qs(params: dict[str, Any] | list[tuple[str, Any]]) -> str:
    """A query string of the parameters that have a value (a list of pairs keeps repeated names)."""
    pairs = params.items() if isinstance(params, dict) else params
    return urlencode([(k, v) for k, v in pairs if v not in (None, "", False)], doseq=True)


def render(request: Request, template: str, http_status: int = 200, headers=None, **ctx: Any) -> HTMLResponse:
    web = request.app.state.web
    html = env().get_template(template).render(request=request, path=request.url.path, writes=bool(web.token),
                                               query=dict(request.query_params), **ctx)
    return HTMLResponse(html, status_code=http_status, headers=headers)


def error_page(request: Request, status: int, message: str, headers=None) -> HTMLResponse:
    return render(request, "error.html", http_status=status, headers=headers, status_code=status, message=message)


def svc(request: Request) -> Service:
    return request.app.state.service


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, by: str = "reported"):
    s = svc(request)
    return render(request, "overview.html", data=s.overview(), timeline=s.timeline(by), by=by)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, type: Many = None, status: Many = None, actor: Many = None, target: Many = None,
           party: Many = None, between: Many = None, involving: Many = None, asserted_by: Many = None, agreement: Many = None,
           since: str | None = None, until: str | None = None, by: str = "reported", story: Many = None,
           min_confidence: str | None = None, reviewed_only: bool = False, include_rejected: bool = False,
           limit: int = 50, cursor: str | None = None):
    s = svc(request)
    try:
        confidence = float(min_confidence) if min_confidence else None
    except ValueError:
        raise BadRequest(f"min_confidence={min_confidence!r} is not a number; use 0 to 1") from None
    f = s.event_filters(type, status, actor, target, party, asserted_by, agreement, since, until, by, story,
                        reviewed_only, include_rejected, between, involving, confidence)
    result = s.events(f, limit, cursor)
    names = s.names({x for e in result["items"] for x in e["actors"] + e["targets"] + [e["asserted_by"]] if x})
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    return render(request, "events.html", filters=f, result=result, names=names,
                  next_url=f"/events?{_qs([*params, ('cursor', result['next'])])}" if result["next"] else None,
                  json_url=f"/api/events?{_qs(params)}")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: int):
    return render(request, "event.html", ev=svc(request).event(event_id))


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, publisher: str | None = None, story: str | None = None, cursor: str | None = None):
    result = svc(request).documents(publisher, story, 50, cursor)
    return render(request, "documents.html", result=result,
                  next_url=f"/documents?{_qs({'publisher': publisher, 'story': story, 'cursor': result['next']})}"
                  if result["next"] else None)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, focus: str | None = None):
    doc = svc(request).document(doc_id)
    spans = [(f"event-{e['id']}", e["s"], e["e"]) for e in doc["events"]]
    spans += [(f"quote-{q['id']}", q["s"], q["e"]) for q in doc["quotes"]]
    spans += [(f"relation-{r['id']}", r["s"], r["e"]) for r in doc["relations"]]
    labels = {f"event-{e['id']}": f"{e['type']} ({e['status']})" for e in doc["events"]}
    labels.update({f"quote-{q['id']}": "quote" for q in doc["quotes"]})
    labels.update({f"relation-{r['id']}": r["relation"] for r in doc["relations"]})
    rejected = {f"event-{e['id']}" for e in doc["events"] if e["review"] and e["review"]["action"] == "reject"}
    return render(request, "document.html", doc=doc, segs=segments(doc["text"], spans), labels=labels,
                  rejected=rejected, focus=focus or "")


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, kind: str | None = None, search: str | None = None, cursor: str | None = None):
    result = svc(request).entities(kind or None, search, 100, cursor)
    return render(request, "entities.html", result=result, kind=kind, search=search,
                  next_url=f"/entities?{_qs({'kind': kind, 'search': search, 'cursor': result['next']})}"
                  if result["next"] else None)


@router.get("/actors/{name}", response_class=HTMLResponse)
def actor(request: Request, name: str, as_of: str | None = None):
    info = svc(request).entity(name, as_of or None)
    return render(request, "actor.html", e=info, as_of=as_of)


@router.get("/agreements", response_class=HTMLResponse)
def agreements(request: Request, party: str | None = None):
    return render(request, "agreements.html", items=svc(request).agreements(party or None), party=party)


@router.get("/agreements/{name:path}", response_class=HTMLResponse)
def agreement(request: Request, name: str):
    return render(request, "agreement.html", a=svc(request).agreement(name))


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request):
    return render(request, "stories.html", items=svc(request).stories())


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str):
    s = svc(request)
    st = s.story(story_id)
    return render(request, "story.html", st=st, names=s.names({p for f in st["facts"] for p in f["parties"]}))


@router.get("/facts", response_class=HTMLResponse)
def facts(request: Request, type: str | None = None, party: str | None = None, min_sources: int = 1,
          cursor: str | None = None):
    s = svc(request)
    result = s.facts(type or None, party or None, min_sources, 100, cursor)
    more = {"type": type, "party": party, "min_sources": min_sources, "cursor": result["next"]}
    return render(request, "facts.html", result=result, names=s.names({p for f in result["items"] for p in
                                                                        f["parties"]}),
                  type=type, party=party, min_sources=min_sources,
                  next_url="/facts?" + _qs(more) if result["next"] else None)


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions(request: Request, type: str | None = None, party: str | None = None):
    return render(request, "contradictions.html", items=svc(request).contradictions(type or None, party or None))


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, speaker: str | None = None, search: str | None = None, cursor: str | None = None):
    s = svc(request)
    result = s.quotes(speaker or None, search or None, 100, cursor)
    return render(request, "quotes.html", result=result, speaker=speaker, search=search,
                  names=s.names({q["speaker"] for q in result["items"] if q["speaker"]}),
                  next_url=f"/quotes?{_qs({'speaker': speaker, 'search': search, 'cursor': result['next']})}"
                  if result["next"] else None)


@router.get("/quotes/{quote_id}", response_class=HTMLResponse)
def quote(request: Request, quote_id: int):
    return render(request, "quote.html", q=svc(request).quote(quote_id))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str | None = None):
    items = svc(request).search(q, 100) if q and q.strip() else []
    return render(request, "search.html", q=q or "", items=items)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, type: str | None = None, status: str | None = None, since: str | None = None,
            until: str | None = None, by: str = "reported", max_edges: int = 150):
    s = svc(request)
    net = s.network(type or None, status or None, since or None, until or None, by, limit=max(1, min(max_edges, 1000)))
    shown = net["edges"]
    params = {"since": since, "until": until, "by": by if by != "reported" else None}
    return render(request, "network.html", net=net, drawing=draw_network(net["nodes"], shown, params),
                  shown=len(shown), filters={"type": type, "status": status, "since": since, "until": until,
                                             "by": by}, params=params)


@router.get("/network/edge", response_class=HTMLResponse)
def network_edge(request: Request, source: str, target: str, type: str, status: str, symmetric: bool = False,
                 since: str | None = None, until: str | None = None, by: str = "reported"):
    s = svc(request)
    items = s.edge_events(source, target, type, status, symmetric, since or None, until or None, by)
    return render(request, "edge.html", items=items, source=source, target=target, type=type, status=status,
                  symmetric=symmetric, names=s.names({source, target}))


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """The API's endpoints and parameters, rendered from its OpenAPI document (no script, no CDN)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _schema_type(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {})
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "doc": op.get("description", ""), "params": params, "body": sorted(body)})
    return render(request, "api_docs.html", spec=spec, endpoints=endpoints)


def _schema_type(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(str(x) for x in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_schema_type(x) for x in schema["anyOf"] if x.get("type") != "null")
    return str(schema.get("type", "")) + (f" ({schema['format']})" if "format" in schema else "")


@router.get("/export", response_class=HTMLResponse)
def export(request: Request):
    return render(request, "export.html")


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request):
    return render(request, "upload.html", result=None)


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request, file: Annotated[UploadFile, File()], token: Annotated[str, Form()] = ""):
    """Ingest an uploaded article file (the token in the form), then show what the run did."""
    from starlette.concurrency import run_in_threadpool

    from .api import check_upload, ingest_bytes

    require_token(request, token)
    data = await file.read()
    name = check_upload(file.filename or "", data)
    result = await run_in_threadpool(ingest_bytes, request, name, data)
    return render(request, "upload.html", result=result, http_status=201)


@router.post("/review/{kind}/{fact_id}")
def review(request: Request, kind: str, fact_id: int, action: str = Form(...), token: str = Form(""),
           reviewer: str = Form("analyst"), note: str = Form(""), type: str = Form(""), status: str = Form(""),
           actors: str = Form(""), targets: str = Form(""), when: str = Form(""), speaker: str = Form(""),
           next: str = Form("/")):
    require_token(request, token)
    changes = {"type": type, "status": status, "actors": actors, "targets": targets, "when": when} \
        if kind == "event" else {"speaker": speaker}
    svc(request).review(kind, fact_id, action, changes if action == "correct" else None, reviewer, note)
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    return RedirectResponse(target, status_code=303)


# --------------------------------------------------------------------------- the network drawing

WIDTH, HEIGHT, PAD = 960, 640, 60


def draw_network(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    """Positions for an SVG drawing: nodes (spring layout, by weight) and edges as curved paths,
    each with the link to its evidence. Edges between the same two actors bend apart."""
    import networkx as nx

    used = {e["source"] for e in edges} | {e["target"] for e in edges}
    g = nx.Graph()
    g.add_nodes_from(sorted(used))
    for e in edges:
        w = g.get_edge_data(e["source"], e["target"], {"weight": 0})["weight"]
        g.add_edge(e["source"], e["target"], weight=w + e["weight"])
    pos = nx.spring_layout(g, seed=7, weight=None, k=2.4 / math.sqrt(max(len(g), 1)), iterations=200) if len(g) else {}
    xs = [p[0] for p in pos.values()] or [0]
    ys = [p[1] for p in pos.values()] or [0]

    def sx(v: float) -> float:
        return PAD + (v - min(xs)) / ((max(xs) - min(xs)) or 1) * (WIDTH - 2 * PAD)

    def sy(v: float) -> float:
        return PAD + (v - min(ys)) / ((max(ys) - min(ys)) or 1) * (HEIGHT - 2 * PAD)

    xy = {n: (round(sx(p[0]), 1), round(sy(p[1]), 1)) for n, p in pos.items()}
    names = {n["id"]: n for n in nodes}
    degree = {n: 0 for n in used}
    for e in edges:
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    radius = {n: round(6 + 3 * math.sqrt(degree[n]), 1) for n in used}
    out_nodes = [{"id": n, "name": names.get(n, {}).get("name", n), "kind": names.get(n, {}).get("kind", ""),
                  "x": xy[n][0], "y": xy[n][1], "r": radius[n]} for n in sorted(used)]
    pair_count: dict[frozenset, int] = {}
    out_edges = []
    for e in edges:
        pair = frozenset((e["source"], e["target"]))
        i = pair_count.get(pair, 0)
        pair_count[pair] = i + 1
        (x1, y1), (x2, y2) = xy[e["source"]], xy[e["target"]]
        bend = (i + 1) // 2 * (1 if i % 2 else -1) * 28 if i else 0
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        length = math.hypot(x2 - x1, y2 - y1) or 1
        cx, cy = mx - (y2 - y1) / length * bend, my + (x2 - x1) / length * bend
        # end on the circles, not at their centres (the arrowhead stays visible)
        x1, y1 = _towards(x1, y1, cx, cy, radius[e["source"]] + 1)
        x2, y2 = _towards(x2, y2, cx, cy, radius[e["target"]] + 3)
        q = {"source": e["source"], "target": e["target"], "type": e["type"], "status": e["status"],
             "symmetric": "true" if e["symmetric"] else None, **params}
        out_edges.append({**e, "d": f"M{x1},{y1} Q{round(cx, 1)},{round(cy, 1)} {x2},{y2}",
                          "width": round(1.5 + 2.2 * math.sqrt(e["weight"]), 1),
                          "href": "/network/edge?" + _qs(q), "color": TYPE_COLORS.get(e["type"], "#555"),
                          "dashed": e["status"] in ("proposed", "possible", "planned"),
                          "denied": e["status"] == "denied"})
    return {"width": WIDTH, "height": HEIGHT, "nodes": out_nodes, "edges": out_edges}


def _towards(x: float, y: float, tx: float, ty: float, d: float) -> tuple[float, float]:
    """The point ``d`` from (x, y) in the direction of (tx, ty)."""
    length = math.hypot(tx - x, ty - y) or 1
    return round(x + (tx - x) / length * d, 1), round(y + (ty - y) / length * d, 1)


__all__ = ["router", "error_page", "draw_network", "edge_pairs"]
