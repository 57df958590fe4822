"""Across documents: ``stories``, ``facts`` (corroboration), ``contradictions``, ``agreements``, ``agreement``.

Names filter as in ``events``: ``--party`` given twice requires both; a name that matches
nothing is said on stderr with the nearest known names (:func:`.analysis.resolve_name`).
Events are read as the analysts reviewed them, as ``events`` reads them (``--reviewed-only``,
``--include-rejected``); stories are made of documents, which carry no reviews.
"""
from __future__ import annotations

import json
from typing import Any

import click

from .analysis import resolve_name
from .common import db_option, guarded, quiet_of
from .options import (
    echo_note,
    effective_limit,
    limit_options,
    output_options,
    review_options,
    shown_note,
    status_option,
    type_option,
)
from .render import AGREEMENT_COLUMNS, FACT_COLUMNS, STORY_COLUMNS, UNKNOWN_OUTLET, Column, emit, with_names
from .store import _store


def _records(store, reviewed_only: bool = False, include_rejected: bool = False):
    """The cross-document records of the command's store, events as reviewed."""
    from ..crossdoc.records import Records  # with the store: loaded when a command runs

    return Records(store, reviewed_only=reviewed_only, include_rejected=include_rejected)


def _party_sets(store, parties: tuple[str, ...], quiet: bool) -> list[frozenset[str]] | None:
    """One id set per ``--party`` (None when one matched nothing: the answer is empty)."""
    sets = [resolve_name(store, p, "--party", quiet) for p in parties]
    return None if any(not s for s in sets) else sets


def _with_all(rows: list[dict[str, Any]], sets: list[frozenset[str]], key: str = "parties") -> list[dict[str, Any]]:
    return [r for r in rows if all(set(r[key]) & s for s in sets)]


def _cut(rows: list, limit: int | None, word: str, quiet: bool) -> list:
    """The first ``limit`` rows, with a note on stderr when some are left out."""
    shown = rows[:limit] if limit else rows
    echo_note(shown_note(len(shown), len(rows), word), quiet)
    return shown


party_option = click.option("--party", "parties", multiple=True, metavar="NAME",
                            help="A party: id or any name/alias. Repeat for all of them (--party A --party B: both).")


@click.command("stories")
@db_option
@limit_options
@output_options(ids=False)
@click.pass_context
@guarded
def stories_cmd(ctx, db, limit, all_rows, as_json, as_csv) -> None:
    """Stories: articles on the same news story, whatever the outlet.

    \b
    Example:
      pactwatch stories
      pactwatch stories --json | jq 'select(.size > 1)'
    """
    quiet = quiet_of(ctx)
    rows = _records(_store(db)).stories()
    for r in rows:
        r["outlets"] = [UNKNOWN_OUTLET if o == "?" else o for o in r["outlets"]]
    rows = _cut(rows, effective_limit(limit, all_rows), "story", quiet)
    emit(rows, [*STORY_COLUMNS, Column("documents", "Articles (ids)", "list")] if as_json or as_csv else STORY_COLUMNS,
         as_json=as_json, as_csv=as_csv, title="stories")


@click.command("facts")
@db_option
@type_option()
@status_option()
@party_option
@click.option("--min-sources", type=click.IntRange(1), default=1, show_default=True,
              help="Only facts reported by at least this many independent sources.")
@review_options
@limit_options
@output_options()
@click.pass_context
@guarded
def facts_cmd(ctx, db, types, statuses, parties, min_sources, reviewed_only, include_rejected, limit, all_rows,
              as_json, as_csv, show_ids) -> None:
    """Facts across articles with their corroboration.

    A fact is an event type, status and set of participants. Sources are independent
    outlets: a syndicated copy and the same outlet twice count once; an article whose
    outlet is not known counts as a source of its own ("unknown outlet").

    Events read as reviewed: one an analyst rejected is left out (--include-rejected keeps
    it), a corrected one counts as corrected; --reviewed-only counts only the confirmed and
    corrected ones.

    \b
    Example:
      pactwatch facts --min-sources 2
      pactwatch facts --party Azerbaijan --type exercise --json
      pactwatch facts --reviewed-only
    """
    quiet = quiet_of(ctx)
    store = _store(db)
    sets = _party_sets(store, parties, quiet)
    if sets is None:
        emit([], FACT_COLUMNS, as_json=as_json, as_csv=as_csv)
        return
    records = _records(store, reviewed_only, include_rejected)
    rows = records.facts(type=types[0] if len(types) == 1 else None, min_sources=min_sources, limit=None)
    rows = [r for r in _with_all(rows, sets) if (not types or r["type"] in types)
            and (not statuses or r["status"] in statuses)]
    docs = set(store.document_rows())
    for r in rows:
        unknown = sum(1 for o in r["outlets"] if o in docs)
        r["outlets"] = [o for o in r["outlets"] if o not in docs] + (
            [UNKNOWN_OUTLET + (f" ({unknown} articles)" if unknown > 1 else "")] if unknown else [])
    rows = _cut(rows, effective_limit(limit, all_rows), "fact", quiet)
    names = store.names({p for r in rows for p in r["parties"]})
    emit(rows, FACT_COLUMNS, names=names, as_json=as_json, as_csv=as_csv, show_ids=show_ids,
         title="facts and their sources")


CONTRADICTION_COLUMNS = [Column(k, k) for k in (
    "type", "parties", "claim_event", "claim_status", "claim_by", "claim_outlet", "claim_reported", "claim_evidence",
    "denial_event", "denial_status", "denial_by", "denial_outlet", "denial_reported", "denial_evidence")]


@click.command("contradictions")
@db_option
@type_option()
@party_option
@review_options
@output_options(ids=False)
@click.pass_context
@guarded
def contradictions_cmd(ctx, db, types, parties, reviewed_only, include_rejected, as_json, as_csv) -> None:
    """Claims and denials of the same fact by different parties, side by side.

    Events read as reviewed: one an analyst rejected is left out (--include-rejected keeps
    it), a corrected one counts as corrected; --reviewed-only counts only the confirmed and
    corrected ones.

    \b
    Example:
      pactwatch contradictions
      pactwatch contradictions --party Azerbaijan --json
    """
    quiet = quiet_of(ctx)
    store = _store(db)
    sets = _party_sets(store, parties, quiet)
    rows = [] if sets is None else _with_all(
        [r for r in _records(store, reviewed_only, include_rejected).contradictions() if not types or r["type"] in types], sets)
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    if as_csv:
        flat = [{"type": r["type"], "parties": r["party_names"],
                 **{f"{side}_{k}": r[side][src] for side in ("claim", "denial")
                    for k, src in (("event", "event"), ("status", "status"), ("by", "asserted_by_name"),
                                   ("outlet", "publisher"), ("reported", "reported"), ("evidence", "evidence"))}}
                for r in rows]
        emit(flat, CONTRADICTION_COLUMNS, as_csv=True)
        return
    if not rows:
        echo_note("no contradictions found", quiet)
    for r in rows:
        click.echo(f"{r['type']} involving {', '.join(r['party_names'])}")
        for label, side in (("CLAIM ", r["claim"]), ("DENIAL", r["denial"])):
            click.echo(f"  {label} ({side['status']}) {side['asserted_by_name'] or 'unattributed'} — "
                       f"{side['publisher'] or UNKNOWN_OUTLET}, {side['reported'] or 'undated'}  "
                       f"[event {side['event']}, document {side['doc']}]")
            click.echo(f"         “{side['evidence']}”")
        click.echo("")


@click.command("agreements")
@db_option
@party_option
@review_options
@limit_options
@output_options()
@click.pass_context
@guarded
def agreements_cmd(ctx, db, parties, reviewed_only, include_rejected, limit, all_rows, as_json, as_csv,
                   show_ids) -> None:
    """Agreements with their parties, latest stage and provisions.

    Stages come from the sentences naming an agreement and from agreement events; the
    events read as reviewed (a rejected one is left out unless --include-rejected, a
    corrected one counts as corrected; --reviewed-only: only confirmed and corrected
    events, the sentences naming an agreement still count).

    \b
    Example:
      pactwatch agreements
      pactwatch agreements --party Türkiye --json
    """
    quiet = quiet_of(ctx)
    store = _store(db)
    sets = _party_sets(store, parties, quiet)
    rows = [] if sets is None else _with_all(_records(store, reviewed_only, include_rejected).agreements(), sets)
    for r in rows:
        r["provisions"] = sorted(r["provisions"]) if not as_json else r["provisions"]
        r["stage_count"] = len(r["stages"])
        r["document_count"] = len(r["documents"])
    rows = _cut(rows, effective_limit(limit, all_rows), "agreement", quiet)
    names = store.names({p for r in rows for p in r["parties"]})
    if as_json:
        for r in rows:
            click.echo(json.dumps(with_names(r, AGREEMENT_COLUMNS, names), ensure_ascii=False, default=str))
        return
    emit(rows, [Column("id", "Id"), *AGREEMENT_COLUMNS] if show_ids or as_csv else AGREEMENT_COLUMNS, names=names,
         as_csv=as_csv, show_ids=show_ids, title="agreements")


STAGE_COLUMNS = (Column("stage", "Stage"), Column("date", "Date"), Column("reported", "Reported"),
                 Column("negated", "Denied", "bool"), Column("doc", "Document"), Column("evidence", "Evidence"))


@click.command("agreement")
@click.argument("name")
@db_option
@review_options
@click.option("--json", "--jsonl", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
@guarded
def agreement_cmd(ctx, name: str, db, reviewed_only, include_rejected, as_json) -> None:
    """One agreement: parties, stage history with dates and evidence, provisions.

    Its agreement events read as reviewed, as in ``agreements``.

    \b
    Example:
      pactwatch agreement "Shusha Declaration"
      pactwatch agreement agreement:shusha-declaration --json
    """
    store = _store(db)
    records = _records(store, reviewed_only, include_rejected)
    rec = records.agreement(name)
    if rec is None and not name.startswith("unnamed:"):
        ids = resolve_name(store, name, "agreement", quiet_of(ctx), people=False)
        rec = next((r for r in records.agreements() if r["id"] in ids), None)
    if rec is None:
        raise click.ClickException(f"no agreement matches {name!r}; list them with `pactwatch agreements`")
    if as_json:
        click.echo(json.dumps(rec, ensure_ascii=False, default=str))
        return
    click.echo(f"{rec['name']}  ({rec['id']})")
    click.echo(f"  parties:      {', '.join(rec['party_names']) or '-'}")
    click.echo(f"  latest stage: {rec['latest_stage'] or '-'}")
    emit(rec["stages"], STAGE_COLUMNS, title="stages")
    emit([{"provision": k, **v} for k, v in sorted(rec["provisions"].items())],
         (Column("provision", "Provision"), Column("doc", "Document"), Column("evidence", "Evidence")),
         title="provisions")


COMMANDS = [stories_cmd, facts_cmd, contradictions_cmd, agreements_cmd, agreement_cmd]
