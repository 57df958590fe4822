"""Date resolution stage: when_for, find_time_expressions, parse_published."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pactwatch.dates import TimeExpr, find_time_expressions, parse_published, when_for

TUE = date(2026, 1, 6)     # Tuesday
TUE2 = date(2025, 10, 7)   # Tuesday
FRI = date(2025, 3, 14)    # Friday
SUN = date(2024, 7, 28)    # Sunday
WED = date(2023, 11, 1)    # Wednesday

VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_anchor_weekdays():
    assert [d.weekday() for d in (TUE, TUE2, FRI, SUN, WED)] == [1, 1, 4, 6, 2]


def _when(sentence: str, trigger: str, anchor: date | None) -> str | None:
    i = sentence.index(trigger)
    return when_for(sentence, (i, i + len(trigger)), anchor)


CASES = [
    # --- the seed examples
    ("In an interview released late Monday, Aliyev recalled his proposal at the 12th summit "
     "last October to hold joint military exercises", "recalled", TUE, "2026-01-05"),
    ("In an interview released late Monday, Aliyev recalled his proposal at the 12th summit "
     "last October to hold joint military exercises", "proposal", TUE, "2025-10"),
    ("Aliyev on Tuesday proposed that members hold joint military exercises in Azerbaijan in 2026",
     "exercises", TUE2, "2026"),
    ("Aliyev on Tuesday proposed that members hold joint military exercises in Azerbaijan in 2026",
     "proposed", TUE2, "2025-10-07"),
    ("He praised the initialing of the peace agreement two months ago at the White House",
     "initialing", TUE2, "2025-08"),
    ("Aliyev proposed that the 100th anniversary of the First Turkological Congress, held in Baku "
     "in 1926, be commemorated next year", "proposed", TUE2, "2026"),
    # --- absolute
    ("The agreement was signed on June 13, 2023 in Ankara.", "signed", None, "2023-06-13"),
    ("The pact, signed on 13 June 2023, covers air defence.", "pact", None, "2023-06-13"),
    ("The ministers met in June 2021 to discuss border security.", "met", WED, "2021-06"),
    ("Joint exercises are planned in 2026.", "exercises", FRI, "2026"),
    ("Drills began on 2024-05-17 near the border.", "Drills", SUN, "2024-05-17"),
    ("The memorandum was signed in Jan. 2019.", "signed", None, "2019-01"),
    ("The deal took effect on Sept. 1.", "deal", WED, "2023-09-01"),
    ("Troops will deploy on Sept 1, the ministry said.", "deploy", WED, "2024-09-01"),
    ("The talks resumed Oct. 3 in Vienna.", "talks", TUE, "2025-10-03"),
    ("The navy said in May it would buy four frigates.", "buy", FRI, "2024-05"),
    ("The joint commission will meet in October.", "meet", TUE, "2026-10"),
    ("The defence council met in December.", "met", TUE, "2025-12"),
    ("The drills scheduled for May were cancelled.", "drills", FRI, "2025-05"),
    # --- relative to the anchor: days and weekdays
    ("The two states signed a defence pact today.", "signed", FRI, "2025-03-14"),
    ("Greece and Egypt signed a maritime accord yesterday.", "signed", SUN, "2024-07-27"),
    ("Talks will resume tomorrow in Geneva.", "Talks", WED, "2023-11-02"),
    ("The two defence ministers signed the protocol on Wednesday.", "signed", WED, "2023-11-01"),
    ("Officials said Friday that the drills had ended.", "said", FRI, "2025-03-14"),
    ("The navies held joint drills on Thursday.", "drills", SUN, "2024-07-25"),
    ("Officials met last Friday to review the plan.", "met", FRI, "2025-03-07"),
    ("The armies will hold joint drills next Tuesday.", "drills", FRI, "2025-03-18"),
    ("The ministers will meet on Saturday in Rome.", "meet", FRI, "2025-03-15"),
    # --- relative: months and years
    ("The alliance was formed last year.", "formed", TUE, "2025"),
    ("The exercise will take place next year.", "exercise", FRI, "2026"),
    ("The treaty was ratified this year.", "ratified", SUN, "2024"),
    ("The summit is set for next month.", "summit", TUE, "2026-02"),
    ("Moscow suspended the treaty last month.", "suspended", TUE, "2025-12"),
    ("Earlier this month, the two navies held drills in the Black Sea.", "drills", WED, "2023-11"),
    ("The agreement was signed last March.", "signed", FRI, "2024-03"),
    ("The deal was finalised last October.", "deal", TUE, "2025-10"),
    ("Poland bought the tanks three weeks ago.", "bought", FRI, "2025-02-21"),
    ("The base was handed over a year ago.", "handed", SUN, "2023"),
    ("A joint patrol began five days ago.", "patrol", WED, "2023-10-27"),
    ("Inspections will begin in two weeks.", "Inspections", FRI, "2025-03-28"),
    ("The council will decide by the end of the year.", "decide", WED, "2023"),
    # --- closest to the trigger; dates of other nouns ignored
    ("Turkey and Azerbaijan agreed to implement the Shusha Declaration signed in June 2021.",
     "agreed", TUE2, None),
    ("Turkey and Azerbaijan agreed to implement the Shusha Declaration signed in June 2021.",
     "signed", TUE2, "2021-06"),
    ("The accord signed in March 2022 was extended on Monday.", "extended", TUE, "2026-01-05"),
    # --- negatives
    ("Azerbaijan and Turkey have held 25 bilateral drills.", "drills", TUE2, None),
    ("The fleets exercise together 10 times a year.", "exercise", FRI, None),
    ("Kyiv invoked Article 51 of the UN Charter.", "invoked", SUN, None),
    ("Washington presented a 20-point plan for Gaza.", "plan", TUE, None),
    ("Leaders gathered for the 12th summit.", "summit", TUE2, None),
    ("Cooperation has deepened since the 1990s.", "Cooperation", WED, None),
    ("The convoy carried 2000 troops.", "convoy", WED, None),
    ("The Strip was decimated by a two-year assault.", "assault", TUE, None),
    ("The drills grew larger over the past year.", "drills", FRI, None),
    ("The deal was signed yesterday.", "signed", None, None),
    ("The deal took effect on Sept. 1.", "deal", None, None),
    ("No time is given here at all.", "given", TUE, None),
]


@pytest.mark.parametrize(("sentence", "trigger", "anchor", "expected"), CASES)
def test_when_for(sentence, trigger, anchor, expected):
    assert _when(sentence, trigger, anchor) == expected


def test_when_for_without_span_takes_first_expression():
    assert when_for("Signed in 2019 and renewed in 2024.", None, None) == "2019"


def test_when_for_out_of_range_span_is_clamped():
    assert when_for("Signed in 2019.", (500, 900), None) == "2019"


def test_find_time_expressions_values_and_granularity():
    text = "On 13 June 2023 and in June 2021, and again in 2026, two months ago"
    got = [(e.text, e.value, e.granularity) for e in find_time_expressions(text, TUE2)]
    assert got == [
        ("13 June 2023", "2023-06-13", "day"),
        ("June 2021", "2021-06", "month"),
        ("in 2026", "2026", "year"),
        ("two months ago", "2025-08", "month"),
    ]


def test_find_time_expressions_without_anchor_keeps_absolute_only():
    text = "Signed yesterday, effective from 1 July 2025, reviewed last month."
    assert [e.value for e in find_time_expressions(text, None)] == ["2025-07-01"]


PUBLISHED = [
    (" date 2026-01-06", date(2026, 1, 6)),
    ("Published January 06,2026", date(2026, 1, 6)),
    ("06.01.2026", date(2026, 1, 6)),
    ("Jan 6, 2026 10:15 GMT", date(2026, 1, 6)),
    ("2026-01-06T08:00:00Z", date(2026, 1, 6)),
    ("Tuesday, 7 October 2025", date(2025, 10, 7)),
    ("Updated: Sept. 30, 2024 | 14:02", date(2024, 9, 30)),
    ("Posted 01/31/2024", date(2024, 1, 31)),
    ("13/02/2024", date(2024, 2, 13)),
    ("3rd of March, 2024", date(2024, 3, 3)),
    ("Published 2024", None),
    ("By Staff Reporter", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHED)
def test_parse_published(text, expected):
    assert parse_published(text) == expected


# --------------------------------------------------------------------------- properties

anchors = st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200), a=st.integers(-5, 250), b=st.integers(-5, 250), anchor=anchors)
def test_when_for_never_raises_and_is_well_formed(text, a, b, anchor):
    value = when_for(text, (min(a, b), max(a, b)), anchor)
    assert value is None or VALUE.match(value)


WORDS = ["on", "in", "last", "next", "ago", "two", "a", "year", "month", "week", "Monday", "Sept.",
         "October", "May", "1", "13", "2026", "1999s", ",", "yesterday", "this", "will", "said", "12th"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=12), anchor=anchors)
def test_time_expressions_are_ordered_inside_text_and_well_formed(words, anchor):
    text = " ".join(words)
    exprs = find_time_expressions(text, anchor)
    for e in exprs:
        assert isinstance(e, TimeExpr)
        assert 0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.text
        assert VALUE.match(e.value)
        assert len(e.value) == {"year": 4, "month": 7, "day": 10}[e.granularity]
    assert all(x.end <= y.start for x, y in zip(exprs, exprs[1:], strict=False))


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(wd=st.sampled_from(WEEKDAYS), prefix=st.sampled_from(["on ", "late ", "early ", ""]),
       anchor=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_weekday_is_within_the_week_before_the_anchor(wd, prefix, anchor):
    value = _when(f"The minister said {prefix}{wd} that talks went well.", "said", anchor)
    got = date.fromisoformat(value)
    assert got.weekday() == WEEKDAYS.index(wd)
    assert timedelta(0) <= anchor - got < timedelta(days=7)


@given(wd=st.sampled_from(WEEKDAYS), anchor=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_last_weekday_is_strictly_before_the_anchor(wd, anchor):
    got = date.fromisoformat(_when(f"Troops withdrew last {wd}.", "withdrew", anchor))
    assert timedelta(1) <= anchor - got <= timedelta(days=7)
