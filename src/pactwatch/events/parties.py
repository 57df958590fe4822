"""Actors, targets and the place of an event from the trigger's arguments in the parse."""
from __future__ import annotations

import itertools
import re

from .asserter import FIRST_PERSON, _author, _office_holder, _subject_of
from .asserter import asserter_of as asserter_of  # the caller's import
from .context import DocContext, _last_person_before, _party_name_ok, _quote_span_at, party_rules
from .lexicon import (
    ACTOR_KINDS,
    PRONOUNS_HE,
    PRONOUNS_WE,
    Lexicon,
    _generic_group,
    _lemma,
    _words_rx,
    sent_text,
)
from .status import _path_up

PLACE_NOUNS = frozenset({"city", "town", "capital", "region", "village", "province", "district", "port",
                         "resort", "area", "territory", "republic"})


def _locative(sent_doc, char: int):
    """``("in" | "at", preposition token)`` when the token at ``char`` is the object of a
    locative preposition ("held in the Azerbaijani city of Gabala", "at the White House"),
    else None."""
    span = sent_doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
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


CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj"})


def _mention_token(sent_doc, offset: int, m):
    """The head token of a mention in a parsed sentence (the one whose head lies outside it)."""
    span = sent_doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


COOPERATIVE = frozenset({"cooperation", "exercise", "alliance", "agreement", "meeting"})


def _adversary(tok, trig) -> bool:
    """Whether a name is whom a cooperation is directed against, not a side of it: the object of a verb of
    countering on the way up to the trigger ("to counter Iran", "preventing Iran from acquiring"), or
    of "against" ("cooperation against Russia")."""
    if tok is None:
        return False
    verbs = set(party_rules()["countering_verbs"])
    t = tok
    while t.head.i != t.i and t.i != trig.i and not t.is_ancestor(trig):
        if (t.dep_ in ("dobj", "pobj") and t.head.pos_ == "VERB" and t.head.lemma_.lower() in verbs) or (
                t.dep_ == "pobj" and t.head.lower_ == "against"):
            return True
        t = t.head
    return False


def _cause(tok, trig) -> bool:
    """Whether a name is in what an act answers or happens amid, not a side of it: "in response to Russia's
    aggression against Ukraine", "amid Russia's war on Ukraine", "because of China's pressure" (for a warning
    or a war, whose act it answers is whom it is against: the caller does not ask)."""
    if tok is None:
        return False
    t = tok
    while t.head.i != t.i and t.i != trig.i and not t.is_ancestor(trig):
        if t.dep_ == "pobj" and (t.head.lower_ in ("amid", "amidst") or (
                t.head.lower_ in ("to", "of") and t.head.head.lower_ in ("response", "because", "wake", "light"))):
            return True
        t = t.head
    return False


def _names_another(tok) -> bool:
    """Whether a state's or an organisation's name only qualifies another actor that is no party: a group
    that is not the state ("Iraqi militias", "Syrian rebels", "Afghan insurgents"), a think tank, a
    university, an outlet or a company named by it ("the Atlantic Council think tank")."""
    if tok is None or tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i == tok.i:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "the Atlantic Council think tank"
        head = head.head
    words = {head.lemma_.lower(), f"{head.nbor(-1).lower_} {head.lemma_.lower()}" if head.i > 0 else ""}
    return bool(words & set(party_rules()["not_party_heads"]))


def _mention_token_at(sent_doc, offset: int, pos: int):
    """The token at document position ``pos`` in a parsed sentence."""
    span = sent_doc.char_span(pos - offset, pos - offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sibling_verbs(trig) -> frozenset[int]:
    """The verbs above the trigger's own that it is coordinated to ("voiced concern over X's build-up,
    and called on Russia to ..."): their objects are theirs, not the trigger's; their subject is shared."""
    t = trig
    while t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            return frozenset({t.head.i} | {a.i for a in t.head.ancestors})
        t = t.head
    return frozenset()


def _in_other_clause(tok, trig) -> bool:
    """Whether ``tok`` hangs on another clause than the trigger's: on its way up to the
    trigger's path it passes a verb of a subordinate or coordinated clause ("to deter Russian
    aggression against Ukraine", "after Russia invaded Ukraine", "and Japan welcomed it"). A clause
    on the trigger itself is its own ("a memorandum strengthening cooperation between A and B")."""
    above = {a.i for a in trig.ancestors} | {trig.i}
    t = tok
    while t.i not in above and t.head.i != t.i:
        own = t.dep_ in ("acl", "relcl") and t.head.i == trig.i  # "a memorandum strengthening ties between A and B"
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") and not own:
            return True
        if t.head.i in above:
            break
        t = t.head
    # the object of a coordinated verb is its own ("voiced concern over X's build-up"); whom it addresses
    # is the trigger's too ("thanked Minister X ... and looked forward to the agreement")
    return t.head.i in _sibling_verbs(trig) and not (t.i == tok.i and t.dep_ in ("dobj", "dative", "nsubj", "nsubjpass"))


def can_be_party(eid: str, ctx: DocContext) -> bool:
    """States always, and a state's institutions; organisations the gazetteer knows or whose name
    says they are a body that acts ("the Libyan House of Representatives", "Iraqi security forces"),
    unless their name is a document, a meeting, an award, an outlet or a website ("Memorandum of
    Cooperation", "Critical Minerals Framework", "Yonhap"). A name NER guessed that is no body is
    none: an acronym of a document ("MOU", "IPEF"), a programme ("Cyber Cooperation"), a title run
    into a name ("National Defense Delfin Lorenzana")."""
    if eid.startswith("country:") or eid in ctx.institutions:
        return True
    if eid in ctx.junk_orgs:
        return False
    return _party_name_ok(ctx.names.get(eid) or eid.split(":", 1)[-1].replace("-", " "))


def _inside_other_name(m, mentions) -> bool:
    """A name inside a longer name ("Japan" in "Sea of Japan") is no mention of its own; the
    states an agreement's or partnership's name holds are its parties ("the U.S.-Romania
    Strategic Partnership")."""
    return any(n is not m and n.start <= m.start and m.end <= n.end and (n.end - n.start) > (m.end - m.start)
               and not n.entity_id.startswith("agreement:") and not _relation_name(n, mentions) for n in mentions)


def _relation_name(n, mentions) -> bool:
    """A name made of states joined by hyphens names their relation, not a body of its own: "the
    U.S.-Japan Alliance", "the U.S.-ROK Alliance", "the India-France Strategic Dialogue"."""
    inner = sorted((m for m in mentions if m is not n and n.start <= m.start and m.end <= n.end
                    and m.entity_id.startswith("country:")), key=lambda m: m.start)
    return len(inner) >= 2 and any(re.fullmatch(r"\s*[-–‐]\s*", n.text[a.end - n.start:b.start - n.start])
                                   for a, b in itertools.pairwise(inner))


def _group_subject(c) -> bool:
    """"The two leaders", "both sides": the article's two principal states."""
    phrase = " ".join(t.lower_ for t in c.subtree if t.i <= c.i)
    return any(phrase.endswith(g) for g in party_rules()["group_subjects"])


GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def _group_size(c) -> int | None:
    """How many parties a plural subject counts ("the three countries": 3; "they", "the leaders": unsaid)."""
    return next((GROUP_SIZES[t.lower_] for t in c.subtree if t.i <= c.i and t.lower_ in GROUP_SIZES), None)


def _group_in_focus(ctx: DocContext, size: int | None) -> list[str]:
    """The parties a plural subject ("the two leaders", "the three countries") stands for: those who met in
    the article's first meeting, else the article's most named states, as many as the subject counts."""
    if len(ctx.meeting_parties) >= 2 and (size in (None, 2) or len(ctx.meeting_parties) == size):
        return list(ctx.meeting_parties)
    return list(ctx.states[:size or 2])


GROUP_PRONOUNS = frozenset({"they"})  # after a meeting, "they" are those who met (readout style)
# facts that are someone else's act: who comments on them (condemns, welcomes) is no party
OTHERS_ACTS = frozenset({"conflict"})
NEEDS_TARGET = frozenset({"conflict", "threat", "request", "deployment"})  # done to someone
OWN_PARTY_TYPES = frozenset({"alliance", "cooperation"})  # "NATO's 32nd Ally": the possessor is the other side
AGENT_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "navy", "personnel", "unit", "militant", "fighter",
                         "rebel", "warship", "jet", "aircraft", "drone", "missile", "marine", "sailor", "police"})
ACT_NOUNS = frozenset({"signing", "signature", "ratification", "conclusion", "adoption", "approval", "launch",
                       "holding", "hosting", "conduct", "deployment", "withdrawal"})
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "number", "contingent", "battalion", "unit",
                            "group", "team", "wave", "series", "barrage", "squadron"})


def _own_agent(trig, party_at):
    """The token naming the trigger noun's own doer, or None: "Russia's war", "DPRK troops", "Japan and
    Australia's signing", "Houthi attacks", "the deployment of thousands of DPRK troops" (``party_at(token)``:
    the token is in a state's or an organisation's name; "the Strategic Defense Agreement" names none)."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in trig.children:
        if c.dep_ in AGENT_DEPS and c.i < trig.i and party_at(c):
            return c
    act = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "of" else None
    if act is not None and act.pos_ == "NOUN" and act.lemma_ in ACT_NOUNS:
        # "Japan and Australia's signing of the Reciprocal Access Agreement"
        agent = next((c for c in act.children if c.dep_ == "poss" and party_at(c)), None)
        if agent is not None:
            return agent
    # "by" names the doer ("attacks by Houthi rebels"); "of" only a force ("the deployment of DPRK troops",
    # not "the invasion of Ukraine" nor "a violation of Iraqi sovereignty")
    preps = [c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("of", "by")]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "by" and party_at(obj):
                return obj
            agent = next((c for c in obj.children if c.dep_ in AGENT_DEPS and party_at(c)), None)
            if agent is not None and (prep.lower_ == "by" or obj.lemma_ in FORCE_NOUNS):
                return agent
            if obj.like_num or obj.lemma_ in QUANTITY_NOUNS:  # "of thousands of DPRK troops"
                preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
    return None


NO_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "make", "matter", "happen"})  # "it is time to"


def _last_party_before(ctx: DocContext, pos: int) -> str | None:
    """The state or organisation named last before ``pos`` ("it" stands for it), within two sentences' reach."""
    best = None
    for m in ctx.ents.mentions_in(max(0, pos - 400), pos):
        k = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        if k in ACTOR_KINDS and can_be_party(m.entity_id, ctx) and (best is None or m.end > best.end):
            best = m
    return ctx.institutions.get(best.entity_id, best.entity_id) if best else None


def _possessor_against(trig, ctx: DocContext, offset: int) -> str | None:
    """Who "its"/"their" stands for on the noun an attack is against: "its fight against the Russian
    invasion", "their defense against Houthi attacks" (the party named last before it)."""
    prep = trig.head if trig.dep_ == "pobj" and trig.head.lower_ in ("against", "from") else None
    noun = prep.head if prep is not None and prep.head.pos_ == "NOUN" else None
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None) if noun else None
    return _last_party_before(ctx, offset + poss.idx) if poss is not None else None


def _clause_root(tok):
    """The verb heading the clause ``tok`` is in (a clause under another verb ends at "so it can", "that",
    "which"; "started to", "and" stay in it)."""
    t = tok
    while t.head.i != t.i and not (t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS - {"xcomp", "conj"}):
        t = t.head
    return t


def _in_clause(tok, root) -> bool:
    """Whether ``tok`` is in the clause ``root`` heads; a participle's clause holds the noun it describes
    ("the Romanian sailor killed in the Iranian attack")."""
    if _clause_root(tok).i == root.i:
        return True
    noun = root.head if root.dep_ == "acl" else None
    return noun is not None and (tok.i == noun.i or (tok.head.i == noun.i and tok.dep_ in AGENT_DEPS))


def _resists(trig, subj) -> bool:
    """Whether the subject ``subj`` of the clause is the other side of a war or an attack named by its doer:
    the act hangs on the clause's verb, not on a noun ("Saudi Arabia supported the government against the
    Houthi rebellion", "Ukraine repelled Russian attacks"; not "the US will support Ukraine's defense against
    Russian aggression"), and the subject is that verb's own or shared through "started to", "and" (not one of
    a clause above: "delivered weapons to Ukraine so it can defend itself against Russian aggression")."""
    if subj is None:
        return False
    t = trig.head if trig.dep_ == "pobj" else trig
    if t.dep_ not in ("prep", "dobj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = t.head
    while subj.head.i != verb.i:
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def _addressee(tok, trig) -> bool:
    """Whether ``tok`` names the subject of the clause a request asks for: whom it asks ("recommended the
    United States troops in Iraq withdraw", "urged that Israeli forces leave")."""
    t = tok
    while t.dep_ in AGENT_DEPS and t.head.i != t.i:
        t = t.head
    verb = t.head
    return t.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("ccomp", "xcomp") and verb.head.i == trig.i


def _own_group(sent_doc, text: str, lex: Lexicon, trig) -> bool:
    """Whether a generic group ("its member states", "the Turkic states", "allies") is among the trigger's
    own words: not "our allies" (the speaker's), nor in another clause ("We cooperate with Türkiye in a
    military alliance ... it would be good if the Turkic states also started cooperating")."""
    if not _generic_group(text, lex):
        return False
    low = text.lower()
    for m in _words_rx(tuple(lex.generic_groups), True).finditer(low):
        if re.search(r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}$", low[:m.start()]) and m.group(0) == "allies":
            continue
        span = sent_doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span) or not _in_other_clause(span.root, trig):
            return True
    return False


def _has_members(org: str | None, ctx: DocContext) -> bool:
    """Whether an organisation has member states that "allies", "member states" may stand for: the document
    says a state is a member of it, or its name is one of a bloc ("the Organization of Turkic States",
    "NATO"), unlike an airline or an armed group the article is about."""
    if org is None:
        return False
    if any(r.object == org for r in ctx.ents.relations if r.relation in ("member_of", "observer_of")):
        return True
    words = set(re.findall(r"[a-z0-9]+", (ctx.names.get(org) or org.split(":", 1)[-1]).lower()))
    return bool(words & set(party_rules()["membership_words"]))


def _between(trig, party_at, offset: int) -> tuple[int, int] | None:
    """The document span of the trigger noun's own "between X and Y" (X and Y being parties), or None."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"):
        if any(party_at(t) for t in prep.subtree):
            return offset + prep.idx, offset + prep.right_edge.idx + len(prep.right_edge)
    return None


def _our_side(trig) -> bool:
    """Whether "our" names a side of the trigger's own phrase: "our decades-long security partnership",
    "in close coordination with our NATO Allies" (the one who speaks or writes is that side)."""
    heads = [trig, *(o for p in trig.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    return any(c.dep_ == "poss" and c.lower_ == "our" for h in heads for c in h.children)


def _coordinated_offices(c) -> bool:
    """"The Vice President and the President": unnamed office holders coordinated as one subject."""
    conj = [t for t in c.children if t.dep_ == "conj"]
    if not conj:
        return False
    offices = set(party_rules()["office_subjects"])
    heads = [c, *conj]
    return all(" ".join(w.lower_ for w in h.subtree if w.i <= h.i and (w.i == h.i or w.dep_ not in (
        "cc", "conj", "det", "punct"))) in offices for h in heads)


def _office_subject(c) -> str | None:
    """The office of "The President", "the Secretary", "the White House": an office holder the sentence
    does not name; else None."""
    phrase = " ".join(t.lower_ for t in c.subtree if t.i <= c.i)
    return next((w for w in party_rules()["office_subjects"] if phrase in ("the " + w, w)), None)


def _state_of(ctx: DocContext, person: str | None) -> str | None:
    """The state or organisation a person acts for, when the document tells (never an agreement or a
    place a role was misread from: "expressed support for the Indo-Pacific Economic Framework")."""
    st = ctx.affiliation.get(person) if person else None
    st = ctx.institutions.get(st, st) if st else None  # a ministry's spokesperson speaks for its state
    return st if st and st.split(":")[0] in ("country", "org") else None


def _principal_state(ctx: DocContext, exclude: set[str]) -> str | None:
    """The state an official named without one serves: the article's most named state that is
    not already a party of the sentence (a visitor is not the host, a caller not the called)."""
    for st in ctx.states:
        if st not in exclude:
            return st
    return None


def _participants(sent_doc, offset: int, i: int, ctx: DocContext, lex: Lexicon, speaker: str | None,
                  asserter: str | None, rivals: tuple[int, ...],
                  etype: str = "") -> tuple[list[str], list[str], str | None]:
    """Actors, targets and a place for the trigger at token ``i`` of a parsed sentence.

    Parties are the trigger's own arguments in the parse: the subject of its clause (with
    what is coordinated to it), and the states, organisations and persons (for their state)
    that hang on the trigger's phrase or path; never a name inside another name, in another
    clause, nearer another trigger of the sentence (``rivals``), nor the subject of a verb of
    saying above the trigger (who says or condemns it asserts it: ``asserted_by``).

    The place is the nearest locative phrase in the parse that no rival is nearer to; within
    one phrase a place beats the country that qualifies it ("in the Azerbaijani city of Gabala"
    is Gabala). The state a conflict is in is also its target ("Russia's war in Ukraine").

    A trigger inside a quotation takes its participants from the quotation only ("...,"
    Waltz told the Hugh Hewitt Show: the show is not a party to what Waltz says)."""
    text = sent_text(sent_doc)
    start, end = offset, offset + len(text)
    span = _quote_span_at(ctx, offset + sent_doc[i].idx)
    if span is not None:
        start, end = max(start, span[0]), min(end, span[1])
    mentions = ctx.ents.mentions_in(start, end)
    person_spans = [(m.start, m.end) for m in mentions if m.entity_id.startswith("person:")]
    trig_pos = offset + sent_doc[i].idx
    trig = _phrase_head(sent_doc[i])
    saying = frozenset(party_rules()["saying_verbs"])
    # subject of the clause: who does it (not the subject of a verb of saying above the trigger)
    subj_ent = None
    subj_span: tuple[int, int] | None = None
    subj_tok = None  # the subject token found
    subj_none = False  # the subject is an actor that is no party ("Syrian rebels")
    sayer_span: tuple[int, int] | None = None  # the subject of a verb of saying above the trigger
    group: list[str] = []
    office = False
    prev = None
    party_spans = [(m.start - offset, m.end - offset) for m in mentions
                   if ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0]) in ACTOR_KINDS]
    def party_at(t) -> bool:
        return any(a <= t.idx < b for a, b in party_spans)

    own_agent = _own_agent(trig, party_at)  # a token or None
    commentator = False  # the subject of a verb of saying above someone else's act asserts it
    for tok in _path_up(sent_doc[i]):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != i][:1]
        if tok.i != i and tok.i != trig.i and _lemma(tok) in saying and tok.pos_ in ("VERB", "AUX") and not (
                prev is not None and prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX")):
            # "X condemned Russia's war": X asserts the war, is no party of it; "X stressed the need for
            # joint drills": X proposes them; "X voiced concern and called on Russia to ...": a verb
            # coordinated with the saying shares its subject, who calls
            sayer = _subject_of(tok)
            if sayer is not None and not sayer.left_edge.i <= i <= sayer.right_edge.i:
                sayer_span = (offset + sayer.left_edge.idx, offset + sayer.right_edge.idx + len(sayer.right_edge))
            commentator = sayer_span is not None and (etype in OTHERS_ACTS or own_agent is not None)
            if commentator or sayer_span is None:
                break
            subjects = [sayer]
        prev = tok
        for c in subjects:
            cs, ce = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
            subj_span, subj_tok = (cs, ce), c
            # "some Iraqi militias associated with Iran made threats": the militias, neither Iraq nor Iran
            subj_none = c.lemma_.lower() in party_rules()["not_party_heads"]
            for mm in ctx.ents.mentions_in(cs, ce) if not subj_none else ():
                k = ctx.kinds.get(mm.entity_id, mm.entity_id.split(":")[0])
                if k in ACTOR_KINDS and can_be_party(mm.entity_id, ctx):
                    subj_ent = ctx.institutions.get(mm.entity_id, mm.entity_id)
                    break
                if k == "person" and _state_of(ctx, mm.entity_id):
                    subj_ent = _state_of(ctx, mm.entity_id)
                    break
                if k == "person" and mm.entity_id in ctx.titled:
                    office = True  # a titled person whose state the text leaves unsaid
                    break
            if subj_ent is None and c.lower_ in PRONOUNS_WE and speaker:
                subj_ent = _state_of(ctx, speaker)
            if subj_ent is None and c.lower_ in PRONOUNS_HE:
                subj_ent = _state_of(ctx, _last_person_before(ctx, offset + c.idx))  # "he has threatened ..."
            if subj_ent is None and c.lower_ == "it" and c.head.pos_ == "VERB" and c.head.lemma_ not in NO_IT_VERBS:
                subj_ent = _last_party_before(ctx, offset + c.idx)  # "weapons to Ukraine so it can defend itself"
            if subj_ent is None and (_group_subject(c) or _coordinated_offices(c)):
                pair = _group_in_focus(ctx, 2 if _coordinated_offices(c) else _group_size(c))
                if len(pair) >= 2:
                    subj_ent, group = pair[0], pair[1:]
            if subj_ent is None and c.lower_ in GROUP_PRONOUNS and len(ctx.meeting_parties) == 2:
                subj_ent, group = ctx.meeting_parties[0], list(ctx.meeting_parties[1:])  # "they" after a meeting
            if subj_ent is None and c.lower_ in FIRST_PERSON and speaker is None:
                subj_ent = _state_of(ctx, _author(ctx))  # the author of a statement ("I spoke with", "we will")
                office = subj_ent is None  # an author the title does not name: the article's state
            if subj_ent is None and not ctx.ents.mentions_in(cs, ce) and (title := _office_subject(c)):
                # "The President conveyed ...": the state of whom the article names with the office
                subj_ent = _state_of(ctx, _office_holder(ctx, title))
                office = subj_ent is None
        if subj_ent or subj_span or office or sayer_span:
            break
    actors: list[str] = []
    others: list[tuple[int, str]] = [(trig_pos, g) for g in group]
    places: list[tuple[int, int, int, str]] = []  # (parse distance, country?, position, id)
    for m in mentions:
        kind = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        if _inside_other_name(m, mentions):
            continue
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
        in_subject = subj_span is not None and subj_span[0] <= m.start < subj_span[1]
        if in_subject and subj_none:
            continue
        if commentator and sayer_span is not None and sayer_span[0] <= m.start < sayer_span[1]:
            continue  # who condemns a war or welcomes a signing asserts it, is no party of it
        if kind == "person" and in_subject and (st := _state_of(ctx, m.entity_id)):
            others.append((m.start, st))  # "President X and Prime Minister Y agreed"
            continue
        if kind == "person" and not in_subject and (st := _state_of(ctx, m.entity_id)) and m.entity_id != asserter:
            tok = _mention_token(sent_doc, offset, m)
            if tok is not None and not _in_other_clause(tok, trig) and _claim(sent_doc, tok, i, rivals) is not None:
                others.append((m.start, st))  # "met with Prime Minister X"
            continue
        if kind not in ACTOR_KINDS or not can_be_party(m.entity_id, ctx) or _relation_name(m, mentions):
            continue
        if kind == "country" and loc == "in" and ctx.text[m.end:m.end + 2] != "'s":
            dist = _claim(sent_doc, prep, i, rivals)
            if dist is not None:
                places.append((dist, 1, m.start, m.entity_id))
                if etype == "conflict":  # the state a war or an attack is "in" is its target
                    others.append((m.start, m.entity_id))
            elif etype == "conflict" and (tok := _mention_token(sent_doc, offset, m)) is not None and trig.is_ancestor(tok):
                others.append((m.start, m.entity_id))  # "fired rounds aimed at a loudspeaker in South Korea"
            continue
        if title_of_person or _names_another(_mention_token(sent_doc, offset, m)):
            continue
        if etype not in ("conflict", "threat") and not in_subject and _cause(_mention_token(sent_doc, offset, m), trig):
            continue  # "sending forces to Europe in response to Russia's aggression against Ukraine"
        if etype in COOPERATIVE and not in_subject and _adversary(_mention_token(sent_doc, offset, m), trig):
            continue  # "coordination to counter Iran, including through joint exercises": Iran is whom it is against
        if not in_subject:
            tok = _mention_token(sent_doc, offset, m)
            if tok is not None and ((_in_other_clause(tok, trig) and not (etype == "request" and _addressee(tok, trig)))
                                    or _claim(sent_doc, tok, i, rivals) is None):
                continue
        others.append((m.start, ctx.institutions.get(m.entity_id, m.entity_id)))
    if _our_side(trig):  # "our security partnership", "in coordination with our Allies": the speaker's state
        ours = _state_of(ctx, speaker) if speaker else _state_of(ctx, _author(ctx))
        if ours:
            others.append((trig_pos, ours))
    between = _between(trig, party_at, offset)
    own_pair = [(p, e) for p, e in others if between[0] <= p < between[1]] if between else []
    if len({e for _p, e in own_pair}) >= 2 and own_agent is None:
        # "the two sides discussed the security agreement between Solomon Islands and China": the noun names
        # its own parties; who discusses, welcomes or signs up to it is not one of them
        others, subj_ent, office = own_pair, None, False
    if own_agent is not None and etype not in OWN_PARTY_TYPES:
        # "to counter Russia's war on Ukraine", "welcomed Japan and Australia's signing of the RAA": the noun
        # phrase names its own parties; the clause around it is about someone else
        phrase = own_agent.head if own_agent.dep_ == "poss" and not trig.is_ancestor(own_agent) else trig
        left = phrase.left_edge
        if phrase.dep_ == "conj" and party_at(phrase.head) and phrase.head.i < phrase.i:
            left = phrase.head  # "applauded Japan and Australia's signing" parsed as "Japan" and "the signing"
            own_agent = phrase.head
        lo, hi = offset + left.idx, offset + phrase.right_edge.idx + len(phrase.right_edge)
        own = [(p, e) for p, e in others if lo <= p < hi and p != trig_pos]
        a_lo, a_hi = offset + own_agent.left_edge.idx, offset + own_agent.right_edge.idx + len(own_agent.right_edge)
        agent = next((e for p, e in sorted(others) if a_lo <= p < a_hi), None)
        if len({e for _p, e in own}) >= 2 or etype not in NEEDS_TARGET:
            others, subj_ent = own, agent
        elif agent is not None:
            # an act named by its doer alone ("EU sanctions", "the Houthi rebellion") may have its other side outside
            # a war or an attack so named is done to whom the clause says suffers or resists it ("Ukraine defends
            # itself against Russian aggression"), not to whom helps ("the US will support Ukraine's defense ...")
            side = subj_ent if etype != "conflict" or _resists(trig, subj_tok) else None
            if etype == "conflict":  # nor is any other name of a clause above the act's own
                root = _clause_root(trig)
                mine = [(p, e) for p, e in others if not (subj_span and subj_span[0] <= p < subj_span[1])
                        and (t := _mention_token_at(sent_doc, offset, p)) is not None and _in_clause(t, root)]
                # "sustaining its fight against the Russian invasion": whose fight it is
                mine += [(trig_pos, e) for e in [_possessor_against(trig, ctx, offset), side] if e]
                others, side = (mine, None) if any(e != agent for _p, e in mine) else (others, subj_ent)
            others = others + ([(trig_pos, side)] if side else [])
            subj_ent = agent
        office, commentator = False, True
    if subj_ent is None and office:
        subj_ent = _principal_state(ctx, {eid for _p, eid in others})
    if subj_ent is None:
        has_we = any(t.lower_ in PRONOUNS_WE for t in sent_doc)
        if speaker and has_we:
            subj_ent = _state_of(ctx, speaker)
    # the asserter's own state acts only when he is in the sentence (a statement's author is not in all of it)
    if asserter is not None and speaker != asserter and not any(m.entity_id == asserter for m in mentions):
        asserter = None
    if subj_ent is None and asserter and not others and not commentator:
        subj_ent = _state_of(ctx, asserter)
    if subj_ent is None and asserter and not commentator:
        # the asserter's state proposes / denies; only when he is the sentence's subject
        for m in mentions:
            if m.entity_id == asserter and m.start - offset < (trig_pos - offset):
                subj_ent = _state_of(ctx, asserter)
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
    # "its member states": the organisation the article or sentence is about (not "our allies": the speaker's)
    if _own_group(sent_doc, text, lex, trig):
        group_org = (ctx.salient_org if _has_members(ctx.salient_org, ctx) else None) or next(
            (m.entity_id for m in reversed(mentions) if m.start < trig_pos and m.entity_id.startswith("org:")
             and can_be_party(m.entity_id, ctx)), None)
        if group_org and group_org not in seen:
            targets.append(group_org)
    if not actors and targets and len(targets) > 1:
        actors.append(targets.pop(0))
    actors = [a for a in actors if a.split(":")[0] in ACTOR_KINDS]  # an affiliation read as an agreement is none
    targets = [t for t in targets if t.split(":")[0] in ACTOR_KINDS]
    return actors, targets, (min(places)[3] if places else None)
