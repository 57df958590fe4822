"""Things: products, species and common-noun acronyms a document names, learned from its own context,
so that spaCy's person, organisation and place labels on them are dropped everywhere in the text.

A name is a thing when the text says so somewhere:

* a version after it and a product noun or "users", "update" ("Internet Explorer 6 users", "a Falcon 9
  rocket"), or an acronym fused with its version ("IE9"): the name without its version;
* a maker's possessive and a product noun ("Microsoft's Internet Explorer 9 (IE9) browser");
* a product noun after a name of several words ("the Orion Nova capsule": "Orion Nova", "Nova");
* a product noun listing it ("browsers such as Vivaldi", "devices (e.g. Arduino)");
* a demonstrative or an age before it ("runs this Python,", "a newer Vivaldi"), "shipped with X";
* spaCy's PRODUCT label on a name of several words ("the Orion Nova");
* an acronym spelled out in lower case ("GDP (gross domestic product)", "liquefied natural gas (LNG)");
* a species: a Latin name next to "a dinosaur", "a species" ("Sinosauropteryx prima, a dinosaur that ...").

The word lists are ``tool_heads``, ``tool_head_not_before``, ``version_nouns`` and ``taxon_nouns`` in
``data/names.json``.
"""
from __future__ import annotations

import functools
import re

from ..alternation import compile_words
from ..gazetteer import fold
from .lexicon import CALENDAR, _heads, name_rules

_WORD = r"(?:[A-Z][\w'’-]*|[a-z]+[A-Z][\w-]*)"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_VERSION = r"(?:[ \t]+\d{1,2}(?:\.\d{1,2})?)?(?:[ \t]+\([^()\n]{1,15}\))?"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    rules = name_rules()
    heads = "|".join(re.escape(h) for h in sorted(rules["tool_heads"], key=len, reverse=True))
    versions = "|".join(re.escape(w) for w in rules["version_nouns"])
    # "the Orion rocket was", not "an Islamic Jihad rocket attack", "a Biden Xi phone call"
    after = r"(?![ \t]+(?:" + "|".join(re.escape(w) for w in rules["tool_head_not_before"]) + r")\b)"
    taxa = "|".join(re.escape(w) for w in rules["taxon_nouns"])
    return {
        # "Internet Explorer 6 users", "Falcon 9 rocket"; not "NATO 2 percent", "Arsenal 2-1", "Smith 3 days"
        "versioned": re.compile(rf"(?<![\w'’-])(?P<t>{_NAME})[ \t]+\d{{1,2}}(?:\.\d{{1,2}})?(?:[ \t]+\([^()\n]{{1,15}}\))?"
                                rf"[ \t]+(?:{heads}|{versions})s?\b{after}"),
        "code": re.compile(r"(?<![\w-])(?P<t>[A-Z]{2,5})\d{1,2}(?![\w-])"),
        "maker": re.compile(rf"{_WORD}['’]s[ \t]+(?P<t>{_NAME}){_VERSION}[ \t]+(?:[a-z]+[ \t]+)?(?:{heads})s?\b{after}"),
        "head": re.compile(rf"(?<![\w'’-])(?P<t>{_WORD}(?:[ \t]+{_WORD}){{1,3}}){_VERSION}[ \t]+(?:{heads})s?\b{after}"),
        "listed": re.compile(rf"\b(?:{heads})s?[ \t]+(?:\(?e\.g\.,?|such[ \t]+as|like|including|after)"
                             rf"[ \t]+(?P<t>{_NAME})(?=[,.;:)]|[ \t]+(?:and|or)[ \t])"),
        "this": re.compile(rf"\b(?:this|these|those)[ \t]+(?P<t>{_NAME})(?=[,.;:)])"),
        "aged": re.compile(rf"\b(?:a|an|the)[ \t]+(?:newer|older|newest|latest|earlier|previous)[ \t]+(?P<t>{_NAME})"),
        "shipped": re.compile(rf"\b(?:shipped|ships|bundled|preinstalled|pre-installed|installed|runs|running)"
                              rf"[ \t]+(?:with|on)[ \t]+(?P<t>{_NAME})"),
        "spelled": re.compile(r"(?<![\w-])(?P<t>[A-Z]{2,6})[ \t]+\((?P<x>[a-z][a-z -]{3,80}?)[,;)]"),
        "spelled_before": re.compile(r"[ \t]+\((?P<t>[A-Z]{2,6})\)"),
        "species": re.compile(rf"(?<![\w-])(?P<t>[A-Z][a-z]{{3,}})(?P<e>[ \t]+[a-z]{{3,}})?,[ \t]+(?:a|an|the)[ \t]+"
                              rf"(?:[\w-]+[ \t]+){{0,3}}?(?:{taxa})s?(?=\s*[,.;:)]|[ \t]+(?:about|that|which|from|of|"
                              rf"known|with|found|in|whose|related|living|native|discovered|described|named|called)\b)"),
        "species_after": re.compile(rf"\b(?:{taxa})s?[ \t]+(?:called[ \t]+|named[ \t]+)?(?P<t>[A-Z][a-z]{{3,}})"
                                    rf"(?P<e>[ \t]+[a-z]{{3,}}(?:i|ae|us|um|is|a|ensis|oides))\b"),
    }


@functools.lru_cache(maxsize=1)
def _required() -> dict[str, re.Pattern]:
    """A word that a pattern's every match holds as a whole word (a tool's head, a version noun, a taxon;
    the patterns heed case): a text where this quick scan finds none cannot match the slow pattern."""
    rules = name_rules()

    def words(ws: list[str]) -> re.Pattern:
        return compile_words(ws, suffix="s?")

    heads = words(rules["tool_heads"])
    taxa = words(rules["taxon_nouns"])
    return {"versioned": words(rules["tool_heads"] + rules["version_nouns"]), "maker": heads, "head": heads,
            "listed": heads, "species": taxa, "species_after": taxa}


def _may_match(key: str, text: str) -> bool:
    need = _required().get(key)
    return need is None or need.search(text) is not None


def _spelled_out(acronym: str, words: str) -> bool:
    """"DRM" and "digital rights management": the acronym's letters start the last words of the phrase."""
    parts = [w for w in re.split(r"[\s-]+", words.strip()) if w and w not in ("of", "and", "the", "for", "on")]
    return len(parts) >= len(acronym) and "".join(w[0] for w in parts[-len(acronym):]).upper() == acronym


def _clean_name(name: str) -> str | None:
    """The learned name without what makes it no product ("Space Force" ends with a body's head)."""
    words = name.split()
    org_heads, place_heads = _heads()
    if not words or fold(words[-1]) in org_heads | place_heads | set(name_rules()["infrastructure_heads"]):
        return None
    return " ".join(words)


def document_things(sdoc, text: str, known=lambda name: False) -> frozenset[str]:
    """Folded names of the products, species and common-noun acronyms ``text`` names (see the module);
    never a name ``known`` says is a state, a body or a place ("a United States spacecraft")."""
    p = _patterns()
    found: set[str] = set()

    def learn(raw: str, trailing: bool = False) -> None:
        name = _clean_name(re.sub(r"^\S+['’]s\s+", "", raw))
        if name is None or fold(name) in CALENDAR or known(name):
            return
        words = name.split()
        if trailing:  # "SpaceX Crew Dragon capsule": "Crew Dragon" and "Dragon", never the maker "SpaceX"
            found.update(fold(" ".join(words[i:])) for i in range(1, len(words)))
        found.add(fold(name))

    for key in ("versioned", "code", "maker", "listed", "this", "aged", "shipped"):
        for m in p[key].finditer(text) if _may_match(key, text) else ():
            learn(m.group("t"))
    for m in p["head"].finditer(text) if _may_match("head", text) else ():
        learn(m.group("t"), trailing=True)
    for m in p["spelled"].finditer(text):
        if _spelled_out(m.group("t"), m.group("x")):
            found.add(fold(m.group("t")))
    for m in p["spelled_before"].finditer(text):  # the acronym first, then the words before it (fast)
        x = re.search(r"(?:[a-z]+[ \t-]){1,6}[a-z]+$", text[max(0, m.start() - 90):m.start()])
        if x and _spelled_out(m.group("t"), x.group()):
            found.add(fold(m.group("t")))
    for key in ("species", "species_after"):
        for m in p[key].finditer(text) if _may_match(key, text) else ():  # the genus, and the binomial ("Caudipteryx zoui")
            found.update({fold(m.group("t")), fold(m.group("t") + (m.group("e") or ""))})
    for ent in sdoc.ents:  # "the Crew Dragon"; a person takes no article ("a paper by AS Heagle")
        if ent.label_ == "PRODUCT" and len(ent) >= 2 and re.match(r"(?i)(?:the|an?|its|their)\s", ent.text):
            learn(re.sub(r"(?i)^\w+\s+", "", ent.text), trailing=True)
    return frozenset(found)


def is_thing(name: str, things: frozenset[str]) -> bool:
    """``name`` is a learned thing, a last part of one ("Explorer" of "Internet Explorer"), ends with one
    ("Mozilla Firefox" where "Firefox" is a browser), or is one and a word that is no body's head."""
    words = fold(name).split()
    while len(words) > 1 and re.fullmatch(r"[\d.]+|\(.*\)", words[-1]):
        words.pop()  # "Vivaldi Navigator 4": the name without its version
    name = " ".join(words)
    if len(words) > 1 and " ".join(words[:-1]) in things and words[-1] not in _heads()[0] | _heads()[1]:
        return True  # "Skyline Movies" where "Skyline" is a browser: its store, no body
    return any(" ".join(words[i:]) in things for i in range(len(words))) or any(
        t.endswith(" " + name) for t in things)
