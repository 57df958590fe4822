"""Publication dates in the further shapes of date lines (twelfth session, datelines.py): a weekday between the day
and the year, a spelled month in a compact numeric shape, a two-digit year after a spelled month, an era's year, an
agency's dateline parted by slashes, and the months, weekdays and labels of other languages that an English edition
keeps in its date line. Every page and line here is made up; each page names Monday 17 November 2025 in its head, in
its own outlet's way. A date in the story, or in a line of its head that is a clause, is an event's, never the page's.
"""
from __future__ import annotations

from datetime import date

import pytest

from pactwatch import datelines
from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata
from pactwatch.model import Metadata, RawDocument
from pactwatch.settings import Settings

MONDAY = date(2025, 11, 17)
STORY = ("Chile and Peru signed an agreement on joint naval patrols in Lima, the two defence ministries said, and "
         "agreed to hold their first combined exercise off Callao next year.\n\n"
         "Peruvian officers will train with Chilean units, while the two navies will share radar pictures of the "
         "coast.\n")


def _meta(head: str, story: str = STORY) -> Metadata:
    cleaned = clean(RawDocument("t", "t.txt", f"{head}\n\n{story}"), Settings())
    return extract_metadata(cleaned)


# each shape (a rule of datelines.py) in several outlets' ways, all of them Monday 17 November 2025
SHAPES = {
    "weekday_inside": ["November 17, Monday, 2025", "17 November, Monday, 2025", "Nov. 17 (Monday) 2025",
                       "17 November (Monday), 2025"],
    "compact": ["Nov-17-2025", "NOV/17/25", "Nov.17.2025", "17-nov-2025", "17/noviembre/2025", "2025-Nov-17"],
    "short_year": ["17 Nov 25, 21:40", "Mon 17 Nov 25", "17th November 25"],
    "era": ["November 17, Reiwa 7", "17 November 2568 B.E.", "17 November 2568 BE"],
    "spanish": ["Lima, 17 de noviembre de 2025", "lunes, 17 de noviembre del 2025", "17 nov. 2025"],
    "portuguese": ["Brasília, 17 de novembro de 2025", "segunda-feira, 17 de novembro de 2025"],
    "italian": ["Roma, 17 novembre 2025", "lunedì 17 novembre 2025"],
    "french": ["Paris, le 17 novembre 2025", "lundi 17 novembre 2025"],
    "german": ["Berlin, 17. November 2025", "Montag, 17. Nov. 2025", "am 17. November 2025"],
    "dutch_indonesian_turkish": ["maandag 17 november 2025", "Senin, 17 November 2025", "17 Kasım 2025 Pazartesi"],
    "slavic": ["Москва, 17 ноября 2025 г.", "Київ, 17 листопада 2025", "Warszawa, 17 listopada 2025 r."],
    "year_first": ["Budapest, 2025. november 17.", "2025년 11월 17일"],
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_way_of_a_shape_reads_the_day(shape):
    read = {line: datelines.head_date(line) for line in SHAPES[shape]}
    assert read == dict.fromkeys(SHAPES[shape], MONDAY)


# words that look like such a date and are none: a count after the month, a time without a year, an English word
# that abbreviates a month in another language, a month with a day and no year
NOT_DATES = ("17 Nov 25 soldiers were sent", "17 Nov 21:40", "17 Nov 25,000", "3 out 2025 results",
             "10 set 2025", "lunes 17 de noviembre", "Nov-17")


def test_what_only_looks_like_one_of_these_dates_is_none():
    assert [line for line in NOT_DATES if datelines.head_dates(line)] == []


def test_a_two_digit_year_ahead_of_today_is_the_last_centurys():
    assert datelines.two_digit_year(25, date(2026, 1, 1)) == 2025
    assert datelines.two_digit_year(98, date(2026, 1, 1)) == 1998


# whole page heads of outlets worldwide: masthead, section, headline, byline and date line in their order
PAGES = {
    "agency dateline between slashes opening the lead": (
        "CASPIAN WIRE\nPolitics | Region\n\nChile and Peru agree on joint naval patrols", "Lima/17.11.25/Caspian Wire: "),
    "ministry press service, weekday inside the date": (
        "MINISTRY OF DEFENCE OF THE REPUBLIC OF CHILE\nPress service\n\nNovember 17, Monday, 2025\n\n"
        "Chile and Peru agree on joint naval patrols", ""),
    "trade press byline and compact US date": (
        "DEFENCE WEEKLY\nNaval | Americas\n\nChile and Peru agree on joint naval patrols\n\n"
        "Ana Souza, Santiago | Nov-17-2025", ""),
    "TV page, two-digit year, updated after": (
        "CHANNEL 9 NEWS\nChile and Peru agree on joint naval patrols\n17 Nov 25, 21:40 | Updated 18 Nov 25, 07:10",
        ""),
    "Spanish edition, time in hours": (
        "EL DIARIO\nEnglish Edition | Americas\n\nChile and Peru agree on joint naval patrols\n\n"
        "Lima, 17 de noviembre de 2025 - 09:15 hs", ""),
    "Spanish labels, the update first": (
        "Chile and Peru agree on joint naval patrols\nActualizado: 18/11/2025 | Publicado: 17/11/2025", ""),
    "German daily, weekday and Uhr": (
        "Chile and Peru agree on joint naval patrols\nMontag, 17. November 2025, 14:05 Uhr\nBy Jana Weber", ""),
    "French labels, published then updated": (
        "Chile and Peru agree on joint naval patrols\n"
        "Publié le 17 novembre 2025 à 14h05, mis à jour le 18 novembre 2025 à 09h00", ""),
    "Italian line with the city": ("Chile and Peru agree on joint naval patrols\nRoma, 17 novembre 2025 - 14:05", ""),
    "Indonesian line with its time zone": (
        "Chile and Peru agree on joint naval patrols\nSenin, 17 November 2025 | 14:05 WIB", ""),
    "Japanese era only": ("Chile and Peru agree on joint naval patrols\nNovember 17, Reiwa 7", ""),
    "Thai Buddhist era with a byline": (
        "Chile and Peru agree on joint naval patrols\nBy Somchai Phanit | 17 November 2568 B.E.", ""),
    "print edition with a two-digit year": (
        "FARM AND COAST\nChile and Peru agree on joint naval patrols\n17th Nov 25 | Print edition", ""),
    "update label with 'on', no other date": ("Chile and Peru agree on joint naval patrols\nLast updated on 17 Nov 2025",
                                              ""),
    "Gulf daily, the Hijri date in brackets": (
        "Chile and Peru agree on joint naval patrols\n17 November 2025 (Hijri: 26 Jumada al-Awwal 1447)", ""),
    "published label before a compact date": (
        "Chile and Peru agree on joint naval patrols\nPublished: Nov-17-2025 10:14 AM EST", ""),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_a_page_head_gives_its_publication_day(page):
    head, lead = PAGES[page]
    assert _meta(head, lead + STORY).published == MONDAY


def test_the_agency_dateline_names_the_agency_and_leaves_the_lead():
    head, lead = PAGES["agency dateline between slashes opening the lead"]
    cleaned = clean(RawDocument("t", "t.txt", f"{head}\n\n{lead}{STORY}"), Settings())
    assert ("agency", "Caspian Wire") in cleaned.header and ("dateline", "Lima") in cleaned.header
    assert "Chile and Peru signed" in cleaned.text and "Caspian Wire:" not in cleaned.text


HEADLINE = "Chile and Peru agree on joint naval patrols"
# agencies' datelines with the agency after the date, opening the lead of a page whose head has no date line
AGENCY_LEADS = ("LIMA. November 17, 2025. ANDEAN WIRE - ", "SANTIAGO, November 17, 2025. /PACIFICA/. ",
                "Lima, 17.11.25, Caspian Wire: ", "Lima / 17 November 2025 / Caspian Wire - ")


def test_an_agencys_dateline_after_the_date_dates_the_page():
    assert {lead: _meta(HEADLINE, lead + STORY).published for lead in AGENCY_LEADS} == dict.fromkeys(AGENCY_LEADS,
                                                                                                     MONDAY)


def test_a_lead_opened_by_a_place_and_a_sentence_with_a_date_is_no_dateline():
    lead = "LIMA. The two ministers met on November 17, 2025 - and agreed on patrols. "
    assert _meta(HEADLINE, lead + STORY).published is None


def test_a_date_the_story_tells_is_no_publication_date():
    # the story's own dates in these shapes: its lead and its second paragraph
    story = ("Chile and Peru signed the accord in Lima on lunes, 17 de noviembre de 2025, the two defence ministries "
             "said, and agreed to hold their first combined exercise off Callao next year.\n\n"
             "The first patrol sails on Nov-24-2025, and a review follows on 1 Dec 25, officials added.\n")
    assert _meta(HEADLINE, story).published is None


def test_a_clause_under_the_headline_with_such_a_date_is_no_date_line():
    for standfirst in ("The navies will sail together from Nov-24-2025", "Patrols resumed on 17 de noviembre de 2025",
                       "Drills ran until 17 Nov 25 off Callao"):
        assert _meta(f"{HEADLINE}\n{standfirst}").published is None, standfirst


def test_the_head_date_wins_over_the_storys_date_in_another_shape():
    story = ("Chile and Peru signed the accord on 3 de octubre de 2025 in Lima, the two defence ministries said, and "
             "agreed to hold their first combined exercise off Callao next year.\n")
    assert _meta(f"{HEADLINE}\n17 Nov 25, 21:40", story).published == MONDAY


def test_a_reference_number_in_a_compact_shape_dates_nothing():
    assert _meta(f"{HEADLINE}\nRef. No. Nov-17-2025").published is None
