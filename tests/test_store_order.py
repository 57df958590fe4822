"""Event listings keep one order (newest report first, then id) whatever the filters, on SQLite and
PostgreSQL: an event-date window is planned differently on PostgreSQL (store/queries.py) and must
list the same events in the same order as the unfiltered listing does."""
from __future__ import annotations

import pytest


@pytest.fixture
def filled(store, seed_articles):
    run = store.start_run("test", "test", {})
    store.add_articles(seed_articles, run)
    return store


def _key(e) -> tuple:
    return (e["reported"] or "", -e["id"])


@pytest.mark.parametrize("since, until", [("2000", "2100-12-31"), ("2024", None), (None, "2025-06-30")])
def test_an_event_date_window_lists_the_unfiltered_order(filled, since, until):
    every = filled.events(limit=None)
    dated = [e["id"] for e in every if e["when"]
             and (since is None or e["when"] >= since) and (until is None or e["when"][:len(until)] <= until)]
    window = filled.events(since=since, until=until, date_field="event", limit=None)
    assert [e["id"] for e in window] == dated
    if since == "2000":
        assert len(window) > 1, "the seeds' dated events all fall in the widest window"
    assert window == sorted(window, key=_key, reverse=True)
    if len(window) > 1:  # a page of it is its head
        assert [e["id"] for e in filled.events(since=since, until=until, date_field="event", limit=1)] == dated[:1]


def test_the_analysts_query_lists_an_event_date_window_in_the_same_order(filled):
    """store.analytics.find_events (the CLI's and the API's listing) orders a window as Store.events does."""
    import datetime as dt

    from pactwatch.store.analytics import EventFilter, find_events

    flt = EventFilter(date_field="event", since=dt.date(2000, 1, 1), until=dt.date(2100, 12, 31))
    got = [e["id"] for e in find_events(filled, flt).rows]
    assert len(got) > 1
    assert got == [e["id"] for e in filled.events(since="2000", until="2100-12-31", date_field="event", limit=None)]


def test_until_takes_in_its_whole_period(filled):
    """``until=2025`` means up to the end of 2025, as the CLI's and the API's dates do (not 2025-01-01)."""
    every = filled.events(limit=None)
    years = sorted({e["reported"][:4] for e in every if e["reported"]})
    year = years[0]
    in_year = [e["id"] for e in every if e["reported"] and e["reported"][:4] <= year]
    assert [e["id"] for e in filled.events(until=year, limit=None)] == in_year
    assert in_year and any(e["reported"] > f"{year}-01-01" for e in every if e["id"] in in_year)


@pytest.mark.parametrize("window", [False, True])
def test_the_analysts_pages_are_slices_of_the_whole_answer(filled, window):
    """find_events cuts a page before joining the articles (store/analytics.py): every page, with or
    without an event-date window, is the matching slice of the unlimited answer, rows and all."""
    import datetime as dt

    from pactwatch.store.analytics import EventFilter, find_events

    flt = (EventFilter(date_field="event", since=dt.date(2000, 1, 1), until=dt.date(2100, 12, 31)) if window
           else EventFilter())
    whole = find_events(filled, flt).rows
    assert len(whole) > 3
    for size in (1, 2, 3):
        pages = [find_events(filled, flt, limit=size, offset=o) for o in range(0, len(whole), size)]
        assert [r for p in pages for r in p.rows] == whole
        assert {p.total for p in pages} == {len(whole)}
