"""Across documents: agreements with a lifecycle, corroboration, contradictions, as-of memberships."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import analyse_raws

from pactwatch.crossdoc import contradictions, fact_clusters, stage_in
from pactwatch.crossdoc.records import Records
from pactwatch.model import RawDocument


def raw(doc_id: str, text: str, published: str | None = None, publisher: str | None = None) -> RawDocument:
    hints = tuple((k, v) for k, v in (("published", published), ("publisher", publisher)) if v)
    return RawDocument(doc_id, f"<test:{doc_id}>", text, "text", hints)


def stored(store, raws):
    run = store.start_run("test", "test", {})
    store.add_articles(analyse_raws(raws), run)
    return store


@pytest.mark.parametrize("sentence, anchor_word, stage, negated", [
    ("The Shusha Declaration was signed in June 2021.", "Shusha Declaration", "signed", False),
    ("Parliament ratified the defence treaty on Tuesday.", "defence treaty", "ratified", False),
    ("The accord entered into force last month.", "accord", "in_force", False),
    ("Moscow suspended the New START treaty in 2023.", "New START treaty", "suspended", False),
    ("The two sides initialled the peace agreement in Washington.", "peace agreement", "initialled", False),
    ("Officials are negotiating a free trade agreement.", "free trade agreement", "negotiated", False),
    ("Ankara has not ratified the protocol.", "protocol", "ratified", True),
    ("The memorandum approved by parliament complements the Shusha Declaration.", "Shusha Declaration", None, False),
    ("The Shusha Declaration is often cited.", "Shusha Declaration", None, False),
])
def test_stage_words(sentence, anchor_word, stage, negated):
    k = sentence.index(anchor_word)
    got, _span, neg = stage_in(sentence, (k, k + len(anchor_word)))
    assert got == stage
    if stage:
        assert neg == negated


def test_bundled_corpus_contradiction_waltz_and_aliyev(store, seed_articles):
    run = store.start_run("test", "test", {})
    store.add_articles(seed_articles, run)
    found = Records(store).contradictions(type="deployment")
    pairs = {(c["claim"]["asserted_by"], c["denial"]["asserted_by"]) for c in found if "country:AZE" in c["parties"]}
    assert ("person:mike-waltz", "person:ilham-aliyev") in pairs
    c = next(c for c in found if c["claim"]["asserted_by"] == "person:mike-waltz")
    assert "Azerbaijan" in c["claim"]["evidence"] and c["denial"]["evidence"]
    assert c["claim"]["status"] in ("planned", "occurred") and c["denial"]["status"] == "denied"


@pytest.mark.parametrize("which", [("003",), ("004",), ("003", "004")])
def test_shusha_declaration_is_one_record_whichever_seed_mentions_it(store, seed_articles, which):
    run = store.start_run("test", "test", {})
    store.add_articles([a for a in seed_articles if a.doc_id[:3] in which], run)
    recs = [r for r in Records(store).agreements() if r["id"] == "agreement:shusha-declaration"]
    assert len(recs) == 1
    rec = Records(store).agreement("Shusha Agreement")  # an alias finds the same record
    assert rec["id"] == "agreement:shusha-declaration"
    if "003" in which:
        assert {"country:AZE", "country:TUR"} <= set(rec["parties"])
        assert any(s["stage"] == "signed" and (s["date"] or "").startswith("2021") for s in rec["stages"])
    if "004" in which:
        assert "defense" in rec["provisions"]
        assert "military aid" in rec["provisions"]["defense"]["evidence"]


def test_agreement_mentions_merge_across_wording_and_documents(store):
    stored(store, [
        raw("a", "Poland and Lithuania signed a defence agreement between Poland and Lithuania on 3 March 2025 in "
                 "Vilnius, officials said. The defence agreement between Poland and Lithuania obliges both states "
                 "to provide mutual assistance if either is attacked, and to hold joint exercises every year, "
                 "the ministers added in a joint statement after the ceremony.", "2025-03-04", "Baltic Times"),
        raw("b", "The Lithuanian parliament on Tuesday ratified the defence agreement between Lithuania and Poland, "
                 "the speaker said. Lawmakers voted 98 to 5 in favour of the text, which the government described "
                 "as the most important security document the country has signed with a neighbour in decades, "
                 "and which now goes to the president.", "2025-06-10", "LRT"),
    ])
    recs = [r for r in Records(store).agreements() if r["id"].startswith("agreement:lithuania-poland-defen")]
    assert len(recs) == 1, [r["id"] for r in Records(store).agreements()]
    rec = recs[0]
    assert {"country:POL", "country:LTU"} <= set(rec["parties"])
    stages = {s["stage"]: s for s in rec["stages"]}
    assert stages["signed"]["date"] == "2025-03-03"
    assert stages["ratified"]["reported"] == "2025-06-10"
    assert rec["latest_stage"] == "ratified"
    assert {"defense", "joint_exercises"} <= set(rec["provisions"])
    assert set(rec["documents"]) == {"a", "b"}


def test_memberships_as_of_a_date(store):
    stored(store, [
        raw("fi", "Finland joined NATO on Tuesday, becoming the alliance's 31st member, the foreign ministry in "
                  "Helsinki said, after Turkey's parliament approved its application. Finnish officials said the "
                  "country would take part in NATO planning and exercises from the coming weeks.", "2023-04-04"),
        raw("se", "Sweden joined NATO on Thursday, becoming the 32nd member of the alliance, after Hungary's "
                  "parliament approved its application. Swedish officials said the country would take part in "
                  "NATO planning and exercises from the coming weeks, ending two centuries of neutrality.",
            "2024-03-07"),
    ])
    def members(as_of):
        e = store.entity("NATO", as_of=as_of)
        return {r["subject"] for r in e["relations"] if r["relation"] == "member_of" and r["object"] == "org:nato"}

    assert members("2023-01-01") == set()
    assert members("2023-06-01") == {"country:FIN"}
    assert members("2024-12-31") == {"country:FIN", "country:SWE"}
    assert members(None) == {"country:FIN", "country:SWE"}


def _ev(i, doc, status, actors, targets, asserted_by=None, reported="2026-01-06", when=None):
    return {"id": i, "doc": doc, "type": "deployment", "status": status, "actors": actors, "targets": targets,
            "asserted_by": asserted_by, "reported": reported, "when": when, "evidence": f"sentence {i}"}


def test_corroboration_counts_a_syndicated_copy_and_the_same_outlet_once():
    docs = {
        "orig": {"doc_id": "orig", "publisher": "Anadolu Agency", "duplicate_of": None},
        "copy": {"doc_id": "copy", "publisher": "MENAFN", "duplicate_of": "orig"},
        "again": {"doc_id": "again", "publisher": "Anadolu Agency", "duplicate_of": None},
        "other": {"doc_id": "other", "publisher": "Reuters", "duplicate_of": None},
    }
    evs = [_ev(i, d, "planned", ["country:AZE"], ["org:isf"], reported=f"2026-01-0{i + 1}")
           for i, d in enumerate(docs)]
    (cluster,) = fact_clusters(evs)
    s = cluster.summary(docs)
    assert s["reports"] == 4
    assert s["sources"] == 2  # Anadolu (its copy and its second article count once) and Reuters
    assert s["first_seen"] == "2026-01-01" and s["last_seen"] == "2026-01-04"


@pytest.mark.parametrize("claim, denial, expected", [
    (_ev(1, "a", "planned", ["country:AZE"], ["org:isf"], "person:envoy"),
     _ev(2, "b", "denied", ["country:AZE"], [], "person:president"), True),
    # the same person both ways is not two parties disagreeing
    (_ev(1, "a", "planned", ["country:AZE"], ["org:isf"], "person:x"),
     _ev(2, "b", "denied", ["country:AZE"], [], "person:x"), False),
    # different participants: not the same fact
    (_ev(1, "a", "planned", ["country:IDN"], ["org:isf"], "person:envoy"),
     _ev(2, "b", "denied", ["country:AZE"], [], "person:president"), False),
    # different times: both can hold
    (_ev(1, "a", "occurred", ["country:AZE"], [], "person:envoy", when="2020"),
     _ev(2, "b", "denied", ["country:AZE"], [], "person:president", when="2026"), False),
    # a possibility and a denial
    (_ev(1, "a", "possible", ["country:AZE"], ["org:isf"], "person:analyst"),
     _ev(2, "b", "denied", ["country:AZE"], ["org:isf"], "person:president"), True),
])
def test_contradictions_rule(claim, denial, expected):
    assert bool(contradictions([claim, denial])) == expected


def test_report_date_and_event_date_are_kept_apart(store):
    stored(store, [raw("x", "The defence ministers of Japan and the Philippines said on Monday that their navies "
                            "would hold joint exercises in the South China Sea in 2027, expanding cooperation that "
                            "began with coast guard patrols. The drills will include anti-submarine warfare, "
                            "officials in Manila said.", "2026-11-16")])
    evs = store.events(type="exercise", limit=None)
    assert evs and all(e["reported"] == "2026-11-16" for e in evs)
    assert any(e["when"] == "2027" for e in evs)
    assert store.events(type="exercise", since="2027", date_field="event", limit=None)
    assert not store.events(type="exercise", since="2027", date_field="reported", limit=None)
    assert dt.date.fromisoformat(evs[0]["reported"])


def test_bundled_corpus_stories_and_their_replay_from_the_store(store, seed_articles):
    """Seeds 000 and 001 report one interview; 002 (the summit proposal months earlier), 003
    (a memorandum approved) and 004 (drills held) are stories of their own, although all five
    are about Aliyev and Turkic defense cooperation. Rebuilt from what the store keeps of the
    other four, the index puts 001 where one run over all five did."""
    from pactwatch.ingest import story_indexes
    from pactwatch.stories import features_from_article

    by_doc = {a.doc_id[:3]: a.story for a in seed_articles}
    assert by_doc["000"] == by_doc["001"]
    others = [by_doc[k] for k in ("002", "003", "004")]
    assert len(set(others)) == 3 and by_doc["000"] not in others
    first = [a for a in seed_articles if not a.doc_id.startswith("001")]
    store.add_articles(first, store.start_run("test", "test", {}))
    index, _ = story_indexes(store)
    assert {a.doc_id: index.story_of(a.doc_id) for a in first} == {a.doc_id: a.story for a in first}
    late = next(a for a in seed_articles if a.doc_id.startswith("001"))
    assert index.add(features_from_article(late)) == by_doc["000"]


def _ingest(store, paths):
    from pactwatch.ingest import ingest
    from pactwatch.settings import Settings

    return ingest([str(p) for p in paths], store, Settings(n_process=1))


def _stories(store) -> dict[str, str]:
    return {r["doc_id"][:3]: r["story"] for r in store.iter_table("documents")}


def test_ingest_continues_from_the_saved_indexes(store, seeds_dir, caplog):
    """A finished ingest leaves the story indexes in the store; the next one loads them instead of
    replaying every document, and a new report of a stored story joins it."""
    seeds = sorted(seeds_dir.iterdir())
    _ingest(store, [p for p in seeds if not p.name.startswith("001")])
    snap = store.load_index_snapshot()
    assert snap is not None and snap[1] == store.last_document() == 4
    with caplog.at_level("INFO", logger="pactwatch.ingest"):
        _ingest(store, [p for p in seeds if p.name.startswith("001")])
    assert "4 documents from the snapshot, 0 replayed" in caplog.text
    got = _stories(store)
    assert got["001"] == got["000"] and len(set(got.values())) == 4
    assert store.load_index_snapshot()[1] == 5


@pytest.mark.parametrize("damage", ["junk bytes", "another pipeline", "ahead of the store"])
def test_a_snapshot_that_cannot_be_used_means_a_replay(store, seeds_dir, caplog, damage):
    seeds = sorted(seeds_dir.iterdir())
    _ingest(store, [p for p in seeds if not p.name.startswith("001")])
    data, last, version = store.load_index_snapshot()
    if damage == "junk bytes":
        store.save_index_snapshot(b"\x80\x05junk", last, version)
    elif damage == "another pipeline":
        store.save_index_snapshot(data, last, "0" * 12)
    else:
        store.save_index_snapshot(data, last + 10, version)
    with caplog.at_level("INFO", logger="pactwatch.ingest"):
        _ingest(store, [p for p in seeds if p.name.startswith("001")])
    assert "0 documents from the snapshot, 4 replayed" in caplog.text
    got = _stories(store)
    assert got["001"] == got["000"] and len(set(got.values())) == 4


def test_documents_of_an_interrupted_run_are_replayed_after_the_snapshot(store, seeds_dir, seed_articles, caplog):
    """An ingest killed after storing some batches saves no snapshot: the next run loads the last
    one and replays what was stored since, each document back into its stored story."""
    from pactwatch.ingest import story_indexes

    seeds = sorted(seeds_dir.iterdir())
    _ingest(store, [p for p in seeds if p.name.startswith(("000", "002"))])
    later = [a for a in seed_articles if a.doc_id.startswith(("001", "003"))]
    store.add_articles(later, store.start_run("ingest", "killed", {}))
    with caplog.at_level("INFO", logger="pactwatch.ingest"):
        index, _ = story_indexes(store)
    assert "2 documents from the snapshot, 2 replayed" in caplog.text
    assert {a.doc_id: index.story_of(a.doc_id) for a in later} == {a.doc_id: a.story for a in later}
    _ingest(store, [p for p in seeds if p.name.startswith("000")])  # nothing new, but the replay is kept
    assert store.index_snapshot_last() == 4


def test_a_run_that_shared_the_store_with_another_leaves_the_snapshot(store, seeds_dir, seed_articles, caplog):
    """Two workers ingesting into one store interleave their documents: neither's indexes hold
    them all, so neither overwrites the snapshot, and the next run replays both workers' documents."""
    from pactwatch.ingest import load_story_indexes, save_story_indexes

    seeds = sorted(seeds_dir.iterdir())
    _ingest(store, [p for p in seeds if p.name.startswith(("000", "002"))])
    index, dups, upto = load_story_indexes(store)
    ours, theirs = store.start_run("ingest", "a", {}), store.start_run("ingest", "b", {})
    art = {a.doc_id[:3]: a for a in seed_articles}
    store.add_articles([art["003"]], theirs)
    store.add_articles([art["001"]], ours)
    assert not save_story_indexes(store, index, dups, upto, ours)
    assert store.load_index_snapshot()[1] == 2
    with caplog.at_level("INFO", logger="pactwatch.ingest"):
        index, _, upto = load_story_indexes(store)
    assert "2 documents from the snapshot, 2 replayed" in caplog.text and upto == 4
    assert index.story_of(art["001"].doc_id) == art["001"].story == art["000"].story


def test_a_snapshot_that_cannot_be_saved_leaves_the_ingest_done(store, seeds_dir, caplog, monkeypatch):
    def full_disk(*_args):
        raise OSError("database or disk is full")

    monkeypatch.setattr(store, "save_index_snapshot", full_disk)
    with caplog.at_level("WARNING", logger="pactwatch.ingest"):
        summary = _ingest(store, [p for p in sorted(seeds_dir.iterdir()) if p.name.startswith("000")])
    assert summary.stored == 1 and store.counts()["documents"] == 1
    assert "could not save the story index snapshot (database or disk is full)" in caplog.text
    assert store.load_index_snapshot() is None
