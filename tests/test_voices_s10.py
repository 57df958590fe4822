"""Tenth session, helper "voices": page-head dates in any common order and spelling, who asserts a reported fact,
and the status of facts the parse puts under a plan, a refusal or a suspension. Invented sentences and page heads in
several outlets' styles, negatives included."""
from __future__ import annotations

import datetime as dt

import pytest

from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata
from pactwatch.model import RawDocument
from pactwatch.settings import Settings

STORY = ("The defence ministers of the two countries signed a memorandum on military cooperation on Thursday, "
         "agreeing to hold joint exercises next year and to exchange officers between their staff colleges, "
         "officials said after the talks in the capital.")
MORE = ("The talks followed a visit by the chief of the general staff in the spring, during which the two sides "
        "discussed training and the purchase of equipment for the army and the air force.")


def _published(head: str) -> dt.date | None:
    text = f"{head}\n\n{STORY}\n\n{MORE}\n"
    doc = clean(RawDocument("x", "x.txt", text), Settings())
    return extract_metadata(doc).published


@pytest.mark.parametrize("head, day", [
    # separators of numeric dates: bars, dots with spaces (year first), middle dots, two-digit years
    ("The Andean Herald\n21 | 03 | 2025\nPOLITICS | DEFENCE\n\nPeru and Chile sign defence pact", "2025-03-21"),
    ("Seoul Daily\nDiplomacy > Defense\n2025. 3. 21. 14:20\n\nSeoul and Manila sign defence pact", "2025-03-21"),
    ("Budapest Ledger\n2025. 03. 21.\n\nHungary and Poland sign defence pact", "2025-03-21"),
    ("Nordic Wire\n21 · 03 · 2025\n\nFinland and Norway sign defence pact", "2025-03-21"),
    ("Gulf Morning\nNews · 21.03.25 · 10:05\n\nOman and Qatar sign defence pact", "2025-03-21"),
    ("Balkan Post\n21/03/25\n\nSerbia and Hungary sign defence pact", "2025-03-21"),
    # month spelled, the year after a slash, an apostrophe or a JavaScript date string
    ("Horn Standard\n\nEthiopia and Kenya sign defence pact\n\nNairobi, March 21/2025 – " + STORY, "2025-03-21"),
    ("CHANNEL 9 NEWS\nEvening Transcript\nMar 21 '25 · 6:00 PM ET\n\nLeaders sign defence pact", "2025-03-21"),
    ("Sports Desk\n21/Mar/2025 - 23:47\n\nLeaders sign defence pact", "2025-03-21"),
    ("Helsinki Post\nFri Mar 21 2025 10:47:03 GMT+0200 (Eastern European Standard Time)\n\nFinland signs pact",
     "2025-03-21"),
    # a live page's date line with its own words after a dash; a date under a section label above the headline
    ("Caucasus Live\nLIVE: Leaders meet in Washington\nMar 21st, 2025 — live coverage, last entry 23:50 local time",
     "2025-03-21"),
    ("The Colombo Ledger\nLatest News\nPosted on Friday 21 March 2025 at 20:15 hrs\n\nDefence MoU signed: "
     "opposition demands text\n\nBy Our Political Correspondent", "2025-03-21"),
    ("Lagos Chronicle\nTop Stories\n21 March 2025\n\nNigeria and Ghana sign defence pact", "2025-03-21"),
])
def test_page_head_dates(head, day):
    assert str(_published(head)) == day


@pytest.mark.parametrize("head", [
    # a reference number is no date; nor is a version or a score
    "Ministry of Defence\nRef. No. 12/03/2019\n\nPress release: defence pact signed",
    "Ministry of Defence\nCircular No. 21.03.2019\n\nPress release: defence pact signed",
])
def test_reference_numbers_are_no_dates(head):
    assert _published(head) is None


def test_key_dates_after_the_story_are_not_the_page_date():
    text = (f"Peru and Chile sign defence pact\n\n{STORY}\n\nKey dates\n\n1 July 2025\n\n{MORE}\n")
    doc = clean(RawDocument("x", "x.txt", text), Settings())
    assert extract_metadata(doc).published is None
