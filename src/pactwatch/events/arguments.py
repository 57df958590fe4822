"""The party one argument of a trigger names, for :func:`.parties._participants`: an accused ("accused X of arming
the rebels"), a passive agent ("attacked by X"), a sender ("a warning from X"), the doer of a controlled infinitive
("pressed X to stop"), coordinated subjects ("X and Y sent troops"), a patron and its protege ("X-backed rebels"),
whom "it", "we" and "our" stand for; and names that only qualify another ("a non-NATO ally") or only date a story
(a dateline's city)."""
from __future__ import annotations

import re

from .asserter import _author, _subject_of
from .claims import SAME_SUBJECT_MARKS
from .context import DocContext, _quote_span_at, party_rules
from .lexicon import ACTOR_KINDS, _lemma
from .qualifiers import FORCE_NOUNS, _patron_participle, _patronised
from .references import _mention_token, can_be_party
from .sides import _inside_other_name
from .stands_for import _state_of

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
        return None  # "accused X of the attack": the act as a noun (see war_sides._laid_on)
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _in_charge(tok, trig) -> bool:
    """Whether ``tok`` is in the act an accusation charges its object with ("accused Iran of supplying drones to
    Russia", "blamed Kabul for sheltering militants from Pakistan"): the accused is a side, the act's others not."""
    if tok is None:
        return False
    prep = next((p for p in trig.children if p.dep_ == "prep" and _accused(trig, p) is not None), None)
    return prep is not None and prep.is_ancestor(tok)


def _clause_above_subject(pron, ctx: DocContext, offset: int) -> str | None:
    """The state or organisation "it" stands for as the subject of a subordinate clause ("as", "while", "after"):
    the subject of the clause it hangs on, when that is a party ("Kazakhstan is looking for alternatives to Moscow
    as it buys helicopters from France": Kazakhstan, not Moscow); as the subject of a clause a verb of saying
    reports, that verb's subject, when the verb tells no one ("Ankara offered drones to Kenya and Ghana, and said it
    hopes to sign a memorandum with Nigeria": Ankara, not Ghana; not "Chile told Peru it must ..."); else None."""
    verb = pron.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SAME_SUBJECT_MARKS for c in verb.children):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and _lemma(verb.head) in party_rules()["saying_verbs"] and (
            not any(c.dep_ in ("dobj", "dative") for c in verb.head.children)):
        subj = _subject_of(verb.head)
    else:
        return None
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


NEGATING_PREFIX = re.compile(r"(?i)\bnon-\s*$")
LEADING_SUFFIX = re.compile(r"[-–]led\b")
TIED_SUFFIX = re.compile(r"[-–](?:linked|affiliated|aligned|inspired)\b")


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


