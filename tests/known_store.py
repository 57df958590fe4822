"""A generated store whose answers are known by construction (for the CLI's query tests).

Three states (Arland ``country:AAA``, Borduria ``country:BBB``, Carpania ``country:CCC``),
Arland's president Pia Prager (a role: she acts for Arland) and Borduria's envoy Bo Brandt.

Run 1 (ingest), one document per month of January to June 2025 (month m = 1..6):
  - m exercises Arland → Borduria (21 in all), claimed by nobody;
  - 1 meeting Arland → Carpania, claimed by Pia Prager (6);
  - in February: an occurred alliance Arland → Borduria, claimed by Pia Prager;
  - in March: the Arland-Borduria Pact, signed.
  and two undated documents with one exercise Borduria → Carpania each, the first
  claimed by Pia Prager (she is in it directly, not through Arland).
Run 2 (ingest), two documents of August 2025:
  - a denied alliance Arland → Borduria, claimed by Bo Brandt (a contradiction with February's);
  - the Pact ratified; 3 exercises Arland → Carpania.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from pactwatch.model import (
    AgreementMention,
    Article,
    CleanDocument,
    Entity,
    Event,
    Evidence,
    Metadata,
    OffsetMap,
    RawDocument,
    Role,
)

AAA, BBB, CCC = "country:AAA", "country:BBB", "country:CCC"
PIA, BO, PACT = "person:pia-prager", "person:bo-brandt", "agreement:arland-borduria-pact"
ENTITIES = {
    AAA: Entity(AAA, "country", "Arland", ("Arlandia",)),
    BBB: Entity(BBB, "country", "Borduria"),
    CCC: Entity(CCC, "country", "Carpania"),
    PIA: Entity(PIA, "person", "Pia Prager", ("Prager",)),
    BO: Entity(BO, "person", "Bo Brandt"),
    PACT: Entity(PACT, "agreement", "Arland-Borduria Pact"),
}

# what the store holds, by construction
TOTAL_EVENTS = 34
RUN1_EVENTS, RUN2_EVENTS = 30, 4
BETWEEN_AAA_BBB = 21 + 1 + 1  # exercises, the claimed alliance, the denied alliance
WITH_AAA = 21 + 6 + 1 + 1 + 3
INVOLVING_PIA = WITH_AAA + 1  # Arland's events, and the undated exercise she claims herself
EXERCISES_AAA_BBB_BY_MONTH = {f"2025-{m:02d}": m for m in range(1, 7)}
UNDATED = 2


def _article(name: str, published: dt.date | None, events: list[Event], agreements: tuple = (),  # (id, stage, when, parties)
             roles: tuple = (), publisher: str | None = "Gazette") -> Article:
    text = f"{name}: " + " ".join(f"Sentence {i} about the news." for i in range(max(1, len(events))))
    raw = RawDocument(f"{name}-0000", f"generated:{name}", text, name=name)
    ev = Evidence(text[:40], 0, 40, 0, 40, 0, 40)
    used = {x for e in events for x in (*e.actors, *e.targets, e.asserted_by) if x}
    used |= {a[0] for a in agreements} | {x for a in agreements for x in a[3]}
    used |= {r.person for r in roles} | {r.of for r in roles if r.of}
    events = [dataclasses.replace(e, evidence=Evidence(f"{e.type} {i}", 0, 10, 0, 10, 0, 10))
              for i, e in enumerate(events)]
    return Article(CleanDocument(raw, text, OffsetMap((0,), (0,), (len(text),))),
                   Metadata(title=name, publisher=publisher, published=published, language="en"),
                   tuple(ENTITIES[x] for x in sorted(used)), (), tuple(roles), (), tuple(events), (),
                   tuple(AgreementMention(a, stage, when, parties, (), ev) for a, stage, when, parties in agreements),
                   story=name, pipeline_version="generated")


def run1() -> list[Article]:
    out = []
    for m in range(1, 7):
        events = [Event("exercise", "occurred", (AAA,), (BBB,)) for _ in range(m)]
        events.append(Event("meeting", "occurred", (AAA,), (CCC,), asserted_by=PIA))
        agreements: tuple = ()
        if m == 2:
            events.append(Event("alliance", "occurred", (AAA,), (BBB,), asserted_by=PIA))
        if m == 3:
            agreements = ((PACT, "signed", "2025-03", (AAA, BBB)),)
        roles = (Role(PIA, "President", AAA),) if m == 1 else ()
        out.append(_article(f"month-{m}", dt.date(2025, m, 15), events, agreements, roles))
    out.append(_article("undated-1", None, [Event("exercise", "occurred", (BBB,), (CCC,), asserted_by=PIA)],
                        publisher=None))
    out.append(_article("undated-2", None, [Event("exercise", "occurred", (BBB,), (CCC,))], publisher=None))
    return out


def run2() -> list[Article]:
    return [
        _article("august-1", dt.date(2025, 8, 5), [Event("alliance", "denied", (AAA,), (BBB,), asserted_by=BO)],
                 ((PACT, "ratified", "2025-08", (AAA, BBB)),)),
        _article("august-2", dt.date(2025, 8, 20), [Event("exercise", "occurred", (AAA,), (CCC,))
                                                    for _ in range(3)]),
    ]


def known_db(folder) -> str:
    """A SQLite store in ``folder`` filled by :func:`fill`; its path."""
    from pactwatch.store import open_store

    path = str(folder / "known.db")
    store = open_store(path)
    fill(store)
    store.engine.dispose()
    return path


def fill(store) -> None:
    """Store run 1 and run 2 as two ingest runs."""
    for articles in (run1(), run2()):
        run = store.start_run("ingest", "generated", {})
        store.add_articles(articles, run)
        store.finish_run(run, {"read": len(articles), "stored": len(articles), "skipped": 0, "refused": 0})


def the_cli():
    """The ``pactwatch`` click group (every command registered in ``pactwatch.cli``)."""
    from pactwatch.cli import cli

    return cli


def run(db: str, *args: str, code: int = 0):
    """``pactwatch ARGS --db DB`` through Click's runner, tables as wide as a wide terminal's (``COLUMNS``: under
    pytest-xdist the workers see 80); the exit code must be ``code``."""
    from click.testing import CliRunner

    result = CliRunner().invoke(the_cli(), [*args, "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    return result


def lines(result) -> list[dict]:
    """The JSON Lines a command printed on stdout."""
    import json

    return [json.loads(x) for x in result.stdout.splitlines() if x.strip()]


# Command lines a test does not run: (pattern in the line, why). For --help examples and the README.
NOT_HERE = [
    (r"postgresql://", "needs the PostgreSQL server named in it"),
    (r"s3://", "needs S3"),
    (r"pactwatch scale", "starts Ray workers over hundreds of articles (tests/test_ray_engine.py runs it small)"),
    (r"pactwatch serve", "serves until stopped (the web tests start the server)"),
    (r"pactwatch bench", "a benchmark of minutes"),
    (r"--engine ray|--from-parquet", "starts Ray workers, or loads their shards (tests/test_ray_engine.py runs them)"),
    (r"crawl\.warc\.gz|crawl/|my_articles/", "a file of the user's"),
    (r"\bduckdb\b", "needs the duckdb command-line tool"),
]


def why_not(line: str) -> str | None:
    """Why a command line is not run by the tests (None: it is)."""
    import re

    for pattern, why in NOT_HERE:
        if re.search(pattern, line):
            return why
    return None
