"""The analyst's questions through the real command line: ``events --between / --involving``,
repeated filters, fuzzy names, ``trends`` and ``new``, on a generated store whose answers are
known (tests/known_store.py) and on the bundled corpus ingested by ``pactwatch ingest``."""
from __future__ import annotations

import json
from pathlib import Path

import known_store as K
import pytest
from click.testing import CliRunner


@pytest.fixture(scope="module")
def gen_db(tmp_path_factory):
    return K.known_db(tmp_path_factory.mktemp("known"))


run, lines = K.run, K.lines


def event_count(db: str, *args: str) -> int:
    return len(lines(run(db, "events", "--all", "--json", *args)))


# --------------------------------------------------------------------------- the generated store


def test_every_event_and_the_limit_says_what_it_cut(gen_db):
    assert event_count(gen_db) == K.TOTAL_EVENTS
    r = run(gen_db, "events", "--limit", "5", "--json")
    assert len(lines(r)) == 5
    assert f"showing 5 of {K.TOTAL_EVENTS} events; --limit N or --all for more" in r.stderr
    whole = run(gen_db, "events", "--json")  # the default limit (query_limit, 1,000) holds them all: no note
    assert len(lines(whole)) == K.TOTAL_EVENTS and "showing" not in whole.stderr


@pytest.mark.parametrize("a,b", [("Arland", "Borduria"), ("Borduria", "Arland"), ("AAA", "country:BBB")])
def test_between_is_either_side(gen_db, a, b):
    rows = lines(run(gen_db, "events", "--all", "--json", "--between", a, b))
    assert len(rows) == K.BETWEEN_AAA_BBB
    assert all({K.AAA, K.BBB} <= set(r["actors"]) | set(r["targets"]) for r in rows)


def test_repeated_party_means_both(gen_db):
    assert event_count(gen_db, "--party", "Arland", "--party", "Borduria") == K.BETWEEN_AAA_BBB
    assert event_count(gen_db, "--party", "Arland") == K.WITH_AAA
    # an event has one type: a repeated --type is either
    assert event_count(gen_db, "--type", "alliance", "--type", "meeting") == 2 + 6


def test_involving_a_person_is_through_their_state_and_directly(gen_db):
    r = run(gen_db, "events", "--all", "--json", "--involving", "Pia Prager")
    rows = lines(r)
    assert len(rows) == K.INVOLVING_PIA
    assert any(row["asserted_by"] == K.PIA and K.AAA not in row["actors"] + row["targets"] for row in rows)
    assert "Arland" in r.stderr  # says that her state counts
    # the asserter alone
    assert event_count(gen_db, "--asserted-by", "Prager") == 6 + 1 + 1
    # a person as an actor stands for the state they act for
    assert event_count(gen_db, "--actor", "Pia Prager") == K.WITH_AAA


def test_a_near_spelling_is_taken_and_said(gen_db):
    r = run(gen_db, "events", "--all", "--json", "--party", "Arlnad")
    assert len(lines(r)) == K.WITH_AAA
    assert "--party 'Arlnad': no exact match; taken as Arland (country:AAA)" in r.stderr


def test_a_name_matching_nothing_says_so_with_the_nearest_names(gen_db):
    r = run(gen_db, "events", "--json", "--party", "Carpathia")
    assert r.stdout == ""
    assert "--party 'Carpathia' matches no known name; nearest: Carpania (country:CCC)" in r.stderr
    r = run(gen_db, "events", "--party", "Qwxyz")
    assert "--party 'Qwxyz' matches no known name" in r.stderr


def test_dates_filter_with_spans(gen_db):
    assert event_count(gen_db, "--type", "exercise", "--since", "2025-03", "--until", "2025-04") == 3 + 4
    assert event_count(gen_db, "--since", "2025", "--until", "2025") == K.TOTAL_EVENTS - K.UNDATED
    assert event_count(gen_db, "--until", "2025-01-15") == 1 + 1  # January: one exercise, one meeting


def test_tables_show_names_and_ids_on_request(gen_db):
    r = run(gen_db, "events", "--between", "Arland", "Borduria", "--limit", "3")
    assert "Arland" in r.stdout and "country:AAA" not in r.stdout
    assert "Claimed by" in r.stdout and "Outlet" in r.stdout
    r = run(gen_db, "events", "--between", "Arland", "Borduria", "--limit", "3", "--ids")
    assert "Arland (country:AAA)" in r.stdout
    row = lines(run(gen_db, "events", "--limit", "1", "--json", "--asserted-by", "Pia Prager"))[0]
    assert row["asserted_by"] == K.PIA and row["asserted_by_name"] == "Pia Prager"
    assert row["actor_names"] == ["Arland"]
    undated = lines(run(gen_db, "events", "--all", "--json", "--party", "Carpania", "--party", "Borduria"))
    assert len(undated) == 2
    r = run(gen_db, "events", "--party", "Carpania", "--party", "Borduria")
    assert "unknown outlet" in r.stdout


def test_trends_by_month_for_a_pair(gen_db):
    rows = lines(run(gen_db, "trends", "--by", "month", "--type", "exercise", "--pair", "Arland", "Borduria",
                     "--json"))
    assert {r["period"]: r["events"] for r in rows} == K.EXERCISES_AAA_BBB_BY_MONTH
    assert all(r["by_type"] == {"exercise": r["events"]} for r in rows)


def test_trends_fills_gaps_and_counts_the_undated(gen_db):
    r = run(gen_db, "trends", "--by", "month", "--json")
    rows = lines(r)
    assert [x["period"] for x in rows] == [f"2025-{m:02d}" for m in range(1, 9)]
    assert rows[6] == {"period": "2025-07", "events": 0, "by_type": {}}
    assert sum(x["events"] for x in rows) == K.TOTAL_EVENTS - K.UNDATED
    assert f"{K.UNDATED} events without a report date left out" in r.stderr
    assert [x["events"] for x in lines(run(gen_db, "trends", "--by", "year", "--json"))] == [32]


def test_trends_table_chart_and_csv(gen_db):
    r = run(gen_db, "trends", "--by", "month", "--type", "exercise", "--pair", "Arland", "Borduria")
    assert "Month" in r.stdout and "Exercise" in r.stdout
    chart = [x for x in r.stdout.splitlines() if x.startswith("2025-06 ")]
    assert chart and chart[0].endswith("█ 6")
    csv_out = run(gen_db, "trends", "--by", "quarter", "--split", "status", "--csv").stdout.splitlines()
    assert csv_out[0] == "period,events,occurred,denied"
    assert csv_out[1:] == ["2025-Q1,10,10,0", "2025-Q2,18,18,0", "2025-Q3,4,3,1"]


def test_new_since_last_run(gen_db):
    rows = lines(run(gen_db, "new", "--since-last-run", "--json"))
    head = rows[0]
    assert head["kind"] == "run" and head["documents"] == 2 and head["events"] == K.RUN2_EVENTS
    kinds = [r["kind"] for r in rows[1:]]
    assert kinds.count("event") == K.RUN2_EVENTS
    stage = [r for r in rows if r["kind"] == "agreement_stage"]
    assert [(s["name"], s["before"], s["after"]) for s in stage] == [("Arland-Borduria Pact", "signed", "ratified")]
    contra = [r for r in rows if r["kind"] == "contradiction"]
    assert len(contra) == 1 and contra[0]["type"] == "alliance"
    text = run(gen_db, "new").stdout
    assert text.startswith("run 2 (") and "2 documents added, 4 events, 1 agreement changing stage, " \
                                            "1 new contradiction" in text
    assert "Arland-Borduria Pact: signed → ratified (2025-08)" in text


def test_new_for_an_older_run(gen_db):
    head = lines(run(gen_db, "new", "--run", "1", "--json"))[0]
    assert (head["documents"], head["events"], head["contradictions"]) == (8, K.RUN1_EVENTS, 0)
    runs = lines(run(gen_db, "new", "--runs", "--json"))
    assert [r["run"] for r in runs] == [2, 1]


# --------------------------------------------------------------------------- the bundled corpus


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    r = CliRunner().invoke(K.the_cli(), ["ingest", str(seeds_dir), "--db", db, "-j", "1"])
    assert r.exit_code == 0, r.output
    return db


def test_bundled_between_and_involving(seeds_db):
    rows = lines(run(seeds_db, "events", "--all", "--json", "--between", "Azerbaijan", "Turkey"))
    assert rows and all({"country:AZE", "country:TUR"} <= set(r["actors"]) | set(r["targets"]) for r in rows)
    both = lines(run(seeds_db, "events", "--all", "--json", "--party", "Azerbaijan", "--party", "Türkiye"))
    assert {r["id"] for r in both} == {r["id"] for r in rows}
    inv = lines(run(seeds_db, "events", "--all", "--json", "--involving", "Ilham Aliyev"))
    assert any(r["asserted_by"] == "person:ilham-aliyev" for r in inv)
    aze = {r["id"] for r in lines(run(seeds_db, "events", "--all", "--json", "--party", "Azerbaijan"))}
    assert aze <= {r["id"] for r in inv}  # he is Azerbaijan's president: its events are his
    trukey = run(seeds_db, "events", "--all", "--json", "--actor", "Trukey")
    assert lines(trukey) and "taken as Türkiye (country:TUR)" in trukey.stderr


def test_bundled_trends_and_new_agree_with_events(seeds_db):
    every = lines(run(seeds_db, "events", "--all", "--json"))
    dated = [r for r in every if r["reported"]]
    months = lines(run(seeds_db, "trends", "--by", "month", "--json"))
    assert sum(m["events"] for m in months) == len(dated)
    head = lines(run(seeds_db, "new", "--json"))[0]
    assert head["documents"] == 5 and head["events"] == len(every)


# --------------------------------------------------------------------------- the scorer


def test_score_runs_the_projects_scorer(tmp_path):
    gold = str(Path(__file__).resolve().parent / "data" / "eval" / "seeds.gold.jsonl")
    r = CliRunner().invoke(K.the_cli(), ["score", gold, gold, "--json"])
    assert r.exit_code == 0, r.output
    figures = json.loads(r.stdout.splitlines()[-1])
    assert figures["documents"] >= 3 and figures["entities"]["f1"] == 1.0
    r = CliRunner().invoke(K.the_cli(), ["score", gold, gold, "--check", "entities.f1=1.01"])
    assert r.exit_code == 1 and "below bound: entities.f1" in r.stdout
    r = CliRunner().invoke(K.the_cli(), ["score", gold, str(tmp_path / "none.jsonl")])
    assert r.exit_code == 2 and "does not exist" in r.stderr


# --------------------------------------------------------------------------- readable output


@pytest.mark.parametrize("fmt,result,out,line,obj", [
    ("graphml", 63, "a.graphml", "exported 63 edges as the actor network (GraphML) to a.graphml",
     {"format": "graphml", "out": "a.graphml", "edges": 63}),
    ("jsonl", 1, None, "exported 1 document as JSON Lines (the extraction contract) to stdout",
     {"format": "jsonl", "out": "stdout", "documents": 1}),
    ("csv", {"documents": 5, "events": 61}, "csv/", "exported 2 tables as CSV to csv/: documents 5, events 61",
     {"format": "csv", "out": "csv/", "tables": {"documents": 5, "events": 61}}),
])
def test_export_summaries_are_lines_for_people(fmt, result, out, line, obj):
    from pactwatch.cli.render import export_summary

    assert export_summary(fmt, result, out) == (line, obj)


@pytest.mark.parametrize("value,kind,expected", [
    (True, "bool", "yes"), (False, "text", "no"), (None, "text", "-"), ([], "list", "-"), (["a", "b"], "list", "a, b"),
    (None, "outlet", "unknown outlet"), ("MENAFN", "outlet", "MENAFN"), (1234, "text", "1,234"),
    (["country:AAA", "country:ZZZ"], "entities", "Arland, country:ZZZ"), ("country:AAA", "entity", "Arland"),
])
def test_cells_read_as_words(value, kind, expected):
    from pactwatch.cli.render import cell

    assert cell(value, kind, {"country:AAA": "Arland"}, show_ids=False) == expected


# --------------------------------------------------------------------------- the storage functions on both backends


def test_analytics_on_each_backend(store):
    """The SQL behind the commands, on SQLite and on PostgreSQL (when a server can run)."""
    from pactwatch.store.analytics import EventFilter, counts_by_day, find_events, ingest_run, nearest_names

    K.fill(store)
    aaa, bbb = frozenset({K.AAA}), frozenset({K.BBB})
    assert find_events(store, EventFilter()).total == K.TOTAL_EVENTS
    page = find_events(store, EventFilter(between=(aaa, bbb)), limit=5)
    assert page.total == K.BETWEEN_AAA_BBB and len(page.rows) == 5 and page.names[K.AAA] == "Arland"
    assert find_events(store, EventFilter(involving=(frozenset({K.PIA}),))).total == 6 + 1 + 1
    days = counts_by_day(store, EventFilter(types=("exercise",), between=(aaa, bbb)))
    assert sum(n for *_x, n in days) == 21 and {d.month for d, *_ in days} == set(range(1, 7))
    run = ingest_run(store)
    assert len(run.documents) == 2 and find_events(store, EventFilter(docs=frozenset(run.documents))).total == 4
    assert nearest_names(store, "Arlnad")[0][1] == K.AAA
