"""People: short forms of a name are the full name met elsewhere; a well-known leader's surname alone
names that leader; one-word "people" that are never titled and never speak are dropped."""
from __future__ import annotations

import functools
import re

from ..gazetteer import fold, slug
from ..model import Mention
from .builder import _Builder, surname_occurrences, whole_occurrences
from .forms import _title_case_line
from .lexicon import CALENDAR, _heads, _honorifics, _one_edit, _title_heads, _title_vocab, name_rules
from .spans import _portfolio


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


@functools.lru_cache(maxsize=1)
def _known_people() -> tuple[re.Pattern, dict[str, str]]:
    """``known_people`` of ``data/names.json`` (a surname → the full name) and one pattern for them all."""
    people = name_rules()["known_people"]
    keys = sorted(people, key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])"), people


def _known_surnames(sdoc, b: _Builder) -> None:
    """"Putin said", "Modi met Albanese": a surname alone that ``known_people`` gives one well-known person
    is that person (``person:vladimir-putin``), though the text never names them in full and spaCy tags the
    word as a place or a body, or not at all. Not when the text names another person with that name
    ("Hunter Biden") or the word is part of a longer name ("Trump Tower", "Melania Trump")."""
    rx, people = _known_people()
    text = b.text
    named = [e.text.split() for e in sdoc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1]
    others = [ws for ws in named if ws[-1] not in ("Jr.", "Jr", "Sr.", "II")] + [ws[:-1] for ws in named if len(ws) > 2]
    vocab = _title_vocab() | _honorifics()
    heads = _heads()[0] | _heads()[1] | {"administration"}
    for m in rx.finditer(text):
        key, (s, e) = m.group(), m.span()
        full = people[key]
        if not b.free(s, e) or any(
                fold(ws[-1]) == fold(key.split()[-1]) or _one_edit(fold(ws[-1]), fold(key))
                for ws in others if fold(" ".join(ws)) not in (fold(full), fold(full.removesuffix(" Jr.")))):
            continue  # "Hunter Biden" elsewhere in the text: "Biden" may be him
        span = sdoc.char_span(s, e, alignment_mode="expand")
        prev = sdoc[span.start - 1] if span is not None and span.start > 0 else None
        if (prev is not None and prev.is_title and not prev.is_sent_start and fold(prev.text) not in vocab
                and not b.gaz.lookup(prev.text)):
            continue  # "Melania Trump": another person's name
        nxt = re.match(r"[ \t]+([A-Z][a-z]+|[Aa]dministration\b)", text[e:e + 30])
        titled = prev is not None and fold(prev.text) in vocab
        if nxt and (not (titled or _title_case_line(text, s)) or fold(nxt.group(1)) in heads):
            continue  # "Trump Tower", "the Biden Administration"; not "President Biden Announces New Aid"
        b.add(f"person:{slug(full)}", "person", full, s, e, "ner-known", alias=key)


@functools.lru_cache(maxsize=1)
def _titled_rx() -> re.Pattern:
    # a person's title, not a portfolio ("Defense Policy Coordination Talks") nor a body's word
    nouns = _title_heads() - _portfolio() - {"parliament", "presidium", "staff", "executive", "member"}
    heads = sorted({t.capitalize() for t in nouns if t.isalpha()}, key=len, reverse=True)
    cap = r"[A-Z][\w'’-]*"
    return re.compile(r"\b(?:" + "|".join(heads) + rf")(?:\s+(?:of|for)\s+(?:the\s+)?{cap}(?:\s+(?:and\s+)?{cap}){{0,4}}){{0,2}}"
                      r"[ \t]+(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){1,2})(?![\w'’-]|[ \t]+[A-Z])")


def _titled_names(b: _Builder) -> None:
    """A person's name right after a title of office that spaCy did not tag: "Minister of Foreign Affairs
    of Uzbekistan Bakhtiyor Saidov", "Defence Minister Ruslan Mukambetov" (two or three capitalised
    words, none a title's, a body's or a place's word, nor a name the gazetteer knows)."""
    text = b.text
    stop = _title_vocab() | _honorifics() | _heads()[0] | _heads()[1] | _portfolio() | CALENDAR
    for m in _titled_rx().finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        if not b.free(s, e) or any(fold(w) in stop or b.gaz.lookup(w) for w in words) or b.gaz.lookup(m.group("name")):
            continue
        name = m.group("name")
        b.add(f"person:{slug(name)}", "person", name, s, e, "title-name")


_CUE = re.compile(r"\s*(?:,\s*)?(?:said|says|told|tells|added|adds|stated|noted|wrote|argued|warned|insisted)\b")


def _given_names(b: _Builder, full: dict[str, str]) -> dict[str, str]:
    """The first word of each full name that names one person of the text and nobody's surname: "Kim" of
    "Kim Jong Un", "Tamim" of "Tamim bin Hamad Al Thani" (names that put the family name first, or a
    ruler called by his given name)."""
    given: dict[str, str | None] = {}
    for eid, ent in b.entities.items():
        parts = ent.name.split()
        if ent.kind == "person" and len(parts) >= 2 and not re.match(r"^[A-Z]\.", ent.name) \
                and not _titled_surname(ent.name) and len(parts[0]) > 1:
            key = fold(parts[0])
            given[key] = eid if given.get(key, eid) == eid else None
    return {k: v for k, v in given.items() if v and k not in full and k not in _honorifics()}


def _known_forms(b: _Builder) -> None:
    """A well-known person's surname that spaCy found alone is the ``known_people`` id ("Biden" is
    "person:joe-biden") when no full name in the text has that surname (then it is that one's)."""
    people = _known_people()[1]
    surnames = {fold(_surname(e.name)) for e in b.entities.values() if e.kind == "person" and len(e.name.split()) > 1}
    remap: dict[str, str] = {}
    for eid, ent in b.entities.items():
        parts = ent.name.split()
        known = people.get(_surname(ent.name)) if ent.kind == "person" else None
        if not known or slug(known) == eid.split(":", 1)[1] or fold(_surname(known)) != fold(_surname(ent.name)):
            continue
        if len(parts) == 1 and fold(parts[0]) not in surnames:
            remap[eid] = f"person:{slug(known)}"  # "Biden" alone where NER found it: "Joe Biden" unless "Hunter Biden"
    for old, new in remap.items():
        gone = b.entities.pop(old)
        b.add(new, "person", people[_surname(gone.name)], 0, 0, "known", alias=gone.name)
    if remap:
        b.mentions = [Mention(remap.get(m.entity_id, m.entity_id), m.start, m.end, m.text, m.how) for m in b.mentions]


def _corefer_people(text: str, b: _Builder) -> dict[str, str]:
    """Link short forms of people's names to their full names; returns surname → person id."""
    _known_forms(b)
    full: dict[str, str] = {}
    for eid, ent in list(b.entities.items()):
        if ent.kind == "person" and len(ent.name.split()) >= 2 and not re.match(r"^[A-Z]\.", ent.name) \
                and not _titled_surname(ent.name):
            full.setdefault(fold(_surname(ent.name)), eid)
    given = _given_names(b, full)
    remap: dict[str, str] = {}
    for eid, ent in list(b.entities.items()):
        if ent.kind != "person":
            continue
        parts = ent.name.split()
        last = fold(_surname(ent.name))
        target = full.get(last)
        if target is None and len(parts) == 1:
            target = next((t for k, t in full.items() if _one_edit(k, last)), None) or given.get(last)
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
        for start, end in surname_occurrences(text, surname):
            if b.free(start, end):
                b.mentions.append(Mention(eid, start, end, text[start:end], "coref"))
                b.taken.append((start, end))
    # the given name alone after a title or before a verb of saying ("Sheikh Tamim", "Kim said")
    vocab = _title_vocab() | _honorifics()
    for eid in given.values():
        first = b.entities[eid].name.split()[0]
        for start, end in whole_occurrences(text, first):
            before = text[max(0, start - 30):start].split()
            if b.free(start, end) and (before and fold(before[-1]) in vocab or _CUE.match(text, end)):
                b.mentions.append(Mention(eid, start, end, first, "coref"))
                b.taken.append((start, end))
    return full


def _drop_unlikely_people(text: str, b: _Builder) -> None:
    """A one-word "person" that is never a full name, never titled ("President X", "Mr X") and never
    speaks ("X said") is a product, a brand or a species spaCy took for a name ("Firefox", "Caudipteryx")."""
    cue = _CUE
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
