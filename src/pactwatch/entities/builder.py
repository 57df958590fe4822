"""The entities and mentions of one document as the stages of :func:`analyse_entities` find them."""
from __future__ import annotations

import re

from ..gazetteer import Gazetteer, fold
from ..model import Entity, Evidence, Mention
from ..nlp import sentence_at


def _sentence_bounds(sdoc, char: int) -> tuple[int, int]:

    return sentence_at(sdoc, char)


def _evidence(sdoc, start: int) -> Evidence:
    s, e = _sentence_bounds(sdoc, start)
    return Evidence(sdoc.text[s:e], s, e)


class _Builder:
    def __init__(self, text: str, gaz: Gazetteer):
        self.text = text
        self.gaz = gaz
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.taken: list[tuple[int, int]] = []

    def free(self, s: int, e: int) -> bool:
        for a, b in self.taken:  # a plain loop: twice as fast as any() over a generator
            if a < e and s < b:
                return False
        return True

    def add(self, eid: str, kind: str, name: str, s: int, e: int, how: str, alias: str | None = None) -> None:
        if eid not in self.entities:
            known = self.gaz.entities.get(eid)
            self.entities[eid] = known or Entity(eid, kind, name, ())
        if alias and fold(alias) != fold(self.entities[eid].name) and alias not in self.entities[eid].aliases:
            ent = self.entities[eid]
            self.entities[eid] = Entity(ent.id, ent.kind, ent.name, (*ent.aliases, alias))
        if e > s:
            self.mentions.append(Mention(eid, s, e, self.text[s:e], how))
            self.taken.append((s, e))


def _strip_the(text: str, s: int, e: int) -> tuple[int, int]:
    """A name's span without "the", a possessive "'s", and what spaCy took past its end: a comma, a
    sentence's full stop ("Bentiu."; not an abbreviation's, "Ala."), a function word ("Thompson in")."""
    m = re.match(r"(?i)the\s+", text[s:e])
    if m:
        s += m.end()
    m = re.search(r"['’]s$", text[s:e])
    if m:
        e -= 2
    m = re.search(r"(?:\s+(?:in|on|at|of|and|to|for|the|a|an|with|from|by|as|or)|[,;:]|(?<=[a-z]{4})\.)$", text[s:e])
    if m and m.start() > 0:
        e = s + m.start()
    return s, e


def _wordish(c: str) -> bool:
    return c.isalnum() or c in "_-"  # a regular expression's \w (isalnum() or "_"), or a hyphen


def whole_occurrences(text: str, form: str):
    r"""Where ``form`` stands in ``text`` with no word character nor hyphen right before or after it, left to
    right, not overlapping: the spans of ``re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text)``,
    without compiling a pattern per name."""
    n, size = len(form), len(text)
    i = text.find(form) if form else -1
    while i >= 0:
        if not (i and _wordish(text[i - 1])) and not (i + n < size and _wordish(text[i + n])):
            yield i, i + n
            i = text.find(form, i + n)
        else:
            i = text.find(form, i + 1)


def surname_occurrences(text: str, surname: str):
    r"""Where ``surname`` stands alone or after an initial ("A. Verdiyev", "A.Verdiyev"), left to right, not
    overlapping: the spans of ``re.finditer(r"(?<![\w-])(?:[A-Z]\.\s?)?" + re.escape(surname) + r"(?![\w-])", text)``
    (at each place the initial first, as the pattern tries it), without compiling a pattern per name."""
    if not surname:
        return
    n, size = len(surname), len(text)
    places = []
    i = text.find(surname)
    while i >= 0:
        places.append(i)
        i = text.find(surname, i + 1)
    starts = sorted({p for i in places for p in (i - 3, i - 2, i) if p >= 0})
    done = 0  # where the last match ended: the next starts there or later

    def ends_at(k: int) -> int | None:  # the surname at k with no word going on after it: where it ends
        return k + n if text.startswith(surname, k) and not (k + n < size and _wordish(text[k + n])) else None

    for p in starts:
        if p < done or (p and _wordish(text[p - 1])):
            continue
        end = None
        if "A" <= text[p] <= "Z" and p + 1 < size and text[p + 1] == ".":
            if p + 2 < size and text[p + 2].isspace():
                end = ends_at(p + 3)
            if end is None:
                end = ends_at(p + 2)
        if end is None:
            end = ends_at(p)
        if end is not None:
            yield p, end
            done = end
