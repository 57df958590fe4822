"""The gazetteer: names of states, organisations, places and agreements, linked to ids.

Built from data shipped with the package, never downloaded:

* every ISO 3166 country from pycountry (``country:`` + alpha-3), with the names a
  newsroom uses, demonyms, capitals and major cities from ``data/countries.json``;
* organisations, places and named agreements with acronyms and former names from
  ``data/gazetteer.json``.

Lookup is by token n-grams (longest first), so "Turkish Republic of Northern Cyprus"
wins over "Turkish", and "Azerbaijani" never matches inside a word. Acronyms and
dotted forms ("US", "U.S.", "UN") match only in their own case, so the pronoun "us"
is never the United States; other names match regardless of case and accents but
must start with a capital letter in the text.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from .model import Entity, fold

MAX_NGRAM = 9
_TOKEN = re.compile(r"\w+|[^\w\s]")



def slug(s: str) -> str:
    """An id slug: ASCII, lower case, hyphens ("Recep Tayyip Erdoğan" → "recep-tayyip-erdogan")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


@functools.lru_cache(maxsize=1 << 16)
def _fold_token(token: str) -> str:
    """:func:`fold` of one token, remembered: an article's words repeat, and so do the articles'."""
    return fold(token)


def _key(tokens: list[str]) -> str:
    return " ".join(tokens)


def _is_case_sensitive(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) and len(letters) <= 6 or "." in name)


@dataclass(frozen=True, slots=True)
class Hit:
    """A gazetteer name found in a text."""

    start: int
    end: int
    entity_id: str
    how: str  # name, alias, demonym, capital, city
    text: str


class Gazetteer:
    """Names → canonical entities. Use :func:`load_gazetteer` (cached) to get one."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self._exact: dict[str, tuple[str, str]] = {}
        self._folded: dict[str, tuple[str, str]] = {}
        self.capital_place: dict[str, str] = {}  # capital name (folded) -> place id
        self.demonym: dict[str, str] = {}  # country id -> its first demonym ("country:IRQ" -> "Iraqi")
        # states whose name is also an ordinary word ("Reunion"): the entities stage takes them only as places
        self.word_names: set[str] = set()
        # folded first token of every name -> the lengths (in tokens) of the names it starts, longest
        # first: most tokens start none, the others only a few lengths
        self._lengths: dict[str, tuple[int, ...]] = {}
        # lowercase particles some names are written with ("al-Qaeda", "al Shabaab"): such a name matches in lower
        # case too, when a capitalised word of it follows ("fighters of al-Shabaab", not "al" alone)
        self._lower_particles: set[str] = set()

    def add(self, entity_id: str, kind: str, name: str, aliases=(), how: str = "alias") -> None:
        old = self.entities.get(entity_id)
        # a major city is matched (its state where it is struck or left) but is no name of the state: it is
        # indexed, never listed among the entity's aliases
        shown = () if how == "city" else aliases
        all_aliases = tuple(dict.fromkeys((*(old.aliases if old else ()), *shown)))
        self.entities[entity_id] = Entity(entity_id, kind, old.name if old else name,
                                          tuple(a for a in all_aliases if a != (old.name if old else name)))
        self._index(name, entity_id, "name" if not old else how)
        for a in aliases:
            self._index(a, entity_id, how)

    def _index(self, surface: str, entity_id: str, how: str) -> None:
        toks = _TOKEN.findall(surface)
        if not toks or len(toks) > MAX_NGRAM:
            return
        first = fold(toks[0])
        if toks[0].isalpha() and toks[0].islower() and toks[0] != "the" and len(toks) > 1:
            self._lower_particles.add(toks[0])
        self._lengths[first] = tuple(sorted({*self._lengths.get(first, ()), len(toks)}, reverse=True))
        if _is_case_sensitive(surface):
            self._exact.setdefault(_key(toks), (entity_id, how))
        else:
            self._folded.setdefault(_key([fold(t) for t in toks]), (entity_id, how))

    def lookup(self, name: str) -> tuple[str, str] | None:
        """(entity id, how) for a whole name, or None. Accepts "the ..." and "...'s"."""
        name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)
        name = re.sub(r"['’]s$", "", name)
        toks = _TOKEN.findall(name)
        if not toks:
            return None
        return self._exact.get(_key(toks)) or self._folded.get(_key([fold(t) for t in toks]))

    def find(self, text: str) -> Iterator[Hit]:
        """Every gazetteer name in ``text``, longest match first, left to right, no overlaps."""
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        folded = [_fold_token(t) for _, _, t in toks]
        i, n = 0, len(toks)
        while i < n:
            hit = None
            lengths = self._lengths.get(folded[i])
            if lengths:
                for length in lengths:
                    if length > n - i:
                        continue
                    j = i + length
                    # an n-gram never spans a line break
                    if length > 1 and "\n" in text[toks[i][0]:toks[j - 1][1]]:
                        continue
                    exact = self._exact.get(_key([t for _, _, t in toks[i:j]]))
                    if exact:
                        hit = (j, exact)
                        break
                    if toks[i][2][0].isupper() or toks[i][2][0].isdigit() or (
                            toks[i][2] in self._lower_particles and self._capital_follows(toks, i + 1, j)):
                        f = self._folded.get(_key(folded[i:j]))
                        if f:
                            hit = (j, f)
                            break
            if hit:
                j, (eid, how) = hit
                s, e = toks[i][0], toks[j - 1][1]
                yield Hit(s, e, eid, how, text[s:e])
                i = j
            else:
                i += 1


    @staticmethod
    def _capital_follows(toks, i: int, j: int) -> bool:
        """Whether the first word among ``toks[i:j]`` is capitalised ("al-Qaeda", not "al-qaeda" nor "al -")."""
        word = next((t for _s, _e, t in toks[i:j] if t[0].isalnum()), "")
        return word[:1].isupper()


def _read(name: str) -> dict:
    return json.loads(resources.files("pactwatch.data").joinpath(name).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer built from pycountry and the package's data files (once per process)."""
    import pycountry

    gaz = Gazetteer()
    extra = {k: v for k, v in _read("countries.json").items() if not k.startswith("_")}
    for c in pycountry.countries:
        info = extra.get(c.alpha_3, {})
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        known: list[str] = [n for n in names if n and "," not in n]
        canonical = info.get("name") or (known[0] if known else c.name)
        gaz.add(f"country:{c.alpha_3}", "country", canonical, [*known, *info.get("aliases", [])])
    for key, info in extra.items():
        eid = f"country:{key}"
        if key.islower() or eid not in gaz.entities:
            gaz.add(eid, "country", info.get("name", key), info.get("aliases", []))
        if info.get("word_name"):
            gaz.word_names.add(eid)
        for d in info.get("demonyms", []):
            gaz.add(eid, "country", info.get("name", key), [d], how="demonym")
            gaz.demonym.setdefault(eid, d)
        for cap in info.get("capitals", []):
            gaz.add(eid, "country", info.get("name", key), [cap], how="capital")
            gaz.capital_place[fold(cap)] = f"place:{slug(cap)}"
        for city in info.get("cities", []):  # a major city: its state where it is struck or left, a place where in
            gaz.add(eid, "country", info.get("name", key), [city], how="city")
            gaz.capital_place[fold(city)] = f"place:{slug(city)}"
    data = _read("gazetteer.json")
    for kind in ("org", "place", "agreement"):
        for eid, info in data.get(kind, {}).items():
            gaz.add(eid, kind, info["name"], info.get("aliases", []))
    return gaz
