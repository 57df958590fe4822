"""Entities stage: who and what a document names, linked to canonical ids.

1. Gazetteer names (states, demonyms, capitals, organisations, places, agreements).
   A capital names its government ("Baku has received requests") unless it is
   used as a location ("at the White House in Washington"), then it is a place.
2. spaCy's named entities the gazetteer does not know: people, organisations,
   places, laws and treaties, with ids made from their names.
3. Named agreements by pattern ("the X Declaration", "a 20-point ceasefire plan",
   "the peace agreement between A and B").
4. Within-document coreference of people: "Aliyev", "A. Verdiyev" and "Ilham
   Aliyev's" are the full name seen elsewhere in the text.
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

import functools
import json
import re
from importlib import resources

from .gazetteer import Gazetteer, fold, slug
from .model import CleanDocument, Entity, EntityAnalysis, Evidence, Mention, Relation, Role

LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|around|inside|from|across|through|toward|towards)\s+(?:the\s+)?"
                      r"(?:city\s+of\s+)?|\b(?:streets?|city|capital|outskirts|centre|center|suburbs?|heart|"
                      r"residents|people|mayor|airport|port|university)\s+of\s+|\b(?:capital|city|town),\s*)$", re.I)
GENERIC_HEADS = frozenset({"states", "countries", "nations", "republics", "members", "peoples", "people", "world",
                           "forces", "troops", "sides", "partners", "allies", "governments", "leaders"})
AGREEMENT_WORDS = ("Declaration", "Treaty", "Agreement", "Charter", "Accord", "Accords", "Pact", "Convention",
                   "Protocol", "Memorandum", "Plan", "Deal")
_NAMED_AGREEMENT = re.compile(
    r"\b(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+){1,5}(?:" + "|".join(AGREEMENT_WORDS) + r")\b(?!\s+[A-Z])"
    r"(?:\s+on\s+(?:[A-Z][\w-]*\s*){1,4})?)")
_POINT_PLAN = re.compile(r"\b\d+-point\s+(?:[a-z]+\s+){0,3}(?:plan|proposal|roadmap|road map|agreement|deal)\b", re.I)
_BETWEEN = re.compile(
    r"\b((?:(?:maritime|naval|bilateral|trilateral|comprehensive)\s+)?(?:peace|defen[cs]e|security|military|border|normali[sz]ation|ceasefire|cooperation|strategic partnership)\s+"
    r"(?:agreement|treaty|accord|deal|pact|memorandum))\s+between\s+(?:the\s+)?(\w[\w\s]{1,30}?)\s+and\s+(?:the\s+)?(\w[\w]{1,30})")
NER_KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "LAW": "agreement",
             "EVENT": "org"}
_CONNECTORS = frozenset({"of", "to", "the", "for", "on", "and", "in", "at", "'s", "’s"})
# lower-case words that end a title phrase walking back from a name (not "economic", "development")
_NOT_MODIFIERS = frozenset({"and", "or", "but", "with", "by", "said", "says", "told", "met", "while", "when", "where",
                            "who", "which", "that", "as", "after", "before", "also", "then", "his", "her", "their",
                            "its", "our", "a", "an", "is", "was", "were", "are", "has", "had", "have", "be"})
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


def _sentence_bounds(sdoc, char: int) -> tuple[int, int]:
    from .nlp import sentence_at

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
    m = re.match(r"(?i)the\s+", text[s:e])
    if m:
        s += m.end()
    m = re.search(r"['’]s$", text[s:e])
    if m:
        e -= 2
    return s, e


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
        if hit.how == "capital" and LOCATIVE.search(text[max(0, hit.start - 30):hit.start]):
            place = gaz.capital_place.get(fold(hit.text))
            if place:
                known = gaz.entities.get(place)
                b.add(place, "place", known.name if known else hit.text, hit.start, hit.end, "capital-place")
                continue
        kind = eid.split(":", 1)[0]
        b.add(eid, kind, hit.text, hit.start, hit.end, hit.how, alias=hit.text)

    _named_agreements(text, b)
    _infrastructure(text, b)
    _ner(sdoc, b)
    _acronyms(b)
    persons = _corefer_people(text, b)
    _drop_unlikely_people(text, b)
    roles, relations = _roles(sdoc, b, persons)
    mentions = tuple(sorted(b.mentions, key=lambda m: (m.start, m.end)))
    used = {m.entity_id for m in mentions}
    ents = tuple(e for e in b.entities.values() if e.id in used)
    return EntityAnalysis(entities=ents, mentions=mentions, roles=tuple(roles), relations=tuple(relations))


def _bodies(text: str, hits, b: _Builder) -> None:
    """A state's institution named with its demonym or name is one organisation:
    "the Turkish Foreign Ministry", "Ministry of Foreign Affairs of Iraq", "Iraq's parliament"
    → ``org:turkish-foreign-ministry``, ``org:iraqi-foreign-ministry``, ``org:iraqi-parliament``."""
    for hit in hits:
        if not hit.entity_id.startswith("country:") or hit.how == "capital":
            continue
        # a demonym or an abbreviation used as one ("U.S. Army", "UK Parliament") qualifies the body
        adjective = hit.how == "demonym" or (len(hit.text) <= 5 and hit.text.replace(".", "").isupper())
        for after, before, possessive, short, kind in _body_patterns():
            span = None
            follows = after.match(text, hit.end) if adjective or not after.flags & re.I else None  # "United States Army"
            m = follows or (None if adjective else possessive.match(text, hit.end))
            if m:
                # "Kazakhstan's foreign ministry": the state keeps its own mention, the ministry is its possession
                span = (hit.start if follows else m.start("body"), m.end())
            else:
                m = before.search(text, max(0, hit.start - 60), hit.start)
                if m:
                    span = (m.start(), hit.end)
            if span is None or not b.free(*span):
                continue
            # one id whatever the state's form ("U.S. Embassy", "United States Embassy"): its demonym's
            demonym = b.gaz.demonym.get(hit.entity_id) or b.gaz.entities[hit.entity_id].name
            # an abbreviation without its dots ("US Embassy" for "U.S. Embassy")
            name = f"{hit.text.replace('.', '') if hit.how != 'demonym' else hit.text} {short}" if adjective else text[span[0]:span[1]] if follows else f"{demonym} {short}"
            known = b.gaz.lookup(name)
            eid = known[0] if known and known[0].startswith(f"{kind}:") else f"{kind}:{slug(f'{demonym} {short}')}"
            b.add(eid, kind, name, *span, "body", alias=name)
            if len(name) < len(b.entities[eid].name) and eid not in b.gaz.entities:
                old = b.entities[eid]  # the shortest form the article uses names it ("U.S. Embassy")
                b.entities[eid] = Entity(eid, kind, name, tuple(a for a in (*old.aliases, old.name) if a != name))
            break


def _compound_names(sdoc, hits, b: _Builder) -> None:
    """An organisation or facility name spaCy found that holds a state's or capital's name
    ("Australian Retailers Association", "Royal Saudi Air Force", "Baghdad International Airport")
    is one entity: the state inside it is no mention of the state."""
    org_heads, place_heads = _heads()
    for ent in sdoc.ents:
        if ent.label_ not in ("ORG", "FAC", "GPE", "LOC") or len(ent) < 2:
            continue
        s, e = _strip_the(b.text, ent.start_char, ent.end_char)
        name = b.text[s:e].strip()
        words = name.split()
        if len(words) < 2 or "\n" in name or not b.free(s, e):
            continue
        if not all(w[:1].isupper() or w in ("of", "for", "and", "on", "the", "de", "&") for w in words):
            continue
        inside = [h for h in hits if s <= h.start and h.end <= e]
        if not inside or any(h.start == s and h.end == e for h in inside):
            continue
        if not all(h.entity_id.startswith(("country:", "place:")) for h in inside):
            continue
        lowered = [fold(w.strip(",.")) for w in words]
        outside = [w for w in words if not any(h.start <= s + name.find(w) < h.end for h in inside)]
        if not any(w[:1].isupper() for w in outside):
            continue
        if any(w in place_heads for w in lowered):
            kind = "place"
        elif any(w in org_heads for w in lowered):
            kind = "org"
        else:
            continue
        known = b.gaz.lookup(name)
        eid = known[0] if known else f"{kind}:{slug(name)}"
        b.add(eid, eid.split(":")[0], name, s, e, "ner-compound", alias=name)


@functools.lru_cache(maxsize=1)
def _infrastructure_rx() -> re.Pattern:
    heads = sorted(name_rules()["infrastructure_heads"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?P<head>(?i:"
                      + "|".join(re.escape(h) for h in heads) + r"))(?![\w-])")


def _infrastructure(text: str, b: _Builder) -> None:
    """Named installations are places: "the EastMed pipeline", "the Khurais oil field", "EuroAsia Interconnector"."""
    stop = frozenset(name_rules()["not_infrastructure_names"])
    for m in _infrastructure_rx().finditer(text):
        words = m.group("name").split()
        while words and fold(words[0]) in stop:
            words = words[1:]
        if not words or not words[0][:1].isupper() or any(fold(w) in stop for w in words):
            continue
        s = m.start("name") + m.group("name").index(words[0])
        e = m.end()
        head = m.group("head")
        if head[:1].isupper() and len(words) == 1 and s == text.rfind("\n", 0, s) + 1:
            continue  # a heading in title case
        if not b.free(s, e) or b.gaz.lookup(" ".join(words)):
            continue  # "Russian gas pipeline": a state's pipeline, the state stays a state
        name = text[s:e]
        b.add(f"place:{slug(name)}", "place", name, s, e, "infrastructure")


def _named_agreements(text: str, b: _Builder) -> None:
    for m in _BETWEEN.finditer(text):
        a, c = b.gaz.lookup(m.group(2)), b.gaz.lookup(m.group(3))
        if not (a and c):
            continue
        na, nc = sorted((b.gaz.entities[a[0]].name, b.gaz.entities[c[0]].name), key=slug)
        eid = f"agreement:{slug(na)}-{slug(nc)}-{slug(m.group(1))}"  # parties sorted: one id whatever the order
        # named the way the news names it: the parties as written, in their order, then the kind of agreement
        name = f"{m.group(2).strip()}-{m.group(3).strip()} {m.group(1)}"
        b.entities.setdefault(eid, Entity(eid, "agreement", name, (m.group(0), f"{na}-{nc} {m.group(1)}")))
        b.mentions.append(Mention(eid, m.start(), m.end(), m.group(0), "pattern"))
    for m in _POINT_PLAN.finditer(text):
        s, e = m.span()
        if b.free(s, e):
            b.add(f"agreement:{slug(m.group(0))}", "agreement", m.group(0), s, e, "pattern")
    for m in _NAMED_AGREEMENT.finditer(text):
        s, e = m.span(1)
        name = m.group(1).strip()
        s, e = s, s + len(name)
        if name.split()[0] == "The" and len(name.split()) > 1 and s == m.start(1):
            s += 4
            name = name[4:]
        if not b.free(s, e):
            # a capital or state name opening the agreement's name ("Warsaw Pact") yields to it
            inside = [x for x in b.mentions if x.start < e and s < x.end]
            if not all(s <= x.start and x.end <= e and x.entity_id.split(":")[0] in ("country", "place")
                       for x in inside):
                continue
            b.mentions = [x for x in b.mentions if x not in inside]
            b.taken = [(a, z) for a, z in b.taken if not (a < e and s < z)]
        first = name.split()[0]
        if first in AGREEMENT_WORDS or first.lower() in ("a", "an", "this", "that", "new"):
            continue
        known = b.gaz.lookup(name)
        if known and known[0].startswith("agreement:"):
            b.add(known[0], "agreement", name, s, e, "gazetteer", alias=name)
        elif not known:
            b.add(f"agreement:{slug(name)}", "agreement", name, s, e, "pattern")


def _ner(sdoc, b: _Builder) -> None:
    person_words = {w for e in sdoc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1 for w in e.text.split()}
    first_names = {e.text.split()[0] for e in sdoc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
    for ent in sdoc.ents:
        kind = NER_KINDS.get(ent.label_)
        if kind is None:
            continue
        s, e = _strip_the(b.text, ent.start_char, ent.end_char)
        name = b.text[s:e].strip()
        if not name or not name[0].isupper() or not b.free(s, e):
            continue
        known = b.gaz.lookup(name)
        if known:
            b.add(known[0], known[0].split(":")[0], name, s, e, "ner+gazetteer", alias=name)
            continue
        words = name.split()
        if words[-1].lower() in GENERIC_HEADS or fold(name) in NER_STOP or re.search(r"\bPhotos?\b", name):
            continue
        if fold(name) in _not_names() or (kind in ("person", "place") and re.search(r"\d", name)):
            continue  # "UTC", "A.M.", "IE9": clock words and product codes are no names
        prev = sdoc[ent.start - 1] if ent.start > 0 else None
        if kind == "person" and (re.search(r"[\"“”()]", name) or any(_camel(w) for w in words)
                                 or (prev is not None and _camel(prev.text))):
            continue  # "SpaceX Crew Dragon", 'Twitter "Youtube-dl': a product, not a person
        if (kind == "org" and 2 <= len(words) <= 3 and words[0] in first_names and words[-1] not in first_names
                and not any(fold(w) in _heads()[0] for w in words)):
            kind = "person"  # "Nikos Christodoulides" tagged ORG where "Nikos Dendias" is a person
        if kind != "person" and len(words) == 1 and (
                name in person_words or any(_one_edit(fold(name), fold(w)) for w in person_words)):
            kind = "person"  # a surname NER took for an organisation ("Aliyev said ...")
        if kind in ("org", "place") and len(words) == 1 and fold(name) in _title_vocab():
            continue  # "Defence" in "Defence Secretary X"
        before = b.text[max(0, s - 40):s].split()
        if (kind in ("org", "place") and 2 <= len(words) <= 4 and before and fold(before[-1]) in _title_vocab()
                and before[-1][:1].isupper() and all(w[:1].isupper() for w in words)):
            kind = "person"  # "Kazakh President Kassym-Jomart Tokayev" tagged ORG
        if (kind in ("org", "place") and 2 <= len(words) <= 3 and before and before[-1].endswith(",")
                and fold(before[-1][:-1]) in _title_heads() and all(w[:1].isupper() for w in words)
                and not any(fold(w) in _heads()[0] | _heads()[1] for w in words)):
            kind = "person"  # "a State Department spokesperson, Morgan Ortagus, said" tagged ORG
        nxt = sdoc[ent.end] if ent.end < len(sdoc) else None
        if len(words) == 1 and not name.isupper() and kind != "person" and (
            (nxt is not None and nxt.is_lower and nxt.is_alpha) or "-" in name):
            continue  # an adjective ("Turkic states") or a fragment of a longer name
        kind = _kind_by_form(kind, name, words, before, b.text[max(0, s - 40):s])
        if kind == "none":
            continue
        if kind == "country":
            gov = b.gaz.lookup(re.sub(r"(?i)^government of\s+", "", name))
            if gov and gov[0].startswith("country:"):
                b.add(gov[0], "country", name, s, e, "ner+gazetteer", alias=name)
            continue
        if kind == "person":
            if len(words) > 4 or any(w.isupper() and len(w) > 3 for w in words) or "\n" in name:
                continue
            b.add(f"person:{slug(name)}", "person", name, s, e, "ner")
        elif kind == "agreement":
            if words[-1] in AGREEMENT_WORDS or words[-1].capitalize() in (*AGREEMENT_WORDS, "Act"):
                b.add(f"agreement:{slug(name)}", "agreement", name, s, e, "ner")
        elif kind == "org" and ent.label_ == "EVENT":
            if re.search(r"\b(?:Congress|Assembly|Council|Conference|Forum)\b", name):
                b.add(f"org:{slug(name)}", "org", name, s, e, "ner")
        else:
            b.add(f"{kind}:{slug(name)}", kind, name, s, e, "ner")


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


def _acronyms(b: _Builder) -> None:
    """An acronym of an organisation named in full elsewhere in the text is that organisation:
    "Electronic Frontier Foundation" ... "the EFF" is one id (the gazetteer's, when it knows either)."""
    full = {}
    for eid, ent in b.entities.items():
        if ent.kind in ("org", "agreement", "place"):
            ini = _initials(ent.name)
            if len(ini) >= 2:
                full.setdefault(ini, eid)
    remap: dict[str, str] = {}
    for eid, ent in b.entities.items():
        target = full.get(ent.name) if ent.kind == "org" and ent.name.isupper() else None
        if target and target != eid:
            keep, drop = (eid, target) if (eid in b.gaz.entities and target not in b.gaz.entities
                                       and b.entities[target].kind == "org") else (target, eid)
            remap[drop] = keep
    for drop, keep in remap.items():
        old = b.entities.pop(drop)
        kept = b.entities[keep]
        aliases = tuple(dict.fromkeys((*kept.aliases, old.name, *old.aliases)))
        b.entities[keep] = Entity(kept.id, kept.kind, kept.name, tuple(a for a in aliases if a != kept.name))
    if remap:
        b.mentions = [Mention(remap.get(m.entity_id, m.entity_id), m.start, m.end, m.text, m.how) for m in b.mentions]


def _drop_unlikely_people(text: str, b: _Builder) -> None:
    """A one-word "person" that is never a full name, never titled ("President X", "Mr X") and never
    speaks ("X said") is a product, a brand or a species spaCy took for a name ("Firefox", "Caudipteryx")."""
    cue = re.compile(r"\s*(?:,\s*)?(?:said|says|told|tells|added|adds|stated|noted|wrote|argued|warned|insisted)\b")
    keep_words = _honorifics() | _title_heads()
    by_entity: dict[str, list[Mention]] = {}
    for m in b.mentions:
        by_entity.setdefault(m.entity_id, []).append(m)
    for eid, ent in list(b.entities.items()):
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


_MEDIA_NOUNS = re.compile(r"\b(?:newspaper|daily|weekly|tabloid|broadcaster|outlet|magazine|channel|agency|website|"
                          r"network|radio|television|paper)\s*$", re.I)


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
    if kind == "person" and (last in org_heads or _MEDIA_NOUNS.search(left)):
        return "org"
    if kind == "place" and (last in org_heads - place_heads or any(_camel(w) for w in words)):
        return "org"
    if kind == "org" and len(words) > 1 and last in place_heads - org_heads:
        return "place"
    if kind == "org" and len(words) == 1 and not name.isupper() and LOCATIVE.search(left):
        return "place"
    return kind


def _corefer_people(text: str, b: _Builder) -> dict[str, str]:
    """Link short forms of people's names to their full names; returns surname → person id."""
    full: dict[str, str] = {}
    for eid, ent in list(b.entities.items()):
        if ent.kind == "person" and len(ent.name.split()) >= 2 and not re.match(r"^[A-Z]\.", ent.name):
            full.setdefault(fold(ent.name.split()[-1]), eid)
    remap: dict[str, str] = {}
    for eid, ent in list(b.entities.items()):
        if ent.kind != "person":
            continue
        parts = ent.name.split()
        last = fold(parts[-1])
        target = full.get(last)
        if target is None and len(parts) == 1:
            target = next((t for k, t in full.items() if _one_edit(k, last)), None)
        if target and target != eid:
            initial = re.match(r"^([A-Z])\.", ent.name)
            tname = b.entities[target].name
            if len(parts) == 1 or (initial and tname.startswith(initial.group(1))):
                remap[eid] = target
    for old, new in remap.items():
        b.add(new, "person", b.entities[new].name, 0, 0, "coref", alias=b.entities[old].name)
        del b.entities[old]
    b.mentions = [Mention(remap.get(m.entity_id, m.entity_id), m.start, m.end, m.text,
                          "coref" if m.entity_id in remap else m.how) for m in b.mentions]
    # occurrences NER missed: the surname (or "A. Surname") alone, anywhere in the text
    for eid in full.values():
        surname = b.entities[eid].name.split()[-1]
        for m in re.finditer(r"(?<![\w-])(?:[A-Z]\.\s?)?" + re.escape(surname) + r"(?![\w-])", text):
            if b.free(m.start(), m.end()):
                b.mentions.append(Mention(eid, m.start(), m.end(), m.group(), "coref"))
                b.taken.append(m.span())
    return full


def _title_kind(title: str) -> str | None:
    """leader / official / other for a title phrase, from its last title word."""
    t = fold(title)
    words = role_words()
    if any(re.search(rf"\b{re.escape(w)}\b", t) for w in words["former"]):
        return "former"
    best: tuple[int, str] | None = None
    for kind in ("leader", "official", "other"):
        for w in words[kind]:
            for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])", t):
                # the head of the title is its first title word ("Representative to the UN", "member of ...")
                if best is None or m.start() < best[0] or (m.start() == best[0] and kind == "official" and
                                                            best[1] == "leader" and len(w) > 9):
                    best = (m.start(), kind)
    if best and best[1] == "leader" and re.search(r"\bvice[- ]president\b|\bdeputy\b", t):
        return "official"
    return best[1] if best else None


def _org_leader(title: str) -> bool:
    """A title that heads an organisation ("administrator", "executive director", "head of")."""
    t = fold(title)
    if re.search(r"\b(?:deputy|vice|assistant|under|associate)\b|\bvice-", t):
        return False
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", t) for w in role_words()["org_leader"])


def _roles(sdoc, b: _Builder, persons: dict[str, str]) -> tuple[list[Role], list[Relation]]:
    text = b.text
    roles: list[Role] = []
    rels: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    by_start = sorted(b.mentions, key=lambda m: m.start)
    last: tuple[Mention, str | None] | None = None  # the person titled last, and the body of that title
    for men in by_start:
        if not men.entity_id.startswith("person:"):
            continue
        ss, se = _sentence_bounds(sdoc, men.start)
        se = max(se, _sentence_bounds(sdoc, men.end - 1)[1])  # a name the sentence splitter cut ("al-Muhandis")
        found = [(_title_before(text, men, by_start, ss), True), (_apposition_after(text, men, by_start, se), False)]
        found += [((t, o), False) for t, o in _counterparts(text, men, by_start, ss, se, roles)]
        for (title, of), before in found:
            if not title:
                continue
            kind = _title_kind(title)
            if kind is None:
                continue
            tstart = text.rfind(title, ss, men.start)
            if of is None and before and last is not None and last[1] and last[0].end >= ss and tstart >= 0 and \
                    re.fullmatch(r"\s*(?:,|,?\s*and)\s+(?:[a-z]+\s+){0,2}", text[last[0].end:tstart]):
                of = last[1]  # "Israeli prime minister X and energy minister Y": Y is Israel's minister too
            ev = Evidence(text[ss:se], ss, se)
            key = (men.entity_id, fold(title))
            if key not in seen:
                seen.add(key)
                roles.append(Role(men.entity_id, title, of, ev))
            if of and kind in ("leader", "official") and of.split(":")[0] in ("country", "org"):
                rel = "leader_of" if kind == "leader" or (of.startswith("org:") and _org_leader(title)) else "official_of"
                if not any(r.subject == men.entity_id and r.object == of for r in rels):
                    rels.append(Relation(men.entity_id, rel, of, ev))
            if before:
                last = (men, of)
    return roles, rels


_COUNTERPARTS = re.compile(r"\b(?:his|her|their)\s+(?P<states>[A-Z][\w ,-]{2,80}?)\s+counterparts?\b,?\s*")


def _counterparts(text: str, men: Mention, mentions: list[Mention], ss: int, se: int,
                  roles: list[Role]) -> list[tuple[str, str]]:
    """"X and his Greek, Cypriot and French counterparts, A, B and C": A is Greece's holder of X's title."""
    out: list[tuple[str, str]] = []
    for m in _COUNTERPARTS.finditer(text, ss, men.start):
        states = [x for x in mentions if m.start("states") <= x.start and x.end <= m.end("states")
                  and x.entity_id.startswith("country:")]
        people = [x for x in mentions if m.end() <= x.start < se and x.entity_id.startswith("person:")]
        # the people listed right after "counterparts," in order, one per state
        listed = []
        pos = m.end()
        for p in people:
            if not re.fullmatch(r"\s*(?:,|,?\s*and)?\s*", text[pos:p.start]):
                break
            listed.append(p)
            pos = p.end
        lead = [r for r in roles if r.evidence.clean_start == ss and r.of and r.of.startswith("country:")]
        if not states or len(listed) != len(states) or men not in listed or not lead:
            continue
        title = re.sub(r"^(?:[A-Z][\w-]*\s+)+(?=[a-z])", "", lead[-1].title) or lead[-1].title
        out.append((title, states[listed.index(men)].entity_id))
    return out


def _title_before(text: str, men: Mention, mentions: list[Mention], sent_start: int) -> tuple[str | None, str | None]:
    """"US Representative to the UN Mike Waltz": the title and the state/org it belongs to."""
    window = text[sent_start:men.start]
    toks = list(re.finditer(r"[\w.’'-]+|[^\w\s]", window))
    spans = [(m.start - sent_start, m.end - sent_start) for m in mentions
             if m.start >= sent_start and m.end <= men.start and m.entity_id.split(":")[0] in ("country", "org")]
    k = len(toks)
    if k and toks[-1].group() in ("and", "or"):
        return None, None  # "a Kataeb Hezbollah official and Mohammed Reda": the title is another's
    if k and toks[-1].group() == "," and re.match(r"\s*,", text[men.end:]):
        k -= 1  # "The Italian foreign minister, Luigi Di Maio, joined ..."
    top = k

    def in_span(t) -> bool:
        return any(a <= t.start() < b2 for a, b2 in spans)

    while k > 0:
        t = toks[k - 1]
        word = t.group()
        ok = (fold(word) in _title_vocab() or fold(word) in _CONNECTORS or word in ("'s", "’s", "-") or in_span(t))
        if not ok and word.isalpha() and word.islower() and fold(word) not in _NOT_MODIFIERS and k < top:
            # up to two lower-case words between a state and its title: "Italian economic development minister"
            j = k - 1
            while j > 0 and j > k - 3 and toks[j - 1].group().isalpha() and toks[j - 1].group().islower() \
                    and fold(toks[j - 1].group()) not in _NOT_MODIFIERS and not in_span(toks[j - 1]):
                j -= 1
            ok = j > 0 and in_span(toks[j - 1])
            if ok:
                k = j
                continue
        if not ok:
            break
        k -= 1
    if k == top:
        return None, None
    start = sent_start + toks[k].start()
    phrase = text[start:men.start].strip().rstrip(",").strip()
    while phrase.split() and fold(phrase.split()[0]) in ("of", "to", "the", "for", "on", "and", "in", "at"):
        phrase = phrase.split(None, 1)[1] if len(phrase.split()) > 1 else ""
        start = men.start - len(phrase) - 1
    if not phrase or _title_kind(phrase) is None:
        return None, None
    of = None
    inside = [m for m in mentions if m.start >= start - 1 and m.end <= men.start
              and m.entity_id.split(":")[0] in ("country", "org")]
    if inside:
        of = _body_of(text, inside)
        lead = text[inside[0].start:inside[0].end]
        if phrase.startswith(lead):
            phrase = re.sub(r"^['’]s\s+", "", phrase[len(lead):].strip())
    return phrase.strip() or None, of


@functools.lru_cache(maxsize=1)
def _title_vocab() -> frozenset[str]:
    words = role_words()
    return frozenset(w for k in ("leader", "official", "other") for t in words[k] for w in t.split())


def _apposition_after(text: str, men: Mention, mentions: list[Mention], sent_end: int) -> tuple[str | None, str | None]:
    """"Rizvan Nabiyev, a member of the Milli Majlis Committee on Defense, ...": title and its body."""
    rest = text[men.end:sent_end]
    m = re.match(r"\s*(?:['’]s)?,\s*(?:(?:another|an|a|the|who is)\b)?\s*|\s+(?:is|was|has been|had been|became|"
                 r"remains|serves as|served as)\s+(?:(?:another|an|a|the)\b)?\s*", rest)
    if not m:
        return None, None
    start = men.end + m.end()
    tail = text[start:sent_end]
    # the apposition ends at a comma followed by a lower-case word ("..., welcomed the deal"), except a list
    # inside a name ("Committee on Defense, Security, and Anti-Corruption")
    end_m = re.search(r",\s*(?!(?:and|or)\s+[A-Z])(?=[a-z])|(?<!\b[A-Z])[.;:()\"“”]|$", tail)
    phrase = tail[: end_m.start()].strip() if end_m else tail.strip()
    first_is_state = any(x.start == start and x.entity_id.split(":")[0] == "country" for x in mentions)
    if not phrase or len(phrase.split()) > 16 or phrase.split()[0] in ("and", "or", "but") or (
            phrase[0].isupper() and fold(phrase.split()[0]) not in _title_vocab() and not first_is_state):
        return None, None
    kind = _title_kind(phrase)
    head = [fold(w) for w in phrase.split()[:4]]
    if kind is None or not any(w in _title_vocab() for w in head):
        return None, None
    inside = [x for x in mentions if x.start >= start and x.end <= start + len(phrase)
              and x.entity_id.split(":")[0] in ("country", "org")]
    return phrase, _body_of(text, inside) if inside else None


def _body_of(text: str, inside: list[Mention]) -> str:
    """The state or organisation a title belongs to: the first named, or the organisation a state
    possesses ("head of Iran's Quds Force")."""
    first = inside[0]
    for nxt in inside[1:]:
        if (first.entity_id.startswith("country:") and nxt.entity_id.startswith("org:")
                and re.fullmatch(r"['’]s\s+", text[first.end:nxt.start])):
            return nxt.entity_id
    return first.entity_id
