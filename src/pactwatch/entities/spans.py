"""Where a name spaCy found really starts and ends, and what its neighbours say it is.

* A quantifier before a name is no part of it ("Multiple Creative Commons-licensed videos"), nor is
  an honorific or an occupation ("Lawyer Alexis Kougias") before a person's full name ("First Lady Jill Marsh"; a royal title stays, "King
  Abdullah II", except before a name of three words or more: "Crown Prince Mohammed bin Salman").
* An organisation's name goes on across a dash, "of" or "for" when the words that follow hold a
  body's head and no other name ("the Harvard–Smithsonian Center for Astrophysics", "Progressive
  Party of Working People", "U.S. Agency for International Development"), where spaCy stopped; an
  acronym spaCy ran into is no part of it ("Smart Cities Network (SCN").
* A name listed with places after "in", "at", "from" is a place ("terminals in Damietta and Idku").
* A facility after "at", "from", "in" stays a place whatever its last word ("launched from the
  Kennedy Space Center"), and so does a name ending in a facility's head ("Space Center", "Medical
  Center": ``facility_heads`` in ``data/names.json``); the Sun, the Moon and the planets are places.
* A name made of a brand's name (a capital inside: "YouTube", "SpaceX") and one more word is that
  brand's product or service ("YouTube Movies") unless the word is a body's head ("YouTube Studios").
* The subject of an agreement is no body ("an MOU on Cyber Cooperation").
* A title spaCy ran into a name is the title and a person ("Secretary of National Defense Maria
  Santos": spaCy's organisation "National Defense Maria Santos" is the person "Maria Santos").
* An administration named after its leaders is their state ("the Biden-Harris Administration" is
  the United States), from the leaders' states in ``data/parties.json``.
* A portfolio inside a title is no body ("Director of National Security Kim", "National Security
  Advisor Reed"); a kind of unit after "an" or a number is no named body ("an additional rotational
  Brigade Combat Team", "five Brigade Combat Teams in Europe": ``unit_heads`` in ``data/names.json``).
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

from ..gazetteer import fold
from .lexicon import _heads, _honorifics, _title_heads, name_rules

_CAP = r"[A-Z][\w'’-]*"
_DASH_TAIL = re.compile(rf"[-–‐]{_CAP}(?:\s+(?:of|for|and|on|the|{_CAP}))*")
_OF_TAIL = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,4}}")
_LISTED_PLACE = re.compile(rf"\b(?:in|at|near|from|outside|around|inside|between)\s+(?:the\s+)?"
                           rf"(?:{_CAP}(?:\s+{_CAP})?,\s+)*{_CAP}(?:\s+{_CAP})?,?\s+(?:and|or)\s+$")
_CONNECTORS = ("of", "for", "and", "on", "the")
_ROYAL = frozenset({"king", "queen", "prince", "princess", "emir", "pope", "sheikh", "ayatollah", "crown", "sultan"})


@functools.lru_cache(maxsize=1)
def _quantifiers() -> frozenset[str]:
    return frozenset(name_rules()["quantifiers"])


@functools.lru_cache(maxsize=1)
def _occupations() -> frozenset[str]:
    return frozenset(name_rules()["occupations"])


@functools.lru_cache(maxsize=1)
def _facilities() -> frozenset[str]:
    return frozenset(name_rules()["facility_heads"])


@functools.lru_cache(maxsize=1)
def _celestial() -> frozenset[str]:
    return frozenset(name_rules()["celestial_bodies"])


def _trim(text: str, s: int, e: int) -> int:
    """The end of ``text[s:e]`` without trailing connectors ("Center for" → "Center")."""
    words = text[s:e].split()
    while words and words[-1] in _CONNECTORS:
        words.pop()
    return s + text[s:e].rfind(words[-1]) + len(words[-1]) if words else s


def name_span(text: str, s: int, e: int, kind: str, free) -> tuple[int, int]:
    """The span of the name spaCy found at ``text[s:e]``, its quantifier off and its cut-off tail on;
    ``free(s, e)`` says no other name holds those characters."""
    m = re.match(r"([A-Z]\w*)\s+(?=[A-Z])", text[s:e])  # "Multiple Creative Commons" at a sentence's start
    if m and fold(m.group(1)) in _quantifiers():
        s += m.end()
    while kind == "person" and (m := re.match(r"([A-Z][a-z]*\.?)\s+(?=\S+\s+\S)", text[s:e])) and (
            fold(m.group(1)) in (_honorifics() - _ROYAL) | _occupations()
            or fold(m.group(1)) in _ROYAL and len(text[s + m.end():e].split()) >= 3):
        s += m.end()  # "First Lady Jill Marsh", "Brig. Gen. Pat Lowe": the name without its honorifics
        # "Sheikh Tamim bin Hamad Al Thani", "Crown Prince Mohammed bin Salman"; not "King Abdullah II"
    m = re.search(r"\s*\([A-Z]{2,8}\)?$", text[s:e])
    if m and m.start() > 0:
        e = s + m.start()  # "the ASEAN Smart Cities Network (ASCN": spaCy ran into the acronym
    if kind != "org":
        return s, e
    org_heads = _heads()[0]
    tail = _DASH_TAIL.match(text, e)
    if tail and any(fold(w) in org_heads for w in re.split(r"[\s–-]+", tail.group())):
        end = _trim(text, e, tail.end())
        if free(e, end):
            e = end
    words = text[s:e].split()
    tail = _OF_TAIL.match(text, e)
    if words and fold(words[-1]) in org_heads and tail:
        end = tail.end()
        for w in re.finditer(r"\S+", tail.group()):  # "... for International Development Assistant Administrator"
            if fold(w.group()) in _title_heads():
                end = _trim(text, e, e + w.start())
                break
        if end > e and free(e, end):
            e = end
    return s, e


def kind_by_neighbours(kind: str, label: str, name: str, left: str, locative: re.Pattern) -> str:
    """The kind a name's neighbours give it (``left``: the text before it; ``locative``: "in", "at the" ...)."""
    words = name.split()
    org_heads, place_heads = _heads()
    last = fold(words[-1].rstrip("."))
    if (kind == "org" and (len(words) == 1 or last in place_heads) and not name.isupper()
            and _LISTED_PLACE.search(left)):
        return "place"  # "in Damietta and Idku"; not "the U.S. Fish and Wildlife Service"
    if (label == "FAC" and locative.search(left) and last not in org_heads - {"center", "centre"}
            or fold(" ".join(words[-2:])) in _facilities()):
        return "place"  # "from the Kennedy Space Center", "the Walter Reed Medical Center"; not "at X University"
    if len(words) == 1 and fold(name) in _celestial() and not re.search(r"\bThe\s*$", left):
        return "place"  # "cooler than the Sun"; not the daily "The Sun"
    return kind


def service_of(name: str, orgs: set[str]) -> bool:
    """"YouTube Movies" where the brand "YouTube" is an organisation of the text: a product, not a second
    body; not "Intel Corp." nor "Sun Microsystems" (a company's short name is no brand with a capital inside)."""
    words = name.split()
    if len(words) < 2 or fold(words[-1].rstrip(".")) in _heads()[0] | _heads()[1]:
        return False
    brand = " ".join(words[:-1])
    return brand in orgs and bool(re.search(r"[a-z][A-Z]", brand))


_TOPIC_OF = re.compile(r"(?:\b(?:agreements?|memorand(?:um|a)|treaty|treaties|accords?|deals?|pacts?|talks|dialogue|"
                       r"framework|arrangements?|consultations|statement|declaration|letter of intent)|\bMo[UA]s?|"
                       r"\bMO[UA]s?)\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?$")


def topic_of_agreement(left: str) -> bool:
    """The name follows "an MOU on", "talks about": the subject of an agreement, not a body."""
    return bool(_TOPIC_OF.search(left))


@functools.lru_cache(maxsize=1)
def _portfolio() -> frozenset[str]:
    return frozenset(name_rules()["portfolio_words"])


def person_after_title(name: str, left: str, title_heads: frozenset[str], title_vocab: frozenset[str]) -> int | None:
    """Where the person's name starts in ``name`` when spaCy ran a title or its portfolio into it ("National
    Defense Maria Santos" after "Secretary of", "National Security Advisor Reed"); None when it did not."""
    title = re.search(r"\b(\w+)\s+(?:of|for)\s+(?:the\s+)?$", left)
    words = name.split()
    portfolio = _portfolio() | title_vocab
    k = 0
    while k < len(words) and fold(words[k]) in portfolio:
        k += 1
    tail = words[k:]
    # "... Advisor Reed": a surname may stand alone after a person's title (not after "State" in "State Route")
    titled_inside = k > 0 and fold(words[k - 1]) in title_heads and fold(words[k - 1]) not in _portfolio()
    if k == 0 or not (titled_inside or title and fold(title.group(1)) in title_heads):
        return None
    org_heads, place_heads = _heads()
    if (not (1 if titled_inside else 2) <= len(tail) <= 4 or not all(w[:1].isupper() for w in tail)
            or any(fold(w) in org_heads | place_heads for w in tail)):
        return None  # "Chair of the National Space Council": a body, no person
    return len(" ".join(words[:k])) + 1


@functools.lru_cache(maxsize=1)
def _leaders() -> dict[str, str]:
    data = json.loads(resources.files("pactwatch.data").joinpath("parties.json").read_text(encoding="utf-8"))
    return data["leaders"]


def administration_state(name: str) -> str | None:
    """"Biden-Harris Administration", "Obama Administration": the leaders' state id; None when it is no such
    name or no leader's state is known ("Maritime Administration" is a body)."""
    m = re.fullmatch(r"(?P<who>[A-Z][\w'’]+(?:\s*[-–]\s*[A-Z][\w'’]+)*)\s+[Aa]dministration", name)
    if not m:
        return None
    known = {_leaders().get(fold(w)) for w in re.split(r"\s*[-–]\s*", m.group("who"))} - {None}
    return known.pop() if len(known) == 1 else None


_TITLE_OF = re.compile(r"\b(\w+)\s+(?:of|for)\s+(?:the\s+)?$")


def in_title(name: str, left: str, right: str) -> bool:
    """A name of portfolio words only, after "Director of" or before "Advisor": part of a title."""
    words = name.split()
    if not words or not all(fold(w) in _portfolio() for w in words):
        return False
    title = _TITLE_OF.search(left)
    after = re.match(r"\s*([\w-]+)", right)
    return bool(title and fold(title.group(1)) in _title_heads() or after and fold(after.group(1)) in _title_heads())


_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|two|three|four|five|six|seven|eight|nine|ten|several|additional|more|"
                         r"multiple|\d+)\s+(?:[a-z][\w-]*\s+){0,3}$")
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:)]|$|(?:in|to|at|from|and|or|of|on|for|with|will|would|is|was|are|were|"
                          r"that|which|who|as|has|had|have)\b)")


@functools.lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    return frozenset(name_rules()["unit_heads"])


def kind_of_unit(name: str, left: str, right: str) -> bool:
    """"an additional rotational Brigade Combat Team in Europe": a kind of unit, not a named one."""
    words = name.split()
    return (len(words) >= 2 and fold(words[-1]) in _units() and bool(_INDEFINITE.search(left))
            and bool(_ENDS_PHRASE.match(right)))
