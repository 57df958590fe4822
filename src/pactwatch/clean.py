"""Clean stage: the article text without page furniture, error banners and repeats.

A web page copied as text carries more than the article: navigation ("Contact Us",
"Subscribe"), legal disclaimers, comment counters, an error banner wrapped around a
real story ("403 ... the page you were looking for doesn't exist"), paragraphs the
site printed twice, and header lines (date, byline) that are metadata, not prose.

The cleaner works line by line on the original text and keeps whole spans of it;
the clean text is the kept spans joined by line breaks, and :class:`OffsetMap` maps
every clean offset back into the original. What was dropped is recorded with its
reason in ``CleanDocument.removed``; header values go to ``CleanDocument.header``.

The rules are data (``data/boilerplate.json``). Cleaning is idempotent: cleaning a
clean text gives the same text.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from . import datelines
from .model import CleanDocument, OffsetMap, RawDocument, Rejection
from .outlets import outlet_line
from .settings import Settings

STAGE = "clean"
TOP_LINES = 8  # header lines, bylines and error banners are looked for in the first lines only
REPEAT_MIN_WORDS = 6
TITLE_MAX_WORDS = 25
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Rules:
    line: re.Pattern
    contains: re.Pattern
    links_heading: re.Pattern
    error: re.Pattern
    header_prefix: re.Pattern
    header_line: re.Pattern
    byline: re.Pattern
    agency_prefix: re.Pattern
    dated_lead: re.Pattern
    url_line: re.Pattern
    source_line: re.Pattern
    date_words: frozenset[str]
    desk_words: frozenset[str]
    kicker: re.Pattern


def any_of(patterns: list[str]) -> re.Pattern:
    """One case-insensitive pattern matching any of ``patterns`` (each a regex of a data file), tried in order."""
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def rules() -> Rules:
    """The boilerplate rules from ``data/boilerplate.json``, compiled once."""
    data = json.loads(resources.files("pactwatch.data").joinpath("boilerplate.json").read_text(encoding="utf-8"))
    return Rules(
        line=any_of(data["line"]),
        contains=any_of(data["contains"]),
        links_heading=any_of(data["links_heading"]),
        error=any_of(data["error"]),
        header_prefix=re.compile(data["header_prefix"], re.IGNORECASE),
        header_line=re.compile(data["header_line"], re.IGNORECASE),
        byline=re.compile(data["byline"], re.IGNORECASE),
        agency_prefix=re.compile(data["agency_prefix"]),
        dated_lead=re.compile(data["dated_lead"]),
        url_line=re.compile(data["url_line"], re.IGNORECASE),
        source_line=re.compile(data["source_line"], re.IGNORECASE),
        date_words=frozenset(data["date_words"]),
        desk_words=frozenset(data["desk_words"]),
        kicker=any_of(data["kicker"]),
    )


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    return " ".join(_WORD.findall(s))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's content with surrounding whitespace trimmed; blank lines skipped."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


# the Roman numerals of the months, longest first (a month between the day and the year: "03.IV.2026"; also
# metadata's date-line reader)
ROMAN_MONTHS = "XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I"
_ROMAN_MONTH = rf"(?:{ROMAN_MONTHS})\b"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATEISH = re.compile(
    rf"\b(?:\d{{4}}(?P<isosep>[-./])\d{{1,2}}(?P=isosep)\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\s*,?\s*\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}"
    rf"|{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH}\s*,?\s*\d{{4}}"
    # "03-Feb-2026 09:15", "3/Feb/26"
    rf"|\d{{1,2}}[-/]{_MONTH}[-/](?:\d{{4}}|\d{{2}})\b"
    # a date under another calendar's year with the Gregorian year in brackets: "Juche 115 (2026).2.3."
    rf"|(?<=\()(?:19|20)\d{{2}}\)\s*[./-]\s*\d{{1,2}}\s*[./-]\s*\d{{1,2}}"
    # "2026年2月3日"
    rf"|(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
    # a Roman-numeral month, upper case only: "03.IV.2026", "3 IV 2026", "2026. IV. 3."
    rf"|(?-i:\d{{1,2}}\.?\s*{_ROMAN_MONTH}\.?\s*(?:19|20)\d{{2}}|(?:19|20)\d{{2}}\.?\s*{_ROMAN_MONTH}\.?\s*\d{{1,2}}\b))"
    # the further shapes of datelines.py: "October 8, Wednesday, 2025", "Jun-12-2025", "14 Sep 25", "17 de noviembre
    # de 2025"
    rf"|{datelines.pattern()}",
    re.IGNORECASE,
)


def _looks_like_date(s: str) -> bool:
    """A header value that holds a calendar date ("January 06,2026", "06.01.2026 10:15")."""
    return bool(_DATEISH.search(s))


_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\b\.?,?", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\([^)]{0,20}\)|\b[+-]\d{2}:?\d{2}\b", re.I)


# a press-release dateline before the date: "SUNNYVALE, Calif. —", "LONDON -"
_PLACE_DASH = re.compile(r"^[A-Z][A-Z.'’ ]+(?:,\s*[A-Z][A-Za-z.]+)?\s*[-–—]+\s*")


# the words of a line in any script ("Quito", "Москва", "publié"; "a.m.")
_LETTERS = re.compile(r"(?:[^\W\d_]|\.)+")


def _date_only(s: str, date_words: frozenset[str]) -> bool:
    """A line that is a date and little else: "August 7, 2012 - 5:46 pm", "Wednesday, 05 January 2011",
    "SUNNYVALE, Calif. —2/29/2012"."""
    dates = len(_DATEISH.findall(s))
    if not dates or len(s.split()) > 12 + 6 * (dates - 1):  # "Posted Wed 10 Apr 2024 at 4:05am, updated ..."
        return False
    s = _PLACE_DASH.sub(" ", s, count=1)
    rest = _TIME.sub(" ", _WEEKDAY.sub(" ", _DATEISH.sub(" ", s)))
    words = [w for w in _LETTERS.findall(rest.lower()) if w.strip(".") and w not in date_words]
    return len(words) <= 1


_NAME_WORD = r"(?:[A-Z][\w.'’-]*,?|and|de|van|von|der|al|bin|in|for|&|\||/)"
_NAMEISH = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
# the parts of a date line that name the outlet or the writer: "The National", "By Jane Doe, Reuters",
# "Source: Xinhua", "Editor: huaxia"
_LABEL = re.compile(rf"(?:(?P<key>[A-Za-z]+(?: [a-z]+)?)\s*:\s*(?P<value>\S.{{0,40}})|(?:by\s+)?{_NAMEISH.pattern})", re.I)
_LABEL_KEY = re.compile(r"^(?P<by>by\s+)?(?:(?P<key>[A-Za-z]+(?: [a-z]+)?)\s*:\s*)?(?P<value>.*)$", re.I)
_PART_SEP = re.compile(r"\s*(?:\||•|·|\s[-–—/]\s)\s*")
# a writer's name run into the date: "Jane Doe Apr 19, 2024", "by Jane Doe April 25, 2024 1:01 PM 2 min read"
_NAMED_DATE = re.compile(r"^(?:[Bb]y:?\s+)?(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s+$")


# a part of a date line that is only the time ("BNS - Mar 3, 2026 - 09:40 | World"): it belongs to the date
_TIME_ONLY = re.compile(r"(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT\s*[+-]?\d*)?",
                        re.I)


# an agency's tag in capitals leading its stamp: "BNS", "TASS", "ANTARA", "AP"
_AGENCY_TAG = re.compile(r"[A-Z][A-Z&-]{1,9}(?:\s+[A-Z][A-Z&-]{1,9})?")


def _labelled_date(s: str, date_words: frozenset[str]) -> tuple[str, list[tuple[str, str]]] | None:
    """A date line that also names the outlet or writer, its parts split by "|" or a dash:
    "The National | September 17, 2025", "By Jane Doe, Reuters | 11/01/22",
    "Source: Xinhua| 2023-07-23 21:05:46|Editor: huaxia". The date part and the other parts
    as (key, value) header pairs; None when the line is anything else.
    """
    if len(s.split()) > 20 or not _DATEISH.search(s):
        return None
    split = [p for p in _PART_SEP.split(s) if p.strip()]
    parts = [p for p in split if not _TIME_ONLY.fullmatch(p.strip())]
    if len(parts) < 2:
        return None
    dates = [p for p in parts if _date_only(p, date_words)]
    labels = [p for p in parts if p not in dates]
    if not dates or not labels and (len(dates) < 2 or len(parts) < len(split)):
        return None  # (a line of dates and times alone is read as a whole: "Issued on: ... - 08:15 Modified: ...")
    out = []
    for p in labels:
        if len(p.split()) > 6 or not _LABEL.fullmatch(p.strip()):
            return None
        m = _LABEL_KEY.match(p.strip())
        if m is None:
            return None
        key = (m.group("key") or "byline").lower().replace(" ", "_")
        if not m.group("key") and not m.group("by") and p is parts[0] and _AGENCY_TAG.fullmatch(p.strip()):
            key = "agency"  # "BNS - Mar 3, 2026 - 09:40 | World": the agency stamps its wire
        out.append(("byline" if m.group("by") else key, m.group("value").strip()))
    return _first_published(dates), out


# "published" in English and in the languages of head_months ("Publicado", "Publié", "Veröffentlicht")
_PUBLISHED_WORD = re.compile(rf"\b(?:published|posted|issued|created|{datelines.PUBLISHED_LABELS})\b", re.I)


def _first_published(dates: list[str]) -> str:
    """Of several date parts, the one that says it is the publication ("Posted: ... | Last Updated: ...")."""
    return next((d for d in dates if _PUBLISHED_WORD.search(d)), dates[0])


def _named_date(s: str, date_words: frozenset[str]) -> tuple[str, str] | None:
    """A date line led by its writer's name: (name, date part); None for anything else."""
    d = _DATEISH.search(s)
    if d is None or len(s.split()) > 16:
        return None
    m = _NAMED_DATE.match(s[:d.start()])
    if m is None or not _date_only(s[d.start():], date_words):  # the name runs straight into the date
        return None
    return m.group("name"), s[d.start():]


# a byline that holds the date: "By Jane Doe in World News on 3 February 2026", "Written by Jane Doe, Feb 3, 2026"
_BY = re.compile(r"^(?:(?:written|posted|reported|reporting|story|words|text|report)\s+)?by:?\s+", re.I)
_BY_NAME_END = re.compile(r"\s+(?:in|on|at|for|\||[-–—·•/])\s+|\s*[,;]\s*", re.I)
_BY_AFTER = re.compile(r"^\s*[,|·•–—-]?\s*by:?\s+(?P<name>\S.*)$", re.I)
SIGNED_MAX_WORDS = 16


def _signed_date(line: str, r: Rules, under_title: bool) -> list[tuple[str, str]] | None:
    """A byline that holds the date, as (byline, date_line) header pairs: "By Jane Doe in World News on 3 February
    2026", "Written by Jane Doe on 3 Feb 2026", "By Jane Doe, February 3, 2026", "February 3, 2026 by Jane Doe", and
    (``under_title`` only) a writer's or a desk's line closed by the date ("Jane Doe, Staff Writer, 3 February 2026",
    "From our correspondent in Lima, 3 February 2026"). None for any other line: a sentence ends with a full stop."""
    d = _DATEISH.search(line)
    words = line.split()
    if d is None or len(words) > SIGNED_MAX_WORDS or (
            line.endswith((".", "!", "?")) and words[-1].lower() not in r.date_words):
        return None
    dated = _date_only(line[d.start():], r.date_words)
    by = _BY.match(line)
    if by and dated and d.start() > by.end():
        name = _BY_NAME_END.split(line[by.end():d.start()], maxsplit=1)[0].strip()
        return [("byline", name), ("date_line", line[d.start():].strip())] if name else None
    after = _BY_AFTER.match(line[d.end():])
    if after and d.start() == 0 and _NAMEISH.fullmatch(after.group("name").strip()) and len(
            after.group("name").split()) <= 6:
        return [("byline", after.group("name").strip()), ("date_line", line[:d.end()])]
    before = line[:d.start()].rstrip()
    label = before.rstrip(",-–— ")
    if under_title and dated and before.endswith((",", "-", "–", "—")) and 0 < len(before.split()) <= 8 and (
            _NAMEISH.fullmatch(label) or set(re.findall(r"[a-z]+", label.lower())) & r.desk_words):
        return [("byline", before.rstrip(",-–— ")), ("date_line", line[d.start():].strip())]
    return None


# a wire dateline: the place, the date, then the agency ("RIGA, March 3, 2026, Baltic News Agency", "Lima, 3 IV
# 2026 - Andina"); the place is a city, maybe with its region or state ("SPRINGFIELD, Ill.,")
_DATELINE_PLACE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*[A-Z][\w.'’-]*){0,2}\s*,\s*$")
_DATELINE_AGENCY = re.compile(rf"^\s*[,;–—-]\s*(?:by\s+)?(?P<agency>{_NAMEISH.pattern})\s*\.?$")
_TIME_AFTER = re.compile(rf"\s*,?\s*(?:{_TIME.pattern})", re.I)
AGENCY_MAX_WORDS = 6


def _agency_dateline(line: str) -> list[tuple[str, str]] | None:
    """A dateline that closes with the agency's name: its date and the agency as header pairs; None otherwise."""
    d = _DATEISH.search(line)
    if d is None or not _DATELINE_PLACE.match(line[:d.start()]):
        return None
    timed = _TIME_AFTER.match(line, d.end())  # "March 3, 2026, 09:40, Agency"
    m = _DATELINE_AGENCY.match(line[timed.end() if timed else d.end():])
    if m is None or len(m.group("agency").split()) > AGENCY_MAX_WORDS:
        return None
    return [("date_line", line[d.start():d.end()]), ("agency", m.group("agency").strip())]


# an agency's dateline of place, date and agency parted by slashes before the story's first words: "Baku/17.09.25/
# Turan: ...", "LIMA / 17 September 2025 / Andina - ..."
_SLASHED_LEAD = re.compile(rf"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}})\s*/\s*(?P<date>(?i:{_DATEISH.pattern}))"
                           rf"\s*/\s*(?P<agency>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){{0,3}})\s*(?::|[—–-]+)\s+(?=\S)")

# a number a label names as a reference, not a date: "Ref. No. 12/03/2019", "Circular No. 21.03.2019", "Decree
# #12.03.2019" (also metadata's head-line reader)
REFERENCE = re.compile(r"(?i)(?:\b(?:no|nr|nos|ref|reference|number|file|case|doc|docket|circular|decree|order|law|act|"
                       r"resolution|invoice|serial|code|id)\b\.?|[#№])\s*:?\s*$")


def _date_header(line: str, r: Rules, under_title: bool) -> list[tuple[str, str]] | None:
    """The header pairs a date line at the top of a page gives ("Posted: 2 Oct 2022", "The Wire | 2 Oct 2022",
    and, ``under_title`` only, "Jane Doe Oct 2, 2022": further down a name and a date sign a quotation or a
    letter); None for any other line. Of a line with several dates, the published one."""
    first = _DATEISH.search(line)
    if first is not None and REFERENCE.search(line[:first.start()]):
        return None  # "Ref. No. 12/03/2019": a document's number
    signed = _signed_date(line, r, under_title) if _BY.match(line) else None
    if signed:  # "Posted by Jane Doe in Politics on 3 February 2026"
        return signed
    labelled = _labelled_date(line, r.date_words)
    if labelled and _PUBLISHED_WORD.search(labelled[0]):
        return [("date_line", labelled[0]), *labelled[1]]
    hm = r.header_line.match(line)
    if hm and len(line.split()) <= 16 and _looks_like_date(hm.group("value")):
        return [(hm.group("key").lower().replace(" ", "_"), hm.group("value").strip())]
    if _date_only(line, r.date_words):
        return [("date_line", line)]
    agency = _agency_dateline(line)
    if agency:
        return agency
    named = _named_date(line, r.date_words) if under_title else None
    if named:
        return [("byline", named[0]), ("date_line", named[1])]
    if labelled:
        return [("date_line", labelled[0]), *labelled[1]]
    return _signed_date(line, r, under_title)


def _dates_next(text: str, spans: list[tuple[int, int]], idx: int, r: Rules) -> bool:
    """The line after line ``idx`` is a date line of the page's head."""
    if idx + 1 >= len(spans):
        return False
    nxt = text[spans[idx + 1][0]:spans[idx + 1][1]]
    return bool(_DATEISH.search(nxt)) and _date_header(nxt, r, under_title=True) is not None


STORY_WORDS = 25  # a kept line of this many words or more, closed as a sentence, is a paragraph of the story
HEADING_WORDS = 4


def _under_heading(text: str, kept: list[tuple[int, int]], spans: list[tuple[int, int]], idx: int) -> bool:
    """Line ``idx`` stands under a heading the story's text has come before ("Key dates", "Timeline of the talks",
    after the first paragraph): a box's line, not the page's date. The heading is the kept line just above, short,
    not closed by punctuation and no name (a writer's name above the date, "Jane Doe", signs it)."""
    if len(kept) < 2 or idx == 0 or kept[-1] != spans[idx - 1]:
        return False
    heading = text[kept[-1][0]:kept[-1][1]]
    if len(heading.split()) > HEADING_WORDS or re.search(r"[.!?:;,\"”’)]$", heading) or _NAMEISH.fullmatch(heading):
        return False
    return any(len(text[a:b].split()) >= STORY_WORDS and re.search(r"[.!?][\"”’)]*$", text[a:b]) for a, b in kept[:-1])


_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+")


def _link_item(line: str) -> bool:
    """A line of a block of links: a headline of another story ("Latvia to host NATO brigade headquarters",
    "- Sweden joins Nordic air policing", 'Pyongyang slams drills as "rehearsal"', "Is this the end of neutrality?"),
    short and without a closing full stop; a quotation may close it, but not a quoted sentence ('"We are ready."')."""
    text = _BULLET.sub("", line).strip()
    return 0 < len(text.split()) <= 20 and not re.search(r"[.!:;]$|[.!?,:;]\s*[\"”’]$", text)


TRAILING_LINKS_MIN = 3  # an unlabelled block of links holds at least this many headlines
HEADLINE_WORDS = (4, 16)
_CLOSED = re.compile(r"[.!?][\"”’)]*$")


def _headline(line: str) -> bool:
    """A line shaped like another story's headline: a link item of 4 to 16 words opening with a capital or digit."""
    text = _BULLET.sub("", line).strip()
    return _link_item(line) and HEADLINE_WORDS[0] <= len(text.split()) <= HEADLINE_WORDS[1] and (
        text[:1].isupper() or text[:1].isdigit())


def _drop_trailing_links(text: str, kept: list[tuple[int, int]],
                         removed: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """``kept`` without an unlabelled block of links that closes the page: a run of at least
    ``TRAILING_LINKS_MIN`` headline-shaped lines right after the story's last paragraph, a sentence closed by
    its full stop. A list that belongs to the story is introduced (a heading, a line closed by a colon); the lines of
    the block are all bulleted or none is (a heading over bulleted facts is no headline)."""
    n = len(kept)
    bulleted = bool(kept) and bool(_BULLET.match(text[kept[-1][0]:kept[-1][1]]))
    while n > 0 and _headline(line := text[kept[n - 1][0]:kept[n - 1][1]]) and bool(_BULLET.match(line)) == bulleted:
        n -= 1
    if len(kept) - n < TRAILING_LINKS_MIN or n < 2:
        return kept
    last = text[kept[n - 1][0]:kept[n - 1][1]]
    if not _CLOSED.search(last) or len(last.split()) < HEADING_WORDS * 3:
        return kept
    removed.extend(("links", s, e) for s, e in kept[n:])
    return kept[:n]


def _is_short_label(s: str) -> bool:
    """A short line without sentence punctuation: a byline, a tag line or a heading."""
    words = s.split()
    return 0 < len(words) <= 6 and not re.search(r"[.!?:;\"“”]$", s) and not re.search(r"[.!?]\s", s)


def clean(raw: RawDocument, settings: Settings) -> CleanDocument | Rejection:
    """Clean one document; a :class:`Rejection` when nothing like an article is left.

    Example:
        >>> doc = clean(RawDocument("x", "x.txt", "Contact Us\\n\\nThe ministers met ..."), Settings())
    """
    r = rules()
    text = raw.text
    spans = _lines(text)
    header: list[tuple[str, str]] = []
    removed: list[tuple[str, int, int]] = []
    kept: list[tuple[int, int]] = []
    seen: set[str] = set()
    date_line_idx: set[int] = set()
    errors = 0
    links = False  # under a heading of links to other stories

    for idx, (s, e) in enumerate(spans):
        line = text[s:e]
        top = len(kept) < TOP_LINES  # kept lines: a second cleaning sees the same window
        m = r.header_prefix.match(line) if top else None
        if m:
            header.append((m.group("key").lower().replace(" ", "_"), m.group("value")))
            if m.group("status"):
                header.append(("http_status", m.group("status")))
            removed.append(("header", s, s + m.end()))
            date_line_idx.add(idx)
            s = s + m.end()
            line = text[s:e]
            if not line.strip():
                continue
        if r.links_heading.fullmatch(line.strip()):
            # "Latest News" over the page's date line and headline is the page's section, no block of links
            links = not (len(kept) <= 1 and top and _dates_next(text, spans, idx, r))
            removed.append(("links" if links else "boilerplate", s, e))
            continue
        if links and _link_item(line):
            removed.append(("links", s, e))
            continue
        links = False
        if r.line.fullmatch(line) or (len(line) < 2000 and r.contains.search(line)):
            # a furniture label sharing its line with the date ("Category: Defence | 3 February 2026") still dates it
            dated = _date_header(line, r, under_title=len(kept) <= 1) if top and _DATEISH.search(line) else None
            header.extend(dated or ())
            removed.append(("header" if dated else "boilerplate", s, e))
            if dated:
                date_line_idx.add(idx)
            continue
        if top and len(line.split()) <= 25 and r.error.fullmatch(line):
            removed.append(("error-page", s, e))
            errors += 1
            continue
        if not kept and top and r.kicker.fullmatch(line.strip()):  # "EXCLUSIVE", "ANALYSIS" above the headline
            removed.append(("boilerplate", s, e))
            continue
        outlet = outlet_line(line) if not kept and top else None
        if outlet:  # the page's masthead above its headline: "Daily Sabah", "Trend.az"
            header.append(("outlet", outlet))
            removed.append(("header", s, e))
            continue
        if top and r.url_line.fullmatch(line):
            header.append(("url", line))
            removed.append(("header", s, e))
            continue
        sm = r.source_line.fullmatch(line) if top else None
        if sm:
            header.append(("source", sm.group("value")))
            if sm.group("url"):
                header.append(("url", sm.group("url")))
            removed.append(("header", s, e))
            continue
        if top and not _under_heading(text, kept, spans, idx):
            dated = _date_header(line, r, under_title=len(kept) <= 1)
            if dated:
                header.extend(dated)
                removed.append(("header", s, e))
                date_line_idx.add(idx)
                continue
            bm = r.byline.match(line)
            if bm and len(line.split()) <= 10 and _NAMEISH.fullmatch(bm.group("value").strip()):
                header.append(("byline", bm.group("value").strip()))
                removed.append(("header", s, e))
                continue
            am = r.agency_prefix.match(line)
            if am and len(line) > am.end() + 20:
                header.append(("agency", am.group("agency").strip()))
                if am.group("place") or am.group("place_mixed"):
                    header.append(("dateline", (am.group("place") or am.group("place_mixed")).strip()))
                dm = _DATEISH.search(line, 0, am.end())
                if dm:  # "NEW YORK, March 3, 2026 (AP) — ...": the date of the dateline
                    header.append(("date_line", dm.group()))
                removed.append(("header", s, s + am.end()))
                s = s + am.end()
                line = text[s:e]
            dl = (r.dated_lead.match(line) or _SLASHED_LEAD.match(line)) if not am else None
            if dl and len(line) > dl.end() + 20:  # "RIGA — Tuesday, March 3, 2026 — Latvia and Estonia signed ...",
                # "Baku/17.09.25/Turan: Special forces ..."
                header.append(("date_line", dl.group("date")))
                header.append(("dateline", dl.group("place").strip()))
                if dl.group("agency"):
                    header.append(("agency", dl.group("agency").strip()))
                removed.append(("header", s, s + dl.end()))
                s = s + dl.end()
                line = text[s:e]
        key = _norm(line)
        if len(key.split()) >= REPEAT_MIN_WORDS:
            if key in seen:
                removed.append(("repeat", s, e))
                continue
            seen.add(key)
        kept.append((s, e))

    # A byline is a short label of names right next to a date header line ("Anadolu Agency TÜRKIYE");
    # the first line kept is the title, however short ("Historic dairy building destroyed by fire").
    if date_line_idx:
        final: list[tuple[int, int]] = []
        line_of = {sp: i for i, sp in enumerate(spans)}
        for n, (s, e) in enumerate(kept):
            i = line_of.get((s, e))
            if (
                n > 0 and i is not None and i < TOP_LINES and (i - 1 in date_line_idx or i + 1 in date_line_idx)
                and _is_short_label(text[s:e]) and _NAMEISH.fullmatch(text[s:e])
                and not _looks_like_date(text[s:e])
                and not any(k == "byline" for k, _ in header)
            ):
                header.append(("byline", text[s:e]))
                removed.append(("header", s, e))
                continue
            final.append((s, e))
        kept = final

    kept = _drop_trailing_links(text, kept, removed)
    clean_text, omap = _join(text, kept)
    # a first line that the page follows with its date or byline is the headline, full stop or not
    headed = False
    if kept:
        nxt = next((i for i, sp in enumerate(spans) if sp == kept[0]), len(spans)) + 1
        header_at = {a for why, a, _ in removed if why == "header"}
        after = [spans[n][0] for n in (nxt, nxt + 1) if n < len(spans)]
        # the line after it is a date line or a byline, or the line after its standfirst is ("Poland, Ukraine to sign
        # air defence pact." / "Warsaw and Kyiv will coordinate their air defences" / "By Anna Nowak")
        headed = bool(after) and (after[0] in header_at or (
            len(after) > 1 and len(kept) > 1 and after[0] == kept[1][0] and after[1] in header_at))
    title = _title(clean_text, raw, headed)
    words = len(_WORD.findall(clean_text))
    if words < settings.min_words:
        if errors:
            return Rejection(raw.source, STAGE, "error-page", "an error page with no article behind it")
        return Rejection(raw.source, STAGE, "not-article",
                         f"{words} words of text after cleaning, fewer than {settings.min_words}")
    return CleanDocument(raw=raw, text=clean_text, offsets=omap, header=tuple(header),
                         removed=tuple(sorted(removed, key=lambda x: x[1])), title=title)


def _join(text: str, kept: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    """Kept spans joined by one line break (two where the original had a blank line)."""
    parts: list[str] = []
    cs: list[int] = []
    os_: list[int] = []
    ln: list[int] = []
    pos = 0
    prev_end = None
    for s, e in kept:
        if prev_end is not None:
            sep = "\n\n" if text.count("\n", prev_end, s) >= 2 else "\n"
            parts.append(sep)
            pos += len(sep)
        cs.append(pos)
        os_.append(s)
        ln.append(e - s)
        parts.append(text[s:e])
        pos += e - s
        prev_end = e
    return "".join(parts), OffsetMap(tuple(cs), tuple(os_), tuple(ln))


def _title(clean_text: str, raw: RawDocument, headed: bool = False) -> str | None:
    """The record's title when the reader knows one, else a short first line that reads like a headline.

    A first line ending in a full stop reads like the article's first sentence, unless the page
    follows it with its date or byline (``headed``): then it is a headline written as a sentence.
    """
    hinted = raw.hint("title")
    if hinted:
        return hinted.strip()
    first = clean_text.split("\n", 1)[0].strip()
    n = len(first.split())
    sentence_like = first.endswith(("”", '"')) or (first.endswith(".") and not (headed and not re.search(r"[.!?]\s", first)))
    if 3 <= n <= TITLE_MAX_WORDS and not sentence_like and "\n" in clean_text:
        return first
    return None
