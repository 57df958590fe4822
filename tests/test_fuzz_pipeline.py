"""Hostile input, fuzzed (issue 10, point 8): generated text, HTML, JSON Lines and WARC files
(random Unicode, control and bidi characters, NUL bytes, unbalanced quotes, deep nesting, huge
and empty fields, mixed encodings, compressed files under wrong names, truncated WARC records)
go through reading, the whole analysis and ingest; every input is analysed or refused with a
reason, never an exception out of the run, and every offset stays inside what the user gave."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pactwatch.model import Article, RawDocument, Rejection, Skipped
from pactwatch.read import read_inputs
from pactwatch.settings import Settings

SETTINGS = Settings().with_(n_process=1, doc_timeout=20.0)
NASTY = ["\x00", "\u202e", "\u202d", "\u2066", "\u200b", "\ufeff", "\r", "\x0b", "\x1b[31m", "“", "”", '"', "«",
         "»", "'", "\u2028", "&amp;", "&#0;", "&#x110000;", "<", ">", "\\", "\ud7ff", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ﷺ", "\u0301" * 30]
PROSE = ("Turkey and Azerbaijan will hold joint military exercises next year, President Ilham Aliyev said. "
         "“We will strengthen our alliance,” he told NATO officials in Baku on Monday. ")

pieces = st.one_of(st.sampled_from(NASTY), st.text(max_size=40), st.sampled_from(PROSE.split(" ")),
                   st.just(PROSE))
hostile_text = st.lists(pieces, max_size=60).map("".join)


@st.composite
def hostile_html(draw) -> str:
    depth = draw(st.integers(0, 400))
    tag = draw(st.sampled_from(["div", "p", "span", "b", "table", "li", "script", "a href='x", "!--"]))
    body = draw(hostile_text)
    closing = draw(st.integers(0, depth))
    head = draw(st.sampled_from(["<!doctype html><html>", "<html><head><title>" + body[:30] + "</title></head>",
                                 "", "<?xml version='1.0'?><html>"]))
    return head + f"<{tag}>" * depth + body + f"</{tag.split()[0]}>" * closing + draw(st.sampled_from(["", "</html>"]))


@st.composite
def hostile_jsonl(draw) -> bytes:
    value = st.one_of(hostile_text, st.none(), st.integers(), st.lists(st.integers(), max_size=3),
                      st.just(""), st.just("x" * 100_000))
    lines = []
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.integers(0, 4))
        if kind == 0:
            lines.append(draw(hostile_text).encode("utf-8", "surrogatepass"))  # not JSON
        else:
            rec = {draw(st.sampled_from(["id", "text", "html", "body", "title", "url", "date", "doc"])): draw(value)
                   for _ in range(draw(st.integers(0, 5)))}
            if kind == 4:
                rec["html"] = draw(hostile_html())
            lines.append(json.dumps(rec, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass"))
    return b"\n".join(lines)


ENCODINGS = ["utf-8", "utf-16", "cp1252", "latin-1", "cp1254", "shift_jis", "koi8-r"]


@st.composite
def hostile_file(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["text", "html", "jsonl", "bytes", "gzip", "warc"]))
    if kind == "text":
        data = draw(hostile_text).encode(draw(st.sampled_from(ENCODINGS)), "ignore")
    elif kind == "html":
        data = draw(hostile_html()).encode(draw(st.sampled_from(ENCODINGS)), "ignore")
    elif kind == "jsonl":
        data = draw(hostile_jsonl())
    elif kind == "bytes":
        data = draw(st.binary(max_size=3000))
    elif kind == "gzip":
        data = gzip.compress(draw(hostile_text).encode("utf-8", "ignore"))
    else:
        data = _warc(draw(hostile_html()).encode("utf-8", "ignore"))
        data = data[: int(len(data) * draw(st.floats(0, 1)))]  # truncated anywhere
    name = draw(st.sampled_from(["a.txt", "b.html", "c.jsonl", "d.warc.gz", "e.gz", "f", "g.txt.gz", "h.warc"]))
    return name, data  # the name need not fit the content: compressed files with wrong names


def _warc(body: bytes) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warc_record("https://x.example/a", "request",
                                                  payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/a", "response", payload=io.BytesIO(body),
                                                  http_headers=headers))
    return buf.getvalue()


def _check(item) -> None:
    assert isinstance(item, Article | Rejection), item
    if isinstance(item, Rejection):
        assert item.reason and item.source
        return
    original = item.doc.raw.original if item.doc.raw.original is not None else item.doc.raw.text
    for fact in (*item.events, *item.quotes, *item.relations, *item.roles):
        ev = fact.evidence
        if ev is None or ev.start < 0:
            continue
        assert 0 <= ev.start < ev.end <= len(original)
        if item.doc.raw.original is None:
            assert original[ev.start:ev.end] == ev.sentence


def _write(d: Path, files: list[tuple[str, bytes]]) -> Path:
    for i, (name, data) in enumerate(files):
        (d / f"{i}{name}").write_bytes(data)
    return d


@pytest.fixture(scope="module")
def analyser():
    from pactwatch.pipeline import preload

    return preload(SETTINGS)


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(files=st.lists(hostile_file(), min_size=1, max_size=4))
def test_reading_never_raises(tmp_path_factory, files):
    d = _write(tmp_path_factory.mktemp("fuzz"), files)
    for item in read_inputs([str(d)], SETTINGS):
        assert isinstance(item, RawDocument | Rejection)
        if isinstance(item, Rejection):
            assert item.reason


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts=st.lists(st.one_of(hostile_text, hostile_html()), min_size=1, max_size=3), html=st.booleans())
def test_the_whole_analysis_never_raises(analyser, texts, html):
    from pactwatch.read import _document

    raws = [_document(t.encode("utf-8", "surrogatepass"), f"fuzz{i}", f"<fuzz:{i}>", as_html=html)
            for i, t in enumerate(texts)]
    out = analyser.analyse_batch(raws)
    assert len(out) == len(raws)
    for item in out:
        _check(item)


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(files=st.lists(hostile_file(), min_size=2, max_size=6))
def test_ingest_never_raises_and_counts_every_input(tmp_path_factory, files):
    from pactwatch.ingest import ingest
    from pactwatch.store import open_store

    d = _write(tmp_path_factory.mktemp("fuzz-ingest"), files)
    # a marker no strategy makes: a generated file with the same text would make it a copy, not stored
    (d / "zz_good.txt").write_text(PROSE * 3 + " The control text of this batch ends here.", encoding="utf-8")
    store = open_store(f"sqlite:///{d / 'store.db'}")
    seen: list = []
    summary = ingest([str(d / f) for f in sorted(p.name for p in d.iterdir() if p.name != "store.db")], store,
                     SETTINGS, on_item=seen.append)
    for item in seen:
        if not isinstance(item, Skipped):
            _check(item)
    names = {r["name"] for r in store.iter_table("documents")}
    assert "zz_good" in names  # the good document of the batch is stored
    assert summary.stored == store.counts()["documents"]
    assert summary.read == summary.stored + summary.skipped + len(summary.refused) + len(summary.not_documents)
    store.engine.dispose()


def test_fuzz_inputs_cover_every_kind():
    """The generators make every kind of hostile input the issue names (a guard against a
    strategy that silently stops producing one)."""
    from hypothesis import find

    for kind in ("\x00", "\u202e", "“"):
        assert kind in find(hostile_text, lambda t, k=kind: k in t)
    deep = find(hostile_html(), lambda h: h.count("<div>") > 100)
    assert deep.count("<div>") > 100
    name, data = find(hostile_file(), lambda f: f[0] == "a.txt" and f[1][:2] == b"\x1f\x8b")
    assert gzip.decompress(data) is not None
    assert Path(name).suffix == ".txt"
