# ruff: noqa: F811  (the fixtures imported from test_web_server are parameters of the tests)
"""The JSON API over HTTP against the real app and a store filled by the real pipeline:
filters, cursor pages, the error shape, the token, the review layer across a re-analysis."""
from __future__ import annotations

import json

import pytest
from test_web_server import TOKEN, LiveServer, live, module_store, seeded_store  # noqa: F401 (fixtures)

ERROR_KEYS = {"status", "code", "message"}


def error_of(r, status: int) -> dict:
    """The one error shape: ``{"error": {"status", "code", "message"[, "detail"]}}``."""
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    assert ERROR_KEYS <= set(body["error"]) <= ERROR_KEYS | {"detail"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]


def test_event_filters_match_the_cli(live):
    """Each filter gives what the store's query gives for the same filter (the CLI's results)."""
    store = live.store
    cases = [{"type": "exercise"}, {"status": "denied"}, {"actor": "Azerbaijan"}, {"party": "Türkiye"},
             {"party": "TUR"}, {"asserted_by": "Aliyev"}, {"since": "2026-01-01"}, {"until": "2025-12-31"},
             {"since": "2026", "by": "event"}, {"type": "cooperation", "actor": "AZE", "status": "occurred"}]
    with live.client() as c:
        for f in cases:
            got = c.get("/api/events", params={**f, "limit": 500}).json()["items"]
            q = {k: v for k, v in f.items() if k != "by"}
            want = store.events(**q, date_field=f.get("by", "reported"), limit=None)
            assert [e["id"] for e in got] == [e["id"] for e in want], f
            assert want, f"the seeds have events for {f}"
    ex = [e for e in store.events(type="exercise", limit=None)]
    assert all(e["type"] == "exercise" for e in ex)


def test_cursor_pages_cover_every_event_once(live):
    total = len(live.store.events(limit=None))
    seen, cursor, pages = [], None, 0
    with live.client() as c:
        while True:
            params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
            body = c.get("/api/events", params=params).json()
            assert len(body["items"]) <= 7
            seen += [e["id"] for e in body["items"]]
            pages += 1
            cursor = body["next"]
            if not cursor:
                break
        assert len(seen) == len(set(seen)) == total and pages == -(-total // 7)
        # a cursor belongs to its filters
        first = c.get("/api/events", params={"limit": 2, "type": "cooperation"}).json()
        err = error_of(c.get("/api/events", params={"limit": 2, "type": "exercise", "cursor": first["next"]}), 400)
        assert "other filters" in err["message"]



def test_the_analysts_filters_answer_as_the_cli_does(live):
    """between, involving, repeated parties and min_confidence give the events the CLI's filter gives
    (store.analytics, which `pactwatch events` calls), with the total and the notes on names."""
    from pactwatch.store.analytics import EventFilter, find_events, resolve_name

    store = live.store

    def ids(name: str) -> frozenset[str]:
        return resolve_name(store, name).ids

    cases = [
        ({"between": ["Azerbaijan", "Türkiye"]}, EventFilter(between=(ids("Azerbaijan"), ids("Türkiye")))),
        ({"involving": "Ilham Aliyev"}, EventFilter(involving=(ids("Ilham Aliyev"),))),
        ({"party": ["AZE", "TUR"]}, EventFilter(parties=(ids("AZE"), ids("TUR")))),
        ({"min_confidence": 0.8}, EventFilter(min_confidence=0.8)),
        ({"type": ["exercise", "alliance"]}, EventFilter(types=("exercise", "alliance"))),
    ]
    with live.client() as c:
        for params, flt in cases:
            body = c.get("/api/events", params={**params, "limit": 500}).json()
            want = find_events(store, flt).rows
            assert want, f"the seeds have events for {params}"
            assert [e["id"] for e in body["items"]] == [e["id"] for e in want], params
            assert body["total"] == len(want)
        # a person stands for their state too, and the answer says so
        assert "act for" in " ".join(c.get("/api/events", params={"involving": "Ilham Aliyev"}).json()["notes"])
        # a misspelt name is taken for the near one, said in the notes; a name near nothing answers nothing
        typo = c.get("/api/events", params={"actor": "Trukey", "limit": 500}).json()
        assert typo["items"] and "taken as Türkiye (country:TUR)" in typo["notes"][0]
        none = c.get("/api/events", params={"party": "Qqqxyz Atlantis"}).json()
        assert none["items"] == [] and none["total"] == 0 and "matches no known name" in none["notes"][0]
        # pages of a combined filter cover its answer once
        seen, cursor = [], None
        while True:
            body = c.get("/api/events", params={"between": ["AZE", "TUR"], "limit": 3,
                                                **({"cursor": cursor} if cursor else {})}).json()
            seen += [e["id"] for e in body["items"]]
            cursor = body["next"]
            if not cursor:
                break
        assert len(seen) == len(set(seen)) == body["total"]

@pytest.mark.parametrize("url,status,needle", [
    ("/api/events?type=parade", 400, "type"),
    ("/api/events?between=Azerbaijan", 400, "between"),
    ("/api/events?min_confidence=1.5", 400, "min_confidence"),
    ("/api/events?since=2026&until=2025", 400, "swap"),
    ("/api/events?since=last-week", 400, "since"),
    ("/api/events?limit=0", 400, "limit"),
    ("/api/events?cursor=garbage!", 400, "cursor"),
    ("/api/events/999999", 404, "no event 999999"),
    ("/api/documents/no-such-doc", 404, "no document"),
    ("/api/entities/Atlantis%20Republic%20Qqq", 404, "no entity"),
    ("/api/agreements/agreement:nothing-like-this", 404, "no agreement"),
    ("/api/stories/s-nope", 404, "no story"),
    ("/api/memberships", 400, "entity"),
    ("/api/search?q=", 400, "q"),
    ("/api/no-such-endpoint", 404, "no such page"),
])
def test_one_error_shape_for_every_error(live, url, status, needle):
    with live.client() as c:
        err = error_of(c.get(url), status)
        assert needle in err["message"]


def test_errors_on_writes_have_the_shape_too(live):
    with live.client() as c:
        error_of(c.delete("/api/events/1"), 405)
        err = error_of(c.post("/api/reviews", json={"fact_id": 1, "action": "reject"}), 401)
        assert "token" in err["message"]
        err = error_of(c.post("/api/reviews", json={"fact_id": 1, "action": "reject"},
                              headers={"Authorization": "Bearer wrong-token-xyz"}), 401)
    with live.client(TOKEN) as c:
        error_of(c.post("/api/reviews", json={"fact_id": 1, "action": "applaud"}), 400)
        error_of(c.post("/api/reviews", content=b"{not json", headers={"content-type": "application/json"}), 400)
        error_of(c.post("/api/reviews", json={"fact_id": 987654, "action": "reject"}), 404)
        err = error_of(c.post("/api/reviews", json={"fact_id": 1, "action": "correct",
                                                     "changes": {"status": "rumoured"}}), 400)
        assert "rumoured" in err["message"]


def test_writes_are_off_without_a_configured_token(module_store):
    with LiveServer(module_store, token=None) as server, server.client(TOKEN) as c:
        err = error_of(c.post("/api/reviews", json={"fact_id": 1, "action": "reject"}), 403)
        assert "PACTWATCH_API_TOKEN" in err["message"]
        error_of(c.post("/api/documents?filename=a.txt", content=b"text"), 403)
        assert c.get("/api/events").status_code == 200  # reads stay open


def test_reads_list_every_kind(live):
    with live.client() as c:
        ov = c.get("/api/overview").json()
        assert ov["counts"]["documents"] == 5 and ov["counts"]["events"] > 20
        docs = c.get("/api/documents").json()["items"]
        doc = c.get(f"/api/documents/{docs[0]['doc_id']}").json()
        for ev in doc["events"]:  # the offsets give back the evidence sentence
            assert doc["text"][ev["s"]:ev["e"]] == ev["sentence"]
        assert c.get("/api/entities", params={"kind": "org"}).json()["items"]
        aze = c.get("/api/entities/Azerbaijan").json()
        assert aze["id"] == "country:AZE" and aze["events"]
        ms = c.get("/api/memberships", params={"entity": "OTS", "as_of": "2026-01-31"}).json()["items"]
        assert {m["subject"] for m in ms if m["relation"] == "member_of"} >= {"country:TUR", "country:AZE"}
        assert c.get("/api/memberships", params={"entity": "OTS", "as_of": "2020-01-01"}).json()["items"] == []
        assert c.get("/api/quotes", params={"speaker": "Aliyev"}).json()["items"]
        stories = c.get("/api/stories").json()["items"]
        big = max(stories, key=lambda s: s["size"])
        st = c.get(f"/api/stories/{big['story']}").json()
        assert st["size"] == 2 and st["sources"] == 2 and st["facts"]
        facts = c.get("/api/facts", params={"min_sources": 2}).json()["items"]
        assert facts and all(f["sources"] >= 2 for f in facts)
        ag = c.get("/api/agreements").json()["items"]
        shusha = c.get("/api/agreements/Shusha Declaration").json()
        assert shusha["id"] in {a["id"] for a in ag} and shusha["stages"]
        assert "items" in c.get("/api/contradictions").json()
        hits = c.get("/api/search", params={"q": "joint exercises"}).json()["items"]
        assert hits and {h["kind"] for h in hits} >= {"document"}
        net = c.get("/api/network").json()
        assert net["nodes"] and net["edges"] and all(e["weight"] >= 1 for e in net["edges"])
        edge = net["edges"][0]
        evs = c.get("/api/network/edge", params={k: edge[k] for k in ("source", "target", "type", "status",
                                                                       "symmetric")}).json()["items"]
        assert len(evs) == edge["events"] and all(e["evidence"] for e in evs)
        only = c.get("/api/network", params={"type": "cooperation", "status": "occurred"}).json()
        assert only["edges"] and {(e["type"], e["status"]) for e in only["edges"]} == {("cooperation", "occurred")}
        tl = c.get("/api/timeline").json()["items"]
        assert sum(r["events"] for r in tl) == sum(1 for e in live.store.events(limit=None) if e["reported"])
        spec = c.get("/api/openapi.json").json()
        assert {"/api/events", "/api/reviews", "/api/documents", "/api/network"} <= set(spec["paths"])


def _export(c, **params) -> dict[str, dict]:
    lines = c.get("/api/export.jsonl", params=params).text.splitlines()
    return {o["doc"]: o for o in map(json.loads, lines)}


def _event_ids(export: dict[str, dict]) -> set[int]:
    return {e["id"] for o in export.values() for e in o["events"]}


def test_reviews_apply_to_queries_and_exports_and_survive_reanalysis(seeded_store):
    """Reject one fact, correct another; both stay through a re-analysis of their documents."""
    from pactwatch.ingest import reanalyse
    from pactwatch.settings import Settings

    store = seeded_store
    evs = store.events(limit=None)
    rejected = next(e for e in evs if e["type"] == "cooperation")
    corrected = next(e for e in evs if e["type"] == "exercise")
    with LiveServer(store) as server, server.client(TOKEN) as c:
        r = c.post("/api/reviews", json={"fact_id": rejected["id"], "action": "reject", "reviewer": "ana",
                                         "note": "background sentence"})
        assert r.status_code == 201 and r.json()["version"] == 1
        r = c.post("/api/reviews", json={"fact_id": corrected["id"], "action": "correct", "reviewer": "ben",
                                         "changes": {"status": "denied", "actors": ["Türkiye"]}})
        assert r.status_code == 201, r.text
        review = r.json()
        assert review["original"]["status"] == corrected["status"] and review["changes"]["actors"] == ["country:TUR"]

        def check(rej_id: int, cor_id: int) -> None:
            ids = [e["id"] for e in c.get("/api/events", params={"limit": 500}).json()["items"]]
            assert rej_id not in ids and cor_id in ids
            with_rej = c.get("/api/events", params={"limit": 500, "include_rejected": True}).json()["items"]
            assert next(e for e in with_rej if e["id"] == rej_id)["review"]["action"] == "reject"
            reviewed = c.get("/api/events", params={"reviewed_only": True}).json()["items"]
            assert [e["id"] for e in reviewed] == [cor_id]
            ev = c.get(f"/api/events/{cor_id}").json()
            assert ev["status"] == "denied" and ev["actors"] == ["country:TUR"]
            assert ev["pipeline"]["status"] == corrected["status"] and ev["review"]["reviewer"] == "ben"
            denied = [e["id"] for e in c.get("/api/events", params={"status": "denied", "limit": 500}).json()["items"]]
            assert cor_id in denied  # found by its corrected value
            if corrected["status"] != "denied":
                same = c.get("/api/events", params={"status": corrected["status"], "limit": 500}).json()["items"]
                assert cor_id not in [e["id"] for e in same]
            default = _export(c)
            assert rej_id not in _event_ids(default) and cor_id in _event_ids(default)
            assert rej_id in _event_ids(_export(c, include_rejected="true"))
            assert _event_ids(_export(c, reviewed_only="true")) == {cor_id}
            net = c.get("/api/network", params={"type": "exercise", "status": "denied"}).json()["edges"]
            assert any(e["source"] == "country:TUR" or e["target"] == "country:TUR" for e in net)

        check(rejected["id"], corrected["id"])
        # another version on top: the history keeps both, the newest applies
        c.post("/api/reviews", json={"fact_id": rejected["id"], "action": "reject", "reviewer": "cy", "note": "sure"})
        hist = c.get(f"/api/reviews/event/{rejected['id']}").json()["items"]
        assert [(h["version"], h["reviewer"]) for h in hist] == [(1, "ana"), (2, "cy")]

    # re-analysis: the pipeline's rows are replaced; the reviews follow the facts by their evidence span
    summary = reanalyse(store, Settings().with_(n_process=1))
    assert summary.stored == 5 and not summary.refused
    after = store.events(limit=None)
    by_span = {(e["doc"], e["start"], e["end"], e["type"]): e["id"] for e in after}
    new_rej = by_span[(rejected["doc"], rejected["start"], rejected["end"], rejected["type"])]
    new_cor = by_span[(corrected["doc"], corrected["start"], corrected["end"], corrected["type"])]
    with LiveServer(store) as server, server.client(TOKEN) as c:
        check(new_rej, new_cor)
        exported = [json.loads(x) for x in c.get("/api/reviews.jsonl").text.splitlines()]
        assert len(exported) == 3 and {r["action"] for r in exported} == {"reject", "correct"}
        assert all(r["doc"] and r["span"][0] is not None for r in exported)


def _warc_of_no_pages() -> bytes:
    """A gzipped WARC of two responses that are no articles: a 404 page and a JSON body."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for uri, status, ctype, body in (("https://a.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
                                     ("https://a.example/d.json", "200 OK", "application/json", b'{"a": 1}')):
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def test_upload_ingests_an_article_with_the_token(module_store, tmp_path):
    text = ("ANKARA, March 3, 2026. Türkiye and Azerbaijan will hold joint naval exercises in the Caspian Sea "
            "next month, the Turkish defense ministry said on Tuesday. The drills follow a defense cooperation "
            "agreement signed by the two countries last year.\n")
    with LiveServer(module_store) as server:
        with server.client() as c:
            error_of(c.post("/api/documents", params={"filename": "a.txt"}, content=text.encode()), 401)
        with server.client(TOKEN) as c:
            error_of(c.post("/api/documents", params={"filename": "a.exe"}, content=b"MZ"), 415)
            r = c.post("/api/documents", params={"filename": "caspian.txt"}, content=text.encode())
            assert r.status_code == 201, r.text
            assert r.json()["stored"] == 1
            again = c.post("/api/documents", params={"filename": "caspian.txt"}, content=text.encode()).json()
            # exactly once; the words of `pactwatch ingest --json`: skipped are inputs that are no documents
            assert (again["stored"], again["already_stored"], again["skipped"]) == (0, 1, 0)
            assert set(again) == {"run", "read", "stored", "already_stored", "refused", "refused_by_reason",
                                  "skipped", "skipped_by_kind", "refusals"}
            crawl = c.post("/api/documents", params={"filename": "crawl.warc.gz"}, content=_warc_of_no_pages()).json()
            assert (crawl["stored"], crawl["already_stored"], crawl["skipped"]) == (0, 0, 2)
            assert crawl["skipped_by_kind"] == {"warc-not-200": 1, "warc-not-html": 1}
            hits = c.get("/api/events", params={"type": "exercise", "party": "Azerbaijan", "limit": 500})
            assert any("Caspian" in e["evidence"] for e in hits.json()["items"]), hits.text
            assert any(h["kind"] == "document" for h in c.get("/api/search", params={"q": "Caspian"}).json()["items"])


def test_a_quote_review_corrects_its_speaker(seeded_store):
    store = seeded_store
    q = next(x for x in store.quotes(limit=None) if x["speaker"] == "person:ilham-aliyev")
    with LiveServer(store) as server, server.client(TOKEN) as c:
        r = c.post("/api/reviews", json={"kind": "quote", "fact_id": q["id"], "action": "correct",
                                         "changes": {"speaker": "Donald Trump"}, "reviewer": "ana"})
        assert r.status_code == 201, r.text
        got = c.get(f"/api/quotes/{q['id']}").json()
        assert got["speaker"].startswith("person:") and "trump" in got["speaker"]
        assert got["pipeline"] == {"speaker": "person:ilham-aliyev"} and len(got["history"]) == 1
        listed = {x["id"]: x for x in c.get("/api/quotes", params={"limit": 500}).json()["items"]}
        assert listed[q["id"]]["speaker"] == got["speaker"]
        err = error_of(c.post("/api/reviews", json={"kind": "quote", "fact_id": q["id"], "action": "correct",
                                                    "changes": {"status": "denied"}}), 400)
        assert "speaker" in err["message"]
