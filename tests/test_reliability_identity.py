"""No two documents are confused, ids stay put (issue 10, points 4 and 6): two stdin texts,
two files of the same name in different folders, a re-analysis that keeps fact ids, an
old store upgraded, queries that never create a store, benchmarks that never write into one."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_reliability_helpers import ECB, run_cli

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, stdin: bytes | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    env = {**os.environ, "PACTWATCH_N_PROCESS": "1"}
    return subprocess.run([sys.executable, "-m", "pactwatch", *args], input=stdin, capture_output=True,
                          timeout=timeout, env=env)


def _ecb(n: int) -> list[Path]:
    return sorted(ECB.glob("*ecbplus.txt"))[:n]


def test_two_stdin_documents_are_two_documents(db_url):
    a, b = (p.read_bytes() for p in _ecb(2))
    for text in (a, b):
        res = cli("ingest", "-", "--db", db_url, stdin=text)
        assert res.returncode == 0, res.stderr[-2000:]
    stories = json.loads("[" + ",".join(cli("stories", "--db", db_url, "--json").stdout.decode().split("\n")[:-1]) + "]")
    from pactwatch.store import open_store

    store = open_store(db_url)
    docs = list(store.iter_table("documents"))
    assert len(docs) == 2 and len({d["doc_id"] for d in docs}) == 2
    assert {d["name"] for d in docs} == {"stdin"} and all(d["doc_id"].startswith("stdin-") for d in docs)
    assert {d["title"] for d in docs} == {x.decode().split("\n")[0].strip() for x in (a, b)} or len(
        {d["title"] for d in docs}) == 2
    listed = [doc for s in stories for doc in (s["documents"] if isinstance(s["documents"], list)
                                               else s["documents"].split(", "))]
    assert len(listed) == 2, stories
    # extract keeps them apart too: two ids, one name
    out = [json.loads(x) for x in cli("extract", "-", "--jsonl", stdin=a).stdout.decode().splitlines()]
    out += [json.loads(x) for x in cli("extract", "-", "--jsonl", stdin=b).stdout.decode().splitlines()]
    assert [o["doc"] for o in out] == ["stdin", "stdin"] and out[0]["id"] != out[1]["id"]


def test_two_files_of_the_same_name_in_different_folders(tmp_path, db_url):
    one, two = _ecb(2)
    for folder, src in (("a", one), ("b", two)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_bytes(src.read_bytes())
    res = cli("ingest", str(tmp_path / "a"), str(tmp_path / "b"), "--db", db_url)
    assert res.returncode == 0, res.stderr[-2000:]
    from pactwatch.store import open_store

    docs = sorted(open_store(db_url).iter_table("documents"), key=lambda d: d["source"])
    assert [d["name"] for d in docs] == ["article", "article"]
    assert docs[0]["doc_id"] != docs[1]["doc_id"]
    assert [d["source"] for d in docs] == [str(tmp_path / "a" / "article.txt"), str(tmp_path / "b" / "article.txt")]
    assert docs[0]["original_text"] == one.read_text(encoding="utf-8")
    assert docs[1]["original_text"] == two.read_text(encoding="utf-8")
    rows = json.loads("[" + ",".join(cli("stories", "--db", db_url, "--json").stdout.decode().splitlines()) + "]")
    assert sum(r["size"] for r in rows) == 2


def test_jsonl_records_stored_under_their_old_names_are_not_stored_again(tmp_path, db_url):
    """A JSON Lines record without an id was named ``feed#2``; it is ``feed.jsonl#L2`` now (its
    source's form). A store made before keeps the old name, and ingesting the file again adds no
    copy: the text is known by its content hash, whatever the name."""
    one, two = (p.read_text(encoding="utf-8") for p in _ecb(2))
    old = tmp_path / "old.jsonl"  # what the store was given before: the old names, as ids
    old.write_text("\n".join(json.dumps({"id": f"feed#{n}", "text": t}) for n, t in ((1, one), (2, two))) + "\n",
                   encoding="utf-8")
    res = cli("ingest", str(old), "--db", db_url)
    assert res.returncode == 0, res.stderr[-2000:]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": t}) for t in (one, two)) + "\n", encoding="utf-8")
    again = cli("ingest", str(feed), "--db", db_url, "--json")
    assert again.returncode == 0, again.stderr[-2000:]
    summary = json.loads(again.stdout.decode().splitlines()[-1])
    assert (summary["stored"], summary["already_stored"]) == (0, 2)
    from pactwatch.store import open_store

    docs = list(open_store(db_url).iter_table("documents"))
    assert sorted(d["name"] for d in docs) == ["feed#1", "feed#2"]
    fresh = f"sqlite:///{tmp_path / 'fresh.db'}"  # a new store names them as their sources end
    assert cli("ingest", str(feed), "--db", fresh).returncode == 0
    new = sorted(open_store(fresh).iter_table("documents"), key=lambda d: d["name"])
    assert [d["name"] for d in new] == ["feed.jsonl#L1", "feed.jsonl#L2"]
    assert [d["source"] for d in new] == [f"{feed}#L1", f"{feed}#L2"]


def _facts(store) -> dict[int, tuple]:
    out = {}
    for e in store.events(limit=None):
        out[e["id"]] = ("event", e["doc"], e["type"], e["start"], e["end"], e["evidence"])
    for q in store.quotes(limit=None):
        out[-q["id"]] = ("quote", q["doc"], q["text"])
    return out


def test_reanalysis_keeps_the_ids_of_unchanged_facts(db_url, seeds_dir):
    from pactwatch.store import open_store

    assert cli("ingest", str(seeds_dir), "--db", db_url).returncode == 0
    store = open_store(db_url)
    before = _facts(store)
    assert len(before) > 50
    res = cli("ingest", "--reanalyse", "--db", db_url)
    assert res.returncode == 0, res.stderr[-2000:]
    after = _facts(store)
    assert after == before  # same facts under the same ids: `show 12` shows the same event
    shown = cli("show", str(min(k for k in before if k > 0)), "--db", db_url)
    assert shown.returncode == 0 and before[min(k for k in before if k > 0)][5].encode()[:40] in shown.stdout


def _old_store(db_url: str, seeds_dir: Path) -> dict:
    """A store as pactwatch made it before migration 5: doc_id the bare file name, no fact keys."""
    from sqlalchemy import text

    from pactwatch.store import open_store

    assert cli("ingest", str(seeds_dir), "--db", db_url).returncode == 0
    store = open_store(db_url)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM schema_version WHERE version >= 5"))  # later ones run again
        conn.execute(text("DROP INDEX IF EXISTS uq_documents_doc_id"))
        conn.execute(text("UPDATE documents SET doc_id = name"))
        for table in ("events", "quotes", "relations", "roles", "agreement_mentions"):
            # before migration 5 start/end were offsets into the text: the same for these text files
            conn.execute(text(f"ALTER TABLE {table} DROP COLUMN fact_key"))
        conn.execute(text("ALTER TABLE documents DROP COLUMN name"))
        conn.execute(text("ALTER TABLE documents DROP COLUMN original_source"))
    with store.engine.connect() as conn:
        ids = {r[0]: r[1] for r in conn.execute(text("SELECT id, doc_id FROM documents"))}
    store.engine.dispose()
    return ids


def test_an_old_store_upgrades_and_keeps_its_ids(db_url, seeds_dir):
    from pactwatch.store import open_store

    old_ids = _old_store(db_url, seeds_dir)
    assert set(old_ids.values()) == {p.stem for p in seeds_dir.iterdir()}
    from pactwatch.store.migrations import LATEST

    res = cli("db", "upgrade", "--db", db_url)
    assert res.returncode == 0 and f"schema version {LATEST}".encode() in res.stdout, res.stderr
    assert f"({'applied migrations ' + ', '.join(str(v) for v in range(5, LATEST + 1))})\n".encode() in res.stdout
    again = cli("db", "upgrade", "--db", db_url)
    assert again.returncode == 0 and again.stdout == f"schema version {LATEST} (up to date)\n".encode()
    store = open_store(db_url)
    docs = {d["id"]: d for d in store.iter_table("documents")}
    for pk, old in old_ids.items():
        assert docs[pk]["name"] == old and docs[pk]["doc_id"] == f"{old}-{docs[pk]['content_hash'][:16]}"
    before = _facts(store)
    assert cli("ingest", "--reanalyse", "--db", db_url).returncode == 0
    assert _facts(store) == before


@pytest.mark.parametrize("command", [["events"], ["stories"], ["show", "1"], ["entities"], ["db", "info"]])
def test_a_query_on_a_store_that_does_not_exist_names_it_and_creates_nothing(tmp_path, command):
    target = tmp_path / "nonexistent" / "dir" / "x.db"
    res = cli(*command, "--db", str(target))
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert str(target).encode() in res.stderr and b"no store at" in res.stderr
    assert not (tmp_path / "nonexistent").exists()


def test_a_program_failure_exits_3(tmp_path):
    res = cli("ingest", str(ROOT / "corpus" / "seeds"), "--db", "postgresql://nobody@127.0.0.1:1/none", timeout=120)
    assert res.returncode == 3, (res.returncode, res.stderr[-1000:])
    assert b"pactwatch" in res.stderr or b"Error" in res.stderr


def test_bench_store_never_writes_into_a_store_it_was_not_given_as_scratch(tmp_path, seeds_dir):
    real = str(tmp_path / "real.db")
    assert cli("ingest", str(seeds_dir), "--db", real).returncode == 0
    from pactwatch.store import open_store

    before = open_store(real).counts()
    res = cli("bench-store", "--db", real, "--events", "1000", "--copies", "1", "--repeat", "1")
    assert res.returncode == 2 and b"--scratch" in res.stderr
    assert open_store(real).counts() == before
    scratch = str(tmp_path / "scratch.db")
    assert cli("ingest", str(seeds_dir), "--db", scratch).returncode == 0
    res = cli("bench-store", "--db", scratch, "--scratch", "--events", "1000", "--copies", "1", "--repeat", "1")
    assert res.returncode == 0, res.stderr[-2000:]
    counts = open_store(scratch).counts()
    assert counts["documents"] == 100  # emptied first: only the 1,000 synthetic events' documents are left
    assert not any(d["name"] and d["name"][:3] in ("000", "001") for d in open_store(scratch).iter_table("documents"))


def test_extract_exit_codes_are_as_documented(tmp_path):
    good = _ecb(1)[0]
    assert run_cli("extract", str(good), "--jsonl").returncode == 0
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run_cli("extract", str(good), str(tmp_path / "empty.txt"), "--jsonl").returncode == 1
    assert run_cli("extract", "--no-such-flag").returncode == 2
