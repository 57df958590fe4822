"""Date lines: the further shapes in which a page's head writes its publication date.

:mod:`pactwatch.clean` and :mod:`pactwatch.metadata` read the common shapes ("March 3, 2026", "3 March 2026",
"03.03.2026", "2026-03-03"); this module holds the rest, one rule a shape, each a whole date (day, month and year):

* ``weekday_inside_mdy`` / ``weekday_inside_dmy``: a weekday between the day and the year, as ministries and
  post-Soviet outlets write it ("October 8, Wednesday, 2025", "8 October (Wednesday) 2025");
* ``mdy_compact`` / ``dmy_compact`` / ``ymd_compact``: a spelled month in a compact numeric shape ("Jun-12-2025",
  "JUN/12/25", "12-ago-2025", "2025-Jun-12");
* ``dmy_short_year``: a two-digit year after a spelled month ("14 Sep 25, 18:20");
* ``mdy_era``: the year of a calendar era after the month and day ("September 5, Reiwa 7");
* ``dmy_other_language`` / ``ymd_other_language``: the months and weekdays of other languages
  (``data/dates.json`` "head_months", "head_weekdays"), which an English edition keeps in its date line ("Quito, 17
  de noviembre de 2025", "Mittwoch, 17. September 2025", "17 сентября 2025 г.", "2025. november 17.", "17
  September 2568 BE" with the eras of "head_eras");
* ``ymd_year_word``: the year with its word before the day, as Uzbek and Kazakh write it ("2025-yil 12-iyun", "2025
  жылғы 12 маусым");
* ``ymd_numbered_month``: a numbered month after an "M", the shape a content system's locale without month names
  prints ("2025 M03 14");
* ``ymd_korean``: "2025년 9월 17일".

A wire's slug line at the foot of its story (:func:`wire_slug_date`) dates it too: "181524 MET dec 24" (day, hour and
minute, a time zone, the month and a two-digit year), as German-language and Balkan agencies close a story.

These shapes are read in a page's head only (the header lines the cleaner takes out, the short lines above the
story): there a date is the page's own, while a date in the story is an event's.

Example:
    >>> head_dates("Quito, 17 de noviembre de 2025")
    [(7, 30, datetime.date(2025, 11, 17))]
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class _Calendar:
    months: dict[str, int]          # every spelling, lower case -> month number
    english: str                    # the English month names, capitalised or in capitals ("Sep", "SEPT")
    any_month: str                  # every month name
    word_month: str                 # every month name, a short abbreviation only with its dot ("set.", not "set")
    weekdays: str                   # alternation of the weekday names
    era_prefix: dict[str, int]      # "reiwa" -> 2018 (the Gregorian year of its year 0)
    era_suffix: dict[str, int]      # "be" -> -543 (added to the era's year)
    year: str                       # a year: four Gregorian digits or an era's


# "published" in the languages of "head_months" ("Publicado: 17/11/2025", "Publié le 17 novembre 2025"): the label
# that tells the publication date from an update's (clean's and metadata's English labels beside it)
PUBLISHED_LABELS = "publicado|publié|pubblicato|veröffentlicht|diterbitkan"

SHORT_NAME = 3  # letters of an abbreviation that needs its dot to be read as a month ("17 set. 2025")


def _alt(words) -> str:
    """Regex alternation of ``words``, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _calendar() -> _Calendar:
    data = json.loads(resources.files("pactwatch.data").joinpath("dates.json").read_text(encoding="utf-8"))
    english = [*data["months"], "Sept"]
    months = {k.lower(): v for k, v in data["months"].items()} | {"sept": 9}
    short: set[str] = set()  # "set", "out", "ago", "gen": English words too, a month only before a dot or in "17-ago-2025"
    for spellings in data["head_months"].values():
        for number, names in enumerate(spellings, start=1):
            months.update((n.lower(), number) for n in names)
            short.update(n.lower() for n in names[1:] if len(n) <= SHORT_NAME)
    weekdays = list(data["weekdays"]) + data["head_weekdays"]
    eras = data["head_eras"]
    prefix = {k.lower(): v for k, v in eras["prefix"].items()}
    suffix = {k.lower(): v for k, v in eras["suffix"].items()}
    year = (rf"(?:(?P<y>(?:19|20)\d{{2}})|(?P<era>{_alt(eras['prefix'])})\s*(?P<ey>\d{{1,3}})"
            rf"|(?P<by>\d{{4}})\s*(?P<suffix>{_alt(eras['suffix'])}))(?!\w)")
    cased = [w for m in english for w in (m, m.upper())]
    word = f"{_alt(set(months) - short)}|(?:{_alt(short)})(?=\\.)"
    return _Calendar(months, f"(?-i:{_alt(cased)})", _alt(months), word, _alt(weekdays), prefix, suffix, year)


_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
# a two-digit year that is no part of a number, a time or a count ("14 Sep 25, 18:20"; not "14 Sep 18:20", "14 Sep
# 25,000", "14 Sep 25 soldiers")
_SHORT_YEAR = r"(?P<yy>\d{2})(?![\d.:h]|,\d|\s*(?-i:[a-z%]))"
_COMPACT_YEAR = r"(?:(?P<y>(?:19|20)\d{2})|(?P<yy>\d{2}))(?![-/.:]?\d)"


@functools.lru_cache(maxsize=1)
def _forms() -> tuple[tuple[str, str], ...]:
    """The rules: (name, pattern), each pattern with the groups d, mon or m, and y, yy or an era's year."""
    c = _calendar()
    en, anymon, word, wd, year = c.english, c.any_month, c.word_month, c.weekdays, c.year
    return (
        ("weekday_inside_mdy", rf"\b(?P<mon>{en})\.?\s+{_DAY},?\s+\(?(?:{wd})\)?,?\s+{year}"),
        ("weekday_inside_dmy", rf"\b{_DAY}\s+(?:of\s+)?(?P<mon>{en})\.?,?\s+\(?(?:{wd})\)?,?\s+{year}"),
        ("mdy_compact", rf"\b(?P<mon>{en})(?P<sep>[-/.])(?P<d>[0-3]?\d)(?P=sep){_COMPACT_YEAR}"),
        ("dmy_compact", rf"\b(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<mon>{anymon})\.?(?P=sep){_COMPACT_YEAR}"),
        ("ymd_compact", rf"\b(?P<y>(?:19|20)\d{{2}})(?P<sep>[-/])(?P<mon>{en})\.?(?P=sep)(?P<d>[0-3]?\d)(?!\d)"),
        ("dmy_short_year", rf"\b{_DAY}\s+(?P<mon>{en})\.?,?\s+{_SHORT_YEAR}"),
        ("mdy_era", rf"\b(?P<mon>{en})\.?\s+{_DAY},?\s+{year}"),
        ("dmy_other_language", rf"(?:\b(?:{wd}),?\s+)?(?:\b(?:le|el|il|am|den)\s+)?\b{_DAY}\.?\s+(?:de\s+)?"
                               rf"(?P<mon>{word})\.?,?\s+(?:(?:de|del)\s+)?{year}(?:\s*(?:г|r)\.)?"),
        ("ymd_other_language", rf"\b(?P<y>(?:19|20)\d{{2}})\.\s*(?P<mon>{word})\.?\s+(?P<d>[0-3]?\d)\b\.?"),
        ("ymd_year_word", rf"\b(?P<y>(?:19|20)\d{{2}})[-\s]?(?:yil|йил|жылғы|жылы|ж\.)\s+{_DAY}[-\s](?P<mon>{word})\b"),
        ("ymd_numbered_month", r"\b(?P<y>(?:19|20)\d{2})\s+M(?P<m>0?[1-9]|1[0-2])\s+(?P<d>[0-3]?\d)\b(?![:.]\d)"),
        ("ymd_korean", r"(?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"),
    )


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for _name, pattern in _forms())


@functools.lru_cache(maxsize=1)
def pattern() -> str:
    """One regex source matching any of the shapes (group names made unique), for a cleaner's test of "a date line"."""
    parts = []
    for name, source in _forms():
        source = re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}_\1>", source)
        parts.append(re.sub(r"\(\?P=(\w+)\)", rf"(?P={name}_\1)", source))
    return "|".join(f"(?:{p})" for p in parts)


def two_digit_year(yy: int, today: dt.date | None = None) -> int:
    """The year a two-digit year stands for: this century's, or the last one's when it would lie ahead ("'98")."""
    year = 2000 + yy
    return year if year <= (today or dt.date.today()).year else year - 100


def _date_of(m: re.Match, c: _Calendar) -> dt.date | None:
    g = m.groupdict()
    if g.get("y"):
        year = int(g["y"])
    elif g.get("yy"):
        year = two_digit_year(int(g["yy"]))
    elif g.get("ey"):
        year = c.era_prefix[g["era"].lower()] + int(g["ey"])
    else:
        year = int(g["by"]) + c.era_suffix[g["suffix"].lower()]
    month = int(g["m"]) if g.get("m") else c.months.get(g["mon"].lower())
    try:
        return dt.date(year, month, int(g["d"])) if month else None
    except ValueError:
        return None


def head_dates(line: str) -> list[tuple[int, int, dt.date]]:
    """The whole dates of these shapes in a head line: (start, end, date), in text order, without overlaps (the
    earliest, then the longest, wins)."""
    c = _calendar()
    found = sorted(((m.start(), -m.end(), m) for rx in _rules() for m in rx.finditer(line)), key=lambda f: f[:2])
    out: list[tuple[int, int, dt.date]] = []
    for start, neg_end, m in found:
        if out and start < out[-1][1]:
            continue
        day = _date_of(m, c)
        if day is not None:
            out.append((start, -neg_end, day))
    return out


def head_date(value: str) -> dt.date | None:
    """The first date of these shapes in ``value``, if any."""
    dates = head_dates(value)
    return dates[0][2] if dates else None


@functools.lru_cache(maxsize=1)
def _slug() -> re.Pattern:
    """A wire's slug line: day, hour and minute run together, a time zone, the month, a two-digit year."""
    return re.compile(rf"^(?P<d>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d\s+(?:[A-Z]{{2,5}}\s+)?(?P<mon>{_calendar().any_month})\.?"
                      rf"\s+(?P<yy>\d{{2}})$", re.IGNORECASE)


def wire_slug_date(line: str) -> dt.date | None:
    """The date of a wire's slug line ("181524 MET dec 24": 18 December 2024, 15:24 Central European time); None
    for any other line."""
    m = _slug().match(line.strip())
    return _date_of(m, _calendar()) if m else None


__all__ = ["head_date", "head_dates", "pattern", "two_digit_year", "wire_slug_date"]
