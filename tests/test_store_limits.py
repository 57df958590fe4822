"""Queries that take many ids stay within the databases' limits on bound parameters (SQLite's is
32,766): the cross-document records ask for the names of every entity of every event at once."""
from __future__ import annotations


def test_names_of_more_ids_than_a_query_may_bind(store, seed_articles):
    run = store.start_run("test", "test", {})
    store.add_articles(seed_articles, run)
    known = {e.id for a in seed_articles for e in a.entities}
    asked = known | {f"person:nobody-{i}" for i in range(40_000)}
    got = store.names(asked)
    assert set(got) == known
    assert got["country:AZE"] == "Azerbaijan"
