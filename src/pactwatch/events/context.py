"""What the events stage knows about a document: quotations, affiliations, the reported person."""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from ..model import CleanDocument, EntityAnalysis, Metadata, Quote
from .lexicon import PRONOUNS_HE, Lexicon, _lemma, sent_text

# where a sentence ends (a full stop after a small letter, a digit, a closing quote or bracket, before a capital or an
# opening quote) or a line does: what the anaphors of :mod:`.discourse`, :mod:`.references` and :mod:`.sides` look
# back over (:meth:`DocContext.sentence_starts_before`)
SENTENCE_END = re.compile(r"(?<=[a-z0-9\"”’)])[.!?][\"”’)]?\s+(?=[A-Z\"“])|\n")


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
    anchor: datetime.date | None
    states: tuple[str, ...] = ()  # the states the article names, most mentioned first
    titled: frozenset[str] = frozenset()  # persons named with an office ("President X", "the minister, X")
    gazetteer_orgs: frozenset[str] = frozenset()  # organisations the gazetteer knows, and bodies NER found
    institutions: dict[str, str] = dataclasses.field(default_factory=dict)  # a state's institution -> the state
    meeting_parties: tuple[str, ...] = ()  # the parties of the article's first meeting: "the two leaders"
    names: dict[str, str] = dataclasses.field(default_factory=dict)  # entity id -> name
    junk_orgs: frozenset[str] = frozenset()  # organisations NER guessed that are no body (see _junk_orgs)
    own_state: str | None = None  # the state the document speaks for as "we" and "our" (see _own_state)
    # sentence start -> the parties its pointing subject stood for ("They ... They ...": events.discourse)
    pointed: dict[int, list[str]] = dataclasses.field(default_factory=dict)
    # a state's body that acts as itself ("the Georgian parliament") -> its state (StateLinks.bodies)
    body_states: dict[str, str] = dataclasses.field(default_factory=dict)

    @functools.cached_property
    def sentence_breaks(self) -> tuple[tuple[int, int], ...]:
        """Where :data:`SENTENCE_END` matches in the text, (start, end) in order: scanned once per document."""
        return tuple(m.span() for m in SENTENCE_END.finditer(self.text))

    @functools.cached_property
    def _break_ends(self) -> tuple[int, ...]:
        return tuple(e for _s, e in self.sentence_breaks)

    def sentence_starts_before(self, pos: int) -> tuple[list[int], int]:
        """The starts of the sentences (and lines) of the text before ``pos`` less its trailing space, 0 first, and
        where that text ends: what :data:`SENTENCE_END` finds in ``text[:pos].rstrip()``, read off
        :attr:`sentence_breaks`. The same breaks: that text ends on a non-space and a break ends on a space, so a
        break of the whole text that ends inside it is one of its own, and one its end cuts (a full stop right at
        its end, whose space and capital come after) is none of either."""
        end = slice(None, pos).indices(len(self.text))[1]  # len(text[:pos])
        while end and self.text[end - 1].isspace():  # str.rstrip() strips what str.isspace() calls space
            end -= 1
        return [0, *self._break_ends[:bisect.bisect_right(self._break_ends, end)]], end


def known_name(how: str) -> bool:
    """Whether a mention was found by the gazetteer (a known name), not guessed by NER or a pattern."""
    return how == "ner+gazetteer" or not (how.startswith("ner") or how in ("body", "pattern", "coref"))


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


@functools.lru_cache(maxsize=1)
def party_rules() -> dict:
    """``data/parties.json``: saying verbs, words of names that are no party, leaders' states."""
    return json.loads(resources.files("pactwatch.data").joinpath("parties.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=16)
def _words_rx(key: str) -> re.Pattern:
    """One regular expression matching any word or phrase of the list ``key`` of ``data/parties.json``
    (compiled once per process)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in party_rules()[key]) + r")\b", re.I)


@functools.lru_cache(maxsize=4096)
def _party_name_ok(name: str) -> bool:
    """Whether an organisation's name may be a party's: not a document, a meeting, an award, an outlet."""
    words = set(re.findall(r"[a-z0-9][a-z0-9.-]*", name.lower()))
    low = " " + " ".join(re.findall(r"[a-z0-9.-]+", name.lower())) + " "
    for w in party_rules()["not_party_words"]:
        if (" " in w and f" {w} " in low) or w in words:
            return False
    return True


@functools.lru_cache(maxsize=4096)
def _leader_state(person: str, by_surname: bool = True) -> str | None:
    """The state of a leader the lexicon knows, by the end of the person's id ("person:vladimir-putin"); with
    ``by_surname`` False only by a key that is the whole id or a full name ("ilham-aliyev"), not a surname alone."""
    name = person.split(":", 1)[-1]
    for key, state in party_rules()["leaders"].items():
        if name == key or (name.endswith("-" + key) and (by_surname or "-" in key)):
            return state
    return None


def _affiliations(ents: EntityAnalysis) -> dict[str, str]:
    aff: dict[str, str] = {}
    gazetteer = {m.entity_id for m in ents.mentions if known_name(m.how)}
    # a person the document itself titles for a state ("Uzbek Defence Minister X Shoigu") is that state's, though
    # a known leader shares the surname: the lexicon's surname match yields to the page's own title
    titled = {r.subject: r.object for r in ents.relations
              if r.relation in ("leader_of", "official_of") and r.object.startswith("country:")}
    for e in ents.entities:  # a known leader's state first: titles in readouts often leave it unsaid
        if e.kind == "person" and (state := _leader_state(e.id)):
            if titled.get(e.id, state) != state and not _leader_state(e.id, by_surname=False):
                state = titled[e.id]
            aff[e.id] = state
    for r in ents.relations:
        if r.relation in ("leader_of", "official_of") and r.subject not in aff and (
                r.object.startswith("country:") or r.object in gazetteer):  # not a title read as a body
            if r.object.split(":")[0] == "country" or r.relation == "leader_of":
                aff[r.subject] = r.object
    for role in ents.roles:
        if role.of and role.person not in aff and (role.of.startswith("country:") or role.of in gazetteer):
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


def _institutions(ents: EntityAnalysis, gaz, words: str = "state_institutions") -> dict[str, str]:
    """Organisations that are a state's institutions ("Turkish Foreign Ministry", "United
    States Armed Forces", "U.S. Department of Energy") -> that state: they act for it. With
    ``words`` 'body_words': a state's bodies of their own ("the Georgian parliament") -> their state."""
    rx = _words_rx(words)
    out = {}
    for e in ents.entities:
        if e.kind != "org" or not rx.search(e.name):
            continue
        # the name without its institution word, so the gazetteer sees the state, not the body it knows
        states = {h.entity_id for h in gaz.find(rx.sub("|", e.name)) if h.entity_id.startswith("country:")}
        if len(states) == 1:
            out[e.id] = states.pop()
    return out


def _missions(ents: EntityAnalysis, gaz) -> dict[str, str]:
    """A state's diplomatic mission, named as a place or an organisation ("the Russian Embassy in Baku", "the Embassy
    of Japan in Kenya", "the Indian High Commission") -> the state it stands for (``data/parties.json``
    'mission_words'); the state it is in ("in Baku", "to the UN") is not read."""
    rx = _words_rx("mission_words")
    out = {}
    for e in ents.entities:
        if e.kind not in ("place", "org") or not rx.search(e.name):
            continue
        own = re.split(r"\s+(?:in|at|to)\s+", e.name)[0]
        states = {h.entity_id for h in gaz.find(rx.sub("|", own)) if h.entity_id.startswith("country:")}
        if len(states) == 1:
            out[e.id] = states.pop()
    return out


@dataclass(frozen=True)
class StateLinks:
    """Whom a document's persons and organisations stand for: what relevance and the events'
    context both read, computed once per document (:func:`document_links`)."""

    affiliation: dict[str, str]  # person id -> country/org id (a leader's, an office holder's)
    institutions: dict[str, str]  # a state's institution or mission ("the Turkish Foreign Ministry") -> the state
    organs: dict[str, str]  # an organ named without its state ("the Pentagon") -> the state
    # a body of a state that acts as itself, no party for its state ("the Georgian parliament") -> the state
    bodies: dict[str, str] = dataclasses.field(default_factory=dict)

    def states(self) -> set[str]:
        """The states among them (see :func:`represented_states`): a parliament's state is one the article
        is about ("The Georgian parliament ratified the pact with Armenia" names two states)."""
        found = set(self.affiliation.values()) | set(self.institutions.values()) | set(self.organs.values())
        found |= set(self.bodies.values())
        return {s for s in found if s.startswith("country:")}


def _gazetteer(gaz):
    """``gaz``, else the package's gazetteer (loaded once per process)."""
    if gaz is None:
        from ..gazetteer import load_gazetteer

        return load_gazetteer()
    return gaz


def state_links(ents: EntityAnalysis, gaz=None) -> StateLinks:
    """The :class:`StateLinks` of an entity analysis (``gaz``: the pipeline's gazetteer)."""
    gaz = _gazetteer(gaz)
    return StateLinks(_affiliations(ents), _institutions(ents, gaz) | _missions(ents, gaz), _organs(ents),
                      _institutions(ents, gaz, "body_words"))


def document_links(sdoc, ents: EntityAnalysis, gaz=None) -> StateLinks:
    """:func:`state_links` of a document, computed once per spaCy doc and entity analysis
    (relevance and the events' context both ask)."""
    key = ("pactwatch.links", id(ents))
    if key not in sdoc.user_data:
        sdoc.user_data[key] = state_links(ents, gaz)
    return sdoc.user_data[key]


def represented_states(ents: EntityAnalysis, gaz=None) -> set[str]:
    """The states the article's persons and institutions stand for, named or not: a known leader's
    ("President Joe Biden"), an office holder's ("Prime Minister Naftali Bennett of Israel"), a state's
    institution or organ ("the Turkish Foreign Ministry", "the Pentagon")."""
    return state_links(ents, gaz).states()


def _fold(name: str) -> str:
    """A name in lower case without accents, its article and its state's abbreviation ("the U.S. Pentagon")."""
    low = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()
    return re.sub(r"^(?:the\s+)?(?:u\.?s\.?a?\.?\s+|united states\s+)?", "", low)


ADMINISTRATION = re.compile(r"\b(?:administration|government|cabinet)$", re.I)  # "the Biden-Harris Administration"


def _organs(ents: EntityAnalysis) -> dict[str, str]:
    """Organs a report names without their state ("the Pentagon", "the Departments of State and
    Defense") -> the state, from the table in ``data/parties.json``."""
    table = party_rules()["state_organs"]
    out = {e.id: table[_fold(e.name)] for e in ents.entities if e.kind == "org" and _fold(e.name) in table}
    # a leader's administration or government is his state's ("the Biden-Harris Administration")
    for e in ents.entities:
        if e.kind == "org" and e.id not in out and ADMINISTRATION.search(e.name):
            states = {_leader_state("person:" + w) for w in re.split(r"[\s-]+", _fold(e.name))[:-1]} - {None}
            if len(states) == 1:
                out[e.id] = states.pop()  # type: ignore[assignment]
    return out


def _long_form(text: str, acronym: str) -> str | None:
    """The name an acronym abbreviates where the text spells it ("Indo-Pacific Economic Framework
    (IPEF)"): the capitalised words (and the small words between them) before its parentheses."""
    m = re.search(r"((?:[A-Z][\w.’'-]*\s+(?:(?:of|on|for|and|the|to|in|de)\s+)*){1,8})\(\s*"
                  + re.escape(acronym) + r"\s*\)", text)
    if not m:
        return None
    words = m.group(1).split()
    for k in range(1, len(words) + 1):  # the shortest run of words the letters abbreviate
        parts = [p for w in words[-k:] for p in re.split(r"[-.]", w) if p]
        if acronym.upper() in ("".join(p[0] for p in parts if p[0].isupper()).upper(),
                               "".join(p[0] for p in parts).upper()):
            return " ".join(words[-k:])
    # letters of some of the words ("Treaty on Conventional Armed Forces in Europe (CFE)"): the whole name
    initials = iter(p[0].upper() for w in words for p in re.split(r"[-.]", w) if p and p[0].isupper())
    return " ".join(words) if all(ch in initials for ch in acronym.upper() if ch.isalpha()) else None


def _junk_orgs(ents: EntityAnalysis, text: str, known: frozenset[str], gaz) -> tuple[frozenset[str], dict[str, str]]:
    """Organisations NER guessed (no gazetteer entry, no body word in the name) that cannot be
    parties: a programme or a subject ("Cyber Cooperation", "Foreign Military Financing"), officials
    ("National Security Advisors"), a title run into a person's name ("National Defense Delfin
    Lorenzana"), an acronym of a document ("MOU", "IPEF"). An acronym of a state ("Papua New Guinea
    (PNG)") is that state: returned with the junk as ``{acronym's id: state}``."""
    rx = _words_rx("topic_words")
    surnames = {e.name.split()[-1].lower() for e in ents.entities if e.kind == "person" and len(e.name.split()) >= 2}
    junk: set[str] = set()
    states: dict[str, str] = {}
    for e in ents.entities:
        if e.kind != "org" or e.id in known:
            continue
        words = {w.lower() for w in re.findall(r"[\w'’-]+", e.name)}
        if rx.search(e.name) or words & surnames:
            junk.add(e.id)
            continue
        if re.fullmatch(r"[A-Z][A-Z0-9&-]{1,7}", e.name) and (long := _long_form(text, e.name)):
            found = {h.entity_id for h in gaz.find(long)} if gaz is not None else set()
            if len(found) == 1 and next(iter(found)).startswith("country:"):
                states[e.id] = found.pop()
            elif not _party_name_ok(long):
                junk.add(e.id)
    return frozenset(junk), states


def _bodies(ents: EntityAnalysis) -> frozenset[str]:
    """Organisations NER found whose name says they are a body that can act ("the Libyan House of
    Representatives", "Iraqi security forces"), unlike other guessed names ("Cyber Cooperation")."""
    rx = _words_rx("body_words")
    return frozenset(e.id for e in ents.entities if e.kind == "org" and rx.search(e.name))


@functools.lru_cache(maxsize=1)
def _outlet_states() -> dict[str, str]:
    """``data/publishers.json`` ``_states``: a state medium's or a state body's outlet -> the state it speaks for."""
    data = json.loads(resources.files("pactwatch.data").joinpath("publishers.json").read_text(encoding="utf-8"))
    return data.get("_states", {})


# a header line that is only a state body's name: "Ministry of Defence of the Republic of Uzbekistan", "Press Service
# of the Ministry of Foreign Affairs of Azerbaijan", "Embassy of Japan in Kenya", "Kyrgyz Ministry of Defence"
BODY_LINE = re.compile(r"(?i:^(?:(?:the\s+)?press\s+(?:service|office|centre|center)\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}"
                       r"(?:ministry|department|embassy|government|presidency|office|general\s+staff|armed\s+forces|"
                       r"defen[cs]e\s+forces|mission|mod|mfa)\b)"
                       r"(?:\s+(?:of|for|and|the|in|to|at|on|&|[A-Z][\w'’.-]*|\(\w+\)))*\s*$")


def _state_in(name: str, gaz) -> str | None:
    """The one state a body's name holds ("Ministry of Defence of the Republic of Kazakhstan"), else None."""
    found = {h.entity_id for h in gaz.find(name) if h.entity_id.startswith("country:")}
    return found.pop() if len(found) == 1 else None


def _own_state(text: str, publisher: str | None, gaz) -> str | None:
    """The state a document speaks for when its narration says "we" and "our" ("our troops in X" in a ministry's
    press release, "our Republic" in a state medium): a state outlet's or body's (``data/publishers.json``
    ``_states``: "KCNA", "The White House"), a publisher that is a state body ("Ministry of Foreign Affairs of
    Kyrgyzstan"), or a state body's name alone on one of the first lines of the page, its state named in it or alone
    on the line above it (a letterhead: "REPUBLIC OF X" over "MINISTRY OF NATIONAL DEFENCE")."""
    from ..outlets import publisher_in

    table = _outlet_states()
    if publisher:
        canonical = publisher_in(publisher) or publisher.strip()
        if canonical in table:
            return table[canonical]
        if len(publisher.split()) <= 14 and _words_rx("state_institutions").search(publisher) and (
                st := _state_in(publisher, gaz)):
            return st
    above = ""  # the line before: a letterhead's state ("REPUBLIC OF X" over "MINISTRY OF NATIONAL DEFENCE")
    for line in text.split("\n", 4)[:4]:
        line = line.strip()
        if line in table:
            return table[line]
        if 2 <= len(line.split()) <= 14 and BODY_LINE.match(line) and (
                st := _state_in(line, gaz) or (_state_in(above, gaz) if len(above.split()) <= 4 else None)):
            return st
        above = line
    return None


INTERVIEWEE_LINES = 8  # the head lines (headline, outlet, date, byline, lead) an interviewee is named in


def _interviewee(text: str, ents: EntityAnalysis) -> str | None:
    """Who answers in an interview without speaker labels: the first person an office names in the prose of its
    first lines ("Kyrgyz Defence Minister Baktybek Asanov answered our questions"; not an "Author:" line's writer),
    else the person named most."""
    from ..quotes import BYLINE_WORDS

    head = len("\n".join(text.split("\n", INTERVIEWEE_LINES)[:INTERVIEWEE_LINES]))
    titled = {r.person for r in ents.roles}
    # (not the writer an "Author:" or "By" line names: a byline is a line of a few words)
    first = next((x.entity_id for x in sorted(ents.mentions_in(0, head), key=lambda x: x.start)
                  if x.entity_id in titled and len(_line_at(text, x.start).split()) > BYLINE_WORDS), None)
    counts = Counter(x.entity_id for x in ents.mentions if x.entity_id.startswith("person:"))
    return first or (counts.most_common(1)[0][0] if counts else None)


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


INTERVIEW = re.compile(r"(?i)\binterview")
LABEL = re.compile(r"[ \t]*(?:[\w.'’-]+[ \t]+){0,4}[\w.'’-]+[ \t]*:[ \t]+")  # a speaker label opening a line


def _answer_spans(text: str, ents: EntityAnalysis) -> list[tuple[int, int, str | None]]:
    """The answers of an interview, line by line, as quotations of their speaker: the turns speaker labels give
    (``quotes.turn_at``: "Rahmon: Our border troops ...", "A: ...", questions nobody's); in an article without labels
    its first lines call an interview, a paragraph right after a question (a line ending with "?"), bare or opened
    by a dash, is the interviewee's (:func:`_interviewee`)."""
    from ..quotes import QUESTION, turn_at

    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    spans: list[tuple[int, int, str | None]] = []
    labelled = False
    for start, end in lines:
        who = turn_at(text, ents.mentions, start) if start < end else None
        labelled = labelled or who is not None
        if who and who != QUESTION:  # (after the line's own label: "Asanov: ...")
            label = LABEL.match(text, start, end)
            spans.append((label.end() if label else start, end, who))
    if labelled or not INTERVIEW.search(text[:400]) or not (who := _interviewee(text, ents)):
        return spans
    prev = ""
    for start, end in lines:
        bare = text[start:end].strip()
        if prev.endswith("?") and bare and not bare.endswith("?"):
            spans.append((start + len(text[start:end]) - len(text[start:end].lstrip(" \t-–—")), end, who))
        prev = bare or prev
    return spans


def make_context(clean: CleanDocument, meta: Metadata, ents: EntityAnalysis, quotes: tuple[Quote, ...],
                 gaz=None, links: StateLinks | None = None) -> DocContext:
    """What the events stage knows about a document (``links``: its :func:`document_links`, computed when not given)."""
    gaz = _gazetteer(gaz)
    if links is None:
        links = state_links(ents, gaz)
    known = frozenset(m.entity_id for m in ents.mentions if known_name(m.how)) | _bodies(ents)
    junk, acronyms = _junk_orgs(ents, clean.text, known, gaz)
    own = _own_state(clean.text, meta.publisher, gaz)
    # a state body named without its state ("the National Security Council") on a page that speaks for one state
    generic = set(party_rules()["unnamed_state_bodies"])
    unnamed = {e.id: own for e in ents.entities if own and e.kind == "org" and _fold(e.name) in generic}
    return DocContext(
        text=clean.text,
        ents=ents,
        quotes=quotes,
        quote_spans=_quote_spans(clean.text, quotes) + _answer_spans(clean.text, ents),
        affiliation=dict(links.affiliation),
        salient_org=_salient_org(ents),
        # (a mission the entities took for a place acts as its state's body: StateLinks.institutions)
        kinds={e.id: "org" if e.id in links.institutions else e.kind for e in ents.entities},
        anchor=meta.published,
        states=tuple(s for s, _n in Counter(m.entity_id for m in ents.mentions
                                            if m.entity_id.startswith("country:")).most_common()),
        titled=frozenset(r.person for r in ents.roles),
        gazetteer_orgs=known,
        institutions=unnamed | links.institutions | links.organs | acronyms,
        names={e.id: e.name for e in ents.entities},
        junk_orgs=junk,
        own_state=own,
        body_states=dict(links.bodies),
    )


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
    m = re.search(r"\baccording to\b", sent_text(sent_doc), re.I)
    if m:
        for men in ctx.ents.mentions_in(offset + m.end(), offset + m.end() + 60):
            if men.entity_id.startswith("person:"):
                return men.entity_id
    return None


def _quote_span_at(ctx: DocContext, pos: int) -> tuple[int, int] | None:
    for s, e, _speaker in ctx.quote_spans:
        if s <= pos < e:
            return s, e
    return None
