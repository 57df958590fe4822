"""Entities stage: who and what a document names, linked to canonical ids.

1. Gazetteer names (states, demonyms, capitals, organisations, places, agreements).
   A capital names its government ("Baku has received requests") unless it is
   used as a location ("at the White House in Washington"), then it is a place.
2. spaCy's named entities the gazetteer does not know: people, organisations,
   places, laws and treaties, with ids made from their names.
3. Named agreements by pattern ("the X Declaration", "a 20-point ceasefire plan",
   "the peace agreement between A and B").
4. Within-document coreference of people: "Aliyev", "A. Verdiyev" and "Ilham
   Aliyev's" are the full name seen elsewhere in the text; so are "Kim" of "Kim Jong Un"
   and "Sheikh Tamim" of "Tamim bin Hamad Al Thani" (a given name first), and a
   well-known leader's surname alone is that leader ("Putin said": ``data/names.json``
   ``known_people``).
5. People's roles from titles before a name ("US President Donald Trump") and
   appositions after it ("Rizvan Nabiyev, a member of the Milli Majlis ..."),
   which give ``leader_of`` / ``official_of`` relations.
6. A state's institutions ("Turkish Foreign Ministry", "Parliament of Iraq") and names
   that hold a state's name ("Australian Retailers Association", "Baghdad International
   Airport") are one organisation or place, not the state (``data/names.json``).

Bylines, datelines and the outlet's own name are publisher metadata (:mod:`pactwatch.metadata`),
never entities.
"""
from __future__ import annotations

import re

from ..gazetteer import Gazetteer, fold
from ..model import CleanDocument, EntityAnalysis
from .builder import _Builder
from .lexicon import ASKED_AT, CENSURED_AT, ENVOY_FROM, LOCATIVE, role_words
from .lexicon import _title_heads as title_heads
from .names import (
    _acronyms,
    _bodies,
    _compound_names,
    _drop_dateline_agencies,
    _infrastructure,
    _installation_short_forms,
    _named_agreements,
    _ner,
    _repeat_names,
)
from .people import _corefer_people, _drop_unlikely_people, _known_surnames, _titled_names
from .roles import _roles


def _read_as_place(sdoc, text: str, hit) -> bool:
    """Whether spaCy's NER reads the span of ``hit`` as a place, or a locative word comes right before it."""
    if LOCATIVE.search(text[max(0, hit.start - 30):hit.start]):
        return True
    return any(e.label_ in ("GPE", "LOC") and e.start_char <= hit.start and hit.end <= e.end_char for e in sdoc.ents)


_PEOPLE = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+?)s\b")


def _peoples(text: str, b: _Builder) -> None:
    """"We warn the Saudis", "the Americans have offered talks", "the Iranians rejected it": a state's people with
    "the" is that state as one side (a plural demonym without it, "two Iranians were hurt", is people)."""
    for m in _PEOPLE.finditer(text):
        known = b.gaz.lookup(m.group(1))
        s, e = m.start(1), m.end()
        if known and known[1] == "demonym" and known[0].startswith("country:") and b.free(s, e):
            b.add(known[0], "country", text[s:e], s, e, "demonym", alias=text[s:e])


def analyse_entities(sdoc, cleaned: CleanDocument, gaz: Gazetteer) -> EntityAnalysis:
    """Entities, mentions, roles and role relations of one document (``sdoc`` is spaCy's Doc of the clean text)."""
    text = cleaned.text
    b = _Builder(text, gaz)

    hits = list(gaz.find(text))
    _bodies(text, hits, b)
    _compound_names(sdoc, hits, b)
    for hit in hits:
        eid = hit.entity_id
        if not b.free(hit.start, hit.end):
            continue  # inside a body's or an organisation's name ("Iraqi Parliament", "Greek Energy Forum")
        if eid in gaz.word_names and hit.text != gaz.entities[eid].name and not _read_as_place(sdoc, text, hit):
            continue  # "a Reunion tour", "Family Reunion": the word, not Réunion (spelt so, it is the island)
        if hit.how in ("capital", "city") and LOCATIVE.search(before := text[max(0, hit.start - 30):hit.start]) and not (
                ENVOY_FROM.search(before) or CENSURED_AT.search(before) or ASKED_AT.match(text, hit.end)):
            # ("recalled its ambassador from Paris", "hit out at Helsinki", "at Honiara's request": the government)
            place = gaz.capital_place.get(fold(hit.text))
            if place:
                known = gaz.entities.get(place)
                b.add(place, "place", known.name if known else hit.text, hit.start, hit.end, "capital-place")
                continue
        kind = eid.split(":", 1)[0]
        b.add(eid, kind, hit.text, hit.start, hit.end, hit.how, alias=None if hit.how == "city" else hit.text)

    _peoples(text, b)
    _named_agreements(text, b)
    _infrastructure(text, b)
    _known_surnames(sdoc, b)
    _ner(sdoc, b)
    _titled_names(b)
    _repeat_names(text, b)
    _installation_short_forms(b)
    _acronyms(b)
    _drop_dateline_agencies(text, b)
    persons = _corefer_people(text, b)
    _drop_unlikely_people(text, b)
    roles, relations = _roles(sdoc, b, persons)
    mentions = tuple(sorted(b.mentions, key=lambda m: (m.start, m.end)))
    used = {m.entity_id for m in mentions}
    ents = tuple(e for e in b.entities.values() if e.id in used)
    return EntityAnalysis(entities=ents, mentions=mentions, roles=tuple(roles), relations=tuple(relations))


__all__ = ["analyse_entities", "role_words", "title_heads"]
