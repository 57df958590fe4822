"""``pactwatch ingest`` as a user runs it: real processes, real files, real databases."""
from __future__ import annotations

import gzip
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ECB = ROOT / "tests" / "data" / "ecbplus"


def pactwatch(*args: str, db: str, timeout: int = 600, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PACTWATCH_N_PROCESS": "1"}
    return subprocess.run([sys.executable, "-m", "pactwatch", "-q", *args, "--db", db], capture_output=True,
                          text=True, timeout=timeout, env=env, **kw)


def snapshot(db: str) -> dict:
    """What a store holds, independent of row ids and run numbers."""
    from pactwatch.contract import stored_contracts
    from pactwatch.store import open_store

    s = open_store(db)
    docs = sorted((r["content_hash"], r["doc_id"], r["story"], r["duplicate_of"], r["published"])
                  for r in s.iter_table("documents"))
    events = sorted((c["doc"], e["type"], e["status"], tuple(e["actors"]), tuple(e["targets"]), e["evidence"])
                    for c in stored_contracts(s) for e in c["events"])
    counts = {k: v for k, v in s.counts().items() if k not in ("runs", "refusals")}
    s.engine.dispose()
    return {"docs": docs, "events": events, "counts": counts}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir) -> Path:
    """Forty distinct articles: the seeds and thirty-five ECB+ articles (more than two of the pipeline's batches of
    16, so a kill lands while a batch is in flight however fast one batch is analysed and written)."""
    d = tmp_path_factory.mktemp("corpus")
    for p in sorted(seeds_dir.iterdir()):
        shutil.copy(p, d / p.name)
    for p in sorted(ECB.glob("*ecbplus.txt"))[:35]:
        shutil.copy(p, d / p.name)
    return d


def _documents(db: str) -> int:
    from pactwatch.store import open_store

    try:
        s = open_store(db, upgrade=False)
        n = s.counts()["documents"]
        s.engine.dispose()
        return n
    except Exception:
        return 0


def test_killed_ingest_resumes_to_the_same_store(db_url, corpus, tmp_path, pg_url):
    """SIGKILL part-way, ingest again: the store equals one clean run (nothing lost, nothing twice)."""
    clean_db = db_url
    killed_db = (f"sqlite:///{tmp_path / 'killed.db'}" if db_url.startswith("sqlite")
                 else db_url + "_killed")
    if not db_url.startswith("sqlite"):
        from sqlalchemy import create_engine, text

        admin = create_engine(pg_url[0].replace("postgresql://", "postgresql+psycopg://"),
                              isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{killed_db.rsplit("/", 1)[1]}"'))
    env = {**os.environ, "PACTWATCH_N_PROCESS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "pactwatch", "-q", "ingest", str(corpus), "--batch", "2",
                             "--db", killed_db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline and _documents(killed_db) < 4 and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "the ingest finished before it could be killed; use a bigger corpus"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _documents(killed_db)
    assert 4 <= partial < 40
    resumed = pactwatch("ingest", str(corpus), db=killed_db)
    assert resumed.returncode == 0, resumed.stderr
    once = pactwatch("ingest", str(corpus), db=clean_db)
    assert once.returncode == 0, once.stderr
    a, b = snapshot(killed_db), snapshot(clean_db)
    assert a["counts"]["documents"] == 40
    assert a == b


def _warc(path: Path, pages: list[tuple[str, int, str, bytes]], gz: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for url, status, ctype, body in pages:
            headers = StatusAndHeaders(f"{status} OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


ARTICLE_HTML = """<!doctype html><html><head><title>Navies of Poland and Sweden plan joint Baltic drills</title>
<meta property="og:site_name" content="Baltic Defence Review"><meta name="date" content="2026-03-02"></head>
<body><nav>Home | World | Contact Us</nav><article><h1>Navies of Poland and Sweden plan joint Baltic drills</h1>
<p>The navies of Poland and Sweden will hold joint exercises in the Baltic Sea next month, the Polish defence
ministry said on Monday, in a sign of deepening security cooperation between the two NATO members.</p>
<p>Polish Defence Minister Wladyslaw Kosiniak-Kamysz said the drills would test mine clearance and air defence,
and that both governments had agreed to exchange information on the movements of foreign vessels.</p>
<p>"We are stronger together in the Baltic," Kosiniak-Kamysz told reporters in Gdynia, adding that Finland had
been invited to observe the manoeuvres.</p></article><footer>Subscribe · Privacy policy</footer></body></html>"""


def test_warc_ingest_stores_html_responses_only(db_url, tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc, [
        ("https://news.example/baltic-drills", 200, "text/html; charset=utf-8", ARTICLE_HTML.encode()),
        ("https://news.example/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        ("https://news.example/missing", 404, "text/html", b"<html><body>Not found</body></html>"),
    ])
    res = pactwatch("ingest", str(warc), db=db_url)
    assert res.returncode == 0, res.stderr
    from pactwatch.store import open_store

    s = open_store(db_url)
    docs = list(s.iter_table("documents"))
    assert len(docs) == 1
    assert docs[0]["url"] == "https://news.example/baltic-drills"
    assert "joint exercises in the Baltic Sea" in docs[0]["original_text"]
    evs = s.events(type="exercise", limit=None)
    assert any({"country:POL", "country:SWE"} <= set(e["actors"]) | set(e["targets"]) for e in evs)
    s.engine.dispose()


def test_bad_inputs_are_refused_and_the_rest_is_stored(db_url, tmp_path, seeds_dir):
    d = tmp_path / "batch"
    d.mkdir()
    shutil.copy(next(iter(sorted(seeds_dir.iterdir()))), d / "good.txt")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "latin1.txt").write_bytes(("Le ministre a déclaré que la coopération militaire " * 30).encode("utf-16-le")[1:])
    (d / "nav.html").write_text("<html><body><nav>Home | About | Contact</nav></body></html>", encoding="utf-8")
    good_warc = tmp_path / "w.warc.gz"
    _warc(good_warc, [("https://news.example/a", 200, "text/html", ARTICLE_HTML.encode())])
    data = good_warc.read_bytes()
    (d / "truncated.warc.gz").write_bytes(data[: len(data) // 2])
    res = pactwatch("ingest", str(d), db=db_url)
    assert res.returncode == 1
    from pactwatch.store import open_store

    s = open_store(db_url)
    docs = [r["name"] for r in s.iter_table("documents")]
    assert docs == ["good"]
    refusals = {Path(r["source"].split("#")[0].removeprefix("warc:")).name: r["reason"] for r in s.iter_table("refusals")}
    assert refusals["empty.txt"] == "empty"
    assert refusals["binary.txt"] == "binary"
    assert refusals["latin1.txt"] in ("binary", "encoding")
    assert refusals["nav.html"] == "not-article"
    assert refusals["truncated.warc.gz"] == "warc"
    s.engine.dispose()
    # the reasons are on stderr too, naming the files
    loud = subprocess.run([sys.executable, "-m", "pactwatch", "ingest", str(d), "--db", db_url], capture_output=True,
                          text=True, env={**os.environ, "PACTWATCH_N_PROCESS": "1"})
    assert loud.returncode == 1
    assert "empty.txt" in loud.stderr and "refused" in loud.stderr


def test_reanalyse_keeps_documents_and_replaces_facts(db_url, seeds_dir):
    assert pactwatch("ingest", str(seeds_dir), db=db_url).returncode == 0
    before = snapshot(db_url)
    res = pactwatch("ingest", "--reanalyse", db=db_url)
    assert res.returncode == 0, res.stderr
    assert snapshot(db_url) == before  # same pipeline, same facts: nothing lost, nothing doubled


def test_stdin_ingest(db_url, seeds_dir):
    text = next(iter(sorted(seeds_dir.iterdir()))).read_bytes()
    res = pactwatch("ingest", "-", db=db_url, input=text.decode("utf-8"))
    assert res.returncode == 0, res.stderr
    assert snapshot(db_url)["counts"]["documents"] == 1


def test_gzip_is_read_decompressed_not_as_garbage(tmp_path):
    """A gzipped text that is not a WARC is decompressed (at most max_bytes of it) and read as
    the text it holds; a cut gzip is refused with its reason, not stored as garbage."""
    p = tmp_path / "x.txt.gz"
    p.write_bytes(gzip.compress(b"Some text " * 100))
    from pactwatch.read import read_inputs
    from pactwatch.settings import Settings

    out = list(read_inputs([str(p)], Settings()))
    assert len(out) == 1 and getattr(out[0], "text", None) == "Some text " * 100 and out[0].name == "x"
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(p.read_bytes()[:20])
    out = list(read_inputs([str(cut)], Settings()))
    assert len(out) == 1 and getattr(out[0], "reason", None) == "binary"


def test_documents_of_an_older_pipeline_are_found_and_brought_up_to_date(db_url, seeds_dir):
    """After an upgrade, ingest says which stored documents an older pipeline analysed;
    `run` and `ingest --reanalyse --stale-only` analyse those again, and only those."""
    from sqlalchemy import func, select, update

    from pactwatch.pipeline import PIPELINE_VERSION
    from pactwatch.store import open_store
    from pactwatch.store import schema as S

    assert pactwatch("ingest", str(seeds_dir), db=db_url).returncode == 0
    before = snapshot(db_url)
    store = open_store(db_url)
    with store.engine.begin() as conn:
        first = conn.execute(select(func.min(S.documents.c.id))).scalar_one()
        conn.execute(update(S.documents).where(S.documents.c.id == first).values(pipeline_version="pactwatch-0.0.1"))
    assert store.stale_documents(PIPELINE_VERSION) == 1
    hint = subprocess.run([sys.executable, "-m", "pactwatch", "ingest", str(seeds_dir), "--db", db_url],
                          capture_output=True, text=True, env={**os.environ, "PACTWATCH_N_PROCESS": "1"})
    assert hint.returncode == 0 and "1 stored documents were analysed by another pipeline version" in hint.stderr
    res = pactwatch("ingest", "--reanalyse", "--stale-only", "--json", db=db_url)
    assert res.returncode == 0, res.stderr
    assert '"read": 1' in res.stdout  # the stale document only
    assert store.stale_documents(PIPELINE_VERSION) == 0
    assert snapshot(db_url) == before
    store.engine.dispose()
