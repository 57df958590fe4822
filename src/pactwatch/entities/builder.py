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
        return not any(a < e and s < b for a, b in self.taken)

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
