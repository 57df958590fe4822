"""Publication date lines of more outlets' styles (clean + metadata): a date inside a byline sentence, a dd-Mon-yyyy
stamp, a state calendar with the Gregorian year in brackets, labels the cleaner did not know, a furniture label
sharing the date's line, and numeric dates read day first in an article written in British spelling."""
from __future__ import annotations

from datetime import date

import pytest

from pactwatch.clean import clean
from pactwatch.metadata import day_first, extract_metadata, parse_date, told_days
from pactwatch.model import RawDocument
from pactwatch.settings import Settings

TITLE = "Regional ministers agree to share flood warnings"
BODY = ("Water ministers from four countries along the river agreed on Thursday to share flood warnings in real "
        "time, after last year's floods destroyed thousands of homes in the lower valley.\n\n"
        "Under the plan, gauging stations upstream will send their readings to a common hub, which will issue "
        "alerts to towns downstream in each country's own language.\n\n"
        "Officials said the system would be tested during the spring melt, and that a permanent secretariat would "
        "be set up in the river port that hosted this week's meeting.")
FEB3 = date(2026, 2, 3)


def _meta(line: str, body: str = BODY):
    doc = clean(RawDocument("t", "<t>", f"{TITLE}\n{line}\n\n{body}"), Settings())
    return doc, extract_metadata(doc)


DATE_LINES = [
    # a byline sentence that holds the date (broadsheet, blog, regional paper)
    pytest.param("By Maria Lopez in World News on 3 February 2026", FEB3, "Maria Lopez", id="byline-section-on-date"),
    pytest.param("Written by Tomas Berg on 3 Feb 2026", FEB3, "Tomas Berg", id="written-by-on-date"),
    pytest.param("Posted by Aiko Sato in Politics on February 3, 2026", FEB3, "Aiko Sato", id="posted-by-in-on"),
    pytest.param("By Kwame Mensah, February 3, 2026", FEB3, "Kwame Mensah", id="by-name-comma-date"),
    pytest.param("February 3, 2026 by Kwame Mensah", FEB3, "Kwame Mensah", id="date-then-by"),
    pytest.param("Ines Duarte, Staff Writer, 3 February 2026", FEB3, "Ines Duarte, Staff Writer", id="name-title-date"),
    pytest.param("From our correspondent in Lima, 3 February 2026", FEB3, "From our correspondent in Lima",
                 id="desk-line-date"),
    # day-month-year stamps with hyphens or slashes (wire archives, South Asian and Gulf sites)
    pytest.param("03-Feb-2026 09:15", FEB3, None, id="dd-mon-yyyy-time"),
    pytest.param("Last update: 03-Feb-2026 09:15", FEB3, None, id="last-update-label"),
    pytest.param("03/FEB/2026", FEB3, None, id="dd-mon-yyyy-slashes"),
    pytest.param("3-Feb-26 09:15", FEB3, None, id="two-digit-year"),
    # a state calendar with the Gregorian year in brackets (translated state media), East Asian year-month-day
    pytest.param("Juche 115 (2026).2.3.", FEB3, None, id="juche-bracketed-year"),
    pytest.param("Pyongyang, Juche 115 (2026).2.3. (KCNA)", FEB3, None, id="juche-with-dateline"),
    pytest.param("2026年2月3日", FEB3, None, id="cjk-year-month-day"),
    # labels a press office or a ministry uses
    pytest.param("Release date: 3 February 2026", FEB3, None, id="release-date"),
    pytest.param("Dated: February 3, 2026", FEB3, None, id="dated"),
    pytest.param("Date published: 3.2.2026", FEB3, None, id="date-published-dotted"),
    # furniture sharing the date's line, and a relative "updated" part
    pytest.param("Category: Defence | 3 February 2026", FEB3, None, id="category-label-and-date"),
    pytest.param("February 3, 2026 / 9:15 AM / Updated an hour ago", FEB3, None, id="updated-an-hour-ago"),
    pytest.param("Tue 3 Feb 2026 09.15 GMT", FEB3, None, id="dotted-time"),
    pytest.param("3rd of February, 2026", FEB3, None, id="ordinal-of-month"),
    pytest.param("Reporting by Maria Lopez; Editing by Jan Kowalski — Feb 3, 2026", FEB3, "Maria Lopez",
                 id="wire-credit-line-with-date"),
    pytest.param("Maria Lopez | Defence Correspondent | 3 February 2026", FEB3, None, id="name-desk-date-bars"),
    pytest.param("Feb 03 2026 09:15:00 GMT+0000", FEB3, None, id="timestamp-with-offset"),
]


@pytest.mark.parametrize(("line", "expected", "byline"), DATE_LINES)
def test_date_line_read(line, expected, byline):
    doc, meta = _meta(line)
    assert meta.published == expected
    assert line not in doc.text  # header, not prose
    if byline:
        assert doc.header_value("byline") == byline


PROSE = [
    pytest.param("Peru and Chile signed the treaty in Lima on 3 February 2026.", id="sentence-with-full-stop"),
    pytest.param("Talks between the two navies resumed, 3 February 2026", id="lower-case-clause-is-no-desk"),
    pytest.param("By February 3, 2026 the last troops will have left the valley", id="by-a-date-is-no-byline"),
]


@pytest.mark.parametrize("line", PROSE)
def test_sentence_with_a_date_stays_text(line):
    doc, meta = _meta(line)
    assert line in doc.text
    assert meta.published is None


BRITISH = BODY.replace("hub", "centre").replace("hosted", "organised and hosted")
AMERICAN = BODY.replace("hub", "center").replace("hosted", "organized and hosted")


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param(BRITISH, FEB3, id="british-spelling-day-first"),
    pytest.param(AMERICAN, date(2026, 3, 2), id="american-spelling-month-first"),
    pytest.param(BODY, date(2026, 3, 2), id="no-cue-month-first"),
])
def test_numeric_date_order_follows_spelling(body, expected):
    _doc, meta = _meta("Date: 03/02/2026", body)
    assert meta.published == expected


def test_day_first_counts_spellings():
    assert day_first("The defence ministry organised a drill at the training centre.")
    assert not day_first("The defense ministry organized a drill at the training center.")
    assert not day_first("The ministry held a drill.")


@pytest.mark.parametrize(("value", "expected"), [
    ("Juche 115 (2026).2.3.", FEB3),
    ("03-Feb-2026 09:15", FEB3),
    ("3/Feb/26", FEB3),
    ("2026年2月3日", FEB3),
    ("12 (2026)", None),
])
def test_parse_date_new_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(("line", "story", "expected"), [
    # a South Asian site's dd-mm-yyyy stamp over a story of talks "on May 6": day first
    pytest.param("07-05-2026 11:05", "Defence secretaries of the two countries held talks on May 6 in the capital.",
                 date(2026, 5, 7), id="day-first-by-the-day-told"),
    # a US-style month-first stamp over a story of a drill "on July 4": month first
    pytest.param("07-05-2026 11:05", "The navies held a joint drill on July 4 off the coast, officials said.",
                 date(2026, 7, 5), id="month-first-by-the-day-told"),
    # the day told fits neither reading: the default (month first)
    pytest.param("07-05-2026 11:05", "The navies held a joint drill on March 2 off the coast, officials said.",
                 date(2026, 7, 5), id="day-told-fits-neither"),
])
def test_ambiguous_numeric_date_follows_the_days_the_story_tells(line, story, expected):
    doc = clean(RawDocument("t", "<t>", f"{TITLE}\n{line}\n\n{story} " + AMERICAN), Settings())
    assert extract_metadata(doc).published == expected


def test_told_days_are_days_without_a_year():
    assert told_days("Talks were held on May 6 and on 12th June; the 2024 summit on 3 March 2024 was the first.") == (
        (5, 6), (6, 12))
