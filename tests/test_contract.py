"""One contract: ``extract --jsonl`` and ``export --format jsonl`` give the same record for the
same article (:func:`pactwatch.contract.to_contract` of the fresh article and of the stored
one read back), on the bundled corpus and on ECB+ articles, on SQLite and PostgreSQL.

The only difference allowed: a stored event carries its store ``id``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, analyse_raws

from pactwatch.cli import cli
from pactwatch.contract import stored_contracts, to_contract
from pactwatch.read import read_inputs
from pactwatch.settings import Settings

ECBPLUS = ROOT / "tests" / "data" / "ecbplus"
ECB_SAMPLE = 24  # articles of ECB+ (every topic's first files): general news, quotes, few events


def _without_store_ids(record: dict) -> dict:
    return {**record, "events": [{k: v for k, v in e.items() if k != "id"} for e in record["events"]]}


def _compare(fresh: list[dict], stored: list[dict]) -> None:
    assert [r["id"] for r in stored] == [r["id"] for r in fresh]
    for f, s in zip(fresh, stored, strict=True):
        assert all(isinstance(e.get("id"), int) for e in s["events"])
        assert _without_store_ids(s) == json.loads(json.dumps(f)), f["id"]


@pytest.fixture(scope="module")
def ecb_articles():
    files = sorted(ECBPLUS.glob("*.txt"))[:ECB_SAMPLE]
    return analyse_raws(list(read_inputs([str(p) for p in files], Settings())))


@pytest.mark.parametrize("corpus", ["seeds", "ecbplus"])
def test_stored_records_are_the_extracted_ones(store, corpus, seed_articles, ecb_articles):
    articles = seed_articles if corpus == "seeds" else ecb_articles
    assert articles
    run = store.start_run("test", "test", {})
    store.add_articles(list(articles), run)
    fresh = [to_contract(a) for a in articles]
    assert any(r["agreement_mentions"] for r in fresh) or corpus == "ecbplus"
    assert all("relevance" in r and "offsets_into" in r for r in fresh)
    _compare(fresh, list(stored_contracts(store)))


def test_the_commands_print_the_same_records(tmp_path: Path, seeds_dir, monkeypatch):
    """``pactwatch extract --jsonl`` and ``pactwatch ingest`` + ``pactwatch export --format jsonl``."""
    monkeypatch.delenv("PACTWATCH_DB", raising=False)
    monkeypatch.setenv("PACTWATCH_N_PROCESS", "1")
    db = str(tmp_path / "store.db")
    runner = CliRunner()
    extracted = runner.invoke(cli, ["-q", "extract", str(seeds_dir), "--jsonl"], catch_exceptions=False)
    assert extracted.exit_code == 0, extracted.output
    ingested = runner.invoke(cli, ["-q", "ingest", str(seeds_dir), "--db", db], catch_exceptions=False)
    assert ingested.exit_code == 0, ingested.output
    exported = runner.invoke(cli, ["-q", "export", "--format", "jsonl", "--db", db], catch_exceptions=False)
    assert exported.exit_code == 0, exported.output
    fresh = [json.loads(line) for line in extracted.output.splitlines() if line.strip()]
    stored = [json.loads(line) for line in exported.output.splitlines() if line.strip()]
    assert len(fresh) == 5
    _compare(sorted(fresh, key=lambda r: r["id"]), sorted(stored, key=lambda r: r["id"]))


def test_every_id_a_fact_names_is_an_entity_with_its_name():
    """A fact may name a party the text does not (a known leader's state, a letter's signer): the
    article then carries that entity, named from the gazetteer, else from the id's words."""
    from pactwatch.gazetteer import load_gazetteer
    from pactwatch.model import Entity, Event
    from pactwatch.pipeline import implied_entities

    named = (Entity("country:USA", "country", "United States"),)
    events = (Event("meeting", "occurred", ("country:USA",), ("country:IRN",), asserted_by="person:jane-q-doe"),)
    got = {e.id: e for e in implied_entities(named, events, (), load_gazetteer())}
    assert set(got) == {"country:IRN", "person:jane-q-doe"}
    assert got["country:IRN"].name == "Iran" and got["country:IRN"].kind == "country"
    assert got["person:jane-q-doe"].name == "Jane Q Doe" and got["person:jane-q-doe"].kind == "person"


def test_every_id_of_an_extracted_record_is_named():
    """No record names an entity by its id's last part (was: 'IRN', 'joseph-r-biden-jr')."""
    raws = list(read_inputs([ROOT / "tests" / "data" / "wikinews" / "wn-028.txt"], Settings()))
    assert raws
    for art in analyse_raws(raws):
        rec = to_contract(art)
        ids = {e["id"]: e["name"] for e in rec["entities"]}
        used = {p for ev in rec["events"] for p in ev["actors"] + ev["targets"]}
        assert "country:IRN" in used and used <= set(ids)
        assert all(ids[p] != p.split(":", 1)[1] for p in used), {p: ids[p] for p in used}
