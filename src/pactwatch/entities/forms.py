"""Forms: what a name's own words and its neighbours say it is, and where a person's name really ends.

* A product, a work or a weapon by the noun next to it ("the film Alien", "MILGEM corvettes"); a ship
  ("USS Gerald R. Ford"), a weapon system ("HIMARS") or a document's title ("Programme of Military
  Cooperation") is no person and no organisation (``ship_prefixes``, ``weapon_names``, ``document_heads``).
* A person's name ends before a possessive and a headline's gerund ("President Biden Commemorating 100
  Years"), goes on past spaCy's entity with a capitalised word that is no head ("Yoon Suk | Yeol"), and
  starts after a state's name spaCy ran into it after a title ("Minister of Foreign Affairs of Kazakhstan
  Murat Nurtleu").
* The kind a name's form gives over spaCy's label: "Government of Iraq" is the state, "Mount Hermon" and
  "Church Ave" are places (``place_prefixes``, ``place_abbreviations``), "Electronic Frontier Foundation"
  is an organisation.

The word lists are in ``data/names.json``.
"""
from __future__ import annotations

import functools
import re

from ..gazetteer import fold
from .builder import _Builder
from .lexicon import (
    _CONNECTORS,
    _MEDIA_NOUNS,
    AGREEMENT_WORDS,
    CALENDAR,
    LOCATIVE,
    _camel,
    _heads,
    _title_heads,
    _title_vocab,
    name_rules,
)
from .spans import _portfolio

_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "di", "do", "dos", "du", "del", "della", "der",
                             "den", "van", "von", "le", "la", "y", "e", "ben", "abu", "ul", "ud"})
_FUNCTION_WORDS = frozenset({"from", "to", "in", "at", "and", "or", "of", "for", "with", "on", "that", "which", "will",
                             "would", "were", "was", "are", "is", "have", "has", "had", "built", "made", "bought"})


@functools.lru_cache(maxsize=1)
def _companies() -> frozenset[str]:
    return frozenset(name_rules()["companies"])


@functools.lru_cache(maxsize=1)
def _weapon_heads() -> frozenset[str]:
    return frozenset(name_rules()["weapon_heads"])


@functools.lru_cache(maxsize=1)
def _product_heads() -> frozenset[str]:
    return frozenset(name_rules()["product_heads"])


def _product(text: str, s: int, e: int) -> bool:
    """A name right after "the film", "the browser" or before "channel", "software", "(space) telescope",
    "(9) rocket" (one lowercase word or a number between), or a nickname in quotation marks after
    "nicknamed", "dubbed": a product, a work or a format, not a body, a person or a place."""
    after = re.match(r"[\s\d-]*([a-z]+)(?:\s+([a-z]+))?\b", text[e:e + 40])
    if after and (after.group(1) in _product_heads() or after.group(2) in _product_heads()):
        return True
    if after and after.group(1) in _weapon_heads() and (after.group(2) is None or after.group(2) in _FUNCTION_WORDS):
        return True  # "MILGEM corvettes", "Kinzhal missiles from": a weapon, not a body ("tank farm" is no weapon)
    before = re.search(r"\b(?:the|a|an)\s+([a-z]+)\s+$", text[max(0, s - 30):s])
    if before and before.group(1) in _product_heads():
        return True
    return bool(re.search(r"\b(?:nicknamed|dubbed|codenamed|code-named)\s+[\"“']$", text[max(0, s - 20):s]))


def _person_end(text: str, s: int, e: int) -> int:
    """Where a person's name NER found ends: before a possessive and what follows it in a headline
    ("Vice President Harris's Meeting with ..."), before a gerund in a headline, where capitalised words go
    on ("President Biden Commemorating 100 Years"; not "Xi Jinping urged")."""
    m = re.search(r"['’]s\b", text[s:e])
    if m:
        e = s + m.start()
    words = list(re.finditer(r"\S+", text[s:e]))
    while len(words) > 1 and words[-1].group().endswith("ing") and words[-1].group()[:1].isupper() \
            and re.match(r"\s+[A-Z\d]", text[s + words[-1].end():s + words[-1].end() + 3]):  # not "Xi Jinping said"
        words.pop()
        e = s + words[-1].end()
    return e


def _past_state(b: _Builder, s: int, e: int) -> tuple[int, bool]:
    """Where a name spaCy found starts when a state's name the gazetteer took opens it and a title of office
    comes before ("Kazakhstan Murat Nurtleu" after "Minister of Foreign Affairs of"): after the state's name,
    and True; else ``s`` and False."""
    if b.free(s, e):
        return s, False
    lead = [m for m in b.mentions if m.start <= s < m.end and m.entity_id.startswith("country:")]
    if not lead or lead[0].end >= e:
        return s, False
    rest = re.match(r"\s+(?=[A-Z])", b.text[lead[0].end:e])
    if not rest or len(b.text[lead[0].end:e].split()) < 2 or not _after_title(b.text, lead[0].start):
        return s, False  # "Cyprus Mail", "U.S. Code": the state's name is the name's own
    return lead[0].end + rest.end(), True


def _after_title(text: str, s: int) -> bool:
    """A title of office ends right before ``s``, only its words between ("Minister of Foreign Affairs of"
    before "Kazakhstan Murat Nurtleu"; not "100 Years of" before "U.S. Diplomatic Relations")."""
    words = re.findall(r"[\w-]+", text[text.rfind("\n", 0, s) + 1:s])
    allowed = _title_vocab() | _portfolio() | _CONNECTORS
    for w in reversed(words):
        if fold(w) in _title_heads():
            return True
        if fold(w) not in allowed:
            return False
    return False


def _name_goes_on(sdoc, i: int, b: _Builder) -> int | None:
    """The end of a titled person's name that goes on past spaCy's entity (ending before token ``i``) with
    one or two capitalised words that are no head of a body, place or thing and no title ("President Yoon
    Suk | Yeol"; the caller checks the title);
    None when they are ("James Webb | Space Telescope") or a longer capitalised run follows."""
    heads = _heads()[0] | _heads()[1] | _not_org_heads() | _product_heads() | _weapon_heads() | _title_vocab() | CALENDAR
    j = i
    while (j < len(sdoc) and j < i + 2 and sdoc[j].is_title and sdoc[j].is_alpha and not sdoc[j].is_sent_start
           and sdoc[j - 1].whitespace_ == " " and not sdoc[j].ent_type_ and fold(sdoc[j].text) not in heads
           and not b.gaz.lookup(sdoc[j].text)):
        j += 1
    if j == i or (j < len(sdoc) and sdoc[j - 1].whitespace_ and (sdoc[j].is_title or sdoc[j].ent_type_)):
        return None
    return sdoc[j - 1].idx + len(sdoc[j - 1].text)


@functools.lru_cache(maxsize=1)
def _not_body_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    rules = name_rules()
    return frozenset(rules["ship_prefixes"]), frozenset(rules["weapon_names"]), tuple(rules["document_heads"])


def _not_a_body(name: str, words: list[str], kind: str) -> bool:
    """A ship ("USS Gerald R. Ford"), a weapon system spaCy tags as a body or a person ("HIMARS", "Patriot"),
    or a document's title ("Programme of Military Cooperation", "Roadmap for Strategic Partnership"):
    no person and no organisation (``ship_prefixes``, ``weapon_names``, ``document_heads``)."""
    ships, weapons, documents = _not_body_words()
    if len(words) > 1 and words[0] in ships:
        return True
    if kind in ("org", "person", "place") and fold(name) in weapons:
        return True
    low = fold(name)
    return kind == "org" and len(words) > 1 and any(
        low.startswith(d + " ") and re.match(r"(?:of|for|on)\b", low[len(d) + 1:]) for d in documents)


@functools.lru_cache(maxsize=1)
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    rules = name_rules()
    return frozenset(rules["place_prefixes"]), frozenset(rules["place_abbreviations"])


def _kind_by_form(kind: str, name: str, words: list[str], before: list[str], left: str) -> str:
    """The kind a name's own form or its context gives, over spaCy's label:
    "Government of Iraq" is the state; "Electronic Frontier Foundation", "Mahan Air" and
    "Greek daily Kathimerini" are organisations; "International Space Station" and a one-word
    organisation after "in" ("in Crete") are places; "LiveLeak" is no place."""
    org_heads, place_heads = _heads()
    last = fold(words[-1])
    if re.match(r"(?i)government of\s+", name):
        return "country"
    if len(words) == 1 and (last in org_heads or last in place_heads):
        return "none"  # "Embassy", "Ministry": a fragment of a longer name
    if len(words) > 1 and words[-1] in (*AGREEMENT_WORDS, "Act") and all(w[:1].isupper() for w in words):
        return "agreement"  # "Digital Millennium Copyright Act" tagged as a place
    if kind in ("person", "org") and len(words) > 1 and last not in org_heads and (
            fold(words[0]) in _place_words()[0] or last in _place_words()[1]):
        return "place"  # "Mount Hermon", "Lake Van", "Church Ave": a place spaCy took for a person or a body
    if kind == "person" and (last in org_heads or _MEDIA_NOUNS.search(left)):
        return "org"
    if kind == "person" and len(words) > 1 and last in place_heads:
        return "place"  # "Eaton Canyon"
    if kind == "place" and (last in org_heads - place_heads or any(_camel(w) for w in words)):
        return "org"
    if kind == "org" and len(words) > 1 and last in place_heads - org_heads:
        return "place"
    if kind == "org" and len(words) == 1 and not name.isupper() and LOCATIVE.search(left):
        return "place"
    return kind


@functools.lru_cache(maxsize=1)
def _not_org_heads() -> frozenset[str]:
    return frozenset(name_rules()["not_org_heads"])


def _title_case_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` capitalises nearly every word (a headline in title case)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start:end if end >= 0 else len(text)])
    small = {"a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "with", "by", "as", "vs"}
    content = [w for w in words if w.lower() not in small]
    return len(content) >= 4 and sum(w[0].isupper() for w in content) >= 0.9 * len(content)
