"""The Ray engine on real articles, with Ray running here (one session for the module).

Per-document facts must be the local engine's, record by record (bundled corpus, ECB+ by a
glob, a JSON Lines file read through a ``file://`` URL and cut into line ranges, a WARC.gz);
a worker killed mid-batch loses and doubles nothing; a hanging document is refused, not
retried forever; a second run with the same --out skips finished shards; the shards load
into a store with the same stories as a local ingest, and loading them twice adds nothing.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

from click.testing import CliRunner  # noqa: E402
from test_ray_plan import write_warc  # noqa: E402

from pactwatch.cli import cli  # noqa: E402
from pactwatch.contract import to_contract  # noqa: E402
from pactwatch.engines import parquet_io  # noqa: E402
from pactwatch.engines.ray_engine import PlanMismatch, run  # noqa: E402
from pactwatch.model import Article, Rejection, Skipped  # noqa: E402
from pactwatch.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
ECB = ROOT / "tests" / "data" / "ecbplus"
SETTINGS = Settings(n_process=2, batch_size=4)


@pytest.fixture(scope="module")
def ray_session():
    """Ray on this machine, two CPUs; its session folder short (socket paths have a length limit)."""
    temp = tempfile.mkdtemp(prefix="ray", dir="/tmp")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _temp_dir=temp)
    yield
    ray.shutdown()
    shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """(inputs for the Ray engine, the same inputs as local paths, {URL: local path})."""
    tmp = tmp_path_factory.mktemp("rayin")
    texts = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("*_2ecb*.txt"))[:30]]
    lines = tmp / "wire.jsonl"
    with lines.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"wire-{i}", "text": text} if i % 2 else {"text": text}) + "\n")
            if i == 5:
                fh.write("\n{not json\n")  # a bad line is refused on its own
    warc = tmp / "crawl.warc.gz"
    write_warc(warc, [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:3]])
    glob = str(ECB / "*_1ecb*.txt")
    url = f"file://{lines}"
    expanded = [str(p) for p in sorted(ECB.glob("*_1ecb*.txt"))]  # what a shell makes of the glob
    return [str(SEEDS), glob, url, str(warc)], [str(SEEDS), *expanded, str(lines), str(warc)], {url: str(lines)}


def _key(rec: dict) -> str:
    return rec["id"]


@pytest.fixture(scope="module")
def local(inputs):
    """The local engine's contract records by id, and its refusals (reason, stage) by source."""
    from pactwatch.pipeline import analyse
    from pactwatch.read import read_inputs

    records, refusals = {}, []
    for item in analyse(read_inputs(inputs[1], SETTINGS), SETTINGS):
        if isinstance(item, Article):
            records[item.doc_id] = to_contract(item)
        else:
            refusals.append((item.reason, isinstance(item, Skipped)))
    return records, sorted(refusals)


def _records(out: Path, urls: dict[str, str]) -> list[dict]:
    """Every record in ``out``'s shards, in shard order, the input URLs put back as local paths."""
    recs = []
    for path in parquet_io.shard_files(str(out)):
        for row in parquet_io.iter_shard(path, columns=["record"]):
            text = row["record"]
            for url, path_ in urls.items():
                text = text.replace(url, path_)
            recs.append(json.loads(text))
    return recs


@pytest.fixture(scope="module")
def ray_run(ray_session, inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("rayout") / "facts"
    manifest = run(inputs[0], str(out), SETTINGS, workers=2, shard_size=8)
    return out, manifest


def test_ray_facts_are_the_local_engines_record_by_record(ray_run, inputs, local) -> None:
    out, manifest = ray_run
    records, refusals = local
    got = _records(out, inputs[2])
    assert len(got) == len({_key(r) for r in got}) == len(records) > 70
    assert [_key(r) for r in got] == list(records)  # the local engine's order, too
    for rec in got:
        assert rec == records[_key(rec)], rec["id"]
    # the manifest counts what the local engine counted
    assert manifest.finished and manifest.analysed == len(records) and manifest.shards > 8
    assert manifest.retried_shards == 0 and manifest.shards_reused == 0
    want_refused, want_skipped = {}, {}
    for reason, skipped in refusals:
        table = want_skipped if skipped else want_refused
        table[reason] = table.get(reason, 0) + 1
    assert manifest.refused_by_reason == want_refused and want_refused.get("jsonl") == 1
    assert manifest.skipped_by_reason == want_skipped and want_skipped.get("warc-not-200") == 1
    saved = json.loads((out / "manifest.json").read_text())
    assert saved["analysed"] == len(records) and saved["pipeline"].startswith("pactwatch-")
    assert saved["wall_s"] > 0 and len(saved["inputs"]) == 4


def test_parquet_reads_in_duckdb_with_typed_facts(ray_run, local) -> None:
    duckdb = pytest.importorskip("duckdb")
    out, _ = ray_run
    records, _ = local
    con = duckdb.connect()
    files = f"{out}/part-*.parquet"
    assert con.execute(f"select count(*) from '{files}'").fetchone()[0] == len(records)
    events = con.execute(f"select count(*) from (select unnest(events) as e from '{files}')").fetchone()[0]
    assert events == sum(len(r["events"]) for r in records.values()) > 0
    row = con.execute(f"select e.type, e.status, e.offsets.start from (select unnest(events) as e from '{files}') "
                      "where e.offsets.start >= 0 limit 1").fetchone()
    assert row[0] and row[1] and row[2] >= 0


def test_restart_with_the_same_out_writes_only_missing_shards(ray_run, inputs, local, tmp_path) -> None:
    out, first = ray_run
    again = tmp_path / "facts"
    shutil.copytree(out, again)
    removed = sorted(again.glob("part-*.parquet"))[2:4]
    for p in removed:
        p.unlink()
    (again / ".tmp-0000-part-000003.parquet").write_bytes(b"PAR1 cut short")  # what a killed write leaves
    manifest = run(inputs[0], str(again), SETTINGS, workers=1, shard_size=8)
    assert manifest.shards_written == 2 and manifest.shards_reused == first.shards - 2
    assert manifest.analysed == first.analysed and manifest.refused_by_reason == first.refused_by_reason
    assert _records(again, inputs[2]) == _records(out, inputs[2])
    with pytest.raises(PlanMismatch):  # other inputs into the same --out
        run([str(SEEDS)], str(again), SETTINGS, workers=1, shard_size=8)


def test_worker_killed_mid_batch_loses_and_doubles_nothing(ray_session, inputs, local, tmp_path) -> None:
    records, _ = local
    out = tmp_path / "killed"
    name = "killtest"
    killed: list[int] = []

    def killer() -> None:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and not killed:
            try:
                ledger = ray.get_actor(f"pactwatch-ledger-{name}")
                state = ray.get(ledger.state.remote())
            except Exception:  # not started yet, or already gone
                time.sleep(0.1)
                continue
            for held in state["inflight"].values():
                if len(held["positions"]) >= 2 and held["pid"]:
                    os.kill(held["pid"], signal.SIGKILL)
                    killed.append(held["pid"])
                    return
            time.sleep(0.05)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    manifest = run([inputs[0][1]], str(out), SETTINGS, workers=2, shard_size=10, run_id=name)
    thread.join(5)
    assert killed, "no worker was caught holding a batch"
    assert manifest.retried_shards >= 1 and manifest.refused == 0
    got = _records(out, {})
    ids = [_key(r) for r in got]
    assert len(ids) == len(set(ids)) == manifest.analysed == 40
    for rec in got:
        assert rec == records[rec["id"]]


def test_a_hanging_document_is_refused_not_retried_forever(ray_session, tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(ECB.glob("*_3ecb*.txt"))[:5]]
    for i, text in enumerate(texts):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    giant = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ECB.glob("*.txt"))[:400])  # ~740,000
    (folder / "a2_giant.txt").write_text(giant, encoding="utf-8")  # characters: far more than 10 s of spaCy
    assert 600_000 < len(giant) < SETTINGS.max_chars
    # one document a batch: the giant is alone when the watchdog stops its worker (10 s), and refused
    settings = SETTINGS.with_(doc_timeout=6.0, doc_timeout_per_mb=0.0, batch_size=1)
    manifest = run([str(folder)], str(tmp_path / "out"), settings, workers=1, shard_size=10, grace=4.0)
    assert manifest.refused_by_reason == {"timeout": 1}
    assert manifest.analysed == len(texts) and manifest.retried_shards == 1
    (summary,) = [parquet_io.read_summary(str(tmp_path / "out"), s["shard"]) for s in manifest.worker_stats]
    assert summary.attempts == 2  # the giant stopped its worker once, then it was refused, not tried again
    assert summary.refusals[0]["source"].endswith("a2_giant.txt")


def test_shards_load_into_the_store_like_a_local_ingest(ray_run, inputs, tmp_path) -> None:
    from pactwatch.engines.load import load_shards
    from pactwatch.ingest import ingest
    from pactwatch.store import open_store

    out, manifest = ray_run
    loaded = open_store(f"sqlite:///{tmp_path / 'loaded.db'}")
    first = load_shards(str(out), loaded, SETTINGS)
    assert first.stored + first.skipped == manifest.analysed  # a WARC page has a seed's very text: stored once
    assert first.refused_by_reason() == manifest.refused_by_reason
    again = load_shards(str(out), loaded, SETTINGS)  # a shard loaded twice adds nothing
    assert again.stored == 0 and again.skipped == manifest.analysed
    counts = loaded.counts()
    local = open_store(f"sqlite:///{tmp_path / 'local.db'}")
    by_local = ingest(inputs[1], local, SETTINGS)
    assert by_local.stored == first.stored
    want = local.counts()
    for table in ("documents", "events", "quotes", "relations", "mentions", "agreement_mentions"):
        assert counts[table] == want[table], table

    def stories(store) -> set[frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for d in store.iter_table("documents"):
            groups.setdefault(d["story"] or d["doc_id"], set()).add(d["doc_id"])
        return {frozenset(g) for g in groups.values()}

    assert stories(loaded) == stories(local) and len(stories(loaded)) > 10


def test_cli_extract_jsonl_and_ingest(ray_session, tmp_path) -> None:
    runner = CliRunner()
    out = tmp_path / "cli"
    res = runner.invoke(cli, ["-q", "scale", "extract", str(SEEDS), "--out", str(out), "--format", "jsonl",
                              "--workers", "1", "--shard-size", "3", "--json"])
    assert res.exit_code == 0, res.output
    manifest = json.loads(res.stdout.strip().splitlines()[-1])
    assert manifest["analysed"] == 5 and manifest["shards"] == 2 and manifest["format"] == "jsonl"
    lines = [json.loads(x) for p in sorted(out.glob("part-*.jsonl")) for x in p.read_text().splitlines()]
    assert [r["doc"] for r in lines] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    res = runner.invoke(cli, ["scale", "extract", str(ECB / "11_1ecb.txt"), "--out", str(out), "--format", "jsonl"])
    assert res.exit_code == 2 and "other inputs" in res.output
    pq_out = tmp_path / "pq"
    assert runner.invoke(cli, ["-q", "scale", "extract", str(SEEDS), "--out", str(pq_out), "--workers", "1"]).exit_code == 0
    db = tmp_path / "s.db"
    res = runner.invoke(cli, ["-q", "scale", "ingest", str(pq_out), "--db", str(db), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.strip().splitlines()[-1])["stored"] == 5


def test_extract_engine_ray_then_ingest_from_parquet(ray_session, tmp_path) -> None:
    """`extract --engine ray` writes the local engine's records to shards; `ingest --from-parquet`
    stores them as `ingest` of the same inputs does, and a second load adds nothing."""
    runner = CliRunner()
    local = runner.invoke(cli, ["-q", "extract", str(SEEDS), "--jsonl"])
    assert local.exit_code == 0, local.output
    per_doc = lambda rec: {k: v for k, v in rec.items() if k not in ("story", "duplicate_of")}  # noqa: E731
    want = [per_doc(json.loads(x)) for x in local.stdout.splitlines()]  # stories come when the shards load
    out = tmp_path / "facts"
    res = runner.invoke(cli, ["extract", str(SEEDS), "--engine", "ray", "--workers", "1", "--shard-size", "2",
                              "--batch-size", "2", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "analysed 5" in res.stderr and res.stdout == ""  # the records are in the shards, not on stdout
    assert json.loads((out / "manifest.json").read_text())["shards"] == 3
    assert [per_doc(r) for r in _records(out, {})] == want
    jl = tmp_path / "jl"  # --jsonl: the shards as JSON Lines of the same records
    assert runner.invoke(cli, ["-q", "extract", str(SEEDS), "--engine", "ray", "--workers", "1", "--jsonl",
                               "--out", str(jl)]).exit_code == 0
    assert [per_doc(json.loads(x)) for p in sorted(jl.glob("part-*.jsonl"))
            for x in p.read_text().splitlines()] == want
    db = tmp_path / "s.db"
    for stored in (5, 0):  # loading the shards twice adds nothing
        res = runner.invoke(cli, ["-q", "ingest", "--from-parquet", str(out), "--db", str(db), "--json"])
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout.strip().splitlines()[-1])["stored"] == stored
    local_db = tmp_path / "local.db"
    assert runner.invoke(cli, ["-q", "ingest", str(SEEDS), "--db", str(local_db)]).exit_code == 0
    from pactwatch.store import open_store

    a, b = open_store(f"sqlite:///{db}").counts(), open_store(f"sqlite:///{local_db}").counts()
    for table in ("documents", "events", "quotes", "relations", "mentions"):
        assert a[table] == b[table], table


def test_refusal_records_keep_their_reason(ray_run) -> None:
    out, _ = ray_run
    reasons = [r["reason"] for p in parquet_io.shard_files(str(out))
               for r in parquet_io.shard_summary_of(p).refusals]
    assert "jsonl" in reasons and all(isinstance(x, str) for x in reasons)
    assert Rejection  # the summary keeps contract.rejection_record fields


@pytest.mark.parametrize(("args", "message"), [
    (["--out", "x"], "--out: not an option of the local engine (give --engine ray)"),
    (["--workers", "3", "--split-warc"], "--workers, --split-warc: not an option of the local engine"),
    (["--engine", "ray", "--out", "x", "--min-confidence", "0.5"], "--min-confidence: not an option of the ray"),
    (["--engine", "ray", "--refusals", "r.jsonl", "--out", "x"], "--refusals: not an option of the ray engine"),
    (["--engine", "ray"], "the Ray engine writes shards: give --out"),
])
def test_extract_refuses_options_of_the_other_engine(args, message) -> None:
    res = CliRunner().invoke(cli, ["extract", str(SEEDS), *args])
    assert res.exit_code == 2 and message in res.output, res.output
