"""The web server as users start it, and the fixtures the other web tests share: a real store
filled by the real pipeline from corpus/seeds, served by uvicorn on a free localhost port.

Other ``test_web_*`` modules import the fixtures from here (``from test_web_server import ...``).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-token-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving ``create_app`` over a store in a thread of this process."""

    def __init__(self, store, token: str | None = TOKEN):
        import uvicorn

        from pactwatch.settings import Settings
        from pactwatch.web import WebSettings, create_app

        self.store = store
        self.app = create_app(web=WebSettings(Settings().with_(n_process=1), token), store=store)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=120)


def fill(store, articles) -> None:
    run = store.start_run("test", "test", {})
    store.add_articles(articles, run)
    store.finish_run(run, {})


@pytest.fixture
def seeded_store(store, seed_articles):
    """The store fixture (SQLite file or PostgreSQL database) holding the bundled corpus."""
    fill(store, seed_articles)
    return store


@pytest.fixture(scope="module")
def module_store(tmp_path_factory, seed_articles):
    """A SQLite store with the bundled corpus, shared by one module's read-only tests."""
    from pactwatch.store import open_store

    s = open_store(str(tmp_path_factory.mktemp("web") / "seeds.db"))
    fill(s, seed_articles)
    yield s
    s.engine.dispose()


@pytest.fixture(scope="module")
def live(module_store):
    with LiveServer(module_store) as server:
        yield server


# --------------------------------------------------------------------------- the server as users start it


def test_serve_command_starts_and_answers(tmp_path):
    """``pactwatch serve`` prints its URL and answers pages and the API over HTTP."""
    port = free_port()
    env = {**os.environ, "PACTWATCH_API_TOKEN": TOKEN}
    proc = subprocess.Popen([sys.executable, "-m", "pactwatch", "serve", "--db", str(tmp_path / "empty.db"),
                             "--port", str(port)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env=env, cwd=ROOT)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            lines.append(line)
            if "serving on" in line:
                break
        assert f"http://127.0.0.1:{port}/" in "".join(lines), lines
        for _ in range(100):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=5)
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["counts"]["events"] == 0
        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert page.status_code == 200 and "<h1>Overview</h1>" in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_every_page_sends_the_strict_policy(live):
    with live.client() as c:
        for path in ("/", "/events", "/network", "/api/events", "/api/docs", "/static/app.css", "/no-such-page"):
            r = c.get(path)
            csp = r.headers["content-security-policy"]
            assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp, (path, csp)
            assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
            assert r.headers["x-content-type-options"] == "nosniff"


def test_the_api_page_lists_every_endpoint_from_openapi(live):
    with live.client() as c:
        spec = c.get("/api/openapi.json").json()
        page = c.get("/api/docs").text
        for path in spec["paths"]:
            assert f"{path}</code>" in page.replace("&#123;", "{").replace("&#125;", "}") or path in page
        assert "<script" not in page and "cdn" not in page.lower()


def test_plotly_is_served_from_the_installed_package(live):
    """The chart library comes from this server (the machine may be offline), not a CDN."""
    with live.client() as c:
        page = c.get("/").text
        assert 'src="/static/vendor/plotly.min.js"' in page and "cdn" not in page.lower()
        js = c.get("/static/vendor/plotly.min.js")
        assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
        assert len(js.content) > 1_000_000 and b"plotly" in js.content[:2000].lower()


# --------------------------------------------------------------------------- a real browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
SCREENSHOTS = Path(os.environ.get("PACTWATCH_SCREENSHOTS", ROOT / "build" / "screenshots"))


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium (.ci/run does) to run the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors, page errors and dialogs (a dialog means script ran)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))  # type: ignore[attr-defined]

    def on_dialog(d) -> None:
        pg.problems.append(f"dialog: {d.message}")  # type: ignore[attr-defined]
        d.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    context.close()


def shot(page, name: str) -> Path:
    """Save a screenshot of the page to the screenshots folder (README: build/screenshots/)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
