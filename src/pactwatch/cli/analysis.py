"""The analyst's questions: ``events`` (with ``--between`` and ``--involving``), ``trends`` and ``new``.

Names go through :func:`resolve_names`: an alias or id as the store knows it, else the
nearest known name when it is close ("Trukey" is Türkiye), else a note on stderr with
the nearest names and an empty answer. A person given as a party counts with the states
and organisations they act for ("Ilham Aliyev" is Azerbaijan's president), and directly.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import click

from ..model import AGREEMENT_STAGES, EVENT_TYPES, STATUSES
from .common import db_option, guarded, quiet_of
from .options import (
    DATE,
    DATE_FORMS,
    counted,
    echo_note,
    effective_limit,
    exclusive_with,
    limit_options,
    min_confidence_option,
    output_options,
    review_options,
    shown_note,
    status_option,
    type_option,
)
from .render import EVENT_COLUMNS, EVENT_MORE, Column, bar_chart, emit


def _store(db: str | None):
    from .store import _store as open_for_reading

    return open_for_reading(db)


# --------------------------------------------------------------------------- names


def resolve_name(store, name: str, option: str, quiet: bool = False, people: bool = True) -> frozenset[str]:
    """The entity ids ``name`` stands for (empty when nothing is near; the reason is on stderr).

    With ``people``, a person also stands for the states and organisations they act for
    (:func:`pactwatch.store.analytics.resolve_name`, which the web API shares)."""
    from ..store.analytics import resolve_name as resolve

    got = resolve(store, name, people)
    if got.note:
        hint = "" if got.ids or got.nearest else \
            f"; list names with `pactwatch entities --search {name.split()[0] if name.split() else name}`"
        echo_note(f"{option} {got.note}{hint}", quiet)
    return got.ids


def _resolve_all(store, names: Sequence[str], option: str, quiet: bool, people: bool = True) -> tuple[frozenset, ...]:
    return tuple(resolve_name(store, n, option, quiet, people) for n in names)


# --------------------------------------------------------------------------- the event filter options


def event_filter_options(by_alias: bool = True):
    """Filters shared by ``events`` and ``trends``; repeated name filters require all of them.

    ``by_alias``: ``--by`` is another name of ``--dates`` (``events``; ``trends`` uses ``--by`` for the period)."""
    dates = ("--dates", "--by") if by_alias else ("--dates",)

    def deco(f):
        for opt in reversed([
            type_option(), status_option(),
            click.option("--actor", "actors", multiple=True, metavar="NAME",
                         help="Actor: id, ISO code or any name/alias (Turkey = Türkiye = TUR). Repeat: all of them."),
            click.option("--target", "targets", multiple=True, metavar="NAME", help="Target, like --actor."),
            click.option("--party", "parties", multiple=True, metavar="NAME",
                         help="Actor or target. Repeat for events with all of them (--party A --party B: both)."),
            click.option("--between", nargs=2, metavar="A B", default=None, callback=exclusive_with("pair"),
                         help="Events with A and B both taking part, either side."),
            click.option("--involving", multiple=True, metavar="NAME",
                         help="Actor, target or who claims it; a person also through their state or organisation."),
            click.option("--asserted-by", "asserted_by", multiple=True, metavar="NAME",
                         help="Who claims it (a person or organisation)."),
            click.option("--since", type=DATE, default=None, help="From this date: " + DATE_FORMS + "."),
            click.option("--until", type=DATE, default=None, help="Up to this date, included (same forms)."),
            click.option(*dates, "date_field", type=click.Choice(["reported", "event"]), default="reported",
                         show_default=True, help="Filter and count on the report date or on the event's own date."),
        ]):
            f = opt(f)
        return f

    return deco


def build_filter(store, quiet: bool, types=(), statuses=(), actors=(), targets=(), parties=(), between=None,
                 involving=(), asserted_by=(), since=None, until=None, date_field="reported", docs=None,
                 min_confidence: float = 0.0):
    """The :class:`EventFilter` of the options, or None when a name matched nothing."""
    from ..store.analytics import EventFilter

    if since and until and since.start > until.end:
        raise click.BadParameter(f"--since {since} is after --until {until}; swap them", param_hint="'--since'")
    res: dict[str, tuple[frozenset[str], ...]] = {
        "actors": _resolve_all(store, actors, "--actor", quiet),
        "targets": _resolve_all(store, targets, "--target", quiet),
        "parties": _resolve_all(store, parties, "--party", quiet),
        "involving": _resolve_all(store, involving, "--involving", quiet),
        "asserted_by": _resolve_all(store, asserted_by, "--asserted-by", quiet, people=False),
    }
    pair = _resolve_all(store, between, "--between", quiet) if between else ()
    if any(not ids for group in res.values() for ids in group) or (pair and not all(pair)):
        return None
    return EventFilter(types=tuple(types), statuses=tuple(statuses), between=(pair[0], pair[1]) if pair else None,
                       since=since and since.start, until=until and until.end, date_field=date_field,
                       docs=frozenset(docs) if docs is not None else None, min_confidence=min_confidence,
                       actors=res["actors"], targets=res["targets"], parties=res["parties"],
                       involving=res["involving"], asserted_by=res["asserted_by"])


# --------------------------------------------------------------------------- events


REVIEW_WORDS = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}


@click.command("events")
@db_option
@event_filter_options()
@min_confidence_option
@review_options
@limit_options
@output_options()
@click.pass_context
@guarded
def events_cmd(ctx, db, types, statuses, actors, targets, parties, between, involving, asserted_by, since, until,
               date_field, min_confidence, reviewed_only, include_rejected, limit, all_rows, as_json, as_csv,
               show_ids) -> None:
    """List events, newest report first.

    Filters combine: every one given must hold. --actor, --target, --party and
    --involving given twice require both (--party Azerbaijan --party Türkiye: events
    with the two); --type and --status given twice accept either. A name that matches
    nothing is reported on stderr with the nearest known names. When more rows match
    than --limit, stderr says how many and how to see them all.

    Analysts' reviews apply (`pactwatch serve`, issue 14): a rejected event is left out
    (--include-rejected keeps it, marked), a corrected one is shown and filtered as
    corrected (--json keeps the pipeline's values under "pipeline"); --reviewed-only
    lists only confirmed and corrected events.

    \b
    Example:
      pactwatch events --type exercise --actor Türkiye
      pactwatch events --between Azerbaijan Türkiye --since 2025
      pactwatch events --involving "Ilham Aliyev" --status denied --json
      pactwatch events --party Azerbaijan --party Turkey --by event --since "last year" --csv > events.csv
      pactwatch events --min-confidence 0.8 --reviewed-only
    """
    from ..store.analytics import find_reviewed_events

    quiet = quiet_of(ctx)
    store = _store(db)
    flt = build_filter(store, quiet, types, statuses, actors, targets, parties, between, involving, asserted_by,
                       since, until, date_field, min_confidence=min_confidence)
    n = effective_limit(limit, all_rows)
    if flt is None:
        emit([], EVENT_COLUMNS, as_json=as_json, as_csv=as_csv, title="events")
        echo_note("no events: a name above matched nothing", quiet)
        return
    page = find_reviewed_events(store, flt, limit=n, reviewed_only=reviewed_only, include_rejected=include_rejected)
    columns = EVENT_COLUMNS + EVENT_MORE if as_csv or as_json else EVENT_COLUMNS
    rows = page.rows
    if not as_json and any(r["review"] for r in rows):  # the table and CSV say which were reviewed, and how
        rows = [{**r, "reviewed": REVIEW_WORDS[r["review"]["action"]] if r["review"] else None} for r in rows]
        columns = (*columns, Column("reviewed", "Review"))
    emit(rows, columns, names=page.names, as_json=as_json, as_csv=as_csv, show_ids=show_ids, title="events")
    if not page.total:
        echo_note("no events match", quiet)
    echo_note(shown_note(len(page.rows), page.total, "event"), quiet)


# --------------------------------------------------------------------------- trends


PERIODS = ("day", "week", "month", "quarter", "year")


def period_of(day: dt.date, by: str) -> str:
    """The label of the period ``day`` falls in: ``2026-01-31``, ``2026-W05``, ``2026-01``, ``2026-Q1``, ``2026``."""
    if by == "day":
        return day.isoformat()
    if by == "week":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    if by == "month":
        return f"{day.year}-{day.month:02d}"
    if by == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return str(day.year)


def _next_period(day: dt.date, by: str) -> dt.date:
    if by == "day":
        return day + dt.timedelta(days=1)
    if by == "week":
        return day + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(y, m + 1, 1)


def _period_start(day: dt.date, by: str) -> dt.date:
    if by == "day":
        return day
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "quarter":
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return dt.date(day.year, 1, 1)


def trend_rows(counts: list[tuple[dt.date | None, str, str, int]], by: str, split: str,
               since: dt.date | None = None, until: dt.date | None = None) -> tuple[list[dict[str, Any]], int]:
    """Rows ``{period, events, by_<split>: {...}}`` for every period from the first to the last
    (empty ones included, so a gap shows), and the number of undated events left out."""
    undated = sum(n for day, _t, _s, n in counts if day is None)
    dated = [(day, t, s, n) for day, t, s, n in counts if day is not None]
    if not dated and not (since and until):
        return [], undated
    first = since or min(d for d, *_ in dated)
    last = until or max(d for d, *_ in dated)
    rows: dict[str, dict[str, Any]] = {}
    day = _period_start(first, by)
    while day <= last:
        label = period_of(day, by)
        rows[label] = {"period": label, "events": 0} | ({f"by_{split}": {}} if split != "none" else {})
        day = _next_period(day, by)
    for d, t, s, n in dated:
        row = rows.get(period_of(d, by))
        if row is None:
            continue
        row["events"] += n
        if split != "none":
            key = t if split == "type" else s
            row[f"by_{split}"][key] = row[f"by_{split}"].get(key, 0) + n
    return list(rows.values()), undated


@click.command("trends")
@db_option
@click.option("--by", "period", type=click.Choice(PERIODS), default="month", show_default=True,
              help="Count per day, week, month, quarter or year.")
@click.option("--pair", nargs=2, metavar="A B", default=None, callback=exclusive_with("between"),
              help="Only events between A and B, either side (the same as --between).")
@click.option("--split", type=click.Choice(["type", "status", "none"]), default="type", show_default=True,
              help="A column per event type, per status, or the total only.")
@click.option("--chart/--no-chart", default=True, show_default=True,
              help="With the table, a small text chart of the totals.")
@event_filter_options(by_alias=False)
@min_confidence_option
@review_options
@output_options(ids=False)
@click.pass_context
@guarded
def trends_cmd(ctx, db, period, pair, split, chart, types, statuses, actors, targets, parties, between, involving,
               asserted_by, since, until, date_field, min_confidence, reviewed_only, include_rejected, as_json,
               as_csv) -> None:
    """Events counted over time: per period, split by type (or status), with a text chart.

    Every period from the first event to the last is listed, empty ones too. Events
    without a date (on --dates) are left out and counted on stderr. Reviews apply as in
    `pactwatch events` (rejected events are not counted; corrected ones count as corrected).

    \b
    Example:
      pactwatch trends --by month --type exercise --pair Azerbaijan Türkiye
      pactwatch trends --by year --split status --involving NATO
      pactwatch trends --by quarter --dates event --since 2020 --json
    """
    from ..store.analytics import reviewed_counts_by_day

    quiet = quiet_of(ctx)
    store = _store(db)
    flt = build_filter(store, quiet, types, statuses, actors, targets, parties, pair or between, involving,
                       asserted_by, since, until, date_field, min_confidence=min_confidence)
    counts = reviewed_counts_by_day(store, flt, reviewed_only, include_rejected) if flt is not None else []
    rows, undated = trend_rows(counts, period, split, since and since.start, until and until.end)
    order = EVENT_TYPES if split == "type" else STATUSES
    keys = sorted({k for r in rows for k in r.get(f"by_{split}", {})},
                  key=lambda k: order.index(k) if k in order else len(order))
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    else:
        flat = [{"period": r["period"], "events": r["events"], **r.get(f"by_{split}", {})} for r in rows]
        cols = [Column("period", period.capitalize()), Column("events", "Events", "number"),
                *[Column(k, k.capitalize(), "number") for k in keys]]
        for r in flat:
            for k in keys:
                r.setdefault(k, 0)
        emit(flat, cols, as_csv=as_csv, title=f"events by {period} ({date_field} date)")
        if chart and not as_csv and rows:
            click.echo(bar_chart([(r["period"], r["events"]) for r in rows]))
    total = sum(r["events"] for r in rows)
    echo_note(f"{counted(total, 'event')} in {counted(len(rows), period)}"
              + (f"; {counted(undated, 'event')} without {'a report' if date_field == 'reported' else 'an event'} "
                 "date left out" if undated else ""), quiet)


# --------------------------------------------------------------------------- new


def _get(x: Any, key: str) -> Any:
    return x.get(key) if isinstance(x, dict) else getattr(x, key, None)


def stage_changes(records: Sequence[Any], new_docs: set[str], later: AbstractSet[str] = frozenset()) -> list[dict[str, Any]]:
    """Agreements whose latest stage the documents ``new_docs`` moved: ``{agreement, name, before,
    after, doc, evidence}`` (``before`` None: the agreement is new). Stages read in ``later``
    documents (stored after them) are not counted."""
    def latest(stages):
        done = [s for s in stages if _get(s, "stage") in AGREEMENT_STAGES and not _get(s, "negated")]
        return max(done, key=lambda s: AGREEMENT_STAGES.index(_get(s, "stage")), default=None)

    out = []
    for rec in records:
        stages = [s for s in _get(rec, "stages") or [] if _get(s, "doc") not in later]
        if not any(_get(s, "doc") in new_docs for s in stages):
            continue
        before = latest([s for s in stages if _get(s, "doc") not in new_docs])
        after = latest(stages)
        if after is None or (before is not None and _get(before, "stage") == _get(after, "stage")):
            continue
        if _get(after, "doc") not in new_docs:
            continue
        out.append({"agreement": _get(rec, "id"), "name": _get(rec, "name"),
                    "before": _get(before, "stage") if before else None, "after": _get(after, "stage"),
                    "date": _get(after, "date"), "doc": _get(after, "doc"), "evidence": _get(after, "evidence")})
    return out


def new_contradictions(rows: Sequence[Any], new_docs: set[str], later: AbstractSet[str] = frozenset()) -> list[Any]:
    """The contradictions with a claim or a denial in ``new_docs`` (and neither in ``later`` documents)."""
    out = []
    for r in rows:
        docs = {_get(_get(r, "claim"), "doc"), _get(_get(r, "denial"), "doc")}
        if docs & new_docs and not docs & later:
            out.append(r)
    return out


@click.command("new")
@db_option
@click.option("--since-last-run", is_flag=True, default=True,
              help="What the last ingest that stored documents added (the default).")
@click.option("--run", "run_id", type=click.IntRange(1), default=None, metavar="ID",
              help="What ingest run ID added (ids: `pactwatch new --runs`).")
@click.option("--runs", "list_runs", is_flag=True, help="List the last runs instead.")
@limit_options
@output_options()
@click.pass_context
@guarded
def new_cmd(ctx, db, since_last_run, run_id, list_runs, limit, all_rows, as_json, as_csv, show_ids) -> None:
    """What the last ingest added: events, agreements changing stage, new contradictions.

    The documents a run added are those first stored during it (re-analysing old
    documents does not make them new). With --json every line has a "kind": run,
    event, agreement_stage or contradiction. Events read as reviewed (rejected ones left out).

    \b
    Example:
      pactwatch ingest corpus/seeds && pactwatch new --since-last-run
      pactwatch new --run 1 --json
      pactwatch new --runs
    """
    from ..store.analytics import documents_after, find_reviewed_events, ingest_run, runs

    quiet = quiet_of(ctx)
    store = _store(db)
    if list_runs:
        rows = runs(store)
        for r in rows:
            c = r["counts"]
            r.update(read=c.get("read"), stored=c.get("stored"), already_stored=c.get("skipped"),
                     refused=c.get("refused"))
        emit(rows, [Column("run", "Run", "number"), Column("command", "Command"), Column("started", "Started"),
                    Column("finished", "Finished"), Column("read", "Read", "number"),
                    Column("stored", "Stored", "number"), Column("already_stored", "Already stored", "number"),
                    Column("refused", "Refused", "number")], as_json=as_json, as_csv=as_csv, title="runs")
        return
    run = ingest_run(store, run_id)
    if run is None:
        if run_id is not None:
            raise click.BadParameter(f"no run {run_id}; list them with `pactwatch new --runs`",
                                     param_hint="'--run'")
        echo_note("no ingest has stored documents in this store yet; `pactwatch ingest PATH` does", quiet)
        return
    docs = set(run.documents)
    from ..store.analytics import EventFilter

    page = find_reviewed_events(store, EventFilter(docs=frozenset(docs)), limit=effective_limit(limit, all_rows))
    later = documents_after(store, run)
    from ..crossdoc.records import Records

    records = Records(store)
    changes = stage_changes(records.agreements(), docs, later) if docs else []
    contra = new_contradictions(records.contradictions(), docs, later) if docs else []
    head = {"kind": "run", "run": run.id, "started": run.started.isoformat(timespec="seconds"),
            "documents": len(docs), "events": page.total, "agreement_stages": len(changes),
            "contradictions": len(contra)}
    if as_json:
        click.echo(json.dumps(head))
        from .render import with_names

        for ev in page.rows:
            click.echo(json.dumps({"kind": "event", **with_names(ev, EVENT_COLUMNS, page.names)}, ensure_ascii=False,
                                  default=str))
        for c in changes:
            click.echo(json.dumps({"kind": "agreement_stage", **c}, ensure_ascii=False, default=str))
        for c in contra:
            click.echo(json.dumps({"kind": "contradiction", **(c if isinstance(c, dict) else vars(c))},
                                  ensure_ascii=False, default=str))
        echo_note(shown_note(len(page.rows), page.total, "event"), quiet)
        return
    if as_csv:  # CSV holds one table: the events
        emit(page.rows, EVENT_COLUMNS, names=page.names, as_csv=True)
        echo_note(shown_note(len(page.rows), page.total, "event"), quiet)
        return
    click.echo(f"run {run.id} ({run.started:%Y-%m-%d %H:%M}): {counted(len(docs), 'document')} added, "
               f"{counted(page.total, 'event')}, {counted(len(changes), 'agreement')} changing stage, "
               f"{counted(len(contra), 'new contradiction')}")
    if page.rows:
        emit(page.rows, EVENT_COLUMNS, names=page.names, show_ids=show_ids, title="events added")
        echo_note(shown_note(len(page.rows), page.total, "event"), quiet)
    if changes:
        click.echo("agreements changing stage:")
        for c in changes:
            click.echo(f"  {c['name']}: {c['before'] or 'new'} → {c['after']}"
                       + (f" ({c['date']})" if c["date"] else "") + f"  [{c['doc']}]")
    if contra:
        click.echo("new contradictions:")
        for c in contra:
            names = _get(c, "party_names") or _get(c, "parties") or []
            click.echo(f"  {_get(c, 'type')} involving {', '.join(names)}: claim in {_get(_get(c, 'claim'), 'doc')}, "
                       f"denial in {_get(_get(c, 'denial'), 'doc')}")


COMMANDS = [events_cmd, trends_cmd, new_cmd]
