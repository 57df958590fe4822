"""Publication dates of a page's head in shapes no gold set has (ninth session, voices2): a whole date in any common
order and spelling, or numeric with a four-digit year, on a short furniture line near the headline, byline or
dateline, or in a wire's dateline before the story's first words; published before updated; never a date inside a
sentence of the story. Made-up lines in many outlets' styles on a small made-up article."""
from __future__ import annotations

from datetime import date

import pytest

from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata
from pactwatch.model import RawDocument
from pactwatch.settings import Settings

TITLE = "Ghana and Togo agree on joint coastal patrols"
STANDFIRST = "The deal ends years of talks on piracy in the Gulf of Guinea."
BODY = ("Ghana and Togo signed an agreement on joint coastal patrols on Monday in Accra, the two defence "
        "ministries said.\n\nTogolese officers will train with Ghanaian units from June, while the two navies will "
        "share radar pictures off Lome.\n")
DAY = date(2025, 5, 4)


def _published(head: str, body: str = BODY):
    cleaned = clean(RawDocument("t", "t.txt", f"{head}\n\n{body}"), Settings())
    return extract_metadata(cleaned).published


@pytest.mark.parametrize("head", [
    # the year first, a comma after the month, a dotted day, an apostrophe year
    f"{TITLE}\n2025 May 4",
    f"{TITLE}\n2025, May 4",
    f"{TITLE}\nTuesday, 4. May 2025",
    f"{TITLE}\nMay, 4 2025",
    f"{TITLE}\n4 May '25",
    # a date line deep in a long head: masthead, sections, headline, standfirst, byline, role, a bare label
    f"Coastal Herald\nWorld\nAfrica\n{TITLE}\n{STANDFIRST}\nKofi Mensah\nSecurity correspondent\nPublished\n4 May 2025",
    # a byline line with its date and furniture words
    f"{TITLE}\nWritten on 4 May 2025 at 09:30 by Kofi Mensah",
    f"{TITLE}\nKofi Mensah | Coastal Herald | 04.05.2025 | 12 comments",
    # published before updated, whichever comes first
    f"{TITLE}\nUpdated\nMay 5, 2025\nPublished\nMay 4, 2025",
])
def test_head_date_lines(head):
    assert _published(head) == DAY


@pytest.mark.parametrize("first", [
    "ACCRA, Ghana, May 4, 2025 /AfricaWire/ -- Ghana and Togo signed an agreement on joint coastal patrols.",
    "Accra, 4 May 2025 (GNA) – Ghana and Togo signed an agreement on joint coastal patrols on Monday.",
    "ACCRA (4 May 2025) - Ghana and Togo signed an agreement on joint coastal patrols on Monday in the capital.",
    "04.05.2025, Accra. Ghana and Togo signed an agreement on joint coastal patrols on Monday in the capital.",
])
def test_wire_dateline_before_the_story(first):
    assert _published(TITLE, first + "\n\n" + BODY) == DAY


@pytest.mark.parametrize("head, body", [
    # a date in a sentence of the story is no publication date
    (TITLE, "On 4 May 2025 Ghana and Togo signed an agreement on joint coastal patrols. The deal ends years of talks."),
    (TITLE, "Ghana and Togo will sign an agreement on joint coastal patrols on May 4, 2025, officials in Accra said."),
    # a standfirst sentence naming a date
    (f"{TITLE}\nThe two navies will start patrols on 4 May 2025.", BODY),
    # a clause beside a date, no full stop
    (f"{TITLE}\nPatrols off Lome resumed 4 May 2025", BODY),
])
def test_no_date_in_a_sentence(head, body):
    assert _published(head, body) is None
