"""Actors, targets and the place of an event from the trigger's arguments in the parse."""
from __future__ import annotations

import re

from .asserter import FIRST_PERSON, _author, _office_holder, _subject_of
from .asserter import asserter_of as asserter_of  # the caller's import
from .context import DocContext, _last_person_before, _quote_span_at, party_rules
from .lexicon import (
    ACTOR_KINDS,
    PRONOUNS_HE,
    PRONOUNS_WE,
    Lexicon,
    _lemma,
    sent_text,
)
from .references import (
    GROUP_SIZES,
    SEAT_NOUNS,
    _counted_sides,
    _group_body,
    _group_in_focus,
    _group_size,
    _group_subject,
    _has_members,
    _mention_token,
    _metonym_mention,
    _metonym_state,
    _named_group,
    _states_word,
    _subject_pair_before,
    can_be_party,
)
from .sides import (
    COOPERATIVE,
    FORCE_NOUNS,
    GROUP_PRONOUNS,
    HOSTED_ACTS,
    LEADING_VERBS,
    NEEDS_TARGET,
    NO_IT_VERBS,
    OTHERS_ACTS,
    OWN_PARTY_TYPES,
    _addressee,
    _adversary,
    _aimed_at,
    _along_border,
    _attacked_in,
    _attributive,
    _authored,
    _backs_war,
    _beneficiary_tokens,
    _between,
    _cause,
    _clause_root,
    _compared,
    _contrasted,
    _coordinated_offices,
    _dated_by_war,
    _destination,
    _for_war,
    _fought,
    _group_members,
    _holder_of_target,
    _host_of,
    _in_appositive,
    _in_clause,
    _in_other_clause,
    _inside_other_name,
    _its_owner,
    _joins,
    _laid_on,
    _last_party_before,
    _mediator,
    _mention_token_at,
    _names_another,
    _office_subject,
    _one_member,
    _our_side,
    _own_agent,
    _own_group,
    _patron_participle,
    _patronised,
    _possessor_against,
    _predecessor,
    _principal_state,
    _purpose_of_act,
    _qualifies,
    _relation_name,
    _report_source,
    _resists,
    _state_of,
    _subject_list_before,
    _supplier,
    _supporter,
    _teller,
    _topic_of,
    _victim_subject,
    _where_named_victims_are,
)
from .status import _path_up

GROUP_PLURALS = frozenset({"states", "nations", "countries", "republics"})
METONYM_HEADS = frozenset({*SEAT_NOUNS, *(w.split()[-1] for w in party_rules()["state_metonyms"]),
                           *party_rules()["bloc_metonyms"]})


def _party_words(sent_doc) -> list:
    """The words of a sentence that may stand for parties (a seat or title of a state, "states", "nations"),
    found once per sentence instead of once per trigger."""
    found = sent_doc.user_data.get("pactwatch.party_words")
    if found is None:
        found = sent_doc.user_data["pactwatch.party_words"] = [
            t for t in sent_doc if t.lemma_.lower() in METONYM_HEADS or t.lower_ in GROUP_PLURALS]
    return found


UNNAMED_BODIES = frozenset(party_rules()["unnamed_state_bodies"])
HOSTED = frozenset({"cooperation", "deployment"})  # types whose state "in X" is a side: who gets or hosts it
INCLUDING = frozenset({"including", "like", "notably", "especially", "particularly"})
PLACE_NOUNS = frozenset({"city", "town", "capital", "region", "village", "province", "district", "port",
                         "resort", "area", "territory", "republic", "coast", "shore", "water"})


ACCUSING = frozenset({"accuse", "blame", "suspect", "charge", "fault", "condemn", "criticize", "criticise", "denounce",
                      "slam", "rebuke"})


def _accused(verb, prev):
    """Whom a verb of accusing lays the act under it on: "accused Peru and Bolivia of arming the rebels", "blamed
    Iran for supplying drones", "charged the neighbours with sheltering militants" (the object, when the act hangs
    on the verb's "of", "for" or "with"), else None."""
    if prev is None or prev.dep_ != "prep" or prev.lower_ not in ("of", "for", "with") or prev.head.i != verb.i or (
            verb.lemma_.lower() not in ACCUSING):
        return None
    if not any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in prev.children):
        return None  # "accused X of the attack": the act as a noun (see sides._laid_on)
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _in_charge(tok, trig) -> bool:
    """Whether ``tok`` is in the act an accusation charges its object with ("accused Iran of supplying drones to
    Russia", "blamed Kabul for sheltering militants from Pakistan"): the accused is a side, the act's others not."""
    if tok is None:
        return False
    prep = next((p for p in trig.children if p.dep_ == "prep" and _accused(trig, p) is not None), None)
    return prep is not None and prep.is_ancestor(tok)


# a subordinate clause whose "it" is the subject of the clause it hangs on ("as it buys", "while it talks")
SAME_SUBJECT_MARKS = frozenset({"as", "while", "because", "since", "although", "though", "when", "after", "before",
                                "until", "once", "if", "whereas"})


def _clause_above_subject(pron, ctx: DocContext, offset: int) -> str | None:
    """The state or organisation "it" stands for as the subject of a subordinate clause ("as", "while", "after"):
    the subject of the clause it hangs on, when that is a party ("Kazakhstan is looking for alternatives to Moscow
    as it buys helicopters from France": Kazakhstan, not Moscow); else None."""
    verb = pron.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in SAME_SUBJECT_MARKS for c in verb.children):
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    for m in ctx.ents.mentions_in(offset + subj.left_edge.idx, offset + subj.right_edge.idx + len(subj.right_edge)):
        k = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        if k in ACTOR_KINDS and can_be_party(m.entity_id, ctx):
            return ctx.institutions.get(m.entity_id, m.entity_id)
    return None


OWN_STATE_NOUNS = frozenset({"country", "nation", "state", "republic", "homeland", "motherland", "government"})


# who "our" qualifies but is not us: "our allies", "our partners", "our neighbours"
OTHERS_OF_OURS = frozenset({"ally", "partner", "friend", "neighbour", "neighbor", "counterpart", "adversary",
                            "enemy", "rival", "competitor", "opponent", "foe"})


def _ours(noun) -> bool:
    """Whether ``noun`` is the voice's own by "our": "our troops", "our minister", "our country" (not "our allies",
    nor "our three nations", "our countries": several states, a group the sentence's context names)."""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children) and not (
        noun.lemma_.lower() in OTHERS_OF_OURS or (noun.lemma_.lower() in OWN_STATE_NOUNS and noun.tag_ == "NNS"))


def _voice_state(ctx: DocContext, pos: int, speaker: str | None) -> str | None:
    """The state "we" and "our" stand for at ``pos``: a quotation's speaker's; in narration, a statement's author's
    or the state the page speaks for (a ministry's press release, a state medium: ``DocContext.own_state``); in a
    quotation without a speaker, a statement's author's only."""
    if speaker:
        return _state_of(ctx, speaker)
    if _quote_span_at(ctx, pos) is not None:
        return _state_of(ctx, _author(ctx))
    return _state_of(ctx, _author(ctx)) or ctx.own_state


def _subjectless_lead(sent_doc) -> bool:
    from .extract import _subjectless_lead as lead  # (extract imports this module)

    return lead(sent_doc)


def _locative(sent_doc, char: int):
    """``("in" | "at", preposition token)`` when the token at ``char`` is the object of a
    locative preposition ("held in the Azerbaijani city of Gabala", "at the White House"),
    else None."""
    span = sent_doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    # climb the name to its head ("Gaza Strip" → Strip), then "city of X" to "city", a list to its first member
    # ("in Ghana, Benin and Togo"), and the members a place noun includes to it ("in nations including Denmark")
    for _ in range(8):
        if tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PLACE_NOUNS:
            tok = tok.head.head
        elif tok.dep_ == "pobj" and (tok.head.lower_ in INCLUDING or (tok.head.lower_ == "as" and any(
                c.lower_ == "such" for c in tok.head.children))) and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside", "outside", "across", "within", "off"):
        return ("in" if tok.head.lower_ != "at" else "at"), tok.head
    return None


def _subordinate_between(tok, trig) -> bool:
    """Whether a clause of its own stands between ``tok`` and the trigger above it: "as the leaders talked in Peru,
    Chile shelled Bolivian posts" (Peru is where the talks are, no side of the shelling)."""
    t = tok
    while t.head.i != t.i:
        if t.i != tok.i and _own_clause(t):
            return True
        if t.head.i == trig.i:
            return False
        t = t.head
    return False


def _own_clause(t) -> bool:
    """An adverbial clause with a subordinating word and a subject of its own ("as the leaders talked", "while the
    ministers met"); not a purpose infinitive ("deployed to oversee security in Gaza"), nor a reported clause
    ("said that troops would be sent to X": what is said is the act)."""
    return t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SAME_SUBJECT_MARKS for c in t.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


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
        if t.dep_ in ("acl", "relcl") and t.head.i != trig.i and not (
                t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in LEADING_VERBS):
            return True  # (not "a delegation led by X": who leads the visitors visits)
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


NEGATING_PREFIX = re.compile(r"(?i)\bnon-\s*$")
LEADING_SUFFIX = re.compile(r"[-–]led\b")
TIED_SUFFIX = re.compile(r"[-–](?:linked|affiliated|aligned|inspired)\b")
JOINT_DOERS = frozenset({"deployment"})  # coordinated subjects all send, pledge or withdraw forces
DIRECTED = frozenset({"cooperation", "threat", "request", "conflict"})  # acts done to another party


def _qualifier_only(text: str, m, offset: int, etype: str, named) -> bool:
    """Whether a name only qualifies another in its sentence ``text`` (which starts at ``offset``): "a major non-NATO
    ally" (what the noun is not), "the al-Qaeda-linked JNIM" (whom a group ``named`` in the sentence is tied to is no
    party of what it does), and in a membership "the Russia-led CSTO" (whose bloc one joins is the bloc, not its
    leader; of a war the led coalition fights, the leader is a side)."""
    s, e = m.start - offset, m.end - offset
    if s < 0 or e > len(text):
        return False
    # (only before the group's or the bloc's own name: "Iran-aligned factions", "the Beijing-led bloc" may be all the
    # text says of them)
    tied = TIED_SUFFIX.match(text, e) or (LEADING_SUFFIX.match(text, e) if etype == "alliance" else None)
    if tied and any(0 < n.start - offset - tied.end() <= 1 for n in named):
        return True
    return bool(NEGATING_PREFIX.search(text[max(0, s - 5):s]))


def _reported_clause_of_conj(verb, saying: frozenset[str]):
    """The modal clause a verb of saying reports, when the parse made ``verb`` (a finite verb) its conjunct: in "the
    spokesman said outside powers should not meddle and warned Finland against ...", "warned" is the spokesman's
    (a past or present tense beside a bare verb after a modal is no clause of its own); else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.dep_ != "ccomp" or head.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    return head if _lemma(head.head) in saying and head.head.pos_ == "VERB" else None


# verbs whose object does what their infinitive says ("press Israel to stop", "get Hamas to halt")
OBJECT_CONTROL = frozenset({"urge", "press", "ask", "push", "pressure", "get", "persuade", "force", "call", "encourage",
                            "compel", "tell", "lobby", "convince", "order", "require", "allow", "help"})


def _controller_party(verb, others: list[tuple[int, str]], offset: int) -> str | None:
    """The party that does ``verb``: its own subject, or, for an infinitive with none ("press Israel to stop ..."),
    the object of the verb it complements; None when that names no party."""
    doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if doer is None and verb.tag_ == "VB" and (verb.dep_ == "xcomp" or (
            verb.dep_ == "advcl" and verb.head.lemma_.lower() in OBJECT_CONTROL)):  # (the parse's "to stop")
        doer = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if doer is None or doer.lower_ in ("it", "they", "who", "which", "that"):
        return None
    lo, hi = offset + doer.left_edge.idx, offset + doer.right_edge.idx + len(doer.right_edge)
    return next((e for p, e in sorted(others) if lo <= p < hi), None)


def _coordinated_subject(sent_doc, offset: int, subj_tok, subj_span, mentions, ctx: DocContext) -> list[str]:
    """The parties named as coordinated subjects ("Italy and Poland", "Italian and Polish troops"), in order."""
    if subj_tok is None or subj_span is None:
        return []
    heads = {subj_tok.i, *(t.i for t in subj_tok.conjuncts)}
    for h in list(heads):
        for c in sent_doc[h].children:
            if c.dep_ in ("amod", "compound", "nmod", "poss"):
                heads |= {c.i, *(t.i for t in c.conjuncts)}
            # "fighters of Hamas and Islamic Jihad", "troops of Chad and Niger": the groups or states they are
            if c.dep_ == "prep" and c.lower_ == "of" and sent_doc[h].lemma_.lower() in FORCE_NOUNS:
                heads |= {t.i for o in c.children if o.dep_ == "pobj" for t in (o, *o.conjuncts)}
    found: list[str] = []
    for m in mentions:
        if not subj_span[0] <= m.start < subj_span[1] or _inside_other_name(m, mentions):
            continue
        tk = _mention_token(sent_doc, offset, m)
        kind = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        eid = ctx.institutions.get(m.entity_id, m.entity_id)
        if kind == "person":
            eid, kind = _state_of(ctx, m.entity_id), "country"
        if tk is not None and tk.i in heads and eid and kind in ACTOR_KINDS and can_be_party(eid, ctx) and eid not in found:
            found.append(eid)
    return found


def _named_protege(tok, sent_doc, offset: int, party_at) -> bool:
    """Whether ``tok`` is the patron in "<Name>-backed <noun>" whose noun names the backed group itself ("Iran-backed
    Houthi rebels", "the US-backed Syrian Democratic Forces"): that group acts, not its patron."""
    part = _patron_participle(tok)
    return part is not None and any(t.i != tok.i and party_at(t) for t in _patronised(part))


def _patron_sides(sent_doc, offset: int, part, mentions, ctx: DocContext) -> tuple[list[str], list[str], None]:
    """The sides of "<Name>-backed <noun>" read as a backing: the patron, and the group the noun names ("Iran-backed
    Houthi rebels": Iran -> the Houthis); the patron alone when the group has no name ("Syria struck Turkish-backed
    fighters": Turkey backs someone, Syria is no side of it)."""
    backed = {t.i for t in _patronised(part)}
    patrons: list[str] = []
    groups: list[str] = []
    for m in mentions:
        tk = _mention_token(sent_doc, offset, m)
        eid = ctx.institutions.get(m.entity_id, m.entity_id)
        if tk is None or eid.split(":")[0] not in ACTOR_KINDS or not can_be_party(m.entity_id, ctx):
            continue
        if (pp := _patron_participle(tk)) is not None and pp.i == part.i and eid not in patrons:
            patrons.append(eid)
        elif tk.i in backed and eid not in groups and eid not in patrons:
            groups.append(eid)
    return patrons, groups, None


def _passive_agent(verb, subj_tok, offset: int, others: list[tuple[int, str]]) -> str | None:
    """The party a passive trigger verb's "by" phrase names, when the verb's own subject is its passive one ("Ukraine
    was attacked by Russia", "the withdrawal had been demanded by Algeria"), else None."""
    if verb.pos_ != "VERB" or subj_tok is None or subj_tok.dep_ != "nsubjpass" or subj_tok.head.i != verb.i:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.lower_ == "by"), None)
    if agent is None:
        return None
    lo, hi = offset + agent.idx, offset + agent.right_edge.idx + len(agent.right_edge)
    return next((e for p, e in sorted(others) if lo <= p < hi), None)


SPOKEN = frozenset({"threat", "request"})  # acts made by saying them: "a warning from X" is X's


def _sender(sent_doc, offset: int, trig, others: list[tuple[int, str]]) -> str | None:
    """The party named as whom a warning or a request noun comes "from" ("a phone warning from the Israelis", "a
    request from Kyiv for air defence"), else None."""
    prep = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if prep is None and trig.dep_ == "pobj" and trig.head.lower_ in ("at", "on", "upon"):
        # "at the request of Estonia", "on the demand of Kyiv", "at the behest of Washington": the asker
        prep = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None and trig.dep_ == "dobj":  # "received a warning from Russia" (the parse hangs "from" on the verb)
        prep = next((c for c in trig.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if prep is None:
        return None
    lo, hi = offset + prep.idx, offset + prep.right_edge.idx + len(prep.right_edge)
    return next((e for p, e in sorted(others) if lo <= p < hi), None)


DATELINE_AFTER = re.compile(r"[ \t]*(?:[:(\u2014\u2013]|-\s|,[^\n,]{1,30}?[ \t]*(?:\(|[\u2014\u2013]|-\s))")


def _dateline_city(text: str, m) -> bool:
    """A city or capital opening a line before a dateline's mark ("KARACHI: ...", "ODESA, Ukraine (AP) —", "Lima, March
    3 (Reuters) -"): where the story was filed, no side of what it tells ("Moscow, Beijing and Tehran held drills" is
    no dateline)."""
    return m.how in ("city", "capital") and (m.start == 0 or text[m.start - 1] == "\n") and bool(
        DATELINE_AFTER.match(text, m.end))


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
    tok_i = sent_doc[i]
    span = _quote_span_at(ctx, offset + tok_i.idx)
    if span is not None:
        start, end = max(start, span[0]), min(end, span[1])
    named = ctx.ents.mentions_in(start, end)
    mentions = [m for m in named if not _qualifier_only(text, m, offset, etype, named)]
    person_spans = [(m.start, m.entity_id) for m in mentions if m.entity_id.startswith("person:")]
    trig_pos = offset + tok_i.idx
    trig = _phrase_head(tok_i)
    if tok_i.tag_ == "VBN" and any((pp := _patron_participle(c)) is not None and pp.i == tok_i.i for c in tok_i.children):
        return _patron_sides(sent_doc, offset, tok_i, mentions, ctx)
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

    org_spans = [(m.start, m.end, "org") for m in mentions if ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
                 == "org" and can_be_party(m.entity_id, ctx)]

    own_agent = _own_agent(trig, party_at)  # a token or None
    co_agents: list[str] = []  # the names coordinated with the own doer ("Chilean and Peruvian contingents")
    commentator = False  # the subject of a verb of saying above someone else's act asserts it
    accuser = False  # the subject of "accused X of doing it" asserts it; X does it
    misplaced = None  # the reported clause the parse coordinated a verb of the reporting clause with
    for tok in _path_up(tok_i):
        if misplaced is not None and tok.i == misplaced.i:
            prev = tok
            continue  # "said X should not meddle and warned Y": not X warns Y, whoever said it does
        if misplaced is None and tok.pos_ == "VERB":
            misplaced = _reported_clause_of_conj(tok, saying)
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != i][:1]
        if tok.i != i and tok.i != trig.i and _lemma(tok) in saying and tok.pos_ in ("VERB", "AUX") and not (
                prev is not None and prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX")):
            # "X condemned Russia's war": X asserts the war, is no party of it; "X stressed the need for
            # joint drills": X proposes them; "X voiced concern and called on Russia to ...": a verb
            # coordinated with the saying shares its subject, who calls
            sayer = _subject_of(tok)
            # "X accused Y of ..., adding that the sale of jets by A to B ...": X adds it (and is no side of another's
            # act; the participle's clause is left subjectless otherwise, as before)
            added = sayer is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and prev is not None and (
                prev.dep_ == "ccomp")
            if added:
                sayer = _subject_of(tok.head)
            if sayer is not None and not sayer.left_edge.i <= i <= sayer.right_edge.i:
                sayer_span = (offset + sayer.left_edge.idx, offset + sayer.right_edge.idx + len(sayer.right_edge))
            # who condemns a drill, an agreement or a summit is no side of it either (a warning is his own act)
            commentator = sayer_span is not None and (etype in OTHERS_ACTS or own_agent is not None or (
                etype != "threat" and _lemma(tok) in party_rules()["censure_verbs"]))
            if added and not commentator:
                sayer_span = None
            if commentator or sayer_span is None:
                break
            subjects = [sayer]
            if (accused := _accused(tok, prev)) is not None:
                # "Ecuador accused Peru and Bolivia of arming the rebels": the accused arm them, the accuser asserts it
                subjects, accuser = [accused], True
        prev = tok
        for c in subjects:
            cs, ce = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
            subj_span, subj_tok = (cs, ce), c
            # "some Iraqi militias associated with Iran made threats": the militias, neither Iraq nor Iran
            # ("Houthi rebels launched a drone": an armed group's own name on its members is that group)
            subj_none = c.lemma_.lower() in party_rules()["not_party_heads"] and not _group_members(
                c, lambda t: any(a <= offset + t.idx < b and k == "org" for a, b, k in org_spans)) and not (
                etype == "cooperation" and c.lemma_.lower() in party_rules()["supplier_heads"])
            if _ours(c) and not _qualifies(tok_i, c):
                # "our troops in Tajikistan", "our minister will attend", "our border units": whose voice it is
                subj_ent = _voice_state(ctx, offset + c.idx, speaker)
            for mm in ctx.ents.mentions_in(cs, ce) if not subj_none and subj_ent is None else ():
                if _qualifier_only(text, mm, offset, etype, named):
                    continue  # "fighters of the al-Qaeda-linked JNIM attacked": not al-Qaeda
                if (tk := _mention_token(sent_doc, offset, mm)) is not None and (
                        _other_clause(tk, trig) or _one_member(tk, trig, party_at) or (
                            etype != "threat" and _named_protege(tk, sent_doc, offset, party_at))):
                    continue  # "the country, which joined NATO in 2017, sent troops": NATO is the clause's own
                if st := _metonym_mention(ctx, sent_doc, offset, mm):  # "the Kingdom" NER took for a name
                    subj_ent = st
                    break
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
            if subj_ent is None and (st := _metonym_state(ctx, c, offset) or next(
                    (s for t in c.children if t.dep_ in ("poss", "compound") and (s := _metonym_state(ctx, t, offset))),
                    None)):
                subj_ent = st  # "the Kingdom signed", "the Kingdom's ministry", "the government in Rabat"
            if subj_ent is None and c.lower_ in PRONOUNS_WE and speaker:
                subj_ent = _state_of(ctx, speaker)
            if subj_ent is None and not _qualifies(tok_i, c) and (its := next(
                    (t for t in c.children if t.dep_ == "poss" and t.lower_ == "its"), None)) is not None:
                # "Its representatives met the Kazakh government": whose they are, named before
                subj_ent = _its_owner(ctx, offset, offset + its.idx)
            if subj_ent is None and c.lower_ in PRONOUNS_HE:
                subj_ent = _state_of(ctx, _last_person_before(ctx, offset + c.idx))  # "he has threatened ..."
            if subj_ent is None and c.lower_ == "it" and c.head.pos_ == "VERB" and c.head.lemma_ not in NO_IT_VERBS:
                # "Kazakhstan seeks alternatives to Moscow as it buys helicopters": the subject of the clause above;
                # "weapons to Ukraine so it can defend itself": the party named last before it
                subj_ent = _clause_above_subject(c, ctx, offset) or _last_party_before(ctx, offset + c.idx)
            # (not for a trigger word inside the subject: "the directors general of military operations of the two
            # armies held talks" holds no operations of theirs)
            if subj_ent is None and not _qualifies(tok_i, c) and (
                    _group_subject(c) or _coordinated_offices(c)):
                # ("each side accused the other": one of two)
                pair = _group_in_focus(ctx, 2 if _coordinated_offices(c) or any(t.dep_ == "det" and t.lower_ in (
                    "each", "either", "neither") for t in c.children) else _group_size(c) or _counted_sides(trig), offset,
                                       strict=_group_body(c), states_only=_states_word(c))
                if len(pair) >= 2:
                    subj_ent, group = pair[0], pair[1:]
            # "Indonesia and Malaysia signed a pact. They also agreed ...": the pair that is the subject of the sentence
            # before, else those who met ("they" after a meeting, readout style)
            if subj_ent is None and c.lower_ in GROUP_PRONOUNS and (couple := _subject_pair_before(ctx, offset)):
                subj_ent, group = couple[0], [couple[1]]
            if subj_ent is None and c.lower_ in GROUP_PRONOUNS and (listed := _subject_list_before(ctx, offset)):
                subj_ent, group = listed[0], listed[1:]  # "Egypt, Greece, Cyprus and France ... They called on"
            if subj_ent is None and c.lower_ in GROUP_PRONOUNS and len(ctx.meeting_parties) == 2:
                subj_ent, group = ctx.meeting_parties[0], list(ctx.meeting_parties[1:])
            if subj_ent is None and c.lower_ in FIRST_PERSON and speaker is None:
                # the author of a statement ("I spoke with", "we will"), or the state the page speaks for
                subj_ent = _voice_state(ctx, offset + c.idx, None)
                office = subj_ent is None  # an author the title does not name: the article's state
            if subj_ent is None and not ctx.ents.mentions_in(cs, ce) and (title := _office_subject(c)):
                # "The President conveyed ...": the state of whom the article names with the office
                subj_ent = _state_of(ctx, _office_holder(ctx, title))
                office = subj_ent is None
        if subj_ent or subj_span or office or sayer_span:
            break
    victims: list[str] = []
    if etype == "conflict" and _victim_subject(subj_tok) and subj_span is not None:
        # "Five Chinese engineers were killed in an attack on their convoy": whom it is done to
        victims = [subj_ent] if subj_ent else []
        subj_ent = None
    elif etype == "conflict" and subj_tok is not None and subj_span is not None:
        # "An attack on a convoy of Chinese engineers killed five people": whom the subject act is done to
        victims = [ctx.institutions.get(mm.entity_id, mm.entity_id) for mm in ctx.ents.mentions_in(*subj_span)
                   if mm.entity_id.startswith("country:") and _attacked_in(subj_tok, _mention_token(sent_doc, offset, mm))]
        subj_ent = None if subj_ent in victims else subj_ent
    # "the ministers met in Nicosia, while Turkey held drills nearby": a subordinate clause with a subject of its
    # own holds the drills' parties; the clause it hangs on is another's
    sub_clause = _clause_root(trig)
    # (its subject need not be a name: "as Soviet troops occupied the Baltic states, our State Department ...")
    if not (subj_tok is not None and subj_tok.head.i == sub_clause.i
            and sub_clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in sub_clause.children)):
        sub_clause = None
    backer = etype == "conflict" and _backs_war(trig, subj_tok)
    if backer:
        subj_ent = None
    def above_sub(t) -> bool:  # a word of the clause above a subordinate one the trigger heads
        return sub_clause is not None and not (t.i == sub_clause.i or sub_clause.is_ancestor(t))

    scope = _attributive(trig)  # the tokens an appositive, a relative clause or an "as" phrase may take parties from
    actors: list[str] = []
    others: list[tuple[int, str]] = [(trig_pos, g) for g in group]
    places: list[tuple[int, int, int, str]] = []  # (parse distance, country?, position, id)
    hosts: set[str] = set()  # states named "in X": whom the act is done to or in, never who does it
    destinations: set[str] = set()  # where a war's doers went to fight it ("came to Iraq to fight ISIS")
    bloc_of_members: set[str] = set()  # blocs that only say what the named members are ("NATO allies Poland")
    for m in mentions:
        kind = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        if _inside_other_name(m, mentions) or _dateline_city(ctx.text, m):
            continue
        if st := _metonym_mention(ctx, sent_doc, offset, m):
            # (not one of the clause above a subordinate one: "The Kingdom signed a pact, weeks after Israel struck Doha")
            if not (subj_span is not None and subj_span[0] <= m.start < subj_span[1]) and not (
                    (tk := _mention_token(sent_doc, offset, m)) is not None and above_sub(tk)):
                others.append((m.start, st))
            continue
        # a demonym or state inside a person's title ("Azerbaijani President X", "US envoy X")
        # (of a person whose state the text leaves unsaid it is that state: "received the French Minister of the
        # Armed Forces, Jean Dupont", the meeting's other side)
        # (not with the trigger between them: "France's killing of X" is France's act, "X" its victim)
        title_of_person = any(ps - 40 <= m.end <= ps and re.fullmatch(r"[\w\s.'’-]*", ctx.text[m.end:ps] or "")
                              and len(ctx.text[m.end:ps].split()) <= 6 and _state_of(ctx, pid)
                              and not m.end <= trig_pos < ps for ps, pid in person_spans)
        locative = _locative(sent_doc, m.start - offset)
        loc, prep = locative if locative else (None, None)
        if kind == "place":
            dist = _claim(sent_doc, prep, i, rivals) if loc else None
            if dist is not None:
                places.append((dist, 0, m.start, m.entity_id))
            continue
        in_subject = subj_span is not None and subj_span[0] <= m.start < subj_span[1]
        if etype != "threat" and _named_protege(_mention_token(sent_doc, offset, m), sent_doc, offset, party_at):
            continue  # "Iran-backed Houthi rebels attacked a tanker": the Houthis do it, not their patron (of an
            # unnamed group the patron is all the text names; an accusation against them is one against it)
        if in_subject and subj_none:
            continue
        if in_subject and ctx.institutions.get(m.entity_id, m.entity_id) in victims:
            continue  # the victims' state is a target (below)
        if in_subject and (tk := _mention_token(sent_doc, offset, m)) is not None and (
                _other_clause(tk, trig) or _in_appositive(tk, trig)):
            continue  # "Montenegro, which joined NATO in 2017, sent troops": a clause on the subject is its own
        if scope is not None and (tk := _mention_token(sent_doc, offset, m)) is not None and tk.i not in scope:
            continue  # "As a member of NATO, Turkey hosts US weapons": the membership's sides are Turkey and NATO
        if sub_clause is not None and not in_subject and (tok := _mention_token(sent_doc, offset, m)) is not None and not (
                tok.i == sub_clause.i or sub_clause.is_ancestor(tok)):
            continue  # a name of the clause above a subordinate one
        if (commentator or accuser) and sayer_span is not None and sayer_span[0] <= m.start < sayer_span[1]:
            continue  # who condemns a war or welcomes a signing asserts it, is no party of it
        if kind == "person" and in_subject and (st := _state_of(ctx, m.entity_id)):
            others.append((m.start, st))  # "President X and Prime Minister Y agreed"
            continue
        if etype == "threat" and _in_charge(_mention_token(sent_doc, offset, m), trig):
            continue  # "accused Iran of supplying drones to Russia": what Iran is accused of, Russia no side of it
        if etype == "deployment" and not in_subject and _predecessor(_mention_token(sent_doc, offset, m), trig):
            continue  # "the EU mission replaced the French-led force": whom it replaces, no side
        if not in_subject and _contrasted(_mention_token(sent_doc, offset, m)):
            continue  # "looking for alternatives to Moscow as it buys helicopters from France": the other choice
        if etype not in ("conflict", "threat") and _dated_by_war(_mention_token(sent_doc, offset, m)):
            continue  # "the second order since Russia's invasion of Ukraine": a time, no side
        if etype == "cooperation" and _for_war(_mention_token(sent_doc, offset, m), trig):
            continue  # "providing drones to Russia for its war in Ukraine": the war's other side
        if etype == "agreement" and not in_subject and _mediator(_mention_token(sent_doc, offset, m), trig):
            continue  # "the truce between A and B, brokered by Qatar": who brokers it is no party to it
        if etype in COOPERATIVE and not in_subject and _along_border(_mention_token(sent_doc, offset, m)):
            continue  # "joint patrols along the Bolivian border": where, no side
        if _compared(_mention_token(sent_doc, offset, m)):
            continue  # "a pact similar to the one Argentina concluded with Uruguay": the other act's side
        if in_subject and backer:
            continue  # "Iran has backed the Houthis in their war against Saudi Arabia": no side of the war
        if not in_subject and _report_source(_mention_token(sent_doc, offset, m)):
            continue  # "held drills, according to the Kazakh Defence Ministry": who reports it, no side
        if kind == "org" and not in_subject and ctx.institutions.get(m.entity_id, m.entity_id) == m.entity_id and _teller(
                _mention_token(sent_doc, offset, m), trig):
            continue  # "state broadcaster VTV reported that ...": the outlet that tells it, no side
        if kind == "person" and not in_subject and (st := _state_of(ctx, m.entity_id)) and m.entity_id != asserter:
            tok = _mention_token(sent_doc, offset, m)
            if tok is not None and not _in_other_clause(tok, trig) and _claim(sent_doc, tok, i, rivals) is not None and not (
                    etype == "meeting" and _topic_of(tok, trig)):
                others.append((m.start, st))  # "met with Prime Minister X" (not "discussed X's proposal")
            continue
        if kind not in ACTOR_KINDS or not can_be_party(m.entity_id, ctx) or _relation_name(m, mentions):
            continue
        if kind == "org" and loc == "at" and m.entity_id not in ctx.gazetteer_orgs and m.entity_id not in ctx.institutions:
            continue  # "hosted the Ugandan army commander at State House": a building NER took for a body
        if kind == "org" and _one_member(_mention_token(sent_doc, offset, m), trig, party_at):
            bloc_of_members.add(m.entity_id)
            continue  # "the first such arrangement with a NATO member", "NATO allies Poland and Lithuania held drills"
        if etype == "conflict" and _purpose_of_act(_mention_token(sent_doc, offset, m), trig):
            continue  # "in response to Russia's aggression against Ukraine to deter threats against our Allies"
        if etype == "conflict" and _supporter(_mention_token(sent_doc, offset, m)):
            continue  # "conducted strikes, with support from Australia and Canada": who helps, no side
        if etype == "conflict" and _laid_on(_mention_token(sent_doc, offset, m), trig) == "bystander":
            continue  # "blamed the attack on militants based in Pakistan": where the accused are, no side
        if kind == "country" and loc == "in" and ctx.text[m.end:m.end + 2] != "'s":
            dist = _claim(sent_doc, prep, i, rivals) if prep is None or etype != "conflict" or not _subordinate_between(
                prep, trig) else None
            if dist is not None and prep is not None:
                places.append((dist, 1, m.start, m.entity_id))
                if (etype == "conflict" and not _where_named_victims_are(prep, trig, party_at) and not _fought(
                        trig, prep, party_at)) or (
                        etype in HOSTED and prep.lower_ in ("in", "inside", "within")) or (
                        etype in HOSTED_ACTS and _host_of(prep, trig)):
                    # the state a war or an attack is "in" is its target; the state a cooperation or forces are
                    # "in" receives or hosts them ("support stabilization in Ghana and Togo", "troops in Germany")
                    others.append((m.start, m.entity_id))
                    if etype in HOSTED:
                        hosts.add(m.entity_id)
            elif etype == "conflict" and (tok := _mention_token(sent_doc, offset, m)) is not None and trig.is_ancestor(
                    tok) and not _subordinate_between(tok, trig):
                others.append((m.start, m.entity_id))  # "fired rounds aimed at a loudspeaker in South Korea"
            continue
        head_tok = _mention_token(sent_doc, offset, m)
        if etype == "meeting" and m.how in ("capital", "city") and head_tok is not None and head_tok.dep_ in (
                "compound", "nmod") and head_tok.head.i == trig.i:
            continue  # "the Vilnius summit", "the Lima meeting", "the Washington talks": the city it met in, no side
        if etype == "meeting" and not in_subject and _topic_of(head_tok, trig):
            continue  # "the two leaders discussed China and Taiwan", "talks on Ukraine": what is discussed, no side
        if title_of_person or (_names_another(head_tok) and not _supplier(head_tok, etype) and not (
                kind == "org" and _group_members(head_tok.head, lambda t, k=head_tok.i: t.i == k))) or _authored(
                head_tok, trig):
            continue
        laid = _laid_on(_mention_token(sent_doc, offset, m), trig) if etype == "conflict" else ""
        if laid == "bystander":
            continue  # "blamed the attack on militants based in Pakistan": where the accused are, no side
        if laid == "doer" and subj_ent is None:
            subj_ent = ctx.institutions.get(m.entity_id, m.entity_id)  # "blamed the bombing on Pakistan"
            continue
        if etype not in ("conflict", "threat") and not in_subject and _cause(_mention_token(sent_doc, offset, m), trig):
            continue  # "sending forces to Europe in response to Russia's aggression against Ukraine"
        if etype in COOPERATIVE and not in_subject and _adversary(_mention_token(sent_doc, offset, m), trig):
            continue  # "coordination to counter Iran, including through joint exercises": Iran is whom it is against
        if not in_subject:
            tok = _mention_token(sent_doc, offset, m)
            if tok is not None and not (etype == "conflict" and (_holder_of_target(tok, trig) or _aimed_at(tok, trig))) and (
                    (_in_other_clause(tok, trig) and not (etype == "request" and _addressee(tok, trig)))
                    or _claim(sent_doc, tok, i, rivals) is None):
                continue
            if tok is not None and _destination(tok, trig):
                # "the coalition came to Iraq to fight ISIS": where the war is fought, no side of it when the war
                # names whom it is against
                if etype == "conflict":
                    destinations.add(ctx.institutions.get(m.entity_id, m.entity_id))
        others.append((m.start, ctx.institutions.get(m.entity_id, m.entity_id)))
    if not group and not commentator and len({e for _p, e in others} | {subj_ent} - {None}) < 2 and any(
            t.lower_ in GROUP_SIZES for t in sent_doc):
        # "cooperation between the two countries", "troops from both countries", "exercises by the two armies":
        # a plural description of the pair in focus among the trigger's own words, not its subject
        for t in sent_doc:
            if (t.pos_ in ("NOUN", "PROPN") and not any(sp and sp[0] <= offset + t.idx < sp[1] for sp in (
                    subj_span, sayer_span)) and _group_size(t) and not any(w.lower_ == "our" for w in t.subtree)
                    and _group_subject(t) and not _in_other_clause(t, trig) and _claim(sent_doc, t, i, rivals) is not None):
                pair = _group_in_focus(ctx, _group_size(t), offset, strict=_group_body(t), states_only=_states_word(t))
                others += [(trig_pos, e) for e in pair if e != subj_ent]
                break
    if (sides := _counted_sides(trig)) and not group and not commentator and len(
            {e for _p, e in others} | {subj_ent} - {None}) < sides:
        # "a quadrilateral meeting in Washington", "the trilateral exercise": the states in focus, as many as it counts
        found = _group_in_focus(ctx, sides, offset, strict=True, states_only=True)
        if len(found) == sides:
            others += [(trig_pos, e) for e in found if e != subj_ent]
    if etype == "cooperation" and not commentator and len({e for _p, e in others} | {subj_ent} - {None}) < 2 and (
            helped := _beneficiary_tokens(trig)):
        # "continued delivering security assistance to meet Ukraine's needs": whom the purpose clause helps
        for m in mentions:
            if (tk := _mention_token(sent_doc, offset, m)) is not None and tk.i in helped:
                st = _state_of(ctx, m.entity_id) if m.entity_id.startswith("person:") else ctx.institutions.get(
                    m.entity_id, m.entity_id)
                if st and st.split(":")[0] in ("country", "org") and can_be_party(st, ctx):
                    others.append((m.start, st))
    for t in _party_words(sent_doc):  # "signed a pact with the Kingdom", "talks with the government in Kabul"
        if t.lemma_.lower() in METONYM_HEADS and t.i != trig.i and not (sayer_span and sayer_span[0] <= offset + t.idx
                < sayer_span[1]) and not _in_other_clause(t, trig) and not above_sub(t) and _claim(
                sent_doc, t, i, rivals) is not None:
            if st := _metonym_state(ctx, t, offset):
                others.append((offset + t.idx, st))
        if t.lower_ in GROUP_PLURALS and t.i != trig.i and (members := _named_group(t)) and not (
                sayer_span and sayer_span[0] <= offset + t.idx < sayer_span[1]) and not _in_other_clause(t, trig) and (
                not above_sub(t) and _claim(sent_doc, t, i, rivals) is not None):
            others += [(offset + t.idx, st) for st in members]  # "welcomed the Baltic states as Allies"
    if _our_side(trig):  # "our security partnership", "in coordination with our Allies": the speaker's state
        # (a statement's author's, not the page's: "our NATO allies" on a government's site is no alliance of its own)
        if ours := _state_of(ctx, speaker) if speaker else _state_of(ctx, _author(ctx)):
            others.append((trig_pos, ours))
    between = _between(trig, party_at, offset)
    own_pair = [(p, e) for p, e in others if between[0] <= p < between[1]] if between else []
    if len({e for _p, e in own_pair}) >= 2 and own_agent is None:
        # "the two sides discussed the security agreement between Solomon Islands and China": the noun names
        # its own parties; who discusses, welcomes or signs up to it is not one of them
        others, subj_ent, office = own_pair, None, False
    if own_agent is not None and subj_ent is not None and _joins(trig, subj_tok):
        own_agent = None  # "Serbia takes part in NATO drills": who joins is a side, beside whose drills they are
    if own_agent is None and etype == "conflict" and trig.pos_ == "NOUN" and trig.dep_ == "pobj" and (
            its := next((c for c in trig.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)) and (
            owner := _last_party_before(ctx, offset + its.idx)):
        # "providing drones to Russia for its war in Ukraine": "its" war is Russia's, against whom the phrase names
        lo, hi = offset + trig.left_edge.idx, offset + trig.right_edge.idx + len(trig.right_edge)
        if mine := [(p, e) for p, e in others if lo <= p < hi and e != owner]:
            others, subj_ent, office, commentator = mine, owner, False, True
    if own_agent is None and etype == "conflict" and trig.pos_ == "NOUN" and trig.dep_ == "dobj" and (
            its := next((c for c in trig.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)) and (
            owner := _controller_party(trig.head, others, offset)):
        # "urged Qatar to get Hamas to halt its rocket attacks on Israel": "its" attacks are theirs who are to halt
        # them (the subject of the verb, or the object that controls it); who urges or presses is no side
        lo, hi = offset + trig.left_edge.idx, offset + trig.right_edge.idx + len(trig.right_edge)
        mine = [(p, e) for p, e in others if lo <= p < hi and e != owner]
        others, subj_ent, office, commentator = mine, owner, False, True
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
        if phrase.dep_ == "attr":  # "It was Armenia's first treaty since 1997 with India": the parse hangs "with" on "was"
            for prep in (c for c in phrase.head.children if c.dep_ == "prep" and c.lower_ in ("with", "between")):
                p_lo, p_hi = offset + prep.idx, offset + prep.right_edge.idx + len(prep.right_edge)
                own += [(p, e) for p, e in others if p_lo <= p < p_hi]
        a_lo, a_hi = offset + own_agent.left_edge.idx, offset + own_agent.right_edge.idx + len(own_agent.right_edge)
        agent = next((e for p, e in sorted(others) if a_lo <= p < a_hi), None)
        # "Chilean and Peruvian contingents": the names coordinated with the noun's own doer are its doers too
        co_agents = [e for c in own_agent.conjuncts for p, e in sorted(others) if offset + c.left_edge.idx <= p
                     < offset + c.right_edge.idx + len(c.right_edge) and e != agent]
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
    if etype in SPOKEN and not commentator and trig.pos_ == "NOUN" and (
            sender := _sender(sent_doc, offset, trig, others)) is not None:
        # "after a phone warning from the Israelis", "Ukraine received a request from Poland": who makes it (whom
        # the clause's subject is, it is made to)
        others = [(p, e) for p, e in others if e != sender] + ([(trig_pos, subj_ent)] if subj_ent not in (
            None, sender) else [])
        subj_ent = sender
    if not commentator and not accuser and (doer := _passive_agent(tok_i, subj_tok, offset, others)) is not None:
        # "Ukraine was attacked by Russia", "the pullout had been demanded by Algeria", "the drills were denounced
        # by Japan": the agent of the passive trigger does it; its subject is what (or whom) it is done to
        others = [(p, e) for p, e in others if e != doer] + ([(trig_pos, subj_ent)] if subj_ent not in (
            None, doer) else [])
        subj_ent, office = doer, False
    if subj_ent is None and not office and not commentator and (its := next(
            (c for c in trig.children if c.dep_ == "poss" and c.lower_ == "its"), None)) is not None:
        subj_ent = _its_owner(ctx, offset, offset + its.idx)  # "Its agreement with South Korea covers ..."
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
    # a fact-sheet line without a subject ("Continuing to lead the NATO battlegroup in Poland") is its author's act
    # (events.extract gives it its author): no name of the line is promoted to actor
    authored = subj_ent is None and subj_span is None and _subjectless_lead(sent_doc)
    seen = set()
    targets = []
    if subj_ent:
        actors.append(subj_ent)
        seen.add(subj_ent)
    # "Italy and Poland pledged troops to the mission", "Japan and Australia sent aid to Tonga": names coordinated as
    # the subject of an act done to someone are all its doers (of a joint act, "Chile and Peru held drills", one side each)
    together = _coordinated_subject(sent_doc, offset, subj_tok, subj_span, mentions, ctx) if subj_ent and not (
        group or subj_none or backer or commentator) else []
    if len(together) >= 2 and subj_ent in together and (etype in JOINT_DOERS or (etype in DIRECTED and any(
            e not in together for _p, e in others))):
        for eid in together:
            if eid not in seen and eid not in victims:
                actors.append(eid)
                seen.add(eid)
    if subj_ent and etype in JOINT_DOERS:
        for eid in co_agents:
            if eid not in seen and eid not in victims:
                actors.append(eid)
                seen.add(eid)
    if destinations and {e for _p, e in others} - destinations:
        others = [(p, e) for p, e in others if e not in destinations]
    for _pos, eid in sorted(others):
        if eid in seen or eid in victims:
            continue
        seen.add(eid)
        if not actors and _pos < trig_pos and eid not in hosts and not authored:
            actors.append(eid)
        else:
            targets.append(eid)
    # "its member states": the organisation the article or sentence is about (not "our allies": the speaker's)
    if _own_group(sent_doc, text, lex, trig):
        group_org = (ctx.salient_org if _has_members(ctx.salient_org, ctx) else None) or next(
            (m.entity_id for m in reversed(mentions) if m.start < trig_pos and m.entity_id.startswith("org:")
             and can_be_party(m.entity_id, ctx)), None)
        if group_org and group_org not in seen and group_org not in bloc_of_members:
            targets.append(group_org)
    if not actors and not authored and len(doers := [t for t in targets if t not in hosts]) > (0 if hosts else 1):
        actors.append(doers[0])  # (a fact-sheet line "Stationing forces in Germany and Italy" keeps its author)
        targets.remove(doers[0])
    if hosts and not actors and subj_span is not None and not set(targets) - hosts:
        # "soldiers are leading rescue operations in Indonesia": nobody sends them, no state hosts them (a
        # fact-sheet line without a subject, "Stationing enablers in Germany and Italy", is its author's)
        targets = []
    targets += [v for v in victims if v not in actors + targets]
    actors = [a for a in actors if a.split(":")[0] in ACTOR_KINDS]  # an affiliation read as an agreement is none
    targets = [t for t in targets if t.split(":")[0] in ACTOR_KINDS]
    if bodies := _unnamed_bodies(ctx):
        actors, targets = _bodies_as_states(actors, targets, bodies, ctx)
    # "Georgia's parliament ratified the pact with Armenia": a state's body beside its own state is no other side
    targets = [t for t in targets if ctx.body_states.get(t) not in (set(actors) | set(targets)) - {t}]
    return actors, targets, (min(places)[3] if places else None)


def _unnamed_bodies(ctx: DocContext) -> set[str]:
    """The organisations of the document that are a state body named without its state ("the Defence Ministry",
    "the General Staff") and that no page's own state claims (``data/parties.json`` ``unnamed_state_bodies``)."""
    generic = UNNAMED_BODIES
    return {e.id for e in ctx.ents.entities if e.kind == "org" and e.id not in ctx.institutions
            and " ".join(re.sub(r"^the\s+", "", e.name.lower()).split()) in generic}


def _bodies_as_states(actors: list[str], targets: list[str], bodies: set[str],
                      ctx: DocContext) -> tuple[list[str], list[str]]:
    """"The Defence Ministry signed a plan with Mongolia" in a report on Kazakhstan: a state body without its state
    acts for the state the article is most about, other than the event's other sides (no body of a state is a
    party of its own)."""
    others = {p for p in actors + targets if p not in bodies}
    state = _principal_state(ctx, others)
    if state is None:
        return actors, targets
    swap = list(dict.fromkeys(state if p in bodies else p for p in actors))
    return swap, [t for t in dict.fromkeys(state if p in bodies else p for p in targets) if t not in swap]
