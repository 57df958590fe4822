"""Names: a state's institutions, names that hold a state's name, named installations and agreements,
spaCy's named entities with the kind their form gives, and acronyms of names written in full."""
from __future__ import annotations

import functools
import itertools
import re

from ..gazetteer import fold, slug
from ..model import Entity, Mention
from .builder import _Builder, _strip_the, whole_occurrences
from .forms import (
    _NAME_PARTICLES,
    _companies,
    _kind_by_form,
    _name_goes_on,
    _not_a_body,
    _not_org_heads,
    _past_state,
    _person_end,
    _product,
    _title_case_line,
)
from .lexicon import (
    _CONNECTORS,
    AGREEMENT_WORDS,
    GENERIC_HEADS,
    LOCATIVE,
    NER_KINDS,
    NER_STOP,
    _body_patterns,
    _camel,
    _heads,
    _honorifics,
    _initials,
    _not_names,
    _one_edit,
    _title_heads,
    _title_vocab,
    name_rules,
)
from .spans import (
    _occupations,
    administration_state,
    in_title,
    kind_by_neighbours,
    kind_of_unit,
    name_span,
    person_after_title,
    service_of,
    topic_of_agreement,
)
from .things import document_things, is_thing

_NAMED_AGREEMENT = re.compile(
    r"\b(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+){1,5}(?:" + "|".join(AGREEMENT_WORDS) + r")\b(?!\s+[A-Z])"
    r"(?:\s+on\s+(?:[A-Z][\w-]*\s*){1,4})?)")


_POINT_PLAN = re.compile(r"\b\d+-point\s+(?:[a-z]+\s+){0,3}(?:plan|proposal|roadmap|road map|agreement|deal)\b", re.I)


_BETWEEN = re.compile(
    r"\b((?:(?:maritime|naval|bilateral|trilateral|comprehensive)\s+)?(?:peace|defen[cs]e|security|military|border|normali[sz]ation|ceasefire|cooperation|strategic partnership)\s+"
    r"(?:agreement|treaty|accord|deal|pact|memorandum))\s+between\s+(?:the\s+)?(\w[\w\s]{1,30}?)\s+and\s+(?:the\s+)?(\w[\w]{1,30})")


IGNORECASE = int(re.I)  # an int: a pattern's flags & re.I goes through the enum's slow operator


def _bodies(text: str, hits, b: _Builder) -> None:
    """A state's institution named with its demonym or name is one organisation:
    "the Turkish Foreign Ministry", "Ministry of Foreign Affairs of Iraq", "Iraq's parliament"
    → ``org:turkish-foreign-ministry``, ``org:iraqi-foreign-ministry``, ``org:iraqi-parliament``."""
    for hit in hits:
        if not hit.entity_id.startswith("country:") or hit.how in ("capital", "city"):
            continue
        # a demonym or an abbreviation used as one ("U.S. Army", "UK Parliament") qualifies the body
        adjective = hit.how == "demonym" or (len(hit.text) <= 5 and hit.text.replace(".", "").isupper())
        for after, before, possessive, short, kind in _body_patterns():
            span = None
            follows = after.match(text, hit.end) if adjective or not after.flags & IGNORECASE else None  # "United States Army"
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


# words before a state's name that make it a part or a form of the state, not a company's branch ("North Korea",
# "Latin America", "Mainland China")
STATE_QUALIFIERS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                              "latin", "new", "upper", "lower", "greater", "great", "mainland", "continental", "free",
                              "occupied", "independent", "democratic", "federal", "republic", "kingdom", "state",
                              "president", "prime", "minister", "king", "queen", "team", "of", "government",
                              "ministry", "embassy", "army", "navy", "parliament", "police", "armed", "forces", "air",
                              "force", "coast", "guard", "royal", "national", "people's", "consulate"})


def _company_branch(label: str, inside, end: int, outside: list[str]) -> bool:
    """Whether a name spaCy found that ends with a state's name is a company's branch there ("HYBE America", "BAE
    Systems Australia", "Toyota Motor Europe"): one state, last, after a company's own name (an organisation's
    words, or an acronym when spaCy took it for a place), not a part or form of the state ("Northern Ireland")."""
    if len(inside) != 1 or not inside[0].entity_id.startswith("country:") or inside[0].end != end:
        return False
    words = [w.strip(",.") for w in outside]
    if not words or any(w.lower() in STATE_QUALIFIERS for w in words):
        return False
    return label == "ORG" or all(len(w) >= 2 and w.isupper() for w in words)


def _compound_names(sdoc, hits, b: _Builder) -> None:
    """An organisation or facility name spaCy found that holds a state's or capital's name
    ("Australian Retailers Association", "Royal Saudi Air Force", "Baghdad International Airport")
    is one entity: the state inside it is no mention of the state."""
    org_heads, place_heads = _heads()
    for ent in sdoc.ents:
        if ent.label_ not in ("ORG", "FAC", "GPE", "LOC") or len(ent) < 2:
            continue
        s, e = _strip_the(b.text, ent.start_char, ent.end_char)
        # "U.S. Agency for International Development": the tail spaCy cut, if it holds no other name
        s, e = name_span(b.text, s, e, "org", lambda a, z: b.free(a, z) and not any(
            h.start < z and a < h.end for h in hits))
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
        if _relation_name(b.text, inside):
            continue
        lowered = [fold(w.strip(",.")) for w in words]
        outside = [w for w in words if not any(h.start <= s + name.find(w) < h.end for h in inside)]
        if not any(w[:1].isupper() for w in outside):
            continue
        if any(w in place_heads for w in lowered):
            kind = "place"
        elif any(w in org_heads for w in lowered) or _company_branch(ent.label_, inside, e, outside):
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
        if _title_case_line(text, m.start()):
            continue  # "Russia, Iran Sign Agreement on Military Cooperation": a headline, every word capitalised
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


def _relation_name(text: str, inside) -> bool:
    """States joined by hyphens name their relation, not a body: "the U.S.-Japan Alliance", "the
    India-France Strategic Dialogue" are the two states (each a mention of its own)."""
    states = sorted((h for h in inside if h.entity_id.startswith("country:")), key=lambda h: h.start)
    return any(re.fullmatch(r"\s*[-‐–]\s*", text[a.end:c.start]) for a, c in itertools.pairwise(states))


_AGENCY_AFTER = re.compile(r"(?:news\s+)?agency\b|news\s+(?:service|outlet|portal|website)\b")


def _ner(sdoc, b: _Builder) -> None:
    ents = sdoc.ents  # spaCy builds the spans at every call
    person_words = {w for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1 for w in e.text.split()}
    first_names = {e.text.split()[0] for e in ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
    not_orgs: set[str] = set()
    things = document_things(sdoc, b.text, known=lambda n: bool(b.gaz.lookup(n)))
    orgs = {re.sub(r"^[Tt]he\s+", "", e.text) for e in ents if e.label_ == "ORG"}
    for ent in ents:
        kind = NER_KINDS.get(ent.label_)
        if kind is None:
            continue
        s, e = _strip_the(b.text, ent.start_char, ent.end_char)
        if kind == "person":
            e = _person_end(b.text, s, e)
        s, e = name_span(b.text, s, e, kind, b.free)
        s, after_state = _past_state(b, s, e)
        name = b.text[s:e].strip()
        if not name or not name[0].isupper() or not b.free(s, e):
            continue
        known = b.gaz.lookup(name)
        people_of = b.gaz.lookup(name[:-1]) if name.endswith("s") and " " not in name else None
        if people_of and people_of[1] == "demonym":
            continue  # "Uzbeks", "Filipinos": a state's people, no body nor person
        titled = kind == "person" and fold((b.text[max(0, s - 40):s].split() or [""])[-1]) in _title_vocab()
        if not known and not titled and _title_case_line(b.text, s):
            continue  # a headline in title case: spaCy takes its capitalised words for names ("Riot Breaks")
        if known:
            b.add(known[0], known[0].split(":")[0], name, s, e, "ner+gazetteer", alias=name)
            continue
        if kind in ("person", "org", "place") and is_thing(name, things):
            continue  # "IE", "Explorer" where the text names "Internet Explorer 6 users": a product, a species, a term
        left, right = b.text[max(0, s - 40):s], b.text[e:e + 30]
        if kind != "person" and (topic_of_agreement(left) or in_title(name, left, right)
                                 or kind_of_unit(name, left, right)):
            continue  # "an MOU on Cyber Cooperation", "Director of National Security X", "a Brigade Combat Team"
        state = administration_state(name) if kind in ("org", "place") else None
        if state and state in b.gaz.entities:
            b.add(state, "country", name, s, e, "administration", alias=name)
            continue  # "the Biden-Harris Administration" is the United States
        cut = person_after_title(name, b.text[max(0, s - 40):s], _title_heads(), _title_vocab()) if kind != "person" else None
        if cut is not None:  # "Secretary of National Defense Maria Santos": the person after the title
            s, name, kind = s + cut, name[cut:], "person"
        words = name.split()
        if words[-1].lower() in GENERIC_HEADS and " of " not in name or fold(name) in NER_STOP or re.search(r"\bPhotos?\b", name):
            continue
        if fold(name) in _not_names() or any(fold(name).endswith(" " + n) for n in _not_names() if " " in n) or (
                kind in ("person", "place") and re.search(r"\d", name)):
            continue  # "UTC", "A.M.", "IE9": clock words and product codes are no names
        if _product(b.text, s, e):
            continue  # "the IRC channel", "the film Alien", "the James Webb space telescope": a product or a work
        if kind == "person" and re.search(r"(?i)(?:^|[^\w])(?:the|a|an)\s+$", b.text[max(0, ent.start_char - 6):ent.start_char]):
            continue  # "the Crew Dragon was launched": a person's name takes no article
        prev = sdoc[ent.start - 1] if ent.start > 0 else None
        if kind == "person" and (re.search(r"[\"“”()]", name) or any(_camel(w) for w in words)
                                 or (prev is not None and _camel(prev.text))):
            continue  # "SpaceX Crew Dragon", 'Twitter "Youtube-dl': a product, not a person
        after = sdoc[ent.end] if ent.end < len(sdoc) else None
        if (kind == "person" and re.search(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", b.text[max(0, s - 12):s])
                or kind in ("person", "org") and after is not None and after.is_lower
                and fold(after.text) in _heads()[1]):
            kind = "place"  # "the Sandy Point area", "in Sandy Point": a place spaCy took for a person or a body
        if (kind == "person" and after is not None and after.is_title and after.is_alpha and not after.is_sent_start
                and after.text not in ("Jr", "Sr", "II", "III", "IV")
                and b.text[ent.end_char:after.idx] == " " and not b.text[e:ent.end_char].strip()):
            more = _name_goes_on(sdoc, ent.end, b) if titled else None
            if more is None:
                continue  # "James Webb Space Telescope", "Kennedy Space Center": a person's name inside another name
            e, name = more, b.text[s:more]  # "Yoon Suk Yeol", where spaCy stopped at "Yoon Suk"
            words = name.split()
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
                and fold(before[-1]) not in _CONNECTORS and before[-1][:1].isupper() and all(w[:1].isupper() for w in words)):
            kind = "person"  # "Kazakh President Kassym-Jomart Tokayev" tagged ORG
        if (kind in ("org", "place") and 2 <= len(words) <= 3 and before and before[-1].endswith(",")
                and fold(before[-1][:-1]) in _title_heads() and all(w[:1].isupper() for w in words)
                and not any(fold(w) in _heads()[0] | _heads()[1] for w in words)):
            kind = "person"  # "a State Department spokesperson, Morgan Ortagus, said" tagged ORG
        nxt = sdoc[ent.end] if ent.end < len(sdoc) else None
        if len(words) == 1 and not name.isupper() and kind != "person" and not _camel(name) and (
            (nxt is not None and nxt.is_lower and nxt.is_alpha and not _AGENCY_AFTER.match(b.text, nxt.idx))
                or "-" in name):
            continue  # an adjective ("Turkic states") or a fragment of a longer name ("the Kazinform news agency" is one)
        if (kind == "org" and len(words) > 1 and fold(words[-1]) in name_rules()["office_titles"]
                and not any(fold(w) in _heads()[0] for w in words)):
            continue  # "National Security Advisor", "Deputy Secretary": an office, not a body ("Office of the President" is)
        if kind in ("org", "person") and len(words) > 1 and (fold(words[-1]) in _occupations() or fold(
                words[-1]).rstrip(".") + "." in _honorifics()):
            continue  # "Bloomington Police Sgt", "Palmer Police Officer": a rank or an occupation, no name ("Office
            # of the President" is a body)
        if kind in ("org", "person") and len(words) > 1 and fold(words[-1]) in _not_org_heads():
            not_orgs.add(_initials(name))
            continue  # "Advanced Medium Combat Aircraft", "Nobel Peace Prize": a weapon or an award
        if kind == "org" and name in not_orgs:
            continue  # its acronym ("AMCA")
        if after_state and kind in ("org", "person") and 2 <= len(words) <= 4 \
                and all(w[:1].isupper() for w in words) and not any(fold(w) in _heads()[0] | _heads()[1] for w in words):
            kind = "person"  # "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu": spaCy took the state in
        joined = re.match(r"[-‐][\w-]+", b.text[e:e + 20])  # "IRIS-T", "Su-35" where NER stopped at the hyphen
        if _not_a_body(name, words, kind) or (joined and _not_a_body(name + joined.group(), words, kind)):
            continue  # "USS Gerald R. Ford", "HIMARS", "Programme of Military Cooperation": a ship, a weapon, a document
        kind = _kind_by_form(kind, name, words, before, b.text[max(0, s - 40):s])
        if kind in ("person", "place") and fold(name) in _companies():
            kind = "org"  # "Lockheed Martin will deliver 32 jets": a maker, not a person
        if kind == "none" or kind == "org" and service_of(name, orgs):
            continue  # "YouTube Movies": a service of "YouTube"
        kind = kind_by_neighbours(kind, ent.label_, name, b.text[max(0, s - 40):s], LOCATIVE)
        if kind == "country":
            gov = b.gaz.lookup(re.sub(r"(?i)^government of\s+", "", name))
            if gov and gov[0].startswith("country:"):
                b.add(gov[0], "country", name, s, e, "ner+gazetteer", alias=name)
            continue
        if kind == "person":
            core = [w for w in words if fold(w) not in _NAME_PARTICLES and fold(w) not in _honorifics()]
            if len(core) > 4 or any(w.isupper() and len(w) > 3 for w in words) or "\n" in name:
                continue
            if any(w[:1].islower() and fold(re.split(r"[-‐’']", w)[0]) not in _NAME_PARTICLES for w in words):
                continue  # "Javelin anti-armor": a name has no common words ("bin", "de" are its own)
            # "Joseph R. Biden, Jr." is "Joseph R. Biden Jr." ("Ferdinand Marcos Jr."): the suffix is his name's
            suffix = re.match(r",?\s(Jr|Sr)\.?(?![\w])", b.text[e:])
            if suffix and not name.endswith(("Jr.", "Sr.")):
                name = f"{name} {suffix.group(1)}."
            b.add(f"person:{slug(name)}", "person", name, s, e, "ner")
        elif kind == "agreement":
            if words[-1] in AGREEMENT_WORDS or words[-1].capitalize() in (*AGREEMENT_WORDS, "Act"):
                b.add(f"agreement:{slug(name)}", "agreement", name, s, e, "ner")
        elif kind == "org" and ent.label_ == "EVENT":
            if re.search(r"\b(?:Congress|Assembly|Council|Conference|Forum)\b", name):
                b.add(f"org:{slug(name)}", "org", name, s, e, "ner")
        else:
            b.add(f"{kind}:{slug(name)}", kind, name, s, e, "ner")


def _installation_short_forms(b: _Builder) -> None:
    """"EastMed" where the text also names "the EastMed pipeline" is the pipeline."""
    short: dict[str, str] = {}
    for m in b.mentions:
        if m.how == "infrastructure":
            head = _infrastructure_rx().fullmatch(m.text)
            if head:
                short.setdefault(head.group("name"), m.entity_id)
    remap = {eid: short[ent.name] for eid, ent in b.entities.items() if ent.name in short and eid != short[ent.name]}
    for old in remap:
        del b.entities[old]
    if remap:
        b.mentions = [Mention(remap.get(m.entity_id, m.entity_id), m.start, m.end, m.text, m.how) for m in b.mentions]


def _acronyms(b: _Builder) -> None:
    """An acronym of an organisation named in full elsewhere in the text is that organisation:
    "Electronic Frontier Foundation" ... "the EFF" is one id (the gazetteer's, when it knows either);
    an acronym that opens an agreement's name is the agreement ("CFE" of "the CFE Treaty")."""
    full: dict[str, str] = {}
    for eid, ent in b.entities.items():
        if ent.kind in ("org", "agreement", "place"):
            ini = _initials(ent.name)
            if len(ini) >= 2:
                full.setdefault(ini, eid)
        short = re.fullmatch(r"([A-Z][A-Z\d-]+)\s+(\w+)", ent.name) if ent.kind == "agreement" else None
        if short and short.group(2) in AGREEMENT_WORDS:
            full.setdefault(short.group(1), eid)  # "CFE" where the text names the "CFE Treaty"
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


def _repeat_names(text: str, b: _Builder) -> None:
    """A name found once is a mention wherever the text repeats it exactly ("Civil Defense Authority"
    tagged in one paragraph, not in the next)."""
    for eid, ent in list(b.entities.items()):
        if ent.kind not in ("org", "place", "agreement"):
            continue
        forms = {m.text for m in b.mentions if m.entity_id == eid}
        for form in forms:
            if len(form.split()) < 2 and not (form.isupper() and len(form) >= 3) and not _camel(form):
                continue  # one ordinary word may be anything; "NATO", "YouTube" are names wherever they stand
            for start, end in whole_occurrences(text, form):
                if b.free(start, end):
                    b.mentions.append(Mention(eid, start, end, form, "repeat"))
                    b.taken.append((start, end))


# a dateline's agency tag: "Riyadh, 9 February (WAM)", "BAKU (Trend) -", "Astana / Kazinform", "Tashkent, UzA"
_DATELINE = re.compile(r"(?m)^[A-Z][A-Za-z.'’ -]{1,40}?(?:,[ \t]*[^\n()/|,]{1,30}?)?[ \t]*"
                       r"(?:\((?P<paren>[^()\n]{2,40})\)|[/|,][ \t]*(?P<after>[^\n/|,]{2,40}?))[ \t]*(?:[-–—:][ \t]|$)")
_OUTLET_WORDS = re.compile(r"\b(?:News|Press|Agency|Agence|TV|Television|Radio|Broadcasting|Times|Post|Daily)\b")


def _drop_dateline_agencies(text: str, b: _Builder) -> None:
    """An outlet in a dateline ("Riyadh, 9 February (WAM)") is the publisher, no entity of the text:
    its mentions there go (a known outlet of ``data/publishers.json`` or a name of an agency or paper)."""
    from ..outlets import publisher_in

    drop: list[tuple[int, int]] = []
    for m in _DATELINE.finditer(text):
        g = "paren" if m.group("paren") else "after"
        if m.group(g):
            drop.append(m.span(g))
    if not drop:
        return

    def outlet(eid: str) -> bool:
        ent = b.entities.get(eid)
        names = (ent.name, *ent.aliases) if ent else ()
        return eid.startswith("org:") and any(publisher_in(n) or _OUTLET_WORDS.search(n) for n in names)

    gone = {i for i, x in enumerate(b.mentions) if any(a <= x.start and x.end <= z for a, z in drop) and outlet(x.entity_id)}
    if gone:
        b.mentions = [x for i, x in enumerate(b.mentions) if i not in gone]
        b.taken = [(x.start, x.end) for x in b.mentions]
