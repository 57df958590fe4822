"""One vocabulary for a run's counts (issue 12 point 4): ``ingest --json``, ``ingest --from-parquet
--json`` and ``scale ingest --json`` give the same keys, ``already_stored`` for a document whose
content the store had, ``skipped`` for an input that is no document. (The web's upload answer is
checked in test_web_api.py.) The shard is written by the Ray engine's own writer from the
generated articles of the known store, so no Ray is needed here."""
from __future__ import annotations

import json

import known_store as K
import pytest
from click.testing import CliRunner

from pactwatch.cli import cli
from pactwatch.engines import parquet_io

KEYS = {"run", "read", "stored", "already_stored", "refused", "refused_by_reason", "skipped", "skipped_by_kind"}


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> str:
    out = str(tmp_path_factory.mktemp("shards") / "out")
    articles = K.run1()
    summary = parquet_io.ShardSummary("00000", "generated", read=len(articles) + 1, analysed=len(articles),
                                      refusals=[{"source": "crawl.warc.gz#<urn:uuid:1>", "stage": "read",
                                                 "reason": "warc-not-200", "detail": "HTTP status 404",
                                                 "skipped": True}])
    parquet_io.write_shard(out, summary, articles)
    return out


@pytest.mark.parametrize("command", [["ingest", "--from-parquet"], ["scale", "ingest"]])
def test_loading_shards_says_already_stored_and_skipped_as_ingest_does(shards, tmp_path, command):
    db = str(tmp_path / "s.db")
    n = len(K.run1())

    def load() -> tuple[dict, str]:
        res = CliRunner().invoke(cli, [*command, shards, "--db", db, "--json"])
        assert res.exit_code == 0, res.output
        return json.loads(res.stdout.strip().splitlines()[-1]), res.stderr

    first, line = load()
    assert f"stored {n}, already stored 0, refused 0, skipped 1 (warc-not-200 1)" in line  # as ingest says it
    assert set(first) == KEYS
    assert (first["stored"], first["already_stored"], first["skipped"]) == (n, 0, 1)
    assert first["skipped_by_kind"] == {"warc-not-200": 1} and first["refused"] == 0
    again, line = load()
    assert (again["stored"], again["already_stored"]) == (0, n)
    assert f"stored 0, already stored {n}, refused 0" in line


def test_ingest_json_has_the_same_keys(tmp_path):
    (tmp_path / "a.txt").write_text("Arland and Borduria held talks in the capital on Monday.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["-q", "ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"), "--json"])
    assert res.exit_code == 0, res.output
    assert set(json.loads(res.stdout.strip().splitlines()[-1])) == KEYS
