"""The Ray engine's parts that need no Ray: shards of work, the lossless article codec, shard files."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pactwatch.engines import parquet_io
from pactwatch.engines.codec import decode_article, encode_article
from pactwatch.engines.plan import list_inputs, make_plan, read_shard
from pactwatch.model import Article
from pactwatch.read import read_inputs
from pactwatch.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
ECB = ROOT / "tests" / "data" / "ecbplus"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    from pactwatch.pipeline import Analyser

    settings = Settings(n_process=1)
    return [a for a in Analyser(settings).analyse_batch(list(read_inputs([str(SEEDS)], settings)))
            if isinstance(a, Article)]


def test_article_codec_is_lossless(articles) -> None:
    assert len(articles) == 5
    for art in articles:
        text = encode_article(art)
        assert decode_article(text) == art
        assert json.loads(text)["doc"]["raw"]["doc_id"] == art.doc_id


def test_shard_file_is_whole_and_carries_its_summary(articles, tmp_path) -> None:
    summary = parquet_io.ShardSummary("000007", "pactwatch-x", read=6, analysed=5,
                                      refusals=[{"source": "a", "stage": "read", "reason": "empty", "detail": ""}])
    path = parquet_io.write_shard(str(tmp_path), summary, articles)
    assert [p.name for p in tmp_path.iterdir()] == ["part-000007.parquet"]  # no temporary file left
    assert parquet_io.read_summary(str(tmp_path), "000007") == summary
    rows = list(parquet_io.iter_shard(path))
    assert [r["position"] for r in rows] == list(range(5))
    assert [decode_article(r["article"]) for r in rows] == articles
    assert rows[0]["events"] and rows[0]["events"][0]["offsets"]["start"] >= 0
    assert parquet_io.read_summary(str(tmp_path), "000008") is None


@pytest.mark.parametrize("per_shard", [1, 7, 1000])
def test_jsonl_line_ranges_read_as_the_whole_file(tmp_path, per_shard) -> None:
    lines = tmp_path / "w.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("*_4ecb*.txt"))[:12]]
    body = "".join(json.dumps({"text": t}) + "\n" + ("\n" if i == 3 else "") for i, t in enumerate(texts))
    lines.write_text(body + '{"id": "last", "text": "no newline at the end of the file"}', encoding="utf-8")
    plan = make_plan([str(lines)], per_shard)
    assert len(plan.shards) == (1 if per_shard == 1000 else -(-13 // per_shard))  # 13 records, 1 blank line
    settings = Settings()
    got = [x for s in plan.shards for x in read_shard(s, settings)]
    want = list(read_inputs([str(lines)], settings))
    assert [getattr(x, "doc_id", x) for x in got] == [getattr(x, "doc_id", x) for x in want]
    assert got == want


def test_inputs_by_folder_glob_and_url_in_the_local_order(tmp_path) -> None:
    files, missing = list_inputs([str(SEEDS), f"file://{SEEDS}", str(ECB / "11_1ecb*.txt"), str(tmp_path / "nope")])
    local = [f for f, _, _ in files if not f.startswith("file://")]
    urls = [f for f, _, _ in files if f.startswith("file://")]
    assert local[:5] == sorted(str(p) for p in SEEDS.iterdir() if not p.name.startswith("."))
    assert urls == [f"file://{p}" for p in local[:5]]
    assert local[5:] == [str(ECB / "11_1ecb.txt"), str(ECB / "11_1ecbplus.txt")]
    assert [m.reason for m in missing] == ["missing"]
    assert make_plan([str(SEEDS)], 2).digest() == make_plan([str(SEEDS)], 2).digest() != make_plan([str(SEEDS)], 3).digest()


def test_ledger_turns_deaths_into_suspects_then_a_refusal() -> None:
    pytest.importorskip("ray")  # the engine's module needs Ray (the ledger itself runs here, plain)
    from pactwatch.engines.ray_engine import MAX_ATTEMPTS, Ledger

    ledger = Ledger()
    assert ledger.start("s") == {"attempt": 1, "poison": {}, "suspect": [], "blank_deaths": 0}
    ledger.hold("s", [4, 5, 6], pid=10)  # the worker dies holding a batch of three
    state = ledger.start("s")
    assert state["suspect"] == [4, 5, 6] and state["poison"] == {} and state["attempt"] == 2
    ledger.hold("s", [4], pid=11)  # the suspects go one by one: 4 goes through,
    ledger.hold("s", [5], pid=11)  # 5 alone kills its worker: refused next time, not tried again
    state = ledger.start("s")
    assert state["poison"] == {5: "internal: WorkerDied"} and state["attempt"] == 3
    ledger.hold("s", [6], pid=12)
    ledger.timed_out("s")  # the watchdog ended the worker over 6's time limit
    assert ledger.start("s")["poison"] == {5: "internal: WorkerDied", 6: "timeout"}
    ledger.finish("s")
    assert ledger.state()["inflight"] == {}
    for _ in range(MAX_ATTEMPTS):  # deaths outside any document are counted, so a shard cannot loop forever
        state = ledger.start("t")
    assert state["blank_deaths"] == MAX_ATTEMPTS - 1
    assert ledger.start("t")["blank_deaths"] == MAX_ATTEMPTS


def html_page(title: str, text: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paras}" \
           f"</article></body></html>"


def write_warc(path: Path, texts: list[str]) -> None:
    """A WARC.gz of one HTML page per text (real warcio), with a 404 response after the first."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        pages = [(f"https://news.example/story-{i}", "200 OK", html_page(t.split("\n", 1)[0], t))
                 for i, t in enumerate(texts)]
        pages.insert(1, ("https://news.example/gone", "404 Not Found", "<html>gone</html>"))
        for uri, status, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body.encode()),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2024-05-01T12:00:00Z"}))


def test_warc_cut_at_records_reads_as_the_whole_file(tmp_path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("*_5ecb*.txt"))[:7]])
    whole = make_plan([str(warc)], 2)
    assert len(whole.shards) == 1  # not cut unless asked
    plan = make_plan([str(warc)], 2, split_warc=True)
    assert len(plan.shards) == 4 and plan.digest() != whole.digest()  # 8 responses (one a 404), 2 a shard
    settings = Settings()
    got = [x for s in plan.shards for x in read_shard(s, settings)]
    want = list(read_inputs([str(warc)], settings))
    assert got == want and len([x for x in got if not isinstance(x, Article)]) == 8
    url_plan = make_plan([f"file://{warc}"], 3, split_warc=True)
    assert [p.end for s in url_plan.shards for p in s.pieces][-1] == warc.stat().st_size


def test_a_gzip_file_from_a_url_reads_as_the_local_file(tmp_path) -> None:
    import gzip

    path = tmp_path / "wire.jsonl.gz"
    texts = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("*_6ecb*.txt"))[:4]]
    path.write_bytes(gzip.compress("".join(json.dumps({"text": t}) + "\n" for t in texts).encode()))
    settings = Settings()
    (shard,) = make_plan([f"file://{path}"], 10).shards
    got = list(read_shard(shard, settings))
    want = list(read_inputs([str(path)], settings))
    assert len(got) == 4 and [g.doc_id for g in got] == [w.doc_id for w in want]
    assert [g.source for g in got] == [w.source.replace(str(path), f"file://{path}") for w in want]


@pytest.mark.parametrize("args", [["extract", "corpus/seeds", "--engine", "ray", "--out", "facts"],
                                  ["scale", "extract", "corpus/seeds", "--out", "facts"],
                                  ["bench-ray", "--articles", "10"]])
def test_without_ray_the_ray_engine_is_one_line_saying_what_to_install(args, tmp_path) -> None:
    """Ray is an optional extra: where it is missing (hidden here), asking for it is a usage error."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['ray'] = None\nfrom pactwatch.cli import main\n"
            f"sys.argv = ['pactwatch', *{args!r}]\nmain()")
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 2, p.stderr
    assert "Error: the Ray engine needs Ray, an optional part: pip install 'pactwatch[ray]'" in p.stderr
    assert "Traceback" not in p.stderr and not (ROOT / "facts").exists()
