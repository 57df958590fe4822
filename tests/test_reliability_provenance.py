"""Every fact points into what the user gave (issue 10, point 5): for a text file (with
``\\r\\n`` line ends), an HTML page, JSON Lines (a text field and an html field) and a WARC
record, slicing the original at a fact's stored offsets gives its evidence sentence; ``show``
prints that slice and the URL."""
from __future__ import annotations

import html as html_lib
import io
import json
import re
from pathlib import Path

import pytest
from test_reliability_helpers import contracts, run_cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "seeds" / "000_1c877b3de1c9d66f.txt"


def _page(title: str, paragraphs: list[str], url: str) -> str:
    body = []
    for p in paragraphs:
        p = html_lib.escape(p, quote=False)
        p = p.replace("Aliyev", '<a href="/tag/aliyev">Aliyev</a>', 1)  # markup inside sentences
        body.append(f"<p>{p}</p>\n")
    return (f"<!DOCTYPE html>\n<html><head><title>{html_lib.escape(title)}</title>"
            f'<link rel="canonical" href="{url}"><script>var t = "{title[:20]}";</script></head>\n'
            f'<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>\n<article>'
            f"<h1>{html_lib.escape(title)}</h1>\n{''.join(body)}</article>\n"
            "<footer>Copyright 2026 Example News</footer></body></html>\n")


def _visible(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]*>", "", fragment)).split())


def _facts(doc: dict) -> list[tuple[int, int, str]]:
    out = []
    for kind in ("events", "quotes", "relations"):
        for f in doc[kind]:
            if f.get("offsets") and f["offsets"]["start"] >= 0:
                out.append((f["offsets"]["start"], f["offsets"]["end"], f["evidence"]))
    return out


@pytest.fixture(scope="module")
def seed_parts() -> tuple[str, list[str]]:
    lines = [x.strip() for x in SEED.read_text(encoding="utf-8").splitlines() if len(x.split()) > 5]
    return lines[0], [x for x in lines[1:] if len(x.split()) > 12]


def test_offsets_into_a_text_file_with_crlf_line_ends(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    res = run_cli("extract", str(path), "--jsonl")
    assert res.returncode == 0, res.stderr[-2000:]
    [doc] = contracts(res.stdout)
    original = path.read_bytes().decode("utf-8")  # the file as it is, \r\n and all
    facts = _facts(doc)
    assert len(facts) > 10
    for s, e, sentence in facts:
        assert original[s:e].replace("\r\n", "\n") == sentence


def test_offsets_into_an_html_page(tmp_path, seed_parts):
    title, paragraphs = seed_parts
    page = _page(title, paragraphs, "https://news.example/aliyev")
    path = tmp_path / "article.html"
    path.write_text(page, encoding="utf-8")
    res = run_cli("extract", str(path), "--jsonl")
    assert res.returncode == 0, res.stderr[-2000:]
    [doc] = contracts(res.stdout)
    assert doc["offsets_into"] == "characters of the file (decoded)"
    facts = _facts(doc)
    assert len(facts) > 10
    for s, e, sentence in facts:
        assert _visible(page[s:e]) == " ".join(sentence.split()), page[s:e][:200]
    assert any("<a href" in page[s:e] for s, e, _ in facts), "a sentence with markup inside keeps it in its slice"


def test_offsets_into_jsonl_text_and_html_fields(tmp_path, seed_parts):
    title, paragraphs = seed_parts
    text = title + "\r\n" + "\r\n".join(paragraphs)
    lines = [json.dumps({"id": "rec-text", "title": title, "text": text, "published": "2026-01-06"}),
             json.dumps({"id": "rec-html", "html": _page(title, paragraphs[::-1], "https://news.example/b")})]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = run_cli("extract", str(path), "--jsonl")
    assert res.returncode == 0, res.stderr[-2000:]
    by_name = {d["doc"]: d for d in contracts(res.stdout)}
    records = [json.loads(x) for x in lines]
    plain = by_name["rec-text"]
    assert "the text field of line 1" in plain["offsets_into"] and plain["source"].endswith("feed.jsonl#L1")
    for s, e, sentence in _facts(plain):
        assert records[0]["text"][s:e].replace("\r\n", "\n") == sentence
    marked = by_name["rec-html"]
    assert "the html field of line 2" in marked["offsets_into"]
    assert _facts(marked)
    for s, e, sentence in _facts(marked):
        assert _visible(records[1]["html"][s:e]) == " ".join(sentence.split())


def _warc(path: Path, url: str, body: bytes) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                      warc_headers_dict={"WARC-Date": "2026-01-06T10:00:00Z"}))


def test_offsets_into_a_warc_record_and_show_prints_the_slice(tmp_path, seed_parts):
    from warcio.archiveiterator import ArchiveIterator

    title, paragraphs = seed_parts
    url = "https://news.example/2026/01/aliyev-interview"
    page = _page(title, paragraphs, url)
    path = tmp_path / "crawl.warc.gz"
    _warc(path, url, page.encode("utf-8"))
    res = run_cli("extract", str(path), "--jsonl")
    assert res.returncode == 0, res.stderr[-2000:]
    assert b"skipped 1 (warc-request: 1)" in res.stderr  # every record is analysed or counted
    [doc] = contracts(res.stdout)
    with path.open("rb") as fh:
        record = next(r for r in ArchiveIterator(fh) if r.rec_type == "response")
        record_id = record.rec_headers.get_header("WARC-Record-ID").strip("<>")
        body = record.content_stream().read().decode("utf-8")
    assert doc["source"].endswith(f"#{record_id}") and record_id in doc["offsets_into"]
    assert doc["url"] == url
    facts = _facts(doc)
    assert facts
    for s, e, sentence in facts:
        assert _visible(body[s:e]) == " ".join(sentence.split())
    db = str(tmp_path / "store.db")
    assert run_cli("ingest", str(path), "--db", db).returncode == 0
    from pactwatch.store import open_store

    ev = open_store(db).events(limit=1)[0]
    shown = run_cli("show", str(ev["id"]), "--db", db)
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout.decode("utf-8")
    assert url in out and f"[{ev['start']}:{ev['end']}]" in out
    assert f"slice:       “{body[ev['start']:ev['end']]}”" in out
