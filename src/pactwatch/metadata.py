"""Metadata stage: title, publisher, publication date and language of a clean document.

Sources, most trusted first:

* what the reader knew (a JSON record's fields, HTML metadata found by htmldate);
* header lines the cleaner took out of the text ("Published January 06,2026",
  " date 2026-01-06", "Posted 2/3/2009 11:11 PM", a line that is only a date);
* a date in the page address (``/2013/09/14/``), with the day/month order of
  numeric dates settled by it.

The publisher is named only when the page names itself (a record field, a byline,
an agency tag like "(MENAFN)", a "Source: <outlet>, <url>" line), from the outlets in
``data/publishers.json`` or, for an agency tag or a source line with its address, as written;
a news agency quoted in the body is an entity, not the publisher.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import logging
import re
from importlib import resources

from . import datelines
from .alternation import compile_words
from .clean import REFERENCE as _REFERENCE
from .clean import ROMAN_MONTHS
from .clean import rules as clean_rules
from .model import CleanDocument, Metadata, Rejection
from .outlets import publisher_in
from .settings import Settings

log = logging.getLogger(__name__)

STAGE = "metadata"
_MONTHS = {
    m: i + 1
    for i, names in enumerate([
        ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
        ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
        ("nov", "november"), ("dec", "december"),
    ])
    for m in names
}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# the separators of a numeric date: "2025-08-02", "02.08.2025", "2/8/2025", "02 | 08 | 2025", "02 · 08 · 2025", and the
# year first with a dot after each part ("2025. 8. 2.", Korean and Hungarian pages); spaces may stand around them
_NUM_SEP = r"\s*(?P<sep>[-./|·])\s*"
_ISO = re.compile(rf"\b(?P<y>(?:19|20)\d{{2}}){_NUM_SEP}(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<d>\d{{1,2}})(?!\d)")  # year first: never ambiguous
# "Jan 6, 2026", "Jan 6 2026", "October 14/2025"
_MDY = re.compile(rf"\b{_MON}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*[,/]?\s*(?P<y>(?:19|20)\d{{2}})\b", re.I)
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|\s*[-/]\s*){_MON}\s*[,/-]?\s*(?P<y>(?:19|20)\d{{2}})\b", re.I)
# "3-Feb-26": a two-digit year only in the compact hyphened or slashed form
_DMY_SHORT = re.compile(rf"\b(?P<d>\d{{1,2}})[-/]{_MON}[-/](?P<y>\d{{2}})\b", re.I)
# a date under another calendar's year with the Gregorian year in brackets ("Juche 115 (2026).2.3."), and the
# year-month-day of East Asian dates ("2026年2月3日")
_BRACKETED = re.compile(r"\((?P<y>(?:19|20)\d{2})\)\s*[./-]\s*(?P<m>\d{1,2})\s*[./-]\s*(?P<d>\d{1,2})(?!\d)")
_CJK = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# a Roman-numeral month, upper case only: "03.IV.2026", "3 IV 2026", "2026. IV. 3."
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MON = rf"(?P<m>{ROMAN_MONTHS})\b"
_DMY_ROMAN = re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s*{_ROMAN_MON}\.?\s*(?P<y>(?:19|20)\d{{2}})\b")
_YMD_ROMAN = re.compile(rf"\b(?P<y>(?:19|20)\d{{2}})\.?\s*{_ROMAN_MON}\.?\s*(?P<d>\d{{1,2}})\b")
_NUM = re.compile(rf"\b(?P<a>\d{{1,2}}){_NUM_SEP}(?P<b>\d{{1,2}})\s*(?P=sep)\s*(?P<y>(?:19|20)?\d{{2}})\b")
_URL_YMD = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?!\d)")
_URL_YMD_PACKED = re.compile(r"(?<!\d)(?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")

# header keys from the cleaner, in the order a publication date is trusted
# (every key the cleaner's header_line gives: "Last updated on 17 Sep 2025" is last_updated_on)
HEADER_PRIORITY = ("published", "first_published", "first_published_on", "first_published_at", "first_published_time",
                   "published_on", "published_at", "published_time", "posted", "posted_on", "posted_at", "issued",
                   "issued_on", "date", "date_line", "publication_date", "date_published", "date_of_publication",
                   "publish_date", "published_date", "release_date", "date_of_release", "released", "released_on",
                   "dated", "created", "updated", "updated_on", "updated_at", "last_updated", "last_updated_on",
                   "last_updated_at", "last_update", "last_modified", "modified", "edited", "edited_time")


# header keys that may name the outlet: "(Reuters)", "By Jane Doe, Reuters", "Source: Xinhua",
# "Dawn.com Published October 5, 2021"
PUBLISHER_KEYS = ("outlet", "agency", "byline", "source", "date_line")


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(value: str, url_date: dt.date | None = None, prefer_dmy: bool = False,
               told: tuple[tuple[int, int], ...] = ()) -> dt.date | None:
    """A calendar date written in ``value`` ("January 06,2026", "2026-01-06T08:00Z", "2/3/2009").

    Numeric dates with both fields ≤ 12 follow the page address when it has a date, else the
    days the article tells (``told``: (month, day) pairs, see :func:`told_days`) when they fit one
    reading only, else month-first unless ``prefer_dmy``.
    """
    for rx in (_ISO, _BRACKETED, _CJK):
        m = rx.search(value)
        if m:
            return _mk(int(m["y"]), int(m["m"]), int(m["d"]))
    for rx in (_MDY, _DMY, _DMY_SHORT):
        m = rx.search(value)
        if m:
            y = int(m["y"])
            return _mk(y + 2000 if y < 100 else y, _MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))
    for rx in (_DMY_ROMAN, _YMD_ROMAN):
        m = rx.search(value)
        if m:
            return _mk(int(m["y"]), _ROMAN.index(m["m"]) + 1, int(m["d"]))
    m = _NUM.search(value)
    if m:
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 100 else y
        if a > 12:
            return _mk(y, b, a)
        if b > 12:
            return _mk(y, a, b)
        mdy, dmy = _mk(y, a, b), _mk(y, b, a)
        if url_date is not None and dmy == url_date:
            return dmy
        if url_date is not None and mdy == url_date:
            return mdy
        fits = [d for d in (mdy, dmy) if d is not None and _reports(d, told)]
        if len(fits) == 1:  # "07-05-2026" over a story of "talks held on May 6": 7 May
            return fits[0]
        # dotted numeric dates are day-first wherever they are written ("08.07.2012")
        return dmy if prefer_dmy or "." in m.group(0) else mdy
    return datelines.head_date(value)  # "October 8, Wednesday, 2025", "Jun-12-2025", "17 de noviembre de 2025"


REPORT_DAYS = 10  # a story reports days up to this many days before it is published ("on May 6" in a story of May 7)
_TOLD_MD = re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)", re.I)
_TOLD_DM = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\b(?!\s*,?\s*\d)", re.I)


def told_days(text: str) -> tuple[tuple[int, int], ...]:
    """The days without a year the article's first paragraphs tell ("held talks on May 6", "on 6 May"): (month, day)."""
    sample = text[:SPELLING_SAMPLE]
    out = {(_MONTHS[m["mon"].lower().rstrip(".")], int(m["d"])) for rx in (_TOLD_MD, _TOLD_DM) for m in rx.finditer(sample)
           if m["mon"][:1].isupper()}
    return tuple(sorted(out))


def _reports(day: dt.date, told: tuple[tuple[int, int], ...]) -> bool:
    """Whether a story published on ``day`` may tell one of the ``told`` days: a day up to REPORT_DAYS before it."""
    for month, d in told:
        for year in (day.year, day.year - 1):
            when = _mk(year, month, d)
            if when is not None and 0 <= (day - when).days <= REPORT_DAYS:
                return True
    return False


SPELLING_SAMPLE = 4000  # characters of the article in which its spellings are counted


@functools.lru_cache(maxsize=1)
def _spellings() -> tuple[re.Pattern, re.Pattern]:
    """Word starts of British and of American spellings (``data/dates.json``), as two patterns."""
    data = json.loads(resources.files("pactwatch.data").joinpath("dates.json").read_text(encoding="utf-8"))
    return (compile_words(data["day_first_spellings"], re.I, whole=False),
            compile_words(data["month_first_spellings"], re.I, whole=False))


def day_first(text: str) -> bool:
    """Whether the article writes British or Commonwealth English ("defence", "organised", "centre"), whose outlets
    write numeric dates day first ("03/02/2026" is 3 February), more than American English."""
    british, american = _spellings()
    sample = text[:SPELLING_SAMPLE]
    return len(british.findall(sample)) > len(american.findall(sample))


def date_from_url(url: str | None) -> dt.date | None:
    """The date written in a page address (``/2013/09/14/``, ``2009-02-03-williams``), if any."""
    if not url:
        return None
    for rx in (_URL_YMD, _URL_YMD_PACKED):
        m = rx.search(url)
        if m:
            d = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
            if d is not None:
                return d
    return None


def _header_publisher(doc: CleanDocument) -> str | None:
    """The outlet the header lines name: a masthead line, a known outlet in a byline, an agency tag, a dateline or a
    "Source:" line; an agency tag as written; and the outlet of a "Source: <outlet>, <url>" line as
    written (the page names itself with its address: "Source: The White House, https://...")."""
    for key in PUBLISHER_KEYS:
        v = doc.header_value(key)
        if v:
            publisher = publisher_in(v) or (v.strip() if key in ("outlet", "agency") or key == "source" and _sourced(doc)
                                             else None)
            if publisher:
                return publisher
    return None


def _sourced(doc: CleanDocument) -> bool:
    """The "Source:" header line gave an address with its outlet ("Source: Wikinews, https://...")."""
    keys = [k for k, _ in doc.header]
    return any(a == "source" and b == "url" for a, b in itertools.pairwise(keys))


def extract_metadata(doc: CleanDocument) -> Metadata:
    """Title, publisher, publication date and language of ``doc``."""
    raw = doc.raw
    url = raw.hint("url") or doc.header_value("url")
    url_date = date_from_url(url)
    published, source = None, None
    hinted = raw.hint("published")
    if hinted:
        published, source = parse_date(hinted, url_date), "record"
    if published is None:
        values = {k: v for k, v in reversed(doc.header)}
        if "date_line" in values:
            values["date_line"] = _published_line(doc)
        for key in HEADER_PRIORITY:
            if key in values:
                published = parse_date(values[key], url_date, prefer_dmy=day_first(doc.text), told=told_days(doc.text))
                if published is not None:
                    source = f"header:{key}"
                    break
    if published is None and url_date is not None:
        published, source = url_date, "url"
    if published is None:
        published = _top_line_date(doc.text)
        source = "top-line" if published is not None else None
    if published is None:
        published = _foot_slug_date(doc.raw.text)
        source = "wire-slug" if published is not None else None

    publisher = raw.hint("publisher") or _header_publisher(doc)
    lang, score = detect_language(doc.text)
    return Metadata(title=doc.title, publisher=publisher, published=published, published_source=source,
                    language=lang, language_score=score, url=url)


def _published_line(doc: CleanDocument) -> str:
    """Of the date lines the cleaner took out of the head, the first that the page does not label as an update on
    the line above it ("Updated\nMarch 4, 2026\nPublished\nMarch 3, 2026": the second); the first if all are."""
    lines = [v for k, v in doc.header if k == "date_line"]
    raw = [ln.strip() for ln in doc.raw.text.split("\n") if ln.strip()]
    for value in lines:
        at = next((i for i, ln in enumerate(raw) if ln == value.strip()), None)
        above = raw[at - 1] if at else ""
        if not (len(above.split()) <= 3 and _UPDATE_LABEL.search(above) and not _PUBLISH_LABEL.search(above)):
            return value
    return lines[0]


# the lines of the page's head a date line is looked for in (masthead, section, headline, standfirst, byline, photo
# credit, date), and how long such a line may be
HEAD_LINES = 12
TOP_LINE_WORDS = 16
# a full stop closing a line of more than a few words makes it a sentence, not a date line ("Talks are set for March
# 3, 2026.")
_SENTENCE_END = re.compile(r"[\w)][.!?][\"”’)]*$")
DATE_LINE_SENTENCE_WORDS = 5
# the full dates a head line may hold beside those parse_date reads first: the year first with the month spelled
# ("2026 March 3"), a comma after the month ("March, 3 2026"), a dotted day ("3. March 2026"), an apostrophe year
# ("3 Mar '26"), and numeric dates with a four-digit year ("03.03.2026", "3/3/2026")
_YMD_SPELLED = re.compile(rf"\b(?P<y>(?:19|20)\d{{2}}),?\s+{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)", re.I)
_MDY_COMMA = re.compile(rf"\b{_MON},\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y>(?:19|20)\d{{2}})\b", re.I)
_DMY_DOT = re.compile(rf"\b(?P<d>\d{{1,2}})\.\s*{_MON}\s*,?\s*(?P<y>(?:19|20)\d{{2}})\b", re.I)
_APOSTROPHE_YEAR = re.compile(rf"\b(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}|(?P<mon2>jan|feb|mar|apr|may|jun|jul|aug|sept?|"
                              rf"oct|nov|dec)[a-z]*\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?),?\s+['’](?P<y>\d{{2}})\b", re.I)
# numeric dates, day and month either way, the year of four digits or two ("21 | 03 | 2025", "21.03.25"), not a
# part of a longer run of numbers ("1.2.3.4", "12/03/2019/7")
_NUM_HEAD = re.compile(r"(?<![\d.:/|·-])\d{1,2}\s*(?P<sep>[./|·-])\s*\d{1,2}\s*(?P=sep)\s*(?:(?:19|20)\d{2}|\d{2})"
                       r"(?![\d.:/|·-]\d)")
# a wire's dateline before the story's first words: "MUSCAT, March 3, 2026 /PRNewswire/ --", "Muscat, 3 March 2026
# (ONA) –", "MUSCAT (3 March 2026) -", "03.03.2026, Muscat.", "MUSCAT, March 3, 2026. /ONA/.", "Muscat, 03.03.26, ONA:"
_DATELINE_END = re.compile(r"\s(?:--|[—–-])\s|(?<=[\w/)])[.:]\s+(?=[A-Z])")
DATELINE_WORDS = 10


def _dateline(line: str, prefer_dmy: bool) -> str | None:
    """The wire's dateline opening a line of the story: the shortest opening up to a dash, a full stop or a colon
    that holds a whole date ("ALMATY. March 3, 2026. KAZINFORM - ...": not "ALMATY"), else the first such opening;
    None when the line opens with none of at most DATELINE_WORDS words."""
    ends = [m.start() for m in _DATELINE_END.finditer(line) if len(line[:m.start()].split()) <= DATELINE_WORDS]
    return next((line[:e] for e in ends if _full_dates(line[:e], prefer_dmy)), line[:ends[0]] if ends else None)
# a label that marks the date it goes with as an update, not the publication ("Updated", "Last modified",
# "Edited"), on the date's line before it or alone on the line before
_UPDATE_LABEL = re.compile(r"\b(?:updated|update|modified|edited|revised|actualizado|atualizado|aggiornato|"
                           r"mis à jour|aktualisiert|diperbarui)\b", re.I)
_PUBLISH_LABEL = re.compile(rf"\b(?:published|posted|issued|released|first published|publication|"
                            rf"{datelines.PUBLISHED_LABELS})\b", re.I)


def _full_dates(line: str, prefer_dmy: bool) -> list[tuple[int, int, dt.date]]:
    """The whole dates (day, month, year) written in ``line``: (start, end, date), in the order they stand."""
    found: list[tuple[int, int, dt.date]] = []
    for rx in (_ISO, _BRACKETED, _CJK, _MDY, _DMY, _MDY_COMMA, _DMY_DOT, _YMD_SPELLED, _APOSTROPHE_YEAR, _DMY_ROMAN,
               _NUM_HEAD):
        for m in rx.finditer(line):
            if any(a < m.end() and m.start() < b for a, b, _ in found):
                continue
            if rx is _NUM_HEAD and _REFERENCE.search(line[:m.start()]):
                continue  # "Ref. No. 12/03/2019": a reference number
            if rx is _APOSTROPHE_YEAR:
                # "'25" is 2025, "'98" 1998 (a two-digit year past this year's is last century's)
                day = _mk(datelines.two_digit_year(int(m["y"])), _MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")],
                          int(m["d"] or m["d2"]))
            elif rx in (_YMD_SPELLED, _MDY_COMMA, _DMY_DOT):
                day = _mk(int(m["y"]), _MONTHS[m["mon"].lower().rstrip(".")], int(m["d"]))
            else:
                day = parse_date(m.group(0), prefer_dmy=prefer_dmy)
            if day is not None:
                found.append((m.start(), m.end(), day))
    # the further shapes: "October 8, Wednesday, 2025", "14 Sep 25", "Mittwoch, 17. September 2025"
    found += [d for d in datelines.head_dates(line)
              if not any(a < d[1] and d[0] < b for a, b, _ in found) and not _REFERENCE.search(line[:d[0]])]
    return sorted(found)


def _rest(line: str, dates: list[tuple[int, int, dt.date]]) -> str:
    """The line without its dates."""
    out, at = [], 0
    for a, b, _ in dates:
        out.append(line[at:a])
        at = b
    out.append(line[at:])
    return " ".join(out)


# what parts a head line into fields: "Mar 21st, 2025 — live coverage, last entry 23:50", "News · 21.03.25 · 10:05"
_FIELD_SEP = re.compile(r"\s+(?:[|—–·•]|--?)\s+")


def _date_fields(line: str, dates: list[tuple[int, int, dt.date]]) -> str:
    """The words of the fields of a head line that hold its dates, without the dates: a field of its own beside the
    date ("Aug 8th, 2025 — live coverage, last entry 23:50 Tbilisi time") is no clause the date is part of."""
    seps = [m for m in _FIELD_SEP.finditer(line) if not any(s < m.end() and m.start() < e for s, e, _ in dates)]
    cuts = [0, *(p for m in seps for p in (m.start(), m.end())), len(line)]  # (not "21 · 03 · 2025"'s own)
    fields = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]
    out = []
    for a, b in fields:
        inside = [(s - a, e - a, d) for s, e, d in dates if a <= s and e <= b]
        if inside:
            out.append(_rest(line[a:b], inside))
    return " ".join(out)


def _top_line_date(text: str) -> dt.date | None:
    """The publication date of the page's head, when no header, record or address dated the page: a short line
    near the headline, byline or dateline that holds a whole date (day, month, year in any common order and spelling,
    or numeric with a four-digit year) and no clause beside it ("Tuesday, 3 March 2026, 14:05 GMT", "2026 March 3",
    "Washington, Jumada Al-Awwal 28, 1447 AH, November 19, 2025, SPA --": the Gregorian date; "Live updates | 9 Sep
    2025 - last updated 22:15 GMT"), or a wire's dateline before the first words of the story ("MUSCAT, March 3, 2026
    /PRNewswire/ -- Oman and ..."). A date marked as an update ("Updated", "Last modified", on its line before it or
    alone on the line above) counts only when no other is there; of several, the earliest (a page is not published
    after the dates it carries). The head ends with the first paragraph of the story; a date inside a sentence of
    the story is never one, nor a date after today, and the headline's own date ("Remembering the attack of September
    11, 2001") counts only when no other line has one."""
    prefer_dmy = day_first(text)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:HEAD_LINES + 1]
    published: list[dt.date] = []
    updated: list[dt.date] = []
    titled: list[dt.date] = []  # the first line's (the headline's, mostly)
    label = ""
    today = dt.date.today()
    for n, line in enumerate(lines):
        words = len(line.split())
        story = words > TOP_LINE_WORDS
        if story or (_SENTENCE_END.search(line) and words > DATE_LINE_SENTENCE_WORDS):
            dateline = _dateline(line, prefer_dmy)
            if dateline is not None:
                line = dateline  # the story's dateline: "MUSCAT, March 3, 2026 /PRNewswire/"
            elif story:
                break  # the story has begun
            else:
                label = ""
                continue  # a standfirst or caption sentence
        dates = [d for d in _full_dates(line, prefer_dmy) if d[2] <= today]
        if not dates:
            if story:
                break  # the story's first line, its dateline dateless: the head is over
            label = line if len(line.split()) <= 3 else ""
            continue
        if _prose(_date_fields(line, dates)):
            label = ""
            if story:
                break
            continue
        for k, (a, _b, day) in enumerate(dates):
            before = line[dates[k - 1][1] if k else 0:a]
            marks = before if (k or before.strip()) else label  # a label alone on the line above: "Updated\n4 March"
            if n == 0 and len(lines) > 1:
                titled.append(day)
                continue
            (updated if _UPDATE_LABEL.search(marks) and not _PUBLISH_LABEL.search(marks) else published).append(day)
        label = ""
        if story:
            break
    if published:
        return min(published)
    if updated:
        return min(updated)
    return min(titled) if titled else None


# the lines at a page's foot a wire's slug line is looked for in (the slug, a credit, a reproduction notice, links)
FOOT_LINES = 8


def _foot_slug_date(text: str) -> dt.date | None:
    """The date of a wire's slug line among the last lines of the page ("181524 MET dec 24"), when its head carried
    no whole date ("BERLIN, 18 Dec (Hina) -"); not one after today."""
    lines = [ln for ln in text.split("\n") if ln.strip()][-FOOT_LINES:]
    days = [d for d in map(datelines.wire_slug_date, reversed(lines)) if d is not None and d <= dt.date.today()]
    return days[0] if days else None


# the small words a live page's or a wire's date line holds beside the clean-up's date words ("Live updates | ...",
# "Posted by Jane Doe on ... in World News", "4 min read · 12 comments")
LIVE_WORDS = frozenset({"live", "updates", "blog", "coverage", "by", "in", "of", "from", "and", "the", "first",
                        "date", "edited", "revised", "release", "views", "comments", "comment", "share", "written",
                        "staff", "reporter", "correspondent", "editor", "news", "photo", "source", "via", "mins",
                        "sec", "secs", "s", "x", "am", "pm", "a", "p", "m", "gmt", "utc"})


# the words of a line in any script ("publié", "Москва"); a word in small letters starts with one
_WORDS = re.compile(r"(?<![\w-])[^\W\d_](?:[^\W\d_]|\.)*")


def _prose(rest: str) -> bool:
    """The words of a line beside its date are a clause ("Talks between the two navies resumed, 3 February 2026",
    "By February 3, 2026 the last troops will have left"): a word in small letters that is no date line's word
    (names, places, agencies and other calendars' months are capitalised: "Jumada Al-Awwal 28, 1447 AH")."""
    small = set(clean_rules().date_words) | LIVE_WORDS
    return any(w not in small for w in _WORDS.findall(rest) if w[0].islower())


# the probability the identifier must still give the analysed languages for a text it reads as another one to be
# analysed: a short English brief is read as Nigerian Pidgin ("pcm" .67, "en" .10); German gives English ~0
LANGUAGE_KEEP = 0.1


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code of ``text``'s language and the identifier's confidence (0–1)."""
    sample = text[:5000]
    if not sample.strip():
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


def language_rejection(doc: CleanDocument, meta: Metadata, settings: Settings) -> Rejection | None:
    """A rejection when the article is in a language the pipeline cannot analyse."""
    if meta.language is None or meta.language in settings.languages:
        return None
    if meta.language_score < 0.5:
        log.debug("%s: unsure language %s (%.2f); analysing anyway", doc.raw.source, meta.language,
                  meta.language_score)
        return None
    kept = sum(p for lang, p in _identifier().rank(doc.text[:5000]) if lang in settings.languages)
    if kept >= LANGUAGE_KEEP:  # a short English brief read as an English-based creole ("pcm" .67, "en" .10)
        log.debug("%s: %s (%.2f), but %.2f for %s; analysing", doc.raw.source, meta.language, meta.language_score,
                  kept, "/".join(settings.languages))
        return None
    return Rejection(doc.raw.source, STAGE, "language",
                     f"the article is in {meta.language!r}; this pipeline analyses {', '.join(settings.languages)}")
