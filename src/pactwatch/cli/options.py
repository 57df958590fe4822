"""Option values every query command reads the same way: dates, choices, names, output and limits.

A bad value is a usage error (exit 2) whose one ``Error:`` line names the option, the
value and what is accepted; nothing here lets a traceback through.

Dates: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` and the relative forms people type:
``today``, ``yesterday``, ``7d``, ``2w``, ``3m``, ``1y`` (that long ago), ``7 days ago``,
``last week``/``month``/``year``, ``this week``/``month``/``year``. A date names a span
(a year, a month, a day); ``--since`` takes its first day and ``--until`` its last, so
``--since 2026-01 --until 2026-01`` is all of January.

Repeated filters: ``--actor``, ``--target``, ``--party`` and ``--involving`` given twice
require both (``--party A --party B``: events with A and B); ``--type`` and ``--status``
given twice accept either (an event has one type).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click

from ..model import EVENT_TYPES, STATUSES

DATE_FORMS = ("YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday, 7d, 2w, 3m, 1y, '7 days ago', "
              "'last week|month|year' or 'this week|month|year'")

_UNITS = {"d": "day", "day": "day", "days": "day", "w": "week", "week": "week", "weeks": "week",
          "m": "month", "month": "month", "months": "month", "y": "year", "year": "year", "years": "year"}


@dataclass(frozen=True)
class DateSpan:
    """What a date option names: its first and last day, and the text the user typed."""

    start: dt.date
    end: dt.date
    text: str

    def __str__(self) -> str:
        return self.text


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _months_back(day: dt.date, n: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - n, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def parse_date(value: str, today: dt.date | None = None) -> DateSpan:
    """The span a user's date names.

    Raises:
        ValueError: not one of :data:`DATE_FORMS`, or no such day (``2026-13``, ``2026-02-30``).

    Example:
        >>> parse_date("2026-02", dt.date(2026, 5, 1))
        DateSpan(start=datetime.date(2026, 2, 1), end=datetime.date(2026, 2, 28), text='2026-02')
    """
    today = today or dt.date.today()
    text = " ".join(value.strip().lower().split())
    if m := re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text):
        y = int(m[1])
        mo = int(m[2]) if m[2] is not None else None
        d = int(m[3]) if m[3] is not None else None
        if mo is not None and not 1 <= mo <= 12:
            raise ValueError(f"there is no month {mo}")
        if d is not None and mo is not None:  # the pattern has no day without a month
            try:
                day = dt.date(y, mo, d)
            except ValueError:
                raise ValueError(f"{y}-{mo:02d} has no day {d}") from None
            return DateSpan(day, day, value)
        if mo:
            return DateSpan(dt.date(y, mo, 1), _month_end(y, mo), value)
        return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), value)
    if text in ("today", "now"):
        return DateSpan(today, today, value)
    if text == "yesterday":
        day = today - dt.timedelta(days=1)
        return DateSpan(day, day, value)
    if m := re.fullmatch(r"(\d+) ?([a-z]+)(?: ago)?", text):
        unit = _UNITS.get(m[2])
        if unit is not None:
            n = int(m[1])
            if unit == "day":
                day = today - dt.timedelta(days=n)
            elif unit == "week":
                day = today - dt.timedelta(weeks=n)
            elif unit == "month":
                day = _months_back(today, n)
            else:
                day = _months_back(today, 12 * n)
            return DateSpan(day, day, value)
    if m := re.fullmatch(r"(last|this) (week|month|year)", text):
        which, unit = m[1] == "this", m[2]
        if unit == "week":
            monday = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=0 if which else 1)
            return DateSpan(monday, monday + dt.timedelta(days=6), value)
        if unit == "month":
            first = today.replace(day=1) if which else _months_back(today.replace(day=1), 1)
            return DateSpan(first, _month_end(first.year, first.month), value)
        y = today.year if which else today.year - 1
        return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), value)
    raise ValueError("not a date")


class DateParam(click.ParamType):
    """A date option (see :func:`parse_date`); the value is a :class:`DateSpan`."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> DateSpan:
        if isinstance(value, DateSpan):
            return value
        try:
            return parse_date(str(value))
        except ValueError as exc:
            self.fail(f"{value!r}: {exc}; use {DATE_FORMS}", param, ctx)


DATE = DateParam()


def exclusive_with(*others: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """An option callback that refuses the option together with any of ``others`` (parameter names)."""

    def check(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value:
            for other in others:
                if ctx.params.get(other):
                    raise click.UsageError(f"{_flag(ctx, other)} and {param.opts[0]} cannot be used together; "
                                           "choose one", ctx)
        return value

    return check


def _flag(ctx: click.Context, name: str) -> str:
    for p in ctx.command.params:
        if p.name == name and p.opts:
            return p.opts[0]
    return "--" + name.replace("_", "-")


def output_options(ids: bool = True) -> Callable:
    """``--json`` (alias ``--jsonl``: JSON Lines), ``--csv`` and, with ``ids``, ``--ids``; one of them at most."""

    def deco(f: Callable) -> Callable:
        if ids:
            f = click.option("--ids", "show_ids", is_flag=True,
                             help="Show ids (country:TUR) beside names in the table.")(f)
        f = click.option("--csv", "as_csv", is_flag=True, callback=exclusive_with("as_json"),
                         help="Print CSV with a header row (not with --json).")(f)
        f = click.option("--json", "--jsonl", "as_json", is_flag=True, callback=exclusive_with("as_csv"),
                         help="Print JSON Lines, one object per row, ids and names (--jsonl is the same).")(f)
        return f

    return deco


def limit_options(f: Callable) -> Callable:
    """``--limit N`` (rows at most; default: the settings' ``query_limit``) and ``--all`` (no limit); not both."""
    f = click.option("--all", "all_rows", is_flag=True, callback=exclusive_with("limit"),
                     help="Every row (no --limit).")(f)
    f = click.option("--limit", type=click.IntRange(1), default=None, metavar="N",
                     callback=exclusive_with("all_rows"),
                     help="Print at most N rows (default: the settings' query_limit, 1,000: PACTWATCH_QUERY_LIMIT "
                          "or `query_limit = N` in the config file); the rest are counted on stderr.")(f)
    return f


def effective_limit(limit: int | None, all_rows: bool) -> int | None:
    """The row limit of ``--limit`` / ``--all`` (None: every row), else the settings' ``query_limit``."""
    if all_rows:
        return None
    if limit is not None:
        return limit
    from ..settings import load_settings

    return load_settings().query_limit


def type_option(multiple: bool = True) -> Callable:
    return click.option("--type", "types", multiple=multiple, type=click.Choice(EVENT_TYPES), metavar="TYPE",
                        help="Event type: " + ", ".join(EVENT_TYPES) + (". Repeat for either." if multiple else "."))


def status_option(multiple: bool = True) -> Callable:
    return click.option("--status", "statuses", multiple=multiple, type=click.Choice(STATUSES), metavar="STATUS",
                        help="Status: " + ", ".join(STATUSES) + (". Repeat for either." if multiple else "."))


def counted(n: int, word: str) -> str:
    """``1 event``, ``2,840 events``, ``3 entities``."""
    if n == 1:
        return f"{n:,} {word}"
    return f"{n:,} " + (word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s")


def shown_note(shown: int, total: int, word: str) -> str | None:
    """The stderr line of a cut listing: how many of how many, and how to see more (None when whole)."""
    if shown >= total:
        return None
    return f"showing {shown:,} of {counted(total, word)}; --limit N or --all for more"


def echo_note(msg: str | None, quiet: bool = False) -> None:
    """A note for the reader on stderr (never stdout, where the data goes)."""
    if msg and not quiet:
        click.echo(msg, err=True)


def summary_line(summary: Any) -> str:
    """The stderr line of an ingest run (the words of :meth:`pactwatch.ingest.IngestSummary.report`):
    ``run 3: read 12, stored 9, already stored 2, refused 1 (empty 1), skipped 4 (warc-request 4)``."""
    counts = summary.report()

    def by(key: str) -> str:
        return " (" + ", ".join(f"{k} {v}" for k, v in sorted(counts[key].items())) + ")" if counts[key] else ""

    return (f"run {counts['run']}: read {counts['read']}, stored {counts['stored']}, already stored "
            f"{counts['already_stored']}, refused {counts['refused']}{by('refused_by_reason')}"
            + (f", skipped {counts['skipped']}{by('skipped_by_kind')}" if counts["skipped"] else ""))


def review_options(f: Callable) -> Callable:
    """``--reviewed-only`` and ``--include-rejected``: how the analysts' reviews apply (issue 14).

    By default a rejected fact is left out and a corrected one reads as corrected."""
    f = click.option("--include-rejected", is_flag=True,
                     help="Keep the events an analyst rejected (marked as such); by default they are left out.")(f)
    f = click.option("--reviewed-only", is_flag=True,
                     help="Only the events an analyst confirmed or corrected (corrections applied).")(f)
    return f


def min_confidence_option(f: Callable) -> Callable:
    """``--min-confidence X``: only events of at least this confidence (0..1), as ``extract`` has it."""
    return click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
                        metavar="X", help="Only events of at least this confidence, 0 to 1 (on the development "
                                          "gold, events of 0.8 and more were right 9 times in 10).")(f)
