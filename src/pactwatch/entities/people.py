"""People: short forms of a name are the full name met elsewhere; one-word "people" that are never
titled and never speak are dropped."""
from __future__ import annotations

import re

from ..gazetteer import fold
from ..model import Mention
from .builder import _Builder
from .lexicon import _honorifics, _one_edit, _title_heads


def _titled_surname(name: str) -> bool:
    """"Gen Bajwa", "Mr. Trump": a rank or honorific and a surname, no given name."""
    parts = name.split()
    return len(parts) >= 2 and all(fold(w) in _honorifics() for w in parts[:-1])


SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _surname(name: str) -> str:
    """The last name, before a generational suffix ("Joseph R. Biden Jr." -> "Biden")."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower() in SUFFIXES:
        parts.pop()
    return parts[-1]


def _corefer_people(text: str, b: _Builder) -> dict[str, str]:
    """Link short forms of people's names to their full names; returns surname → person id."""
    full: dict[str, str] = {}
    for eid, ent in list(b.entities.items()):
        if ent.kind == "person" and len(ent.name.split()) >= 2 and not re.match(r"^[A-Z]\.", ent.name) \
                and not _titled_surname(ent.name):
            full.setdefault(fold(_surname(ent.name)), eid)
    remap: dict[str, str] = {}
    for eid, ent in list(b.entities.items()):
        if ent.kind != "person":
            continue
        parts = ent.name.split()
        last = fold(_surname(ent.name))
        target = full.get(last)
        if target is None and len(parts) == 1:
            target = next((t for k, t in full.items() if _one_edit(k, last)), None)
        if target and target != eid:
            initial = re.match(r"^([A-Z])\.", ent.name)
            tname = b.entities[target].name
            if len(parts) == 1 or (initial and tname.startswith(initial.group(1))) or _titled_surname(ent.name):
                remap[eid] = target
    for old, new in remap.items():
        b.add(new, "person", b.entities[new].name, 0, 0, "coref", alias=b.entities[old].name)
        del b.entities[old]
    b.mentions = [Mention(remap.get(m.entity_id, m.entity_id), m.start, m.end, m.text,
                          "coref" if m.entity_id in remap else m.how) for m in b.mentions]
    # occurrences NER missed: the surname (or "A. Surname") alone, anywhere in the text
    for eid in full.values():
        surname = _surname(b.entities[eid].name)
        for m in re.finditer(r"(?<![\w-])(?:[A-Z]\.\s?)?" + re.escape(surname) + r"(?![\w-])", text):
            if b.free(m.start(), m.end()):
                b.mentions.append(Mention(eid, m.start(), m.end(), m.group(), "coref"))
                b.taken.append(m.span())
    return full


def _drop_unlikely_people(text: str, b: _Builder) -> None:
    """A one-word "person" that is never a full name, never titled ("President X", "Mr X") and never
    speaks ("X said") is a product, a brand or a species spaCy took for a name ("Firefox", "Caudipteryx")."""
    cue = re.compile(r"\s*(?:,\s*)?(?:said|says|told|tells|added|adds|stated|noted|wrote|argued|warned|insisted)\b")
    keep_words = _honorifics() | _title_heads()
    by_entity: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_entity.setdefault(m.entity_id, []).append(m)
    for eid, ent in list(b.entities.items()):
        if ent.kind == "person" and fold(ent.name).rstrip(".") in {fold(h).rstrip(".") for h in _honorifics()}:
            del b.entities[eid]  # "Brig" of "Brig. Gen. Pat Ryder": a rank, not a person
            b.mentions = [m for m in b.mentions if m.entity_id != eid]
            b.taken = [(m.start, m.end) for m in b.mentions]
            continue
        if ent.kind != "person" or len(ent.name.split()) > 1:
            continue
        ms = by_entity.get(eid, [])
        if any(len(m.text.split()) > 1 for m in ms):
            continue
        titled = False
        for m in ms:
            before = text[max(0, m.start - 30):m.start].split()
            if (before and fold(before[-1]) in keep_words) or cue.match(text, m.end):
                titled = True
                break
        if not titled:
            del b.entities[eid]
            b.mentions = [m for m in b.mentions if m.entity_id != eid]
            b.taken = [(m.start, m.end) for m in b.mentions]
