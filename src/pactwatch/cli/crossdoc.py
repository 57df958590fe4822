"""Across documents: ``stories``, ``facts`` (corroboration), ``contradictions``, ``agreements``, ``agreement``."""
from __future__ import annotations

import json

import click

from .common import db_option, emit_rows, format_options, guarded
from .store import _store


def _records(db: str | None):
    """The cross-document records of the command's store."""
    from ..crossdoc.records import Records  # with the store: loaded when a command runs

    return Records(_store(db))


@click.command("stories")
@db_option
@format_options
@guarded
def stories_cmd(db, as_json, as_csv) -> None:
    """Stories: articles on the same news story, whatever the outlet.

    \b
    Example:
      pactwatch stories
      pactwatch stories --json | jq 'select(.size > 1)'
    """
    emit_rows(_records(db).stories(), ["story", "size", "first", "last", "outlets", "duplicates", "title", "documents"],
              as_json, as_csv, title="stories")


@click.command("facts")
@db_option
@click.option("--type", "etype", help="Event type.")
@click.option("--party", help="A participant: id or any name/alias.")
@click.option("--min-sources", type=click.IntRange(1), default=1, show_default=True,
              help="Only facts reported by at least this many independent sources.")
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True)
@format_options
@guarded
def facts_cmd(db, etype, party, min_sources, limit, as_json, as_csv) -> None:
    """Facts across articles with their corroboration.

    A fact is an event type, status and set of participants. Sources are independent
    outlets: a syndicated copy and the same outlet twice count once.

    \b
    Example:
      pactwatch facts --min-sources 2
      pactwatch facts --party Azerbaijan --type exercise --json
    """
    rows = _records(db).facts(type=etype, party=party, min_sources=min_sources, limit=limit)
    emit_rows(rows, ["type", "status", "parties", "sources", "reports", "outlets", "first_seen", "last_seen",
                     "evidence"], as_json, as_csv, title="facts and their sources")


@click.command("contradictions")
@db_option
@click.option("--type", "etype", help="Event type.")
@click.option("--party", help="A participant: id or any name/alias.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")
@guarded
def contradictions_cmd(db, etype, party, as_json) -> None:
    """Claims and denials of the same fact by different parties, side by side.

    \b
    Example:
      pactwatch contradictions
      pactwatch contradictions --party Azerbaijan --json
    """
    rows = _records(db).contradictions(type=etype, party=party)
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo("no contradictions found")
    for r in rows:
        c, d = r["claim"], r["denial"]
        click.echo(f"{r['type']} involving {', '.join(r['party_names'])}")
        click.echo(f"  CLAIM  ({c['status']}) {c['asserted_by_name']} — {c['publisher'] or c['doc']}, "
                   f"{c['reported'] or 'undated'}  [event {c['event']}]")
        click.echo(f"         “{c['evidence']}”")
        click.echo(f"  DENIAL ({d['status']}) {d['asserted_by_name']} — {d['publisher'] or d['doc']}, "
                   f"{d['reported'] or 'undated'}  [event {d['event']}]")
        click.echo(f"         “{d['evidence']}”\n")


@click.command("agreements")
@db_option
@click.option("--party", help="A party: id or any name/alias.")
@format_options
@guarded
def agreements_cmd(db, party, as_json, as_csv) -> None:
    """Agreements with their parties, latest stage and provisions.

    \b
    Example:
      pactwatch agreements
      pactwatch agreements --party Türkiye --json
    """
    rows = _records(db).agreements(party=party)
    for r in rows:
        r["provision_list"] = sorted(r["provisions"])
        r["stage_count"] = len(r["stages"])
    emit_rows(rows, ["id", "name", "party_names", "latest_stage", "first_date", "provision_list", "stage_count",
                     "documents"], as_json, as_csv, title="agreements")


@click.command("agreement")
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@guarded
def agreement_cmd(name: str, db, as_json) -> None:
    """One agreement: parties, stage history with dates and evidence, provisions.

    \b
    Example:
      pactwatch agreement "Shusha Declaration"
      pactwatch agreement agreement:shusha-declaration --json
    """
    rec = _records(db).agreement(name)
    if rec is None:
        raise click.ClickException(f"no agreement matches {name!r}; list them with `pactwatch agreements`")
    if as_json:
        click.echo(json.dumps(rec, ensure_ascii=False, default=str))
        return
    click.echo(f"{rec['name']}  ({rec['id']})")
    click.echo(f"  parties:     {', '.join(rec['party_names']) or '-'}")
    click.echo(f"  latest stage: {rec['latest_stage'] or '-'}")
    emit_rows(rec["stages"], ["stage", "date", "reported", "negated", "doc", "evidence"], False, False,
              title="stages")
    emit_rows([{"provision": k, **v} for k, v in sorted(rec["provisions"].items())], ["provision", "doc", "evidence"],
              False, False, title="provisions")


COMMANDS = [stories_cmd, facts_cmd, contradictions_cmd, agreements_cmd, agreement_cmd]
