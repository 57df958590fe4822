"""The entities stage's word lists: titles of office, institutions, name heads, words that are no names.

All read from ``data/roles.json`` and ``data/names.json`` once per process.
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|around|inside|from|across|through|toward|towards)\s+(?:the\s+)?"
                      r"(?:city\s+of\s+)?|\b(?:streets?|city|capital|outskirts|centre|center|suburbs?|heart|"
                      r"residents|people|mayor|airport|port|university)\s+of\s+|\b(?:capital|city|town),\s*)$", re.I)
# an envoy's post or home named by its capital ("recalled its ambassador from Paris", "envoys from Moscow"): the state
ENVOY_FROM = re.compile(r"\b(?:ambassadors?|envoys?|diplomats?|charg[ée]s? d'affaires)\s+(?:back\s+)?from\s+$", re.I)
# a capital a verb of censure is aimed "at" ("Moscow hit out at Helsinki", "lashed out at Tehran"), or whose
# request or invitation something is done "at" ("arrived at Honiara's request"): the state, no place
CENSURED_AT = re.compile(r"\b(?:out|swipes?|jabs?|digs?)\s+at\s+$", re.I)
ASKED_AT = re.compile(r"['’]s\s+(?:request|invitation|behest|initiative|urging|suggestion|insistence)\b", re.I)


GENERIC_HEADS = frozenset({"states", "countries", "nations", "republics", "members", "peoples", "people", "world",
                           "forces", "troops", "sides", "partners", "allies", "governments", "leaders"})


AGREEMENT_WORDS = ("Declaration", "Treaty", "Agreement", "Charter", "Accord", "Accords", "Pact", "Convention",
                   "Protocol", "Memorandum", "Plan", "Deal")


NER_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "LAW": "agreement",
             "EVENT": "org"}


_CONNECTORS = frozenset({"of", "to", "the", "for", "on", "and", "in", "at", "'s", "’s"})
# lower-case words that end a title phrase walking back from a name (not "economic", "development")


_NOT_MODIFIERS = frozenset({"and", "or", "but", "with", "by", "said", "says", "told", "met", "while", "when", "where",
                            "who", "which", "that", "as", "after", "before", "also", "then", "his", "her", "their",
                            "its", "our", "a", "an", "is", "was", "were", "are", "has", "had", "have", "be"})


CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"})


NER_STOP = frozenset({"east", "west", "north", "south", "region", "capital", "city", "republic", "state"})


@functools.lru_cache(maxsize=1)
def name_rules() -> dict:
    return json.loads(resources.files("pactwatch.data").joinpath("names.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _body_patterns() -> tuple[tuple[re.Pattern, re.Pattern, re.Pattern, str, str], ...]:
    """(after a state, before "of <state>", after "<state>'s") patterns of each institution, its short name,
    its kind (an organisation, or a place: "the American Embassy")."""
    out = []
    for rx, short, cased, *kind in name_rules()["bodies"]:
        flags = 0 if cased else re.I
        if cased:  # forces and chambers only as names: "the Iraqi Army", not "Turkish army deployments"
            rx = re.sub(r"\b([a-z])", lambda m: m.group(1).upper(), rx)
        out.append((re.compile(rf"\s+(?P<body>{rx})(?![\w-])", flags),
                    re.compile(rf"(?<![\w-])(?P<body>{rx})\s+of\s+(?:the\s+)?$", flags),
                    re.compile(rf"['’]s\s+(?P<body>{rx})(?![\w-])", flags), short, kind[0] if kind else "org"))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    rules = name_rules()
    return frozenset(rules["org_heads"]), frozenset(rules["place_heads"])


@functools.lru_cache(maxsize=1)
def role_words() -> dict[str, tuple[str, ...]]:
    data = json.loads(resources.files("pactwatch.data").joinpath("roles.json").read_text(encoding="utf-8"))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in data.items() if not k.startswith("_")}


@functools.lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(name_rules()["not_names"])


@functools.lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The last word of every leader's or official's title ("minister", "spokesperson", "president")."""
    words = role_words()
    return frozenset(t.split()[-1] for k in ("leader", "official") for t in words[k])


@functools.lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(name_rules()["honorifics"])


_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "O’", "Al", "El", "Ben", "Abu", "Bin")


def _camel(word: str) -> bool:
    """A word with a capital inside ("SpaceX", "YouTube"), unlike a name ("McDonald", "DeSantis", "al-Assad")."""
    core = word.strip(".,;:'’")
    if not re.search(r"[a-z][A-Z]", core):
        return False
    return not any(core.startswith(p) and core[len(p):][:1].isupper() for p in _NAME_PREFIXES)


def _one_edit(a: str, b: str) -> bool:
    """Two spellings of one transliterated surname ("Sarea" / "Saree", "Soleimani" / "Soleymani")."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5 or a[:3] != b[:3]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _initials(name: str) -> str:
    """"Recording Industry Association of America" → "RIAA"; "" for a one-word name."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("of", "the", "and", "for", "on", "&")]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 and all(w[:1].isupper() for w in words) else ""


@functools.lru_cache(maxsize=1)
def _title_vocab() -> frozenset[str]:
    words = role_words()
    return frozenset(w for k in ("leader", "official", "other") for t in words[k] for w in t.split())


_MEDIA_NOUNS = re.compile(r"\b(?:newspaper|daily|weekly|tabloid|broadcaster|outlet|magazine|channel|agency|website|"
                          r"network|radio|television|paper)\s*$", re.I)
