"""The query commands through the real command line, on the generated store whose answers are
known (tests/known_store.py): facts, agreements, contradictions, entities, quotes, export, and
an ingest's words (issue 12: usage errors, repeated filters that combine, readable tables, one
vocabulary, nothing cut in silence)."""
from __future__ import annotations

import csv
import io
import re

import known_store as K
import pytest


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return K.known_db(tmp_path_factory.mktemp("known"))


run, lines = K.run, K.lines


@pytest.mark.parametrize("command,option,value", [
    ("facts", "--type", "bogus"), ("facts", "--status", "rumoured"), ("contradictions", "--type", "war"),
])
def test_a_bad_choice_is_a_usage_error_naming_option_value_and_choices(db, command, option, value):
    r = run(db, command, option, value, code=2)
    err = r.stderr.strip().splitlines()[-1]
    assert err.startswith(f"Error: Invalid value for '{option}': '{value}' is not one of ")
    assert "'exercise'" in err or "'denied'" in err
    assert "Traceback" not in r.output


def test_facts_parties_combine(db):
    both = lines(run(db, "facts", "--json", "--party", "Arland", "--party", "Borduria"))
    assert sorted((f["type"], f["status"]) for f in both) == [("alliance", "denied"), ("alliance", "occurred"),
                                                              ("exercise", "occurred")]
    assert all({K.AAA, K.BBB} <= set(f["parties"]) for f in both)
    assert all(f["party_names"] == ["Arland", "Borduria"] for f in both)  # names beside the ids
    with_c = lines(run(db, "facts", "--json", "--party", "Arlandia", "--party", "Carpania"))
    assert {(f["type"], f["reports"]) for f in with_c} == {("meeting", 6), ("exercise", 3)}
    exercises = lines(run(db, "facts", "--json", "--party", "Arland", "--type", "exercise", "--type", "meeting"))
    assert {f["type"] for f in exercises} == {"exercise", "meeting"}  # --type twice: either


def test_facts_say_the_outlet_and_what_they_cut(db):
    r = run(db, "facts", "--limit", "2")
    assert "Independent sources" in r.stdout and "Gazette" in r.stdout
    assert "country:AAA" not in r.stdout and "Arland" in r.stdout  # names, not ids
    assert "showing 2 of " in r.stderr and "--all for more" in r.stderr
    undated = lines(run(db, "facts", "--json", "--party", "Borduria", "--party", "Carpania"))
    assert any("unknown outlet" in o for f in undated for o in f["outlets"])  # never a list of document ids
    assert not any(o.startswith("undated-") for f in undated for o in f["outlets"])


def test_agreements_parties_combine_and_ids_on_request(db):
    rows = lines(run(db, "agreements", "--json", "--party", "Arland", "--party", "Borduria"))
    assert [r["id"] for r in rows] == [K.PACT] and rows[0]["latest_stage"] == "ratified"
    assert lines(run(db, "agreements", "--json", "--party", "Arland", "--party", "Carpania")) == []
    table = run(db, "agreements").stdout
    assert "Latest stage" in table and "Arland, Borduria" in table and K.PACT not in table
    assert K.PACT in run(db, "agreements", "--ids").stdout


def test_contradictions_as_csv(db):
    r = run(db, "contradictions", "--csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == 1
    row = rows[0]
    assert (row["type"], row["claim_status"], row["denial_status"]) == ("alliance", "occurred", "denied")
    assert (row["claim_by"], row["denial_by"]) == ("Pia Prager", "Bo Brandt")
    assert row["parties"] == "Arland; Borduria" and row["claim_reported"] == "2025-02-15"
    assert run(db, "contradictions", "--csv", "--party", "Carpania").stdout.count("\n") == 1  # the header only
    assert run(db, "contradictions", "--json", "--csv", code=2).stderr.count("cannot be used together") == 1


def test_a_name_that_matches_nothing_is_said(db):
    r = run(db, "quotes", "--speaker", "Nobody")
    assert "--speaker 'Nobody' matches no known name" in r.stderr
    r = run(db, "facts", "--party", "Ruritania")
    assert "--party 'Ruritania' matches no known name" in r.stderr
    r = run(db, "entity", "Arlnd")  # a near spelling of one name is taken
    assert r.stdout.startswith("Arland  (country:AAA, country)")
    r = run(db, "entity", "Zzyzx", code=1)
    assert "matches no known name" in r.stderr


def test_entities_read_as_a_table_and_say_what_they_cut(db):
    r = run(db, "entities", "--limit", "2")
    assert "Also called" in r.stdout and "aliases" not in r.stdout
    assert "showing 2 of 6 entities; --limit N or --all for more" in r.stderr
    assert "showing" not in run(db, "entities", "--all").stderr
    people = lines(run(db, "entities", "--kind", "person", "--json"))
    assert {p["name"] for p in people} == {"Pia Prager", "Bo Brandt"}


def test_export_prints_a_line_for_people(db, tmp_path):
    r = run(db, "export", "--format", "jsonl")
    assert f"exported {len(r.stdout.splitlines())} documents as JSON Lines" in r.stderr
    out = tmp_path / "net.graphml"
    r = run(db, "export", "--format", "graphml", "--out", str(out))
    assert " edges as the actor network (GraphML) to " in r.stderr and "{" not in r.stderr


def test_ingest_json_uses_the_words_of_its_text(tmp_path, monkeypatch):
    import pactwatch.cli.store as commands
    from pactwatch.cli.progress import Progress

    totals = []

    class Counted(Progress):  # the real progress, its total recorded
        def __enter__(self):
            totals.append(self.total)
            return super().__enter__()

    monkeypatch.setattr(commands, "Progress", Counted)
    folder = tmp_path / "in"
    folder.mkdir()
    for i, country in enumerate(("Azerbaijan", "Georgia")):
        (folder / f"a{i}.txt").write_text(f"Joint drills\n\n{country} and Türkiye held joint military exercises "
                                          "near Baku on Monday, the defence ministry said.\n", encoding="utf-8")
    db = str(tmp_path / "i.db")
    first = run(db, "ingest", str(folder), "--json", "-j", "1")
    assert lines(first)[0] | {"run": 0} == {"run": 0, "read": 2, "stored": 2, "already_stored": 0, "refused": 0,
                                            "refused_by_reason": {}, "skipped": 0, "skipped_by_kind": {}}
    again = run(db, "ingest", str(folder), "--json", "-j", "1")
    summary = lines(again)[0]
    assert (summary["stored"], summary["already_stored"]) == (0, 2)
    assert "stored 0, already stored 2, refused 0" in again.stderr
    assert totals == [2, 2]  # the inputs were counted: progress says N of 2


def test_bench_stories_says_its_size_and_time_and_defaults_to_about_a_minute():
    from pactwatch.cli.bench import STORIES_DEFAULT, stories_notice

    default = stories_notice(STORIES_DEFAULT)
    assert re.fullmatch(rf"benchmark: {STORIES_DEFAULT:,} synthetic articles, about (\d\d s|1 min) on a 2-core machine",
                        default), default
    big = stories_notice(200_000)
    assert big.startswith("benchmark: 200,000 synthetic articles, about ") and "a long run: --articles" in big
    assert K.the_cli().commands["bench-stories"].params[0].default == STORIES_DEFAULT


@pytest.mark.parametrize("command, notice, option, big", [
    ("bench-api", "pactwatch.cli.web:api_bench_notice", "--events", 500_000),
    ("bench-ray", "pactwatch.cli.scale:ray_bench_notice", "--articles", 20_000),
])
def test_long_benchmarks_say_their_size_and_time_and_default_to_about_a_minute(command, notice, option, big):
    import importlib

    module, name = notice.split(":")
    say = getattr(importlib.import_module(module), name)
    default = next(p.default for p in K.the_cli().commands[command].params if p.opts[0] == option)
    first = say(default)
    assert re.fullmatch(rf"benchmark: {default:,} .*, about (\d+ s|1 min|2 min) on a 2-core machine", first), first
    long = say(big)
    assert f"benchmark: {big:,} " in long and f"a long run: {option} {default:,} takes about a minute" in long
