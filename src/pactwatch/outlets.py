"""News outlets a page names itself by: "Anadolu Agency TÜRKIYE", "(Reuters)", a first line "Daily Sabah".

The outlets and their short forms are ``data/publishers.json``; the cleaner takes a first line that is only
an outlet's name out of the text, the metadata stage names the publisher from it.
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

# a site named by its address, alone on a line: "Dawn.com", "Trend.az", "UzDaily.com"
_SITE = re.compile(r"[A-Z][\w-]{1,30}\.(?:com|net|org|info|news|co\.uk|[a-z]{2})")


@functools.lru_cache(maxsize=1)
def _publishers() -> list[tuple[str, re.Pattern]]:
    data = json.loads(resources.files("pactwatch.data").joinpath("publishers.json").read_text(encoding="utf-8"))
    out = []
    for canonical, names in data.items():
        if canonical.startswith("_"):
            continue
        alts = sorted(set(names) | {canonical}, key=len, reverse=True)
        # short forms ("AA", "AP") only as whole words in their own case
        out.append((canonical, re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![\w])")))
    return out


def publisher_in(value: str) -> str | None:
    """The known outlet a byline or agency tag names ("Anadolu Agency TÜRKIYE" → "Anadolu Agency")."""
    for canonical, rx in _publishers():
        if rx.search(value):
            return canonical
    return None


def outlet_line(line: str) -> str | None:
    """The outlet a line names when the line is nothing but its name ("Daily Sabah", "Trend.az"), else None."""
    line = line.strip()
    if not line or len(line.split()) > 5:
        return None
    for canonical, rx in _publishers():
        if rx.fullmatch(line):
            return canonical
    return line if _SITE.fullmatch(line) else None
