# ruff: noqa: F811  (the fixtures imported from test_web_server are parameters of the tests)
"""Article content is untrusted: articles carrying script, event-handler, javascript: and SVG
payloads in titles, publishers, names, quotes and text are uploaded through the API, ingested
by the real pipeline, and every page that shows them is opened in real Chromium. Nothing runs:
no dialog, no flag set, no inline script or handler attribute in the DOM, no script-src
violation (so escaping held, not only the Content-Security-Policy); the payloads are shown as text.
"""
from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from test_web_server import TOKEN, LiveServer, browser, fill, page, shot  # noqa: F401

SCRIPT = "<script>window.__pwned='script';alert('script')</script>"
IMG = "\"><img src=x onerror=\"window.__pwned='img';alert('img')\">"
JS_URL = "javascript:window.__pwned='url';alert('url')"
SVG = "<svg onload=\"window.__pwned='svg';alert('svg')\"><script>window.__pwned='svgscript'</script></svg>"
QUOTE_ATTR = "' onmouseover='window.__pwned=1' x='"

ARTICLE = (
    "ANKARA, March 3, 2026. Türkiye and Azerbaijan will hold joint military exercises {svg} in Nakhchivan next "
    "month, the Turkish defense ministry said on Tuesday.\n\n"
    "\"We will hold joint military exercises with our Azerbaijani brothers {img} and strengthen our defense "
    "cooperation,\" Turkish Defense Minister Yasar Guler said.\n\n"
    "Azerbaijan and Türkiye signed a defense cooperation agreement {script} in Baku last year, according to the "
    "ministry. Armenia denied that it would join any military alliance {attr} with Russia.\n\n"
    "Read more at {url} and <a href=\"{url}\">this link</a>.\n"
)

HTML_PAGE = """<!doctype html><html><head><title>Ministry news {img}</title>
<meta name="author" content="{img}"></head><body><article><h1>Naval drills {svg}</h1>
<p>Türkiye &lt;script&gt;window.__pwned='escaped'&lt;/script&gt; and Azerbaijan held joint naval exercises in the
Caspian Sea on Monday, the defense ministry of Azerbaijan said. The exercises {svg} involved ten warships.</p>
<p>"The naval exercises show our strong defense cooperation &lt;img src=x onerror=alert(7)&gt;," Azerbaijani
Defense Minister Zakir Hasanov said.</p>
<p><a href="javascript:window.__pwned='link'">Click for more</a> <script>window.__pwned='page'</script></p>
</article></body></html>"""

NO_HANDLERS_JS = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) bad.push(el.tagName + '[' + a.name + ']');
      if (/^\\s*javascript:/i.test(a.value) && ['href', 'src', 'action', 'xlink:href', 'formaction'].includes(a.name))
        bad.push(el.tagName + '[' + a.name + '=' + a.value + ']');
    }
  }
  for (const s of document.querySelectorAll('script')) {
    if (!s.src || !new URL(s.src).pathname.startsWith('/static/')) bad.push('script ' + (s.src || s.textContent.slice(0, 40)));
  }
  for (const i of document.querySelectorAll('img')) bad.push('img ' + i.getAttribute('src'));
  return bad;
}"""

WATCH_CSP_JS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.effectiveDirective + ' ' + e.blockedURI);
});
"""


@pytest.fixture
def hostile(tmp_path):
    """A server over an empty store, then the hostile articles uploaded through the API."""
    from pactwatch.store import open_store

    store = open_store(str(tmp_path / "hostile.db"))
    with LiveServer(store) as server, server.client(TOKEN) as c:
        text = ARTICLE.format(svg=SVG, img=IMG, script=SCRIPT, attr=QUOTE_ATTR, url=JS_URL)
        record = {"id": f"evil {IMG}", "title": f"Defense pact {SCRIPT} signed {SVG}", "publisher": f"Evil {IMG} Times",
                  "url": JS_URL, "published": "2026-03-03", "text": text}
        r = c.post("/api/documents", params={"filename": "hostile.jsonl"},
                   content=(json.dumps(record) + "\n").encode())
        assert r.status_code == 201 and r.json()["stored"] == 1, r.text
        r = c.post("/api/documents", params={"filename": "hostile.html"},
                   content=HTML_PAGE.format(img=IMG, svg=SVG).encode())
        assert r.status_code == 201 and r.json()["stored"] == 1, r.text
        events = c.get("/api/events", params={"limit": 500}).json()["items"]
        assert len(events) >= 3
        # review fields are user input too
        r = c.post("/api/reviews", json={"fact_id": events[0]["id"], "action": "confirm", "reviewer": IMG,
                                         "note": SCRIPT + SVG})
        assert r.status_code == 201
        yield server, events
    store.engine.dispose()


def test_hostile_articles_are_stored_with_their_payloads(hostile):
    """The payloads really reached the store (the browser test below is not vacuous)."""
    server, events = hostile
    with server.client() as c:
        docs = c.get("/api/documents").json()["items"]
        assert any(SCRIPT in (d["title"] or "") for d in docs)
        assert any("<img src=x" in (d["publisher"] or "") for d in docs)
        assert any("__pwned" in (d["title"] or "") for d in docs if d["name"] == "hostile")  # the HTML page's
        assert any(d["url"] == JS_URL for d in docs)
        assert any("<img" in d["name"] for d in docs)
        assert any("<svg" in e["evidence"] for e in events)
        assert any("<script>" in e["evidence"] for e in events)
        quotes = c.get("/api/quotes").json()["items"]
        assert any("<img" in q["text"] for q in quotes)


def test_nothing_from_an_article_runs_in_the_browser(hostile, page):
    server, events = hostile
    page.add_init_script(WATCH_CSP_JS)
    with server.client() as c:
        docs = c.get("/api/documents").json()["items"]
        entities = c.get("/api/entities", params={"limit": 500}).json()["items"]
        stories = c.get("/api/stories").json()["items"]
        agreements = c.get("/api/agreements").json()["items"]
    paths = ["/", "/events", "/events?include_rejected=true", "/documents", "/quotes", "/stories", "/facts",
             "/contradictions", "/network", "/entities", "/agreements", "/export",
             "/search?q=" + quote("exercises"), "/search?q=" + quote("script"), "/search?q=" + quote(IMG),
             "/events?actor=" + quote(SVG), "/actors/" + quote(SCRIPT, safe=""),
             "/documents/" + quote(IMG, safe=""), "/no-such/" + quote(SCRIPT, safe="")]
    paths += [f"/events/{e['id']}" for e in events]
    paths += ["/documents/" + quote(d["doc_id"], safe="") + f"?focus={quote(IMG)}" for d in docs]
    paths += ["/actors/" + quote(e["id"], safe="") for e in entities if e["kind"] != "agreement"]
    paths += ["/stories/" + quote(s["story"], safe="") for s in stories]
    paths += ["/agreements/" + quote(a["id"], safe="") for a in agreements]
    shown_as_text = 0
    for path in paths:
        page.goto(server.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => window.__pwned") is None, path
        bad = page.evaluate(NO_HANDLERS_JS)
        assert bad == [], (path, bad)
        violations = [v for v in page.evaluate("() => window.__violations") if v.startswith("script-src")]
        assert violations == [], (path, violations)
        body = page.locator("body").inner_text()
        shown_as_text += SCRIPT in body or "<img src=x" in body or "<svg onload" in body
        if path.startswith("/documents/") and "focus" in path:
            shot(page, "xss-article")
    assert shown_as_text >= 10, "the payloads are on the pages, as text"
    assert not [p for p in page.problems if p.startswith("dialog")], page.problems
    # a last look at the page that shows the most untrusted text
    page.goto(server.url + f"/events/{events[0]['id']}")
    assert IMG in page.locator("table.history").inner_text()
    shot(page, "xss-event")
