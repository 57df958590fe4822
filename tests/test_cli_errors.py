"""Bad option values are usage errors: exit 2, one ``Error:`` line naming the option, the value
and what is accepted, no traceback. Through the real command line (Click's runner, and a
subprocess for the installed ``pactwatch``); dates unit-tested on their own, with hypothesis."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import known_store as K
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from pactwatch.cli.options import DATE_FORMS, parse_date


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return K.known_db(tmp_path_factory.mktemp("known"))


def invoke(db: str, *args: str):
    return CliRunner().invoke(K.the_cli(), [*args, "--db", db])


def error_line(result) -> str:
    """The one line that says what is wrong (Click prints usage and a help hint around it)."""
    errs = [x for x in result.stderr.splitlines() if x.startswith("Error:")]
    assert len(errs) == 1, result.stderr
    assert "Traceback" not in result.output
    return errs[0]


# --------------------------------------------------------------------------- dates

TODAY = dt.date(2026, 3, 15)


@pytest.mark.parametrize("text,start,end", [
    ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    ("2024-2", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2026-01-31", dt.date(2026, 1, 31), dt.date(2026, 1, 31)),
    ("today", TODAY, TODAY),
    ("yesterday", dt.date(2026, 3, 14), dt.date(2026, 3, 14)),
    ("7d", dt.date(2026, 3, 8), dt.date(2026, 3, 8)),
    ("7 days ago", dt.date(2026, 3, 8), dt.date(2026, 3, 8)),
    ("2w", dt.date(2026, 3, 1), dt.date(2026, 3, 1)),
    ("1m", dt.date(2026, 2, 15), dt.date(2026, 2, 15)),
    ("3 months", dt.date(2025, 12, 15), dt.date(2025, 12, 15)),
    ("1y", dt.date(2025, 3, 15), dt.date(2025, 3, 15)),
    ("last month", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    ("Last  Month", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    ("this month", dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
    ("last week", dt.date(2026, 3, 2), dt.date(2026, 3, 8)),
    ("this week", dt.date(2026, 3, 9), dt.date(2026, 3, 15)),
    ("last year", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ("this year", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
])
def test_dates_people_type(text, start, end):
    span = parse_date(text, TODAY)
    assert (span.start, span.end) == (start, end)


def test_the_month_before_january_is_last_december():
    span = parse_date("last month", dt.date(2026, 1, 10))
    assert (span.start, span.end) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert parse_date("1m", dt.date(2026, 3, 31)).start == dt.date(2026, 2, 28)


@pytest.mark.parametrize("text,why", [
    ("2026-13", "there is no month 13"), ("2026-00", "there is no month 0"), ("2026-02-30", "2026-02 has no day 30"),
    ("2025-02-29", "2025-02 has no day 29"), ("2026-01-00", "2026-01 has no day 0"), ("soon", "not a date"), ("26-01-01", "not a date"),
    ("7 fortnights", "not a date"), ("", "not a date"),
])
def test_bad_dates_say_why(text, why):
    with pytest.raises(ValueError, match=why):
        parse_date(text, TODAY)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_an_iso_day_is_itself(day):
    span = parse_date(day.isoformat(), TODAY)
    assert span.start == span.end == day
    month = parse_date(day.isoformat()[:7], TODAY)
    assert month.start <= day <= month.end and month.start.day == 1 and (month.end + dt.timedelta(days=1)).day == 1


@pytest.mark.parametrize("option,value,why", [
    ("--since", "2026-13", "there is no month 13"),
    ("--until", "2026-02-30", "2026-02 has no day 30"),
    ("--since", "soon", "not a date"),
])
@pytest.mark.parametrize("command", ["events", "trends"])
def test_bad_dates_are_usage_errors(db, command, option, value, why):
    r = invoke(db, command, option, value)
    assert r.exit_code == 2
    line = error_line(r)
    assert f"'{option}'" in line and repr(value) in line and why in line and DATE_FORMS in line


@pytest.mark.parametrize("value", ["2025", "2025-03", "2025-03-01", "yesterday", "7d", "last month", "this year"])
def test_date_forms_are_accepted(db, value):
    r = invoke(db, "events", "--since", value, "--json")
    assert r.exit_code == 0, r.output


def test_since_after_until_is_refused(db):
    r = invoke(db, "events", "--since", "2025-06", "--until", "2025-01")
    assert r.exit_code == 2
    assert "--since 2025-06 is after --until 2025-01" in error_line(r)


# --------------------------------------------------------------------------- choices and exclusive flags


@pytest.mark.parametrize("args,option,value,accepted", [
    (["events", "--type", "bogus"], "--type", "bogus", "'exercise'"),
    (["events", "--status", "maybe"], "--status", "maybe", "'denied'"),
    (["trends", "--type", "bogus"], "--type", "bogus", "'alliance'"),
    (["trends", "--by", "fortnight"], "--by", "fortnight", "'month'"),
    (["trends", "--split", "colour"], "--split", "colour", "'status'"),
    (["events", "--by", "published"], "--dates", "published", "'event'"),
    (["events", "--limit", "0"], "--limit", "0", ">=1"),
    (["new", "--run", "zero"], "--run", "zero", "integer"),
])
def test_bad_choices_name_option_value_and_what_is_accepted(db, args, option, value, accepted):
    r = invoke(db, *args)
    assert r.exit_code == 2
    line = error_line(r)
    assert option in line and value in line and accepted in line


@pytest.mark.parametrize("args,first,second", [
    (["events", "--json", "--csv"], "--json", "--csv"),
    (["events", "--csv", "--jsonl"], "--csv", "--json"),
    (["trends", "--json", "--csv"], "--json", "--csv"),
    (["new", "--csv", "--json"], "--csv", "--json"),
    (["events", "--limit", "5", "--all"], "--limit", "--all"),
    (["events", "--all", "--limit", "5"], "--all", "--limit"),
    (["trends", "--pair", "Arland", "Borduria", "--between", "Arland", "Carpania"], "--pair", "--between"),
])
def test_mutually_exclusive_flags(db, args, first, second):
    r = invoke(db, *args)
    assert r.exit_code == 2
    assert f"{first} and {second} cannot be used together; choose one" in error_line(r)


def test_jsonl_is_json(db):
    a, b = invoke(db, "events", "--json", "--all"), invoke(db, "events", "--jsonl", "--all")
    assert a.exit_code == b.exit_code == 0 and a.stdout == b.stdout and a.stdout.count("\n") == K.TOTAL_EVENTS


def test_an_unknown_run_is_a_usage_error(db):
    r = invoke(db, "new", "--run", "99")
    assert r.exit_code == 2
    assert "no run 99; list them with `pactwatch new --runs`" in error_line(r)


def test_a_missing_store_is_a_usage_error(tmp_path):
    r = CliRunner().invoke(K.the_cli(), ["trends", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2
    assert "no store at" in error_line(r) and not (tmp_path / "none.db").exists()


# --------------------------------------------------------------------------- the installed command


def test_the_installed_command_gives_one_error_line(tmp_path):
    """The real process: exit 2, the error on stderr, nothing on stdout, no traceback."""
    exe = [sys.executable, "-m", "pactwatch"]
    p = subprocess.run([*exe, "events", "--since", "2026-13", "--db", str(tmp_path / "x.db")],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2, p.stderr
    assert p.stdout == "" and "Traceback" not in p.stderr
    assert "Error: Invalid value for '--since': '2026-13': there is no month 13; use YYYY" in p.stderr
