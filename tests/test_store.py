"""The store on real SQLite and real PostgreSQL: writes, idempotence, queries, exports."""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "data" / "eval"))


@pytest.fixture
def filled(store, seed_articles):
    run = store.start_run("test", "test", {})
    stored, skipped = store.add_articles(seed_articles, run)
    assert (stored, skipped) == (len(seed_articles), 0)
    return store


def test_same_content_is_stored_once(filled, seed_articles):
    before = filled.counts()
    run = filled.start_run("test", "test", {})
    # the same texts again, even under other ids and sources, add nothing
    renamed = [dataclasses.replace(a, doc=dataclasses.replace(a.doc, raw=dataclasses.replace(
        a.doc.raw, doc_id=a.doc_id + "-copy", source="elsewhere"))) for a in seed_articles]
    assert filled.add_articles(renamed, run) == (0, len(seed_articles))
    after = filled.counts()
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}


def test_facts_keep_their_evidence_in_the_original_text(filled, seed_articles, seeds_dir):
    originals = {p.stem: p.read_text(encoding="utf-8") for p in seeds_dir.iterdir()}
    events = filled.events(limit=None)
    assert len(events) == sum(len(a.events) for a in seed_articles)
    for ev in events:
        assert originals[ev["name"]][ev["start"]:ev["end"]] == ev["evidence"]


@pytest.mark.parametrize("name", ["Turkey", "Türkiye", "TUR", "turkiye", "country:TUR"])
def test_actor_names_resolve_through_aliases(filled, name):
    by_id = {e["id"] for e in filled.events(party="country:TUR", limit=None)}
    assert by_id, "the seeds name Türkiye in events"
    assert {e["id"] for e in filled.events(party=name, limit=None)} == by_id


def test_event_filters(filled):
    ex = filled.events(type="exercise", limit=None)
    assert ex and all(e["type"] == "exercise" for e in ex)
    denied = filled.events(status="denied", limit=None)
    assert denied and all(e["status"] == "denied" for e in denied)
    aze = filled.events(actor="Azerbaijan", limit=None)
    assert aze and all("country:AZE" in e["actors"] for e in aze)
    by_aliyev = filled.events(asserted_by="Aliyev", limit=None)
    assert by_aliyev and all(e["asserted_by"] == "person:ilham-aliyev" for e in by_aliyev)
    # report dates and event dates are filtered apart
    reported_2026 = filled.events(since="2026-01-01", limit=None)
    assert reported_2026 and all(e["reported"] >= "2026-01-01" for e in reported_2026)
    planned_2026 = filled.events(since="2026", until="2026-12-31", date_field="event", limit=None)
    assert all(e["when"] and e["when"].startswith("2026") for e in planned_2026)
    assert filled.events(actor="Atlantis", limit=None) == []


def test_entity_search_and_detail(filled):
    orgs = filled.entities(kind="org", limit=None)
    assert any(o["id"] == "org:ots" for o in orgs)
    assert all(o["kind"] == "org" for o in orgs)
    found = filled.entities(search="turkic", limit=None)
    assert any(o["id"] == "org:ots" for o in found)
    ots = filled.entity("Turkic Council")
    assert ots["id"] == "org:ots"
    members = {r["subject"] for r in ots["relations"] if r["relation"] == "member_of"}
    observers = {r["subject"] for r in ots["relations"] if r["relation"] == "observer_of"}
    assert {"country:TUR", "country:AZE", "country:KAZ", "country:KGZ", "country:UZB"} <= members
    assert {"country:HUN", "country:TKM"} <= observers
    # as of a date before any article: nothing reported yet
    assert filled.entity("OTS", as_of="2020-01-01")["relations"] == []
    aliyev = filled.entity("Ilham Aliyev")
    assert any(r["relation"] == "leader_of" and r["object"] == "country:AZE" for r in aliyev["relations"])
    assert aliyev["quotes"]


def test_quotes_and_full_text_search(filled):
    qs = filled.quotes(speaker="Aliyev", limit=None)
    assert qs and all(q["speaker"] == "person:ilham-aliyev" for q in qs)
    hits = filled.quotes(search="military alliance", limit=None)
    assert hits and all("alliance" in q["text"].lower() for q in hits)
    found = filled.search("joint exercises")
    kinds = {h["kind"] for h in found}
    assert "document" in kinds and "event" in kinds
    assert all(h["doc"] for h in found)
    assert filled.search("xylophonequartz") == []


def test_show_gives_the_fact_with_its_article(filled):
    ev = filled.events(type="alliance", status="denied", limit=1)[0]
    shown = filled.show(ev["id"])
    assert shown["evidence"] == shown["original"]
    assert shown["title"] and shown["publisher"] and shown["reported"]
    assert shown["names"]["country:AZE"] == "Azerbaijan"
    assert filled.show(10**9) is None


def test_replace_facts_swaps_one_documents_facts(filled, seed_articles):
    art = seed_articles[0]
    pk = next(pk for pk, raw in filled.documents_for_reanalysis() if raw.doc_id == art.doc_id)
    before = filled.counts()
    run = filled.start_run("reanalyse", "test", {})
    filled.replace_facts(pk, dataclasses.replace(art, events=art.events[:1]), run)
    after = filled.counts()
    assert after["events"] == before["events"] - (len(art.events) - 1)
    assert after["documents"] == before["documents"]


def test_jsonl_export_scores_like_extract(filled, seed_articles):
    import io

    from score import load, score  # tests/data/eval/score.py, the project's copy of the scorer

    from pactwatch.contract import to_contract
    from pactwatch.export import export_jsonl

    buf = io.StringIO()
    assert export_jsonl(filled, buf) == len(seed_articles)
    gold = load(str(ROOT / "tests" / "data" / "eval" / "seeds.gold.jsonl"))
    exported = {json.loads(line)["doc"]: json.loads(line) for line in buf.getvalue().splitlines()}
    direct = {a.doc.raw.name: json.loads(json.dumps(to_contract(a), default=str)) for a in seed_articles}
    assert score(gold, exported)[0] == score(gold, direct)[0]


def test_parquet_reads_in_duckdb(filled, tmp_path):
    import duckdb

    from pactwatch.export import export_parquet

    counts = export_parquet(filled, tmp_path)
    con = duckdb.connect()
    n = con.execute(f"select count(*) from '{tmp_path / 'events.parquet'}'").fetchone()[0]
    assert n == counts["events"] == filled.counts()["events"]
    top = con.execute(f"select type, count(*) from '{tmp_path / 'events.parquet'}' group by type order by 2 desc").fetchall()
    assert top[0][1] >= 1
    docs = con.execute(f"select count(*) from '{tmp_path / 'documents.parquet'}' where published is not null").fetchone()
    assert docs[0] >= 3


def test_csv_export_has_every_table(filled, tmp_path):
    import csv

    from pactwatch.export import TABLES, export_csv

    counts = export_csv(filled, tmp_path)
    for name in TABLES:
        with (tmp_path / f"{name}.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == counts[name]
    assert counts["events"] > 0


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_exports_open_in_networkx(filled, tmp_path, fmt):
    import networkx as nx

    from pactwatch.export import export_gexf, export_graphml

    path = tmp_path / f"net.{fmt}"
    n = (export_graphml if fmt == "graphml" else export_gexf)(filled, path)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert g.number_of_edges() == n > 0
    assert "country:AZE" in g.nodes
    edge = next(iter(g.edges(data=True)))[2]
    assert {"event_type", "status", "weight", "polarity", "symmetric"} <= set(edge)


def test_network_links_co_actors_of_an_event_without_target(store):
    from conftest import analyse_raws

    from pactwatch.model import RawDocument

    text = ("Joint drills held\n"
            "Poland and Lithuania held joint military exercises near Vilnius on Monday, the defence ministry said.\n"
            "Troops from both countries took part in the drills, which lasted three days.\n")
    art = analyse_raws([RawDocument("drills", "drills.txt", text)])[0]
    ex = next(e for e in art.events if e.type == "exercise")
    assert set(ex.actors + ex.targets) == {"country:POL", "country:LTU"}
    # the same fact as an extractor may give it: both states actors, no target
    joint = dataclasses.replace(ex, actors=("country:POL", "country:LTU"), targets=())
    art = dataclasses.replace(art, events=(joint,))
    store.add_articles([art], store.start_run("test", "test", {}))
    from pactwatch.crossdoc.records import Records

    _, edges = Records(store).network()
    pair = [e for e in edges if e["type"] == "exercise"]
    assert [(e["source"], e["target"], e["symmetric"]) for e in pair] == [("country:LTU", "country:POL", True)]
    assert pair[0]["weight"] == 1 and pair[0]["documents"] == 1


def test_plover_mapping(filled):
    from pactwatch.export import to_plover

    for ev in filled.events(limit=None):
        rec = to_plover(ev)
        assert f"status:{ev['status']}" in rec["context"]
        if ev["status"] == "proposed" and ev["type"] not in ("request", "threat", "conflict"):
            assert rec["event_type"] == "AGREE"
        elif ev["type"] == "exercise":
            assert rec["event_type"] == "COOPERATE"
        elif ev["type"] == "conflict":
            assert rec["event_type"] == "ASSAULT"
        elif ev["type"] == "threat":
            assert rec["event_type"] == "THREATEN"
        elif ev["type"] == "agreement":
            assert rec["event_type"] == "SUPPORT"


def test_unknown_database_scheme_is_a_clear_error():
    from pactwatch.errors import StoreError
    from pactwatch.store import open_store

    with pytest.raises(StoreError, match="unknown database URL scheme"):
        open_store("mysql://x/y")


def test_queries_return_frozen_typed_rows(filled):
    """Rows are frozen dataclasses read by attribute; types and statuses are checked values."""
    from pactwatch.model import EVENT_TYPES, STATUSES, Event
    from pactwatch.store.rows import EntityRow, EventDetail, EventRow, QuoteRow, SearchHit

    events = filled.events(limit=None)
    assert events and all(isinstance(e, EventRow) for e in events)
    ev = events[0]
    assert ev.type in EVENT_TYPES and ev.status in STATUSES and isinstance(ev.actors, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.status = "denied"  # type: ignore[misc]
    with pytest.raises(ValueError, match="unknown event status"):
        dataclasses.replace(ev, status="rumoured")
    with pytest.raises(ValueError, match="unknown event type"):
        Event(type="friendship", status="occurred")
    detail = filled.show(ev.id)
    assert isinstance(detail, EventDetail) and detail.id == ev.id and detail.source
    assert all(isinstance(q, QuoteRow) for q in filled.quotes(limit=None))
    assert all(isinstance(x, EntityRow) for x in filled.entities(limit=None))
    assert all(isinstance(h, SearchHit) for h in filled.search("exercises"))
    assert ev.as_dict()["actors"] == list(ev.actors) and json.dumps(ev.as_dict())
