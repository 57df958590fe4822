"""The *events* stage: typed, statused facts with participants, read from parsed sentences.

How a sentence becomes events (the lexicon is ``data/events.json``):

1. :func:`candidate_sentences` picks the sentences holding a trigger word (cheap:
   lower-cased tokens of the unparsed doc); only those go through the parser.
2. In a parsed sentence, each trigger (a lemma or a multi-word lemma sequence) gives an
   event type. Weak triggers need a military word nearby ("participation in any
   mission", "a military base"), "exercise" needs a modifier ("joint military exercises").
3. The status comes from the trigger's dependency path up to the clause root: negation
   ("not proposing", "no participation", "never"), denial verbs ("denying ..."),
   proposals ("proposed", "called for", "why not"), modals ("could be signed"), plans
   ("will", "set to", "signed up"), else ``occurred``.
4. Participants are the states and organisations mentioned in the sentence; persons
   count through their office (a president's proposal is his state's); "we"/"our" in a
   quotation stand for the speaker's state; generic groups ("Turkic states", "member
   states") stand for the organisation the document is about.
5. ``asserted_by`` is the speaker of the quotation the trigger is in, else the person
   the sentence reports ("Aliyev said/proposed ..."), else none (the outlet narrates).
6. One event per distinct fact per document: repeats are merged.
"""
from __future__ import annotations

import bisect
import functools
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from importlib import resources

from .model import CleanDocument, EntityAnalysis, Event, Evidence, Metadata, Quote

log = logging.getLogger(__name__)

ACTOR_KINDS = ("country", "org")
PRONOUNS_WE = {"we", "our", "us", "ours"}
PRONOUNS_HE = {"he", "she", "his", "her"}


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, dict]
    single: dict[str, list[tuple[str, str]]]  # first lemma -> [(event type, full phrase)]
    military: frozenset[str]
    status_cues: dict[str, frozenset[str]]
    denial_verbs: frozenset[str]
    sectors: dict[str, tuple[str, ...]]
    provisions: dict[str, tuple[str, ...]]
    generic_groups: tuple[str, ...]
    communication: frozenset[str]
    surface: frozenset[str]  # lower-case surface forms that make a sentence a candidate
    pos: dict[tuple[str, str], frozenset[str]]  # (event type, one-word phrase) -> parts of speech it may take


_PARTICLES = frozenset({"up", "on", "in", "out", "off", "for", "to", "with", "down", "over"})


def _forms(lemma: str) -> set[str]:
    """Rough inflections of a phrase's most telling word, for choosing candidate sentences
    without lemmatising: a phrase's last word ("international force" needs "force", so a
    sentence with only "international" is no candidate), its first before a particle
    ("sign up")."""
    words = lemma.split()
    w = words[0] if words[-1] in _PARTICLES else words[-1]
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "ies"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y"):
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if w.endswith("ght") or w == "fight":
        out.add("fought")
    irregular = {"meet": {"met"}, "hold": {"held"}, "send": {"sent"}, "fight": {"fought"}, "strike": {"struck"},
                 "take": {"took", "taken"}, "sign": {"signed"}, "ally": {"allied", "allies"}}
    out |= irregular.get(w, set())
    return out


# A one-word trigger must be used as what the lexicon lists it as: "according to" is not an
# accord, "initial results" not an initialling, "partners" not partnering.
TRIGGER_POS = {"nouns": frozenset({"NOUN", "PROPN"}), "weak_nouns": frozenset({"NOUN", "PROPN"}),
               "verbs": frozenset({"VERB", "PROPN"})}


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = json.loads(resources.files("pactwatch.data").joinpath("events.json").read_text(encoding="utf-8"))
    single: dict[str, list[tuple[str, str]]] = {}
    surface: set[str] = set()
    pos: dict[tuple[str, str], frozenset[str]] = {}
    for etype, spec in data["triggers"].items():
        for key in ("nouns", "verbs", "weak_nouns"):
            for phrase in spec.get(key, []):
                if (etype, phrase) not in pos:
                    single.setdefault(phrase.split()[0], []).append((etype, phrase))
                surface |= _forms(phrase)
                if " " not in phrase:  # a headline's title case makes any word a PROPN
                    pos[(etype, phrase)] = pos.get((etype, phrase), frozenset()) | TRIGGER_POS[key]
                else:
                    pos[(etype, phrase)] = frozenset()
    for lst in single.values():
        lst.sort(key=lambda x: -len(x[1].split()))
    return Lexicon(
        triggers=data["triggers"],
        single=single,
        military=frozenset(data["military_words"]),
        status_cues={k: frozenset(v) for k, v in data["status_cues"].items()},
        denial_verbs=frozenset(data["denial_verbs"]),
        sectors={k: tuple(v) for k, v in data["sectors"].items()},
        provisions={k: tuple(v) for k, v in data["provisions"].items()},
        generic_groups=tuple(data["generic_groups"]),
        communication=frozenset(data["communication_verbs"]),
        surface=frozenset(surface),
        pos=pos,
    )


def candidate_sentences(sdoc, ents: EntityAnalysis | None = None, quotes: tuple[Quote, ...] = ()) -> list[int]:
    """Indices of the sentences of an unparsed doc worth parsing: a trigger word, and (when
    ``ents`` is given) someone who could take part: a state, organisation or person named in
    it, a pronoun, a generic group ("Turkic states"), or a quotation with its speaker."""
    lex = load_lexicon()
    quoted = [(q.evidence.clean_start, q.evidence.clean_end) for q in quotes if q.speaker]
    starts = sorted(m.start for m in ents.mentions) if ents is not None else []
    out = []
    for i, sent in enumerate(sdoc.sents):
        lowers = [t.lower_ for t in sent]
        if not any(w in lex.surface for w in lowers):
            continue
        if ents is not None:
            k = bisect.bisect_left(starts, sent.start_char)
            named = k < len(starts) and starts[k] < sent.end_char
            pron = any(w in PRONOUNS_WE or w in PRONOUNS_HE or w in ("they", "their", "them") for w in lowers)
            inq = any(a < sent.end_char and sent.start_char < b for a, b in quoted)
            if not (named or pron or inq or _generic_group(sent.text, lex)):
                continue
        out.append(i)
    return out


# --------------------------------------------------------------------------- context


@dataclass
class DocContext:
    """What the stage knows about the document while reading its sentences."""

    text: str
    ents: EntityAnalysis
    quotes: tuple[Quote, ...]
    quote_spans: list[tuple[int, int, str | None]]
    affiliation: dict[str, str]  # person id -> country/org id
    salient_org: str | None
    kinds: dict[str, str]
    anchor: object  # datetime.date | None


def _quote_spans(text: str, quotes: tuple[Quote, ...]) -> list[tuple[int, int, str | None]]:
    spans = []
    for q in quotes:
        ev = q.evidence
        seg = text[ev.clean_start:ev.clean_end]
        head = q.text[: min(len(q.text), 40)]
        k = seg.find(head)
        if k < 0:
            spans.append((ev.clean_start, ev.clean_end, q.speaker))
        else:
            spans.append((ev.clean_start + k, ev.clean_start + k + len(q.text), q.speaker))
    return spans


def _affiliations(ents: EntityAnalysis) -> dict[str, str]:
    aff: dict[str, str] = {}
    for r in ents.relations:
        if r.relation in ("leader_of", "official_of") and r.subject not in aff:
            if r.object.split(":")[0] == "country" or r.relation == "leader_of":
                aff[r.subject] = r.object
    for role in ents.roles:
        if role.of and role.person not in aff:
            aff[role.person] = role.of
    # a person's org (a parliament) is less useful as an actor than their country when both are known
    return aff


def _salient_org(ents: EntityAnalysis) -> str | None:
    counts = Counter(m.entity_id for m in ents.mentions if m.entity_id.startswith("org:"))
    members = {r.object for r in ents.relations if r.relation in ("member_of", "observer_of")}
    for org, _n in counts.most_common():
        if org in members or counts[org] >= 2:
            return org
    return None


def make_context(clean: CleanDocument, meta: Metadata, ents: EntityAnalysis, quotes: tuple[Quote, ...]) -> DocContext:
    return DocContext(
        text=clean.text,
        ents=ents,
        quotes=quotes,
        quote_spans=_quote_spans(clean.text, quotes),
        affiliation=_affiliations(ents),
        salient_org=_salient_org(ents),
        kinds={e.id: e.kind for e in ents.entities},
        anchor=meta.published,
    )


# --------------------------------------------------------------------------- triggers


def _lemma(t) -> str:
    return (t.lemma_ or t.lower_).lower()


def _find_triggers(sent_doc, lex: Lexicon) -> list[tuple[str, str, int, int]]:
    """(event type, phrase, first token index, last token index + 1) for each trigger."""
    toks = list(sent_doc)
    lemmas = [_lemma(t) for t in toks]
    lowers = [t.lower_ for t in toks]
    found = []
    i = 0
    while i < len(toks):
        hit = None
        for etype, phrase in lex.single.get(lemmas[i], []) + lex.single.get(lowers[i], []):
            words = phrase.split()
            n = len(words)
            if all(j < len(toks) and words[k] in (lemmas[i + k], lowers[i + k]) for k, j in enumerate(range(i, i + n))):
                hit = (etype, phrase, i, i + n)
                break
        if hit:
            found.append(hit)
            i = hit[3]
        else:
            i += 1
    return found


def _near_military(sent_doc, i: int, j: int, lex: Lexicon, window: int = 6) -> bool:
    lo, hi = max(0, i - window), min(len(sent_doc), j + window)
    return any(_lemma(t) in lex.military or t.lower_ in lex.military for t in sent_doc[lo:hi])


CONFLICT_OBJECTS = frozenset({"country", "territory", "city", "town", "village", "region", "border", "position",
                              "force", "troop", "army", "base", "land", "capital", "state", "war", "civilian",
                              "soldier", "side", "enemy", "neighbor", "neighbour", "they", "we", "it"})


def _inside_provision(sent_doc, head) -> bool:
    """A trigger inside a relative clause of an agreement ("the Shusha Agreement, which stipulates
    military aid against threats and attacks") states a provision, not an event."""
    tok = head
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("relcl", "acl"):
            noun = tok.head
            if _lemma(noun) in AGREEMENT_NOUNS or noun.ent_type_ == "LAW":
                return True
        tok = tok.head
    return False


AGREEMENT_NOUNS = frozenset({"agreement", "treaty", "declaration", "memorandum", "accord", "pact", "charter",
                             "protocol", "convention", "document", "article"})


def _accept(etype: str, phrase: str, sent_doc, i: int, j: int, lex: Lexicon) -> bool:
    """Whether a trigger word really reports an event of ``etype`` here (see the lexicon's notes)."""
    spec = lex.triggers[etype]
    head = sent_doc[i:j].root
    allowed = lex.pos.get((etype, phrase))
    if allowed and sent_doc[i].pos_ not in allowed:
        return False
    if phrase in spec.get("needs_modifier", []):
        mods = set(spec.get("modifiers", []))
        left = {t.lower_ for t in sent_doc[max(0, i - 3):i]}
        if not (left & mods) or head.pos_ == "VERB":
            return False
    if phrase in spec.get("needs_military", []) and not _near_military(sent_doc, i, j, lex):
        return False
    if phrase in spec.get("needs_context", []):
        window = sent_doc[max(0, i - 8):min(len(sent_doc), j + 8)]
        signed = any(_lemma(t) in spec.get("sign_verbs", []) for t in window)
        kids = list(head.children)
        vague = any(c.dep_ == "amod" and c.lower_ in spec.get("vague_modifiers", []) for c in kids)
        specific = any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in spec.get("vague_modifiers", [])
                       for c in kids) or any(c.dep_ == "prep" and c.lower_ in ("between", "with", "on", "among")
                                             for c in kids)
        if phrase == "document" and not signed:
            return False
        if vague and not signed:
            return False
        if not (signed or specific):
            return False
    if phrase in ("ask",) or (etype == "request" and head.pos_ == "VERB"):
        # "urged X to", "called on X to", "requested that": needs an object or a complement
        if not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "prt") for c in head.children):
            return False
    if etype in ("conflict", "threat", "request") and head.pos_ not in ("NOUN", "VERB", "PROPN"):
        return False
    if etype == "conflict" and head.pos_ == "VERB":
        # "occupy a country" is a conflict, "occupying a worthy place" is not: the object must be
        # a named party or a territorial/military noun
        objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
        if not any(o.pos_ == "PROPN" or o.ent_type_ or _lemma(o) in CONFLICT_OBJECTS for o in objs):
            return False
    if _inside_provision(sent_doc, head):
        return False
    if etype == "agreement" and phrase == "deal" and head.pos_ == "VERB":
        return False
    return True


# --------------------------------------------------------------------------- status


def _path_up(tok, limit: int = 8) -> list:
    path = [tok]
    while tok.head.i != tok.i and len(path) < limit:
        tok = tok.head
        path.append(tok)
    return path


# Verbs whose subject is the event itself ("the agreement was signed", "the drills were held"):
# status cues on them apply to the event. Any other predicate ("the agreement is set to transform
# the region") says something else about it.
REALISING = frozenset({"sign", "hold", "conduct", "approve", "ratify", "reach", "conclude", "take", "begin", "start",
                       "deploy", "initial", "be", "enter", "envision", "envisage", "plan", "schedule", "expect",
                       "launch", "establish", "form", "create", "adopt", "finalize", "finalise", "negotiate"})
# Prepositions that attach the trigger as a place or time of something else ("his proposal at the summit").
SETTING_PREPS = frozenset({"at", "in", "during", "from", "on", "after", "before", "since", "within", "amid", "following"})


def _status_path(trig) -> list:
    """The part of the trigger's path up to the clause root whose cues bear on the trigger."""
    path = [trig]
    tok = trig
    while tok.head.i != tok.i and len(path) < 10:
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and _lemma(head) not in REALISING:
            break
        if head.pos_ == "ADP" and head.lower_ in SETTING_PREPS and tok.dep_ == "pobj":
            break
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ in ("relcl", "acl", "advcl", "appos", "conj", "parataxis") and tok.i != trig.i and not (
                tok.dep_ == "acl" and infinitive):  # "plans to build", "proposal to hold" pass through
            break
        if tok.dep_ in ("relcl", "appos", "parataxis") and tok.i == trig.i:
            break
        path.append(head)
        tok = head
    return path


def _has_neg(tok) -> bool:
    for c in tok.children:
        if c.lower_ == "not" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("only", "just", "merely"):
            continue  # "not only ... but also"
        if c.dep_ == "neg" or c.lower_ in ("no", "never", "not", "n't"):
            return True
        if c.dep_ == "det" and c.lower_ in ("no", "neither"):
            return True
    return False


def _status(sent_doc, i: int, j: int, lex: Lexicon) -> str:
    """The status of the trigger at tokens ``[i, j)`` from its dependency path and neighbours."""
    trig = sent_doc[i:j].root
    cues = lex.status_cues
    path = _status_path(trig)
    negated = False
    status = None
    for k, tok in enumerate(path):
        lem = _lemma(tok)
        kids = list(tok.children)
        if any(c.lower_ == "why" for c in kids) or (tok.i > 0 and sent_doc[tok.i - 1].lower_ == "not"
                                                     and tok.i > 1 and sent_doc[tok.i - 2].lower_ == "why"):
            return "proposed"  # "Why not cooperate in this area as well?"
        neg = _has_neg(tok)
        prt = [c.lower_ for c in kids if c.dep_ == "prt"]
        if prt:
            lem = f"{lem} {prt[0]}"
        if lem in lex.denial_verbs:
            if neg:  # "does not exclude", "not ruled out" → possible
                return "possible"
            negated = not negated
            continue
        if neg:
            negated = True
        if status is not None:
            continue
        aux_l = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        came_via = path[k - 1].lower_ if k > 0 else ""
        if k > 0 and lem == "go" and path[k - 1].dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in path[k - 1].children):
            status = "planned"  # "we are going to have an international force"
        elif k > 0 and came_via == "for" and lem.split()[0] in ("call", "push", "press", "argue", "lobby", "appeal"):
            status = "proposed"  # "called for the creation of ..."
        elif k > 0 and lem in cues["proposed"] and tok.pos_ in ("VERB", "NOUN") and lem not in ("should", "must", "need"):
            status = "proposed"
        elif aux_l & {"could", "may", "might", "can"} or lem in ("possible", "possibility", "likely", "potential"):
            status = "possible"
        elif aux_l & {"will", "shall"} or (k > 0 and lem in ("plan", "schedule", "intend", "set", "prepare", "expect")):
            status = "planned"
        elif "would" in aux_l and tok.dep_ == "ccomp" and _lemma(tok.head) in lex.communication and not any(
                c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in kids):
            status = "planned"  # reported future: "the minister said Poland would send troops"
        elif "would" in aux_l:
            status = "possible"  # "Poland would send troops if asked"
        elif k > 0 and lem in ("want", "wish", "hope", "seek", "offer", "invite"):
            status = "proposed"
        if status is None:
            for c in kids:
                if c.dep_ == "amod" and c.lower_ in ("proposed", "planned", "upcoming", "future", "possible",
                                                      "potential", "prospective", "envisaged"):
                    status = {"proposed": "proposed", "planned": "planned", "upcoming": "planned",
                              "future": "planned", "envisaged": "planned"}.get(c.lower_, "possible")
    if negated:
        return "denied"
    if status is None:
        clause = _clause_text(trig).lower()
        if re.search(r"\b(set to|going to|to be held|signed up|sign up|scheduled)\b", clause):
            status = "planned"
        elif re.search(r"\bit (is|was|would be) (crucial|important|necessary|good|vital) (that|if|to)\b", clause):
            status = "proposed"
        elif re.search(r"^\s*if\b|\bif there is\b", clause):
            status = "possible"
    if status is None and _proposal_before(sent_doc, trig):
        status = "proposed"
    return status or "occurred"


PROPOSAL_WORDS = frozenset({"proposal", "propose", "suggestion", "suggest", "initiative", "offer", "call", "urge",
                            "recommend", "recommendation", "idea", "advocate"})


def _proposal_before(sent_doc, trig) -> bool:
    """"his proposal at the summit last October to hold joint exercises": a proposal word a few
    tokens before the trigger, the trigger's verb an infinitive (the parser often misattaches it)."""
    verb = trig if trig.pos_ == "VERB" else trig.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if not (trig.head.pos_ == "VERB" and trig.head.lemma_ in ("hold", "conduct", "organize", "organise",
                                                                    "create", "establish", "form", "sign")):
            return False
        verb = trig.head
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.tag_ != "VBG":
            return False
    lo = max(0, verb.i - 20)
    return any(_lemma(t) in PROPOSAL_WORDS for t in sent_doc[lo:verb.i])


def _clause_text(trig) -> str:
    """The text of the smallest clause around the trigger (its nearest verb's subtree)."""
    tok = trig
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    toks = list(tok.subtree)
    return " ".join(t.text for t in toks)


# --------------------------------------------------------------------------- participants


def _in_quote(ctx: DocContext, pos: int) -> tuple[bool, str | None]:
    for s, e, speaker in ctx.quote_spans:
        if s <= pos < e:
            return True, speaker
    return False, None


def _last_person_before(ctx: DocContext, pos: int) -> str | None:
    best = None
    for m in ctx.ents.mentions:
        if m.entity_id.startswith("person:") and m.end <= pos:
            if best is None or m.end > best.end:
                best = m
    return best.entity_id if best else None


def _reported_person(sent_doc, offset: int, ctx: DocContext, lex: Lexicon) -> str | None:
    """The person a narrated sentence reports ("Aliyev said ...", "he proposed ...")."""
    for tok in sent_doc:
        if _lemma(tok) not in lex.communication or tok.pos_ not in ("VERB", "AUX"):
            continue
        for c in tok.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            cs, ce = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
            persons = [m.entity_id for m in ctx.ents.mentions_in(cs, ce) if m.entity_id.startswith("person:")]
            if persons:
                return persons[-1]
            if c.lower_ in PRONOUNS_HE:
                return _last_person_before(ctx, offset + c.idx)
    # "according to X"
    m = re.search(r"\baccording to\b", sent_doc.text, re.I)
    if m:
        for men in ctx.ents.mentions_in(offset + m.end(), offset + m.end() + 60):
            if men.entity_id.startswith("person:"):
                return men.entity_id
    return None


PLACE_NOUNS = frozenset({"city", "town", "capital", "region", "village", "province", "district", "port",
                         "resort", "area", "territory", "republic"})


def _locative(sent_doc, char: int):
    """``("in" | "at", preposition token)`` when the token at ``char`` is the object of a
    locative preposition ("held in the Azerbaijani city of Gabala", "at the White House"),
    else None."""
    tok = None
    for t in sent_doc:
        if t.idx <= char < t.idx + len(t) or t.idx >= char:
            tok = t
            break
    if tok is None:
        return None
    # climb the name to its head ("Gaza Strip" → Strip), then "city of X" to "city"
    for _ in range(4):
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PLACE_NOUNS:
            tok = tok.head.head
        else:
            break
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside", "outside", "across", "within"):
        return ("in" if tok.head.lower_ != "at" else "at"), tok.head
    return None


def _tree_dist(a, b) -> int:
    """Edges between two tokens of one parsed sentence."""
    depth: dict[int, int] = {}
    t, d = a, 0
    while True:
        depth[t.i] = d
        if t.head.i == t.i:
            break
        t, d = t.head, d + 1
    t, d = b, 0
    while t.i not in depth:
        if t.head.i == t.i:
            return 1000  # no common ancestor (two roots)
        t, d = t.head, d + 1
    return d + depth[t.i]


def _claims_span(sent_doc, start: int, end: int, i: int, rivals: tuple[int, ...]) -> bool:
    """Whether the trigger at token ``i`` claims the sentence-relative character span (a
    time expression), read at its root: the token whose head lies outside it."""
    toks = [t for t in sent_doc if start <= t.idx < end]
    root = next((t for t in toks if t.head.i == t.i or not start <= t.head.idx < end), None)
    return root is None or _claim(sent_doc, root, i, rivals) is not None


def _other_clause(tok, trig) -> bool:
    """Whether ``tok`` hangs on a clause that describes another noun on its way up to the
    trigger: "in an interview released late Monday, he recalled his proposal of exercises"
    (Monday dates the release), "Aliyev, who visited Baku, proposed exercises". A clause on
    the trigger itself ("the summit held in Gabala") is the trigger's own."""
    above = {a.i for a in trig.ancestors} | {trig.i}
    t = tok
    while t.i not in above and t.head.i != t.i:
        t = t.head
        if t.i in above:
            break
        if t.dep_ in ("acl", "relcl") and t.head.i != trig.i:
            return True
    return False


def _claim(sent_doc, tok, i: int, rivals: tuple[int, ...]) -> int | None:
    """How far in the parse ``tok`` (a date, a place) is from the trigger at token ``i``, or
    None when it tells about something else: it is in another clause's verb phrase, or
    another trigger of the sentence is nearer to it: in "proposed at the summit held in
    Gabala to hold exercises in Azerbaijan in 2026", Gabala is the summit's place,
    Azerbaijan and 2026 the exercises'."""
    trig = _phrase_head(sent_doc[i])
    if _other_clause(tok, trig):
        return None
    mine = _tree_dist(trig, tok)
    for r in rivals:
        other = _phrase_head(sent_doc[r])
        # an event nested in the other's phrase shares its place and time: "a force deployed to
        # oversee security efforts in Gaza", "a partnership agreement signed on 16 August 2010"
        if trig.is_ancestor(other) or other.is_ancestor(trig):
            continue
        if _tree_dist(other, tok) < mine:
            return None
    return mine


def _phrase_head(tok):
    """The noun a trigger word modifies ("peacekeeping" -> "force", "military" -> "exercises")."""
    for _ in range(3):
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


@functools.lru_cache(maxsize=256)
def _words_rx(words: tuple[str, ...], whole: bool) -> re.Pattern:
    """One compiled alternation for a lexicon list (whole words, or word starts)."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + (r")\b" if whole else r")"))


def _generic_group(sent_text: str, lex: Lexicon) -> bool:
    return bool(_words_rx(tuple(lex.generic_groups), True).search(sent_text.lower()))


def _sectors(sent_text: str, lex: Lexicon) -> tuple[str, ...]:
    low = sent_text.lower()
    return tuple(s for s, words in lex.sectors.items() if _words_rx(tuple(words), False).search(low))


def _provisions(sent_text: str, lex: Lexicon) -> tuple[str, ...]:
    low = sent_text.lower()
    return tuple(p for p, words in lex.provisions.items() if any(w in low for w in words))


def _quote_span_at(ctx: DocContext, pos: int) -> tuple[int, int] | None:
    for s, e, _speaker in ctx.quote_spans:
        if s <= pos < e:
            return s, e
    return None


def _participants(sent_doc, offset: int, i: int, ctx: DocContext, lex: Lexicon, speaker: str | None,
                  asserter: str | None, rivals: tuple[int, ...]) -> tuple[list[str], list[str], str | None]:
    """Actors, targets and a place for the trigger at token ``i`` of a parsed sentence.

    The place is the nearest locative phrase in the parse that no other trigger of the
    sentence (``rivals``) is nearer to; within one phrase a place beats the country that
    qualifies it ("in the Azerbaijani city of Gabala" is Gabala).

    A trigger inside a quotation takes its participants from the quotation only ("...,"
    Waltz told the Hugh Hewitt Show: the show is not a party to what Waltz says)."""
    start, end = offset, offset + len(sent_doc.text)
    span = _quote_span_at(ctx, offset + sent_doc[i].idx)
    if span is not None:
        start, end = max(start, span[0]), min(end, span[1])
    mentions = ctx.ents.mentions_in(start, end)
    person_spans = [(m.start, m.end) for m in mentions if m.entity_id.startswith("person:")]
    trig_pos = offset + sent_doc[i].idx
    actors: list[str] = []
    others: list[tuple[int, str]] = []
    places: list[tuple[int, int, int, str]] = []  # (parse distance, country?, position, id)
    for m in mentions:
        kind = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        # a demonym or state inside a person's title ("Azerbaijani President X", "US envoy X")
        title_of_person = any(ps - 40 <= m.end <= ps and re.fullmatch(r"[\w\s.'’-]*", ctx.text[m.end:ps] or "")
                              and len(ctx.text[m.end:ps].split()) <= 6 for ps, _pe in person_spans)
        locative = _locative(sent_doc, m.start - offset)
        loc, prep = locative if locative else (None, None)
        if kind == "place":
            dist = _claim(sent_doc, prep, i, rivals) if loc else None
            if dist is not None:
                places.append((dist, 0, m.start, m.entity_id))
            continue
        if kind not in ACTOR_KINDS:
            continue
        if kind == "country" and loc == "in" and ctx.text[m.end:m.end + 2] != "'s":
            dist = _claim(sent_doc, prep, i, rivals)
            if dist is not None:
                places.append((dist, 1, m.start, m.entity_id))
            continue
        if title_of_person:
            continue
        others.append((m.start, m.entity_id))
    # subject of the clause: who does it
    subj_ent = None
    for tok in _path_up(sent_doc[i]):
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != i:
                cs, ce = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
                ms = [mm for mm in ctx.ents.mentions_in(cs, ce)]
                for mm in ms:
                    k = ctx.kinds.get(mm.entity_id, mm.entity_id.split(":")[0])
                    if k in ACTOR_KINDS:
                        subj_ent = mm.entity_id
                        break
                    if k == "person" and mm.entity_id in ctx.affiliation:
                        subj_ent = ctx.affiliation[mm.entity_id]
                        break
                if subj_ent is None and c.lower_ in PRONOUNS_WE and speaker:
                    subj_ent = ctx.affiliation.get(speaker)
                if subj_ent is None and c.lower_ in PRONOUNS_HE and asserter:
                    subj_ent = ctx.affiliation.get(asserter)
                break
        if subj_ent:
            break
    if subj_ent is None:
        has_we = any(t.lower_ in PRONOUNS_WE for t in sent_doc)
        if speaker and has_we:
            subj_ent = ctx.affiliation.get(speaker)
    if subj_ent is None and asserter and not others:
        subj_ent = ctx.affiliation.get(asserter)
    if subj_ent is None and asserter:
        # the asserter's state proposes / denies; only when he is the sentence's subject
        for m in mentions:
            if m.entity_id == asserter and m.start - offset < (trig_pos - offset):
                subj_ent = ctx.affiliation.get(asserter)
                break
    seen = set()
    targets = []
    if subj_ent:
        actors.append(subj_ent)
        seen.add(subj_ent)
    for _pos, eid in sorted(others):
        if eid in seen:
            continue
        seen.add(eid)
        if not actors and _pos < trig_pos:
            actors.append(eid)
        else:
            targets.append(eid)
    if ctx.salient_org and ctx.salient_org not in seen and _generic_group(sent_doc.text, lex):
        targets.append(ctx.salient_org)
    if not actors and targets and len(targets) > 1:
        actors.append(targets.pop(0))
    return actors, targets, (min(places)[3] if places else None)


# --------------------------------------------------------------------------- extraction


def _when(sent_doc, span: tuple[int, int], ctx: DocContext, i: int, rivals: tuple[int, ...]) -> str | None:
    """When the event at token ``i`` happened or is to happen: the nearest time expression
    that no other trigger of the sentence (``rivals``) is nearer to in the parse."""
    try:
        from .dates import when_for
    except ImportError:  # pragma: no cover - dates stage not installed
        return None
    sent_text = sent_doc.text
    try:
        return when_for(sent_text, span, ctx.anchor,
                        keep=lambda e: _claims_span(sent_doc, e.start, e.end, i, rivals))
    except Exception:  # a date rule must never lose the event
        log.debug("date resolution failed on %r", sent_text, exc_info=True)
        return None


def _ongoing_today(trig, status: str, ctx: DocContext) -> str | None:
    """The report date for what the text says is going on now ("Azerbaijan is hosting the
    summit", "troops are holding drills"): a present progressive on the trigger's verb."""
    if status != "occurred" or ctx.anchor is None:
        return None
    tok = _phrase_head(trig)
    if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") and tok.head.pos_ == "VERB":
        tok = tok.head
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return ctx.anchor.isoformat()
    return None


def _agreement_id(sent_doc, offset: int, ctx: DocContext) -> str | None:
    ms = ctx.ents.mentions_in(offset, offset + len(sent_doc.text))
    for m in ms:
        if m.entity_id.startswith("agreement:"):
            return m.entity_id
    return None


def extract_events(sdoc, parsed, clean: CleanDocument, meta: Metadata, ents: EntityAnalysis,
                   quotes: tuple[Quote, ...], gaz=None) -> tuple[Event, ...]:
    """Events of one document from its parsed candidate sentences (see module docstring)."""
    lex = load_lexicon()
    ctx = make_context(clean, meta, ents, quotes)
    events: list[Event] = []
    for ps in parsed:
        sent_doc, offset = ps.doc, ps.start
        sent_text = sent_doc.text
        triggers = [t for t in _find_triggers(sent_doc, lex) if _accept(t[0], t[1], sent_doc, t[2], t[3], lex)]
        triggers = _outermost(sent_doc, triggers)
        if not triggers:
            triggers = _proposal_fallback(sent_doc)
        for etype, _phrase, i, j in triggers:
            if _in_question(sent_doc, i):
                continue  # "asked whether troops would be sent": what a question asks is nobody's claim
            pos = offset + sent_doc[i].idx
            inq, speaker = _in_quote(ctx, pos)
            asserter = speaker if inq else _reported_person(sent_doc, offset, ctx, lex)
            rivals = tuple(sorted({r for _t, _p, r, _j in triggers if r != i}))
            actors, targets, where = _participants(sent_doc, offset, i, ctx, lex, speaker if inq else None, asserter,
                                                   rivals)
            if not actors and not targets:
                continue
            if etype in ("conflict", "threat") and not targets:
                continue  # "no country should occupy any country": a norm, not an attack on anyone
            status = _status(sent_doc, i, j, lex)
            if status == "proposed" and asserter and ctx.affiliation.get(asserter):
                proposer = ctx.affiliation[asserter]
                if proposer not in actors:
                    targets = [a for a in actors if a != proposer] + [t for t in targets if t != proposer]
                    actors = [proposer]
                    if not targets and ctx.salient_org and _generic_group(sent_text, lex):
                        targets = [ctx.salient_org]
            sectors = _sectors(sent_text, lex) if etype in ("cooperation", "agreement") else ()
            agreement = _agreement_id(sent_doc, offset, ctx) if etype == "agreement" else None
            provisions = _provisions(sent_text, lex) if etype == "agreement" else ()
            span = (sent_doc[i].idx, sent_doc[j - 1].idx + len(sent_doc[j - 1]))
            if _anaphoric(sent_doc, i, j) and _refers_back(events, etype, actors + targets, asserter):
                continue  # "we will see these exercises": the exercises already reported
            event = Event(
                type=etype,
                status=status,
                actors=tuple(actors),
                targets=tuple(t for t in targets if t not in actors),
                sectors=sectors,
                when=_when(sent_doc, span, ctx, i, rivals) or _ongoing_today(sent_doc[i], status, ctx),
                where=where,
                asserted_by=asserter,
                agreement=agreement,
                provisions=provisions,
                evidence=Evidence(sentence=sent_text, clean_start=offset, clean_end=offset + len(sent_text)),
                trigger=sent_doc[i:j].text,
                confidence=0.6 if asserter else 0.5,
            )
            k = _earlier_meeting(events, event, sent_doc, i, j)
            if k is not None:  # "the summit gathers leaders from ...": the summit already reported
                old = events[k]
                parts = set(old.actors) | set(old.targets)
                events[k] = replace(old, targets=old.targets + tuple(p for p in event.actors + event.targets
                                                                     if p not in parts),
                                    when=old.when or event.when, where=old.where or event.where)
                continue
            events.append(event)
    return merge_events(_drop_subsumed_cooperation(_drop_headline_repeats(events, clean)))


# what governs an open question: its content is nobody's claim ("asked whether troops would be sent",
# "it remains unclear who would send troops", "they must understand what operations it might involve")
QUESTION_WORDS = frozenset({"question", "ask", "wonder", "inquire", "enquire", "query", "inquiry", "enquiry",
                            "unclear", "uncertain", "understand", "clarify", "decide", "determine", "doubt"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _interrogative(clause) -> bool:
    """A clause opened by "whether"/"if" or by a wh-word (an indirect question)."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return True
    first = min(clause.subtree, key=lambda t: t.i)
    return first.tag_ in WH_TAGS or (first.i + 1 <= clause.i and first.nbor().tag_ in WH_TAGS
                                     and first.dep_ in ("prep", "punct"))


def _in_question(sent_doc, i: int) -> bool:
    """The trigger is in an indirect question that a question, an asking or a doubt governs."""
    tok = sent_doc[i]
    for _ in range(10):
        if tok.dep_ in ("ccomp", "pcomp", "xcomp", "csubj", "csubjpass", "advcl", "acl") and _interrogative(tok):
            up = tok.head
            for _ in range(3):
                if _lemma(up) in QUESTION_WORDS or any(  # "it remains unclear who ..."
                        c.dep_ in ("acomp", "oprd", "attr") and _lemma(c) in QUESTION_WORDS for c in up.children):
                    return True
                if up.head.i == up.i:
                    break
                up = up.head
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


SPECIFIC_COOPERATION = frozenset({"alliance"})  # an exercise is still cooperation besides (GUIDE's gold lists both)


def _drop_subsumed_cooperation(events: list[Event]) -> list[Event]:
    """Cooperation is the type for what no other type names (GUIDE): "we cooperate with Türkiye in
    the format of a formal alliance" is the alliance, not an alliance and a cooperation besides.
    A cooperation event goes when its sentence yields an alliance or exercise of the same status
    among the same parties."""
    specific = {(ev.evidence.clean_start, ev.status, frozenset(ev.actors + ev.targets))
                for ev in events if ev.type in SPECIFIC_COOPERATION and ev.evidence is not None}
    return [ev for ev in events if not (
        ev.type == "cooperation" and ev.evidence is not None
        and (ev.evidence.clean_start, ev.status, frozenset(ev.actors + ev.targets)) in specific)]


def _drop_headline_repeats(events: list[Event], clean: CleanDocument) -> list[Event]:
    """A headline restates the lead: its events count only when the body does not report that type."""
    title = (clean.title or "").strip()
    if not title:
        return events
    is_title = [ev.evidence is not None and ev.evidence.clean_start < len(title) and
                ev.evidence.sentence.strip() in title for ev in events]
    body_types = {ev.type for ev, t in zip(events, is_title, strict=True) if not t}
    return [ev for ev, t in zip(events, is_title, strict=True) if not t or ev.type not in body_types]


def _anaphoric(sent_doc, i: int, j: int) -> bool:
    head = sent_doc[i:j].root
    return any(c.dep_ == "det" and c.lower_ in ("these", "those", "this", "that") for c in head.children)


MEETING_NOUNS = frozenset({"summit", "meeting", "talks", "visit", "session", "forum", "conference", "gathering"})


def _earlier_meeting(events: list[Event], event: Event, sent_doc, i: int, j: int) -> int | None:
    """Index of the meeting that "the summit" / "the talks" refers back to: the article's
    last meeting of the same status, when this trigger is a bare definite noun phrase."""
    if event.type != "meeting":
        return None
    head = sent_doc[i:j].root
    if head.pos_ in ("VERB", "AUX"):  # "the summit gathers leaders from ..."
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MEETING_NOUNS]
        if not subj:
            return None
        head, i, j = subj[0], subj[0].i, subj[0].i + 1
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in ("amod", "compound", "nummod", "poss", "prep") for c in head.children) or j - i > 1:
        return None  # "the 13th summit", "the Shanghai talks", "the summit in Astana": maybe another meeting
    for k in range(len(events) - 1, -1, -1):
        if events[k].type == "meeting" and events[k].status == event.status:
            return k
    return None


def _refers_back(events: list[Event], etype: str, parts: list[str], asserter: str | None) -> bool:
    for ev in events:
        if ev.type == etype and (set(ev.actors) | set(ev.targets)) & set(parts):
            return True
    return False


def _outermost(sent_doc, triggers: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Drop a trigger nested in the phrase of another trigger of the same type
    ("no participation ... in any mission": one deployment, read from "participation")."""
    keep = []
    for t in triggers:
        root = sent_doc[t[2]:t[3]].root
        nested = False
        for u in triggers:
            if u is t or u[0] != t[0]:
                continue
            uroot = sent_doc[u[2]:u[3]].root
            if uroot.i != root.i and any(a.i == uroot.i for a in root.ancestors):
                nested = True
                break
        if not nested:
            keep.append(t)
    return keep


def _proposal_fallback(sent_doc) -> list[tuple[str, str, int, int]]:
    """A sentence with no trigger where someone proposes something to states: a proposed cooperation."""
    for t in sent_doc:
        if _lemma(t) in ("propose", "suggest") and t.pos_ == "VERB" and any(
                c.dep_ in ("nsubj",) for c in t.children):
            return [("cooperation", "propose", t.i, t.i + 1)]
    return []


SETTLED_TYPES = frozenset({"meeting", "conflict"})


def merge_events(events: list[Event]) -> tuple[Event, ...]:
    """One event per distinct fact: same type, status and asserter, participants one within the other."""
    kept: list[Event] = []
    for ev in events:
        parts = set(ev.actors) | set(ev.targets)
        merged = False
        for k, old in enumerate(kept):
            if old.type != ev.type or old.status != ev.status:
                continue
            # who says it matters for claims; a summit that took place is one fact whoever mentions it
            if old.asserted_by != ev.asserted_by and not (ev.type in SETTLED_TYPES and ev.status == "occurred"):
                continue
            # cooperation in energy and trade is not the same fact as military cooperation
            if old.sectors and ev.sectors and not set(old.sectors) & set(ev.sectors):
                continue
            oparts = set(old.actors) | set(old.targets)
            if parts <= oparts or oparts <= parts or (old.type in ("meeting",) and parts & oparts):
                kept[k] = replace(
                    old,
                    targets=old.targets + tuple(t for t in ev.targets + ev.actors if t not in oparts),
                    sectors=tuple(dict.fromkeys(old.sectors + ev.sectors)),
                    provisions=tuple(dict.fromkeys(old.provisions + ev.provisions)),
                    when=old.when or ev.when,
                    where=old.where or ev.where,
                    agreement=old.agreement or ev.agreement,
                    confidence=min(0.95, max(old.confidence, ev.confidence) + 0.1),
                )
                merged = True
                break
        if not merged:
            kept.append(ev)
    return tuple(kept)
