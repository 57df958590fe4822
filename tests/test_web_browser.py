# ruff: noqa: F811  (the fixtures imported from test_web_server are parameters of the tests)
"""The web UI in real headless Chromium against the real server over HTTP, on a store the real
pipeline filled from corpus/seeds. Each test saves a screenshot to build/screenshots/."""
from __future__ import annotations

import json
import re
from pathlib import Path

from test_web_server import TOKEN, LiveServer, browser, fill, live, module_store, page, shot  # noqa: F401


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_overview_then_an_event_then_its_sentence_highlighted(live, page):
    page.goto(live.url + "/")
    assert page.locator("h1").inner_text() == "Overview"
    counts = page.locator(".counts").inner_text()
    assert "5 articles" in _norm(counts)
    page.wait_for_selector("#timeline .main-svg", timeout=20_000)  # the chart drew (plotly from this server)
    assert page.locator("#timeline .bars path, #timeline .trace.bars").count() > 0
    shot(page, "overview")
    page.locator("a.event-link").first.click()
    page.wait_for_url(re.compile(r"/events/\d+$"))
    event_id = int(page.url.rsplit("/", 1)[1])
    evidence = _norm(page.locator("blockquote.evidence-big").inner_text()).strip("“”")
    page.locator("a.in-article").click()
    page.wait_for_url(re.compile(rf"/documents/.+#event-{event_id}$"))
    marks = page.locator(f'mark[data-facts~="event-{event_id}"]')
    assert marks.count() >= 1
    assert _norm("".join(marks.all_inner_texts())) == evidence
    focused = page.locator("mark.focused")
    assert _norm("".join(focused.all_inner_texts())) == evidence  # the followed fact stands out from the rest
    assert focused.first.is_visible()
    box = focused.first.bounding_box()
    assert box and 0 <= box["y"] < 900, "the highlighted sentence is scrolled into view"
    shot(page, "article-highlighted")
    assert not page.problems


def test_network_click_an_edge_for_its_evidence(live, page):
    page.goto(live.url + "/network")
    edges = page.locator("svg#network a.edge")
    assert edges.count() > 5
    # click (with the mouse) the middle of an edge that nothing covers there
    x, y, href = page.evaluate("""() => {
        for (const link of document.querySelectorAll('svg#network a.edge')) {
            const path = link.querySelector('path.line');
            const p = path.getPointAtLength(path.getTotalLength() / 2);
            const m = path.getScreenCTM();
            const x = p.x * m.a + p.y * m.c + m.e, y = p.x * m.b + p.y * m.d + m.f;
            const top = document.elementFromPoint(x, y);
            if (top && top.closest('a.edge') === link && y > 0 && y < window.innerHeight) {
                return [x, y, link.getAttribute('href')];
            }
        }
        return null;
    }""")
    page.mouse.move(x, y)
    shot(page, "network")
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/network/edge\?"))
    assert page.url.endswith(href)
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1 and "No events" not in rows.first.inner_text()
    want = [_norm(e["evidence"]) for e in live.client().get("/api/network/edge?" + href.split("?", 1)[1])
            .json()["items"]]
    got = [_norm(t) for t in page.locator("td.evidence").all_inner_texts()]
    assert len(got) == len(want) and all(w in g for w, g in zip(want, got, strict=True))
    shot(page, "network-edge")
    # filters are part of the URL
    page.goto(live.url + "/network?type=cooperation&status=occurred")
    types = {a.get_attribute("data-type") for a in page.locator("svg#network a.edge").all()}
    assert types == {"cooperation"}
    assert not page.problems


def test_search_from_the_header(live, page):
    page.goto(live.url + "/events")
    page.fill("header input[name=q]", "joint exercises")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=joint\+exercises"))
    results = page.locator("ol.results li.result")
    assert results.count() >= 1
    assert "exercises" in results.first.inner_text().lower()
    shot(page, "search")
    results.locator("a").first.click()
    page.wait_for_url(re.compile(r"/(documents|events)/"))
    assert page.locator("h1").inner_text()
    assert not page.problems


def test_reject_with_the_token_and_the_fact_leaves_the_export(tmp_path, seed_articles, page):
    from pactwatch.store import open_store

    store = open_store(str(tmp_path / "review.db"))
    fill(store, seed_articles)
    victim = next(e for e in store.events(limit=None) if e["type"] == "cooperation")
    with LiveServer(store) as server:
        def exported_ids(link: str = "#export-default") -> set[int]:
            """Click an export link on the export page; the ids of the events in the downloaded file."""
            page.goto(server.url + "/export")
            with page.expect_download() as download:
                page.click(link)
            lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
            return {e["id"] for line in lines if line.strip() for e in json.loads(line)["events"]}

        assert victim["id"] in exported_ids()
        page.goto(f"{server.url}/events/{victim['id']}")
        page.locator("details.review-form summary").click()
        # a wrong token is refused, and nothing changes
        page.fill("input[name=token]", "not-the-token")
        page.click("button[name=action][value=reject]")
        assert "Error 401" in page.locator("h1").inner_text()
        page.goto(f"{server.url}/events/{victim['id']}")
        page.locator("details.review-form summary").click()
        page.fill("input[name=token]", TOKEN)
        page.fill("input[name=reviewer]", "ana")
        page.fill("input[name=note]", "a background sentence, not news")
        page.click("button[name=action][value=reject]")
        page.wait_for_url(re.compile(rf"/events/{victim['id']}$"))
        assert "rejected v1" in page.locator("h1").inner_text()
        assert "ana" in page.locator("table.history").inner_text()
        shot(page, "event-rejected")
        assert victim["id"] not in exported_ids()
        assert victim["id"] in exported_ids("#export-with-rejected")
        assert exported_ids("#export-reviewed") == set()  # a rejection is a review, not a kept fact
        page.goto(server.url + "/events?type=cooperation")
        assert f"#{victim['id']}" not in [_norm(t) for t in page.locator("a.event-link").all_inner_texts()]
        page.goto(server.url + "/events?type=cooperation&include_rejected=true")
        assert page.locator("tr.rejected").count() == 1
        shot(page, "events-with-rejected")
        assert not page.problems
    store.engine.dispose()


def test_add_an_article_from_the_upload_page(tmp_path, page):
    """The upload form (with the token) analyses a file and the article is then listed."""
    from pactwatch.store import open_store

    store = open_store(str(tmp_path / "upload.db"))
    article = tmp_path / "drills.txt"
    article.write_text("BAKU, May 5, 2026. Azerbaijan and Kazakhstan held joint military exercises near Baku on "
                       "Monday, the defense ministry of Azerbaijan said. The drills involved air defense units.\n",
                       encoding="utf-8")
    with LiveServer(store) as server:
        page.goto(server.url + "/")
        page.click("header nav a[href='/upload']")
        page.set_input_files("input[name=file]", str(article))
        page.fill("input[name=token]", TOKEN)
        page.click("main form button[type=submit]")
        # the server analyses the file before it answers (the model may still have to load)
        assert "stored 1" in _norm(page.locator(".upload-result").inner_text(timeout=180_000))
        shot(page, "upload")
        page.click("text=The articles →")
        page.locator("table a", has_text="drills").first.click()
        page.wait_for_url(re.compile(r"/documents/drills-"))
        page.wait_for_load_state("load")  # a click returns once the navigation commits, not once the page is in
        page.locator("mark.k-event").first.wait_for(timeout=20_000)  # the exercise is marked in the text
        assert not page.problems
    store.engine.dispose()
