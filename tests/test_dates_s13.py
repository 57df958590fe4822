"""Publication dates in the shapes of the thirteenth session (datelines.py, metadata.py): a year with its word before
the day (Uzbek and Kazakh editions), a numbered month after an "M" (a content system's locale without month names),
Uzbek, Azerbaijani and Kazakh months, an agency's dateline closed by its bracketed name and a full stop, and a wire's
slug line at the story's foot ("181524 MET dec 24") when the head's dateline has no year. Every page here is made
up; each names Monday 17 November 2025 in its own outlet's way.
"""
from __future__ import annotations

from datetime import date

from pactwatch import datelines
from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata
from pactwatch.model import Metadata, RawDocument
from pactwatch.settings import Settings

MONDAY = date(2025, 11, 17)
HEADLINE = "Chile and Peru agree on joint naval patrols"
STORY = ("Chile and Peru signed an agreement on joint naval patrols in Lima, the two defence ministries said, and "
         "agreed to hold their first combined exercise off Callao next year.\n\n"
         "Peruvian officers will train with Chilean units, while the two navies will share radar pictures of the "
         "coast.\n")


def _meta(text: str) -> Metadata:
    return extract_metadata(clean(RawDocument("t", "t.txt", text), Settings()))


LINES = ("Toshkent, 2025-yil 17-noyabr", "2025 yil 17 noyabr, 10:40", "Астана, 2025 жылғы 17 қараша",
         "Bakı, 17 noyabr 2025", "17 noyabr 2025-ci il", "2025 M11 17 · 09:30 (Astana)", "2025 M11 17")


def test_the_year_word_numbered_month_and_turkic_months_read_the_day():
    assert {line: datelines.head_date(line) for line in LINES} == dict.fromkeys(LINES, MONDAY)


# a rifle's or a tank's name after a year, a count of men, a year and a quantity: no date
NOT_DATES = ("the 2025 M16 17 rifles", "2025 M1 tanks", "2025 yil", "in 2025 17 noyabr", "2025 M11")


def test_what_only_looks_like_these_dates_is_none():
    assert [line for line in NOT_DATES if datelines.head_dates(line)] == []


def test_an_agency_dateline_closed_by_its_bracketed_name_dates_the_page():
    for lead in ("Tashkent, 2025-yil 17-noyabr (Uzbek Wire). ", "LIMA, Nov. 17, 2025 (PACIFICA). ",
                 "Baku, 17 noyabr 2025 (Caspian Wire): "):
        assert _meta(f"{HEADLINE}\n\n{lead}{STORY}").published == MONDAY, lead


SLUGS = ("171524 MET nov 25", "170905 CET Nov 25", "171200 nov 25")


def test_a_wire_slug_line_at_the_foot_dates_a_page_whose_dateline_has_no_year():
    for slug in SLUGS:
        page = f"ADRIATIC WIRE | English service\n\n{HEADLINE}\n\nLIMA, 17 Nov (AW) - {STORY}\n(AW) ab cd\n{slug}\n"
        assert _meta(page).published == MONDAY, slug


def test_a_number_and_month_in_the_story_or_outside_the_foot_is_no_slug():
    assert datelines.wire_slug_date("171524 soldiers nov 25") is None
    assert datelines.wire_slug_date("The 171524 MET nov 25 figure") is None
    # a slug-like line high in a long page is not its foot
    body = "\n\n".join([STORY] * 6)
    assert _meta(f"{HEADLINE}\n\n171524 MET nov 25\n\n{body}").published is None
