"""Publication dates of top lines the cleaner keeps in the text (ninth session): a wire dateline that gives another
calendar's date before the Gregorian one ("Riyadh, Rajab 3, 1447 AH, December 23, 2025, XNA --"), a live page's
stamp with its update time ("Live coverage | 4 Feb 2026 - last updated 18:40 GMT"). Made-up lines in several
outlets' styles, read by the metadata stage on a small made-up article; a sentence with a date under the headline
is no date line."""
from __future__ import annotations

from datetime import date

import pytest

from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata
from pactwatch.model import RawDocument
from pactwatch.settings import Settings

TITLE = "Oman and Jordan agree on joint border patrols"
BODY = ("Oman and Jordan signed an agreement on joint border patrols on Monday in Muscat, the two defence "
        "ministries said.\n\nJordanian officers will train with Omani units from June, while the two navies will "
        "share radar pictures near the Strait of Hormuz.\n")


def _published(line: str, title: str = TITLE):
    cleaned = clean(RawDocument("t", "t.txt", f"{title}\nThe Gulf Wire\n{line}\n\n{BODY}"), Settings())
    return extract_metadata(cleaned).published


@pytest.mark.parametrize("line, day", [
    # another calendar's date first, the Gregorian one after it (Gulf and Iranian agencies)
    ("Riyadh, Rajab 3, 1447 AH, December 23, 2025, XNA --", date(2025, 12, 23)),
    ("Muscat, 12 Shaban 1447 AH, 31 January 2026 (ONA) -", date(2026, 1, 31)),
    ("Tehran, 14 Bahman 1404, 3 February 2026, IRNA --", date(2026, 2, 3)),
    # a live page's stamp with its update time
    ("Live coverage | 4 Feb 2026 - last updated 18:40 GMT", date(2026, 2, 4)),
    ("LIVE BLOG · February 4, 2026 · Updated 09:12 ET", date(2026, 2, 4)),
])
def test_top_line_dates(line, day):
    assert _published(line) == day


@pytest.mark.parametrize("line", [
    # a sentence under the headline that names a date is no date line
    "The two ministers will meet again in Amman on March 3, 2026.",
    # a clause with a date and no full stop (words in small letters that no date line holds)
    "Patrols between the two navies resumed, 3 February 2026",
    "Until March 3, 2026 the joint patrols will stay near Khasab",
    # a line with a month and a year but no day dates nothing
    "Gulf security | February 2026 special report",
])
def test_no_date_line(line):
    assert _published(line) is None
