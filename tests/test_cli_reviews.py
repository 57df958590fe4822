"""Reviews (issue 14) and confidence (issue 11) through the real command line: ``events`` and
``export`` apply the analysts' reviews (a rejected event leaves the default answer, a corrected
one reads and filters as corrected, ``--reviewed-only``, ``--include-rejected``) and take
``--min-confidence``; on the generated store of known answers with reviews made by the review
layer the web uses, and on the bundled corpus ingested by ``pactwatch ingest``."""
from __future__ import annotations

import csv
import json

import known_store as K
import pytest

run, lines = K.run, K.lines


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The known store with three reviews: a January exercise rejected, a February meeting corrected
    to a conflict with Borduria as its target, a March exercise confirmed."""
    from pactwatch.store import open_store
    from pactwatch.store.reviews import add_review

    db = K.known_db(tmp_path_factory.mktemp("reviewed"))
    every = lines(run(db, "events", "--all", "--json"))

    def first(typ: str, month: str) -> dict:
        return next(r for r in every if r["type"] == typ and (r["reported"] or "").startswith(month))

    ids = {"rejected": first("exercise", "2025-01")["id"], "corrected": first("meeting", "2025-02")["id"],
           "confirmed": first("exercise", "2025-03")["id"]}
    store = open_store(db)
    add_review(store, "event", ids["rejected"], "reject", reviewer="ana", note="a drill of another year")
    add_review(store, "event", ids["corrected"], "correct", {"type": "conflict", "targets": ["Borduria"]},
               reviewer="ana")
    add_review(store, "event", ids["confirmed"], "confirm", reviewer="bo")
    store.engine.dispose()
    return db, ids


def test_events_leave_out_rejected_and_read_corrections(reviewed):
    db, ids = reviewed
    rows = lines(run(db, "events", "--all", "--json"))
    assert len(rows) == K.TOTAL_EVENTS - 1 and ids["rejected"] not in {r["id"] for r in rows}
    fixed = next(r for r in rows if r["id"] == ids["corrected"])
    assert (fixed["type"], fixed["targets"], fixed["target_names"]) == ("conflict", [K.BBB], ["Borduria"])
    assert fixed["pipeline"] == {"type": "meeting", "targets": [K.CCC]} and fixed["review"]["action"] == "correct"
    # filters read the corrected values: the meeting is a conflict now, between Arland and Borduria
    assert [r["id"] for r in lines(run(db, "events", "--json", "--type", "conflict"))] == [ids["corrected"]]
    assert len(lines(run(db, "events", "--all", "--json", "--type", "meeting"))) == 5
    assert ids["corrected"] in {r["id"] for r in lines(run(db, "events", "--all", "--json", "--between", "Arland",
                                                           "Borduria"))}
    assert ids["corrected"] not in {r["id"] for r in lines(run(db, "events", "--all", "--json", "--party",
                                                               "Carpania"))}
    table = run(db, "events", "--limit", "40").stdout
    assert "Review" in table and "corrected" in table and "confirmed" in table and "rejected" not in table


def test_events_include_rejected_and_reviewed_only(reviewed):
    db, ids = reviewed
    every = lines(run(db, "events", "--all", "--json", "--include-rejected"))
    assert len(every) == K.TOTAL_EVENTS
    assert next(r for r in every if r["id"] == ids["rejected"])["review"]["note"] == "a drill of another year"
    only = lines(run(db, "events", "--all", "--json", "--reviewed-only"))
    assert sorted(r["id"] for r in only) == sorted([ids["corrected"], ids["confirmed"]])
    both = lines(run(db, "events", "--all", "--json", "--reviewed-only", "--include-rejected"))
    assert sorted(r["id"] for r in both) == sorted(ids.values())
    assert lines(run(db, "events", "--json", "--reviewed-only", "--type", "meeting")) == []
    r = run(db, "events", "--reviewed-only", "--limit", "1")
    assert "showing 1 of 2 events" in r.stderr


def test_trends_count_the_events_as_reviewed(reviewed):
    db, _ = reviewed

    def months(*flags: str) -> dict[str, dict]:
        return {m["period"]: m["by_type"] for m in lines(run(db, "trends", "--by", "month", "--json", *flags))}

    default, every = months(), months("--include-rejected")
    assert every["2025-01"] == {"exercise": 1, "meeting": 1} and default["2025-01"] == {"meeting": 1}  # rejected
    assert default["2025-02"] == {"exercise": 2, "alliance": 1, "conflict": 1}  # the meeting is a conflict
    assert months("--reviewed-only") == {"2025-02": {"conflict": 1}, "2025-03": {"exercise": 1}}
    assert sum(n for m in months("--min-confidence", "0.6").values() for n in m.values()) == 0


def test_new_lists_the_events_as_reviewed(reviewed):
    db, ids = reviewed
    head, *rows = lines(run(db, "new", "--run", "1", "--json"))
    events = {r["id"]: r for r in rows if r["kind"] == "event"}
    assert head["events"] == K.RUN1_EVENTS - 1 and ids["rejected"] not in events
    assert events[ids["corrected"]]["type"] == "conflict"


def test_an_entity_lists_its_events_as_reviewed(reviewed):
    db, ids = reviewed
    info = lines(run(db, "entity", "Arland", "--json"))[0]
    events = {e["id"]: e for e in info["events"]}
    assert ids["rejected"] not in events and events[ids["corrected"]]["type"] == "conflict"
    assert ids["confirmed"] in events  # Arland's exercises are there: only the rejected one is left out


def test_show_says_the_review(reviewed):
    db, ids = reviewed
    text = run(db, "show", str(ids["rejected"])).stdout
    assert "review:      reject by ana, " in text and text.rstrip().endswith(": a drill of another year")
    assert "review:      correct (type conflict, targets country:BBB) by ana" in run(db, "show", str(ids["corrected"])).stdout
    assert lines(run(db, "show", str(ids["confirmed"]), "--json"))[0]["review"]["reviewer"] == "bo"
    other = min(set(range(1, K.TOTAL_EVENTS + 1)) - set(ids.values()))
    assert "review:" not in run(db, "show", str(other)).stdout


def test_exports_apply_the_reviews(reviewed, tmp_path):
    db, ids = reviewed

    def contract_events(*flags: str) -> dict[int, dict]:
        return {e["id"]: e for doc in lines(run(db, "export", "--format", "jsonl", *flags)) for e in doc["events"]}

    default = contract_events()
    assert len(default) == K.TOTAL_EVENTS - 1 and ids["rejected"] not in default
    assert default[ids["corrected"]]["type"] == "conflict" and default[ids["corrected"]]["targets"] == [K.BBB]
    assert default[ids["corrected"]]["pipeline"]["type"] == "meeting"
    unreviewed = [e for i, e in default.items() if i not in ids.values()]
    assert unreviewed and all("review" not in e for e in unreviewed)  # as extract prints them
    assert len(contract_events("--include-rejected")) == K.TOTAL_EVENTS
    assert set(contract_events("--reviewed-only")) == {ids["corrected"], ids["confirmed"]}

    plover = lines(run(db, "export", "--format", "plover"))
    assert len(plover) == K.TOTAL_EVENTS - 1
    fixed = next(p for p in plover if p["id"] == f"pactwatch-{ids['corrected']}")
    assert "pactwatch:conflict" in fixed["context"] and fixed["recipients"] == [K.BBB]
    assert fixed["review"]["action"] == "correct"
    assert len(lines(run(db, "export", "--format", "plover", "--reviewed-only"))) == 2

    out = tmp_path / "csv"
    r = run(db, "export", "--format", "csv", "--out", str(out))
    assert f"events {K.TOTAL_EVENTS - 1:,}" in r.stderr and "reviews 3" in r.stderr

    def table(name: str) -> list[dict]:
        with (out / f"{name}.csv").open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    events = {int(e["id"]): e for e in table("events")}
    assert ids["rejected"] not in events and events[ids["corrected"]]["type"] == "conflict"
    assert ids["confirmed"] in events  # Arland's exercises are there: only the rejected one is left out
    parties = [p for p in table("event_parties") if int(p["event"]) == ids["corrected"]]
    assert sorted((p["role"], p["entity_id"]) for p in parties) == [("actor", K.AAA), ("target", K.BBB)]
    assert not [p for p in table("event_parties") if int(p["event"]) == ids["rejected"]]
    reviews = table("reviews")
    assert sorted(r["action"] for r in reviews) == ["confirm", "correct", "reject"]
    assert json.loads(next(r for r in reviews if r["action"] == "correct")["changes"])["type"] == "conflict"


def test_the_network_export_is_drawn_from_the_reviewed_events(reviewed, tmp_path):
    import networkx as nx

    db, _ = reviewed

    def edges(*flags: str) -> dict[tuple, int]:
        out = tmp_path / "g.graphml"
        run(db, "export", "--format", "graphml", "--out", str(out), *flags)
        return {(a, b, d["event_type"]): d["weight"] for a, b, d in nx.read_graphml(out).edges(data=True)}

    default, every = edges(), edges("--include-rejected")
    assert every[(K.AAA, K.BBB, "exercise")] == 21 and default[(K.AAA, K.BBB, "exercise")] == 20
    # the corrected meeting is a conflict with Borduria: 5 meetings with Carpania of the 6 stored
    assert default[(K.AAA, K.CCC, "meeting")] == every[(K.AAA, K.CCC, "meeting")] == 5
    assert default[(K.AAA, K.BBB, "conflict")] == every[(K.AAA, K.BBB, "conflict")] == 1
    assert edges("--reviewed-only") == {(K.AAA, K.BBB, "conflict"): 1, (K.AAA, K.BBB, "exercise"): 1}


# --------------------------------------------------------------------------- --min-confidence on real facts


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    run(db, "ingest", str(seeds_dir), "-j", "1")
    return db


@pytest.mark.parametrize("value", ["-0.1", "1.5", "high"])
def test_min_confidence_outside_0_1_is_a_usage_error(seeds_db, value):
    for command in (["events"], ["export", "--format", "jsonl"]):
        r = run(seeds_db, *command, "--min-confidence", value, code=2)
        assert "Invalid value for '--min-confidence'" in r.stderr and value in r.stderr


def test_min_confidence_filters_events_and_exports(seeds_db):
    every = lines(run(seeds_db, "events", "--all", "--json"))
    confident = [r for r in every if r["confidence"] >= 0.8]
    assert 0 < len(confident) < len(every)  # the seeds have events on both sides of the bound
    got = lines(run(seeds_db, "events", "--all", "--json", "--min-confidence", "0.8"))
    assert [r["id"] for r in got] == [r["id"] for r in confident]
    exported = [e for doc in lines(run(seeds_db, "export", "--format", "jsonl", "--min-confidence", "0.8"))
                for e in doc["events"]]
    assert sorted(e["id"] for e in exported) == sorted(r["id"] for r in confident)
    assert len(lines(run(seeds_db, "export", "--format", "plover", "--min-confidence", "0.8"))) == len(confident)
    assert lines(run(seeds_db, "events", "--json", "--min-confidence", "1")) == [
        r for r in every if r["confidence"] >= 1][:1000]


def test_reviewed_events_on_each_backend(store):
    """The review filter's SQL (ids left out, ids kept, confidence) on SQLite and PostgreSQL."""
    from pactwatch.store.analytics import EventFilter, event_ids, find_events, find_reviewed_events
    from pactwatch.store.reviews import add_review

    K.fill(store)
    aaa, bbb = frozenset({K.AAA}), frozenset({K.BBB})
    between = EventFilter(between=(aaa, bbb))
    first, second = find_events(store, between, limit=2).rows
    add_review(store, "event", first["id"], "reject", reviewer="ana")
    add_review(store, "event", second["id"], "correct", {"status": "denied"}, reviewer="ana")
    page = find_reviewed_events(store, between, limit=5)
    assert page.total == K.BETWEEN_AAA_BBB - 1 and len(page.rows) == 5
    assert first["id"] not in {r["id"] for r in page.rows}
    assert next(r for r in page.rows if r["id"] == second["id"])["status"] == "denied"
    denied = find_reviewed_events(store, EventFilter(between=(aaa, bbb), statuses=("denied",)))
    assert first["type"] == "alliance" and first["status"] == "denied"  # the newest: August's denial, rejected
    assert [r["id"] for r in denied.rows] == [second["id"]] and denied.total == 1
    only = find_reviewed_events(store, between, reviewed_only=True, include_rejected=True)
    assert sorted(r["id"] for r in only.rows) == sorted([first["id"], second["id"]])
    assert len(event_ids(store, EventFilter(min_confidence=0.5))) == K.TOTAL_EVENTS  # every generated event is 0.5
    assert event_ids(store, EventFilter(min_confidence=0.6)) == set()


# --------------------------------------------------------------------------- the cross-document commands


@pytest.fixture(scope="module")
def crossdoc_reviewed(tmp_path_factory):
    """The known store with four reviews: August's denied alliance rejected (the one contradiction's
    denial), February's claimed alliance confirmed, February's meeting with Carpania corrected to an
    exercise, a March exercise with Borduria corrected to a proposed agreement."""
    from pactwatch.store import open_store
    from pactwatch.store.reviews import add_review

    db = K.known_db(tmp_path_factory.mktemp("crossdoc"))
    every = lines(run(db, "events", "--all", "--json"))

    def first(typ: str, status: str, month: str) -> int:
        return next(r["id"] for r in every if (r["type"], r["status"]) == (typ, status)
                    and (r["reported"] or "").startswith(month))

    ids = {"denial": first("alliance", "denied", "2025-08"), "claim": first("alliance", "occurred", "2025-02"),
           "meeting": first("meeting", "occurred", "2025-02"), "exercise": first("exercise", "occurred", "2025-03")}
    store = open_store(db)
    add_review(store, "event", ids["denial"], "reject", reviewer="ana")
    add_review(store, "event", ids["claim"], "confirm", reviewer="ana")
    add_review(store, "event", ids["meeting"], "correct", {"type": "exercise"}, reviewer="ana")
    add_review(store, "event", ids["exercise"], "correct", {"type": "agreement", "status": "proposed"}, reviewer="bo")
    store.engine.dispose()
    return db, ids


def _facts(db: str, *flags: str) -> dict[tuple, dict]:
    return {(f["type"], f["status"], tuple(f["parties"])): f for f in lines(run(db, "facts", "--all", "--json", *flags))}


def test_facts_count_the_events_as_reviewed(crossdoc_reviewed):
    db, ids = crossdoc_reviewed
    facts = _facts(db)
    meetings, with_ccc = facts[("meeting", "occurred", (K.AAA, K.CCC))], facts[("exercise", "occurred", (K.AAA, K.CCC))]
    assert meetings["reports"] == 5 and ids["meeting"] not in meetings["events"]  # 6 stored, one is an exercise now
    assert with_ccc["reports"] == 4 and ids["meeting"] in with_ccc["events"]  # August's 3 and the corrected meeting
    assert facts[("exercise", "occurred", (K.AAA, K.BBB))]["reports"] == 21 - 1
    assert ("alliance", "denied", (K.AAA, K.BBB)) not in facts  # rejected
    assert _facts(db, "--include-rejected")[("alliance", "denied", (K.AAA, K.BBB))]["reports"] == 1
    # the filters read the corrected values
    assert set(_facts(db, "--type", "meeting")) == {("meeting", "occurred", (K.AAA, K.CCC))}
    assert _facts(db, "--type", "exercise", "--party", "Carpania")[("exercise", "occurred", (K.AAA, K.CCC))][
        "events"] == with_ccc["events"]
    only = _facts(db, "--reviewed-only")
    assert {k: f["events"] for k, f in only.items()} == {
        ("alliance", "occurred", (K.AAA, K.BBB)): [ids["claim"]], ("exercise", "occurred", (K.AAA, K.CCC)): [ids["meeting"]],
        ("agreement", "proposed", (K.AAA, K.BBB)): [ids["exercise"]]}


def test_contradictions_leave_out_a_rejected_side(crossdoc_reviewed):
    db, ids = crossdoc_reviewed
    assert lines(run(db, "contradictions", "--json")) == []
    assert "no contradictions found" in run(db, "contradictions").stderr
    (both,) = lines(run(db, "contradictions", "--json", "--include-rejected"))
    assert (both["claim"]["event"], both["denial"]["event"]) == (ids["claim"], ids["denial"])
    assert len(lines(run(db, "contradictions", "--json", "--include-rejected", "--reviewed-only"))) == 1
    assert lines(run(db, "contradictions", "--json", "--reviewed-only")) == []


def test_agreements_take_the_corrected_agreement_events(crossdoc_reviewed):
    db, ids = crossdoc_reviewed
    unnamed = f"unnamed:{K.AAA}+{K.BBB}"
    records = {r["id"]: r for r in lines(run(db, "agreements", "--json"))}
    assert records[unnamed]["latest_stage"] == "proposed"  # the exercise corrected to a proposal
    assert records[K.PACT]["latest_stage"] == "ratified"  # named in sentences, which carry no reviews
    assert set(r["id"] for r in lines(run(db, "agreements", "--json", "--reviewed-only"))) == {unnamed, K.PACT}
    assert lines(run(db, "agreement", unnamed, "--json"))[0]["stages"][0]["stage"] == "proposed"


def test_the_web_and_the_cli_share_the_reviewed_records(crossdoc_reviewed):
    """The web's facts, contradictions and agreements are the CLI's (one Records, reviews applied)."""
    from pactwatch.crossdoc.records import Records
    from pactwatch.store import open_store
    from pactwatch.web.service import Service

    db, ids = crossdoc_reviewed
    store = open_store(db)
    service = Service(store)
    web = service.facts(limit=500)["items"]
    assert {(f["type"], f["status"], tuple(f["parties"])): f["events"] for f in web} == {
        k: f["events"] for k, f in _facts(db).items()}
    assert service.contradictions() == [] and len(Records(store, include_rejected=True).contradictions()) == 1
    assert [r["id"] for r in service.agreements()] == [r["id"] for r in lines(run(db, "agreements", "--json"))]
    # as stored, without the reviews: the meeting is a meeting and the contradiction stands
    raw = Records(store, reviewed=False)
    assert len(raw.contradictions()) == 1 and f"unnamed:{K.AAA}+{K.BBB}" not in {r["id"] for r in raw.agreements()}
    assert any(ids["meeting"] in f["events"] for f in raw.facts(type="meeting"))
    store.engine.dispose()
