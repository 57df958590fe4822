"""Publication date lines of more outlets' styles (blind5's class of date lines not read, and their kin): a
Roman-numeral month ("03.IV.2026", "3 IV 2026", "2026. IV. 3."), a wire dateline closed by the agency's name
("RIGA, March 3, 2026, Baltic News Agency"), and an agency's stamp with the time as a part of its own
("BNS - Mar 3, 2026 - 09:40 | World, Defence"). Each line is read through the whole pipeline (clean, metadata) on a
small made-up article, and a second table pins the other shapes outlets use that were read already."""
from __future__ import annotations

from datetime import date

import pytest
from helpers import article_of

from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata, parse_date
from pactwatch.model import RawDocument
from pactwatch.settings import Settings

TITLE = "Slovenia and Croatia agree on joint air policing"
BODY = ("Slovenia and Croatia signed an agreement on joint air policing on Friday in Ljubljana, the two defence "
        "ministries said.\n\nCroatian jets will patrol Slovenian airspace from June, while Slovenian radars will feed "
        "a common picture to the air operations centre near Zagreb.\n")
MAR3 = date(2026, 3, 3)


def _article(line: str):
    return article_of(BODY, head=f"{TITLE}\n{line}\n")


NEW_LINES = [
    # a Roman-numeral month (Central and East European papers, church and court bulletins)
    pytest.param("03.IV.2026", date(2026, 4, 3), None, id="roman-dotted"),
    pytest.param("3 IV 2026", date(2026, 4, 3), None, id="roman-spaced"),
    pytest.param("Budapest, 2026. III. 3.", MAR3, None, id="roman-year-first"),
    pytest.param("Warszawa, 3.III.2026 - PAP", MAR3, "PAP", id="roman-place-agency"),
    # a wire dateline that closes with the agency's name, with or without the time
    pytest.param("RIGA, March 3, 2026, Baltic News Agency", MAR3, "Baltic News Agency", id="dateline-agency"),
    pytest.param("VILNIUS, 3 March 2026 09:40, ELTA", MAR3, "ELTA", id="dateline-time-agency"),
    pytest.param("Springfield, Ill., March 3, 2026, AP", MAR3, "Associated Press", id="dateline-state-agency"),
    # an agency's stamp with the time between dashes and its sections after a bar
    pytest.param("BNS - Mar 3, 2026 - 09:40 | World, Defence", MAR3, "BNS", id="agency-date-time-sections"),
    pytest.param("TASS - 03 Mar 2026 - 09:40 | Politics | World", MAR3, "TASS", id="agency-date-time-two-sections"),
]


@pytest.mark.parametrize("dateline, publisher", [
    # a lead sentence opened by a dateline with the full date (press release, wire, regional daily)
    ("LJUBLJANA — Tuesday, March 3, 2026 — ", None),
    ("LJUBLJANA, March 3, 2026 /PRNewswire/ -- ", "PRNewswire"),
    ("LJUBLJANA, March 3, 2026 (STA) -- ", "STA"),
    ("LJUBLJANA, 3 March 2026 - ", None),
])
def test_a_dateline_with_the_full_date_opening_the_lead(dateline, publisher):
    a = article_of(dateline + BODY, head=f"{TITLE}\n")
    assert a.meta.published == MAR3
    assert a.meta.publisher == publisher
    agreements = [e for e in a.events if e.type == "agreement"]
    assert agreements and all(e.evidence.sentence.startswith("Slovenia and Croatia") for e in agreements)


def test_a_lead_opened_by_a_capitalised_name_and_dashes_is_no_dateline():
    a = article_of("NATO — the alliance of 32 states — said on Friday that " + BODY, head=f"{TITLE}\n")
    assert a.meta.published is None


@pytest.mark.parametrize("line, published, publisher", NEW_LINES)
def test_new_date_lines_through_the_pipeline(line, published, publisher):
    a = _article(line)
    assert a.meta.published == published
    if publisher:
        assert a.meta.publisher == publisher
    # the date line is header, not a sentence the events are read from
    assert not any(line in (e.evidence.sentence if e.evidence else "") for e in a.events)
    assert any(e.type == "agreement" for e in a.events)


OTHER_SHAPES = [
    "2026-03-03T09:40:00+02:00", "3rd March 2026", "Monday 3 March 2026 09.40 GMT", "Last updated: 3 Mar 2026",
    "Posted: 03/03/2026 | 09:40", "3-Mar-2026", "Published 2026/03/03", "By Anna Berzina | 3 March 2026",
    "Tue 03 Mar 2026 // 09:40 UTC", "March 3 2026", "Riga, 3.03.2026. / BNS /", "03 March, 2026",
    "Updated 09:40 GMT (15:40 HKT) March 3, 2026", "Date: 2026.03.03", "Mar. 3, 2026, 9:40 a.m. ET",
    "Tuesday, 3 March 2026 - 09:40", "RIGA (BNS) -- March 3, 2026", "March 3rd, 2026 at 9:40 am",
    "03 Mar 2026, 09:40 (GMT+2)", "RIGA, March 3, 2026 (BNS)",
]


@pytest.mark.parametrize("line", OTHER_SHAPES)
def test_other_outlet_date_lines_are_read(line):
    doc = clean(RawDocument("t", "<t>", f"{TITLE}\n{line}\n\n{BODY}"), Settings())
    assert extract_metadata(doc).published == MAR3


@pytest.mark.parametrize("value, expected", [
    ("03.IV.2026", date(2026, 4, 3)), ("3 XII 2025", date(2025, 12, 3)), ("2026. IX. 30.", date(2026, 9, 30)),
    ("31.II.2026", None),  # no such day
])
def test_parse_roman_month(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("line", [
    # Roman numerals are upper-case months only between a day and a year; a lower-case "i" or a sequel is no month
    "Act III 2024 opened the festival on Friday.",
    "Part 3 i 2026 of the report",
])
def test_roman_numerals_that_are_no_month(line):
    assert parse_date(line) is None


def test_a_body_sentence_with_an_agency_is_no_date_line():
    # a sentence of the body that starts like a dateline keeps its words: it ends with a full stop and runs on
    text = f"{TITLE}\nPublished 6 January 2026\n\nRIGA, March 3, 2026, the Baltic states agreed to buy radars together.\n"
    doc = clean(RawDocument("t", "<t>", text), Settings())
    assert extract_metadata(doc).published == date(2026, 1, 6)
    assert "agreed to buy radars" in doc.text
