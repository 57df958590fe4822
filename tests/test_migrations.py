"""Migrations replay history: a store made at version 1 and filled then, upgraded one step at a
time, ends with the schema of a new store (which is :mod:`pactwatch.store.schema`'s), its
rows carried through every step; on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import column, create_engine, inspect, select, table

from pactwatch.model import content_hash
from pactwatch.store import migrations, open_store, reviews  # noqa: F401  (reviews: its table in the schema)
from pactwatch.store import schema as S


def _engine(url: str):
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://"), future=True)


def _schema_of(engine) -> dict:
    """Tables, their columns (type, nullable), indexes and unique constraints, as the database has them."""
    insp = inspect(engine)
    out = {}
    for name in sorted(insp.get_table_names()):
        cols = {c["name"]: (str(c["type"]).split("(")[0], bool(c["nullable"])) for c in insp.get_columns(name)}
        idx = sorted((tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(name)
                     if all(i["column_names"]))
        uniq = sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(name))
        fks = sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in insp.get_foreign_keys(name))
        out[name] = {"columns": cols, "indexes": idx, "unique": uniq, "fks": fks}
    return out


def _insert(conn, name: str, *rows: dict) -> None:
    cols = sorted({k for r in rows for k in r})
    conn.execute(table(name, *[column(c) for c in cols]).insert(), list(rows))


TEXT_A = "Azerbaijan and Türkiye will hold joint exercises in 2026, the ministry said on Monday."
TEXT_B = TEXT_A + "\nRepublished."


def _fill_version_1(engine) -> None:
    """What a version-1 store held: two documents (the second a copy of the first), their facts."""
    now = dt.datetime(2026, 1, 7, 12, 0)
    with engine.begin() as conn:
        _insert(conn, "runs", {"id": 1, "started_at": now, "command": "ingest", "pipeline_version": "v1",
                               "settings": "{}"})
        docs = []
        for pk, name, text, dup in ((1, "000_a", TEXT_A, None), (2, "001_b", TEXT_B, "000_a")):
            docs.append({"id": pk, "content_hash": content_hash(text), "doc_id": name, "source": f"{name}.txt",
                         "fmt": "text", "hints": "[]", "original_text": text, "clean_text": text,
                         "offset_map": json.dumps({"clean": [0], "orig": [0], "len": [len(text)]}),
                         "header": "[]", "title": "Drills", "publisher": "AA", "published": dt.date(2026, 1, 6),
                         "language": "en", "story": "s-1", "duplicate_of": dup, "pipeline_version": "v1",
                         "run_id": 1, "ingested_at": now})
        _insert(conn, "documents", *docs)
        _insert(conn, "entities", {"id": "country:AZE", "kind": "country", "name": "Azerbaijan"},
                {"id": "country:TUR", "kind": "country", "name": "Türkiye"})
        _insert(conn, "entity_aliases", {"entity_id": "country:TUR", "alias": "Turkey", "folded": "turkey"},
                {"entity_id": "country:TUR", "alias": "Türkiye", "folded": "turkiye"},
                {"entity_id": "country:AZE", "alias": "Azerbaijan", "folded": "azerbaijan"})
        _insert(conn, "doc_entities", *[{"doc": d, "entity_id": e, "aliases": "[]"}
                                        for d in (1, 2) for e in ("country:AZE", "country:TUR")])
        _insert(conn, "mentions", {"id": 1, "doc": 1, "entity_id": "country:AZE", "clean_start": 0, "clean_end": 10,
                                   "text": "Azerbaijan", "how": "gazetteer"})
        ev = {"sentence": TEXT_A, "clean_start": 0, "clean_end": len(TEXT_A), "start": 0, "end": len(TEXT_A)}
        _insert(conn, "events", *[{"id": pk, "doc": pk, "type": "exercise", "status": "planned", "sectors": "[]",
                                   "provisions": "[]", "when": "2026", "when_start": dt.date(2026, 1, 1),
                                   "reported": dt.date(2026, 1, 6), "trigger": "exercises", "confidence": 0.8,
                                   **ev} for pk in (1, 2)])
        _insert(conn, "event_parties", *[{"event": pk, "entity_id": e, "role": "actor", "position": i}
                                         for pk in (1, 2) for i, e in enumerate(("country:AZE", "country:TUR"))])
        _insert(conn, "relations", {"id": 1, "doc": 1, "subject": "country:TUR", "relation": "member_of",
                                    "object": "country:AZE", "reported": dt.date(2026, 1, 6), **ev})
        _insert(conn, "quotes", {"id": 1, "doc": 1, "speaker": None, "text": "will hold joint exercises",
                                 "reported": dt.date(2026, 1, 6), **ev})


def test_a_version_1_store_upgrades_step_by_step_to_a_new_stores_schema(db_url):
    old = _engine(db_url)
    assert migrations.upgrade(old, to=1) == [1]
    assert migrations.current_version(old) == 1
    assert "fact_key" not in {c["name"] for c in inspect(old).get_columns("events")}  # version 1's own schema
    assert not inspect(old).has_table("agreement_mentions")
    _fill_version_1(old)
    for version in range(2, migrations.LATEST + 1):
        assert migrations.upgrade(old, to=version) == [version]
        assert migrations.current_version(old) == version
    assert migrations.LATEST == 7

    upgraded = _schema_of(old)
    migrations.drop_all(old)  # the same database, empty, made new
    assert migrations.upgrade(old) == list(range(1, migrations.LATEST + 1))
    assert _schema_of(old) == upgraded

    declared = {t.name: {c.name for c in t.columns} for t in S.metadata.sorted_tables}
    assert {name: set(upgraded[name]["columns"]) - {"fts"} for name in declared} == declared
    for t in S.metadata.sorted_tables:  # every index schema.py declares is there, on the same columns
        have = {cols for cols, _unique in upgraded[t.name]["indexes"]}
        for index in t.indexes:
            assert tuple(c.name for c in index.columns) in have, (t.name, index.name)
        for c in t.columns:
            assert upgraded[t.name]["columns"][c.name][1] == bool(c.nullable) or c.primary_key, (t.name, c.name)
    old.dispose()


def test_the_rows_of_a_version_1_store_come_through(db_url):
    old = _engine(db_url)
    migrations.upgrade(old, to=1)
    _fill_version_1(old)
    old.dispose()
    store = open_store(db_url)  # upgrades the rest of the way
    assert store.schema_version() == migrations.LATEST
    d = S.documents
    with store.engine.connect() as conn:
        docs = conn.execute(select(d.c.doc_id, d.c.name, d.c.duplicate_of, d.c.relevance).order_by(d.c.id)).all()
        keys = conn.execute(select(S.events.c.fact_key).order_by(S.events.c.id)).scalars().all()
    first = f"000_a-{content_hash(TEXT_A)[:16]}"
    assert docs[0] == (first, "000_a", None, None)
    assert docs[1][1:3] == ("001_b", first)  # the copy points at its original's new id
    assert keys == [f"events:exercise@0-{len(TEXT_A)}#0"] * 2
    events = store.events(actor="Turkey")  # an alias stored at version 1
    assert [(e.type, e.status, e.actors) for e in events] == [("exercise", "planned", ("country:AZE", "country:TUR"))] * 2
    arts = list(store.iter_articles())
    assert [a.doc.raw.name for a in arts] == ["000_a", "001_b"]
    assert {e.id for e in arts[0].entities} == {"country:AZE", "country:TUR"}
    assert arts[0].relations[0].relation == "member_of" and arts[0].quotes[0].text == "will hold joint exercises"
    store.engine.dispose()
