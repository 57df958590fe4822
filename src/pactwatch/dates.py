"""Date resolution: find time expressions in a sentence and date an event.

The stage is rule based: a handful of regular expressions over the words in
``data/dates.json`` (months, weekdays, number words, cues). Absolute
expressions ("13 June 2023", "June 2021", "in 2026", ISO dates) resolve on
their own; relative ones ("late Monday", "last October", "two months ago",
"Sept. 1") need the article's publication date as anchor.

Values are strings of the granularity the text gives: ``"YYYY"``,
``"YYYY-MM"`` or ``"YYYY-MM-DD"``. Offsets are character offsets into the
string passed in.

Example:
    >>> from datetime import date
    >>> when_for("Aliyev on Tuesday proposed drills", (18, 26), date(2025, 10, 7))
    '2025-10-07'
"""
from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Literal

log = logging.getLogger(__name__)

Granularity = Literal["year", "month", "day"]


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a text, with its resolved value."""

    start: int
    end: int
    text: str
    value: str
    granularity: Granularity


# --------------------------------------------------------------------------- lexicon


def _alt(words) -> str:
    """Regex alternation of ``words``, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cased(words) -> list[str]:
    """Capitalised and upper-case forms (names only match as names)."""
    out = []
    for w in words:
        out += [w[:1].upper() + w[1:], w.upper()]
    return out


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    frequency: frozenset[str]
    future_re: re.Pattern
    past_re: re.Pattern
    participles: frozenset[str]
    auxiliaries: frozenset[str]
    count_blockers: frozenset[str]
    boundaries: dict[str, int]
    parser_languages: tuple[str, ...]
    rules: tuple  # tuple[_Rule, ...]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = json.loads(resources.files("pactwatch.data").joinpath("dates.json").read_text(encoding="utf-8"))
    months = {k.lower(): v for k, v in data["months"].items()}
    weekdays = {k.lower(): v for k, v in data["weekdays"].items()}
    mon = _alt(_cased(data["months"]))
    mon_full = _alt(_cased(data["bare_month_full"]) + ["Sept."])
    wd = _alt(_cased(data["weekdays"]))  # abbreviations only before a full date ("Sun" is also a company)
    wd_full = _alt(_cased(data["weekday_full"]))
    nums = _alt(data["number_words"])
    units = _alt(data["units"])
    wd_prefix = rf"(?:(?:{wd})\b\.?,?\s+)?"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    tail = r"(?![\d.,]\d)"
    rules = (
        _Rule("iso", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
              r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?\d\d)?)?(?!\d)", _r_ymd),
        _Rule("ymd_slash", r"\b(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b", _r_ymd),
        _Rule("dmy_dots", r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4})\b", _r_ymd),
        _Rule("mdy", rf"\b{wd_prefix}(?P<mon>{mon})\b\.?\s*{day}\b(?:\s*,\s*|\s+)(?P<y>\d{{4}})\b{tail}", _r_ymd),
        _Rule("dmy", rf"\b{wd_prefix}{day}\s+(?:of\s+)?(?P<mon>{mon})\b\.?,?\s+(?P<y>\d{{4}})\b{tail}", _r_ymd),
        _Rule("my", rf"\b(?P<mon>{mon})\b\.?,?\s+(?:of\s+)?(?P<y>\d{{4}})\b{tail}", _r_month_year),
        _Rule("md", rf"\b{wd_prefix}(?P<mon>{mon})\b\.?\s*{day}\b{tail}", _r_month_day),
        _Rule("dm", rf"\b{wd_prefix}{day}\s+(?:of\s+)?(?P<mon>{mon})\b\.?", _r_month_day),
        _Rule("cue_month", rf"(?i:\b(?P<cue>{_alt(data['month_cues'])}))[\s-]+(?P<mon>{mon_full})(?!\w)(?!\.?\s*\d)",
              _r_bare_month),
        _Rule("cue_year", rf"(?i:\b(?P<cue>{_alt(data['year_cues'])}))[\s-]+(?P<y>(?:19|20)\d\d)\b(?!s\b|'s\b|[.,]?\d)",
              _r_year),
        _Rule("year", r"(?<![\w$€£#.,/-])(?P<y>(?:19|20)\d\d)\b(?!s\b|[.,/%]?\d|%|\s+(?i:per\s*cent|percent)\b)"
              r"(?!\s+[a-z]+s\b)", _r_bare_year),
        _Rule("day_word", rf"(?i:\b(?P<w>{_alt(data['day_words'])})\b)", _r_day_word),
        _Rule("weekday", rf"(?:(?i:\b(?P<mod>last|next|this|coming|past)\s+))?\b(?P<wd>{wd_full})\b(?!\.?\s*\d)",
              _r_weekday),
        _Rule("ago", rf"(?i:\b(?P<n>{nums}|\d{{1,3}})\s+(?P<u>{units})\s+ago\b)", _r_ago),
        _Rule("in_n", rf"(?i:\bin\s+(?P<n>{nums}|\d{{1,3}})\s+(?P<u>{units})(?:'?\s+time|'s\s+time)?\b)(?!\s+(?i:of|in|and)\b)",
              _r_in_n),
        _Rule("rel_period", r"(?i:\b(?:(?P<adv>earlier|later)\s+)?(?P<mod>this|last|next|the\s+current|the\s+coming|the\s+past)"
              r"\s+(?P<u>week|month|year)\b)", _r_rel_period),
        _Rule("period_edge", r"(?i:\b(?:end|beginning|start|middle|rest|remainder|turn)\s+of\s+the\s+(?P<u>month|year)\b)",
              _r_period_edge),
    )
    return _Lexicon(
        months=months, weekdays=weekdays,
        day_words={k.lower(): v for k, v in data["day_words"].items()},
        numbers=data["number_words"], units=data["units"],
        frequency=frozenset(data["frequency_words"]),
        future_re=re.compile(rf"(?i:(?<!\w)(?:{_alt(data['future_cues'])})(?!\w))"),
        past_re=re.compile(rf"(?i:(?<!\w)(?:{_alt(data['past_cues'])}|[a-z]{{2,}}ed)(?!\w))"),
        participles=frozenset(data["attaching_participles"]),
        auxiliaries=frozenset(data["auxiliaries"]),
        count_blockers=frozenset(data["count_blockers"]),
        boundaries=data["boundaries"],
        parser_languages=tuple(data["dateparser_languages"]),
        rules=rules,
    )


# --------------------------------------------------------------------------- resolvers

_Res = tuple[str, Granularity] | None


@dataclass(frozen=True)
class _Ctx:
    text: str
    anchor: date | None
    lex: _Lexicon


class _Rule:
    def __init__(self, name: str, pattern: str, resolve: Callable[[re.Match, _Ctx], _Res]):
        self.name = name
        self.regex = re.compile(pattern, re.ASCII)
        self.resolve = resolve


def _fmt(y: int, m: int | None = None, d: int | None = None) -> _Res:
    if not 1 <= y <= 9999:
        return None
    if m is None:
        return f"{y:04d}", "year"
    if d is None:
        return (f"{y:04d}-{m:02d}", "month") if 1 <= m <= 12 else None
    dt = date(y, m, d)  # raises ValueError on an impossible day
    return dt.isoformat(), "day"


def _day_of(dt: date) -> _Res:
    return dt.isoformat(), "day"


def _month_num(m: re.Match, lex: _Lexicon) -> int:
    return lex.months[m.group("mon").rstrip(".").lower()]


def _tense(ctx: _Ctx, start: int, end: int | None = None) -> str | None:
    """``"future"``, ``"past"`` or ``None`` from the clause leading up to ``start``; when that clause has no cue,
    the expression opens it (three words at most before it) and ``end`` is given, from the clause after the
    expression: a date that opens its sentence ("In January, the ministers signed ...") takes the tense of the verb
    that follows it, so a past act told in October is not put in the next January."""
    before = ctx.text[max(0, start - 80):start]
    cut = max(before.rfind(c) for c in ".;,:")
    clauses = [before[cut + 1:]]
    if end is not None and len(clauses[0].split()) <= 3:  # the date opens its clause: "(Back) in January, ..."
        after = ctx.text[end:end + 80].lstrip(" ,")
        stop = min((i for i in (after.find(c) for c in ".;,:") if i >= 0), default=len(after))
        clauses.append(after[:stop])
    for clause in clauses:
        if ctx.lex.future_re.search(clause):
            return "future"
        if ctx.lex.past_re.search(clause):
            return "past"
    return None


def _future(ctx: _Ctx, start: int) -> bool:
    return _tense(ctx, start) == "future"


def _r_ymd(m: re.Match, ctx: _Ctx) -> _Res:
    mon = int(m.group("m")) if "m" in m.groupdict() and m.group("m") else _month_num(m, ctx.lex)
    return _fmt(int(m.group("y")), mon, int(m.group("d")))


def _r_month_year(m: re.Match, ctx: _Ctx) -> _Res:
    return _fmt(int(m.group("y")), _month_num(m, ctx.lex))


def _closest_year(anchor: date, month: int, day: int | None, tense: str | None) -> int:
    """Year putting ``month``/``day`` closest to ``anchor``.

    A future clause keeps it on or after the anchor, a past one on or before.
    """
    best, best_gap = anchor.year, None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cand = date(y, month, day or 1)
        except ValueError:
            continue
        ref = anchor if day else anchor.replace(day=1)
        gap = (cand - ref).days
        if (tense == "future" and gap < 0) or (tense == "past" and gap > 0):
            continue
        key = (abs(gap), gap > 0)  # ties go to the past
        if best_gap is None or key < best_gap:
            best, best_gap = y, key
    return best


def _r_month_day(m: re.Match, ctx: _Ctx) -> _Res:
    if ctx.anchor is None:
        return None
    mon, day = _month_num(m, ctx.lex), int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    return _fmt(_closest_year(ctx.anchor, mon, day, _tense(ctx, m.start(), m.end())), mon, day)


def _r_bare_month(m: re.Match, ctx: _Ctx) -> _Res:
    if ctx.anchor is None:
        return None
    a, mon = ctx.anchor, _month_num(m, ctx.lex)
    cue = " ".join(m.group("cue").lower().split())
    if cue == "last":
        y = a.year if mon < a.month else a.year - 1
    elif cue == "next":
        y = a.year if mon > a.month else a.year + 1
    elif cue == "this":
        y = a.year
    else:
        y = _closest_year(a, mon, None, _tense(ctx, m.start(), m.end()))
    return _fmt(y, mon)


def _r_year(m: re.Match, ctx: _Ctx) -> _Res:
    return _fmt(int(m.group("y")))


def _r_bare_year(m: re.Match, ctx: _Ctx) -> _Res:
    words = ctx.text[max(0, m.start() - 20):m.start()].split()
    if words and words[-1] in ctx.lex.count_blockers:
        return None
    return _fmt(int(m.group("y")))


def _r_day_word(m: re.Match, ctx: _Ctx) -> _Res:
    if ctx.anchor is None:
        return None
    off = ctx.lex.day_words[" ".join(m.group("w").lower().split())]
    return _day_of(ctx.anchor + timedelta(days=off))


def _r_weekday(m: re.Match, ctx: _Ctx) -> _Res:
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    target = ctx.lex.weekdays[m.group("wd").lower()]
    back = (a.weekday() - target) % 7          # 0..6 days back to it
    mod = (m.group("mod") or "").lower()
    if mod in ("last", "past"):
        off = -(back or 7)
    elif mod in ("next", "coming"):
        off = (target - a.weekday()) % 7 or 7
    elif _future(ctx, m.start()):
        off = (target - a.weekday()) % 7   # "will meet Thursday": on or after the anchor
    else:
        off = -back                        # news convention: on or before the anchor
    return _day_of(a + timedelta(days=off))


def _number(word: str, lex: _Lexicon) -> int:
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else lex.numbers[w]


def _shift(anchor: date, n: int, unit: str) -> _Res:
    if unit == "day":
        return _day_of(anchor + timedelta(days=n))
    if unit == "week":
        return _day_of(anchor + timedelta(weeks=n))
    if unit == "month":
        idx = anchor.year * 12 + anchor.month - 1 + n
        return _fmt(idx // 12, idx % 12 + 1)
    return _fmt(anchor.year + n)


def _r_ago(m: re.Match, ctx: _Ctx) -> _Res:
    if ctx.anchor is None:
        return None
    return _shift(ctx.anchor, -_number(m.group("n"), ctx.lex), ctx.lex.units[m.group("u").lower()])


def _r_in_n(m: re.Match, ctx: _Ctx) -> _Res:
    if ctx.anchor is None:
        return None
    words = ctx.text[max(0, m.start() - 20):m.start()].lower().split()
    if words and words[-1] in ctx.lex.frequency:  # "twice in a year"
        return None
    return _shift(ctx.anchor, _number(m.group("n"), ctx.lex), ctx.lex.units[m.group("u").lower()])


def _week_value(monday: date) -> _Res:
    """A calendar week as the finest unit it fits in (month or year)."""
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return _fmt(monday.year, monday.month)
    return _fmt(monday.year) if monday.year == sunday.year else None


def _r_rel_period(m: re.Match, ctx: _Ctx) -> _Res:
    if ctx.anchor is None:
        return None
    mod = m.group("mod").lower().split()[-1]
    unit = m.group("u").lower()
    step = {"this": 0, "current": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[mod]
    if mod == "past" and m.group("adv") is None:
        return None  # "over the past year" is a duration, not a date
    if unit == "week":
        monday = ctx.anchor - timedelta(days=ctx.anchor.weekday()) + timedelta(weeks=step)
        return _week_value(monday)
    return _shift(ctx.anchor, step, unit)


def _r_period_edge(m: re.Match, ctx: _Ctx) -> _Res:
    if ctx.anchor is None:
        return None
    return _shift(ctx.anchor, 0, m.group("u").lower())


# --------------------------------------------------------------------------- public API


@functools.lru_cache(maxsize=4096)
def _expressions_cached(text: str, anchor) -> tuple:
    return tuple(find_time_expressions(text, anchor))


def find_time_expressions(text: str, anchor: date | None) -> list[TimeExpr]:
    """Time expressions in ``text`` that resolve, in text order, without overlaps.

    Args:
        text: Any text (a sentence, a byline).
        anchor: Publication date for relative expressions; ``None`` keeps only
            absolute ones.

    Returns:
        Non-overlapping :class:`TimeExpr` values; where matches overlap the
        longest wins, even if it cannot be resolved (it then hides the shorter).
    """
    if not text:
        return []
    lex = _lexicon()
    ctx = _Ctx(text, anchor, lex)
    found = []
    for order, rule in enumerate(lex.rules):
        for m in rule.regex.finditer(text):
            try:
                res = rule.resolve(m, ctx)
            except (ValueError, OverflowError, KeyError):
                res = None
            found.append((m.start(), m.end(), order, res))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int, int, _Res]] = []
    for f in found:
        if f[1] > f[0] and all(f[1] <= t[0] or f[0] >= t[1] for t in taken):
            taken.append(f)
    return [TimeExpr(s, e, text[s:e], res[0], res[1]) for s, e, _o, res in sorted(taken) if res]


_SHORT_PAREN = re.compile(r"\([^()]{0,15}\)")


def _boundary_penalty(gap: str, lex: _Lexicon) -> int:
    # a short parenthesis ("(OTS)", "(ISF)") glosses a name; it does not open a new clause
    padded = f" {_SHORT_PAREN.sub(' ', gap.lower())} "
    return sum(padded.count(mark) * cost for mark, cost in lex.boundaries.items())


def _modifies_other(sentence: str, expr: TimeExpr, span: tuple[int, int], lex: _Lexicon) -> bool:
    """Whether ``expr`` (after the trigger) hangs on a participle of another noun.

    "agreed to implement the Shusha Declaration signed in June 2021": the date
    goes with "signed", which modifies "Declaration", not with "agreed".
    """
    if expr.start < span[1]:
        return False
    words = re.findall(r"[\w'.-]+", sentence[span[1]:expr.start])
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        w = words[i].lower().rstrip(".,")
        if w in lex.participles:
            return i >= 2 and words[i - 1].lower() not in lex.auxiliaries
    return False


def when_for(sentence: str, span: tuple[int, int] | None, anchor: date | None,
             keep: Callable[[TimeExpr], bool] | None = None) -> str | None:
    """When the event triggered at ``span`` in ``sentence`` happened or is to happen.

    Args:
        sentence: The sentence holding the event.
        span: ``(start, end)`` of the trigger word in ``sentence``, or ``None``.
        anchor: The article's publication date (``None``: absolute dates only).
        keep: Which expressions may date this event (the caller's syntax: an
            expression that belongs to another event of the sentence is not
            this one's); all when None.

    Returns:
        ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``; ``None`` when the
        sentence gives no usable time. With several expressions the one
        closest to the trigger wins, clause boundaries counting as distance.
    """
    lex = _lexicon()
    exprs = [e for e in _expressions_cached(sentence, anchor) if keep is None or keep(e)]
    if not exprs:
        return None
    if span is None:
        return exprs[0].value
    lo = max(0, min(span[0], len(sentence)))
    hi = max(lo, min(span[1], len(sentence)))
    best, best_score = None, None
    for e in exprs:
        if _modifies_other(sentence, e, (lo, hi), lex):
            continue
        if e.end <= lo:
            gap = sentence[e.end:lo]
        elif e.start >= hi:
            gap = sentence[hi:e.start]
        else:
            gap = ""
        score = len(gap.strip()) + _boundary_penalty(gap, lex)
        if best_score is None or score < best_score:
            best, best_score = e, score
    return best.value if best else None


_SLASH = re.compile(r"\b(?P<a>[0-3]?\d)[/-](?P<b>[0-3]?\d)[/-](?P<y>\d{4})\b")


def parse_published(text: str) -> date | None:
    """Publication date from a header or byline string.

    Handles ISO timestamps, "January 06,2026", "Jan 6, 2026 10:15 GMT",
    "Tuesday, 7 October 2025", "06.01.2026" (day first), "01/06/2026" (month
    first unless impossible); falls back to dateparser for other forms.

    Returns:
        The date, or ``None`` when the string holds no full date.
    """
    if not text or not text.strip():
        return None
    for e in find_time_expressions(text, None):
        if e.granularity == "day":
            return date.fromisoformat(e.value)
    m = _SLASH.search(text)
    if m:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        for mon, day in ((a, b), (b, a)):
            try:
                return date(y, mon, day)
            except ValueError:
                continue
    return _dateparser_fallback(text)


def _dateparser_fallback(text: str) -> date | None:
    snippet = " ".join(text.split())[:100]
    if not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", snippet, re.ASCII):
        return None  # no year: nothing dateparser could complete
    try:
        import dateparser
        dt = dateparser.parse(snippet, languages=list(_lexicon().parser_languages),
                              settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"})
    except Exception:  # dateparser raises assorted errors on odd strings
        log.debug("dateparser failed on %r", snippet, exc_info=True)
        return None
    if dt is None or not 1900 <= dt.year <= 2100:
        return None
    return dt.date()


__all__ = ["TimeExpr", "find_time_expressions", "parse_published", "when_for"]
