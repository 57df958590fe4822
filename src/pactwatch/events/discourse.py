"""What a trigger's anaphors stand for, from the sentences just before it.

A fact whose parties its own sentence only points at takes them from what the one or two sentences before told
(:data:`REACH`; a line or paragraph break ends a sentence too, and stepping back over a paragraph break costs one
sentence more):

* a pointing subject or possessor ("They called on Turkey to ...", "The pair also agreed to ...", "Both pledged ...",
  "their joint exercises", "a deal the two states reached") with no party of its own: the sides of the last fact
  told with two or more of them as its subject (never one of the clause's other parties: "they called on Turkey"),
  else the pair or list of states that is the subject of the sentence before; a "they" chain keeps them; a counted
  subject the parties stage took for the article's first meeting takes the fact just told with as many sides;
* a pointing object of a censure, a backing or a ratification ("Peru called it null and void", "Hanoi denounced the
  attack", "Brussels will finance the project", "the move was denounced by Rome") when the clause names no other
  side: the parties of the last fact of a kind the word can name (an attack's doers, a deal's sides; "it" and "this"
  look one sentence back or into their own sentence; "the accord" of an article about one reaches further while no
  other state is named in between), less the one who speaks;
* a trigger noun with an edition word or a possessor and no party at all ("the last such manoeuvres", "its
  mandate"): the parties of the fact of its type the sentence just before told;
* a censured act told just before ("The attack was condemned by France") is that act, no new one;
* a censured "the attack" or "the strike" with no act of its kind (or none with a doer) in reach is the act the
  article's lead told, when it was done ("Iraq's premier spoke out against the attack"); what the censure calls it
  ("as a violation of Qatari sovereignty") names its victim, no target; every name of a coordinated subject
  censures ("Turkey, Iran and Jordan condemned the strike"); "the conclusions of the summit" are the summit's (a
  meeting still to come has none);
* a state or one of its bodies acting alone on "the agreement", "the demarcation" or "it" ("the Bolivian Senate
  rejected the agreement") acts on the last agreement told with its state as a side, against its other sides (not
  a ratification still to come: "must still be ratified by parliament").

Nothing is borrowed for a sentence without such a word, nor inside a quotation (a speaker's "they" is whoever the
speaker means). The words are ``data/discourse.json``.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from importlib import resources

from ..model import Event, Evidence
from .context import DocContext, party_rules
from .lexicon import _lemma
from .references import (
    GROUP_SIZES,
    _group_in_focus,
    _group_size,
    _states_in,
    _states_word,
    _subject_list_before,
    _subject_pair_before,
)

REACH = 2  # how many sentences back an anaphor looks
POINTING_DETS = frozenset({"the", "this", "that", "these", "those", "such", "both"})
POINTING_PRONOUNS = frozenset({"it", "this", "that"})
GROUP_PRONOUNS = frozenset({"they", "both"})
# what a pointing object is to whose act: a censure's target is the act's doers (and both sides of a deal); a backing,
# a ratification or a request about it bears on all its parties
OBJECT_TYPES = frozenset({"threat", "cooperation", "agreement"})
# facts whose sides are alike (who met, who signed): all their parties are "they"; in a directed act only its doers are
SYMMETRIC = frozenset({"meeting", "agreement", "exercise", "cooperation", "alliance"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
OBJECT_PREPS = frozenset({"against", "over", "about", "at", "on", "of"})


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    """``data/discourse.json``: pointing subjects and pointing nouns."""
    return json.loads(resources.files("pactwatch.data").joinpath("discourse.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def pointing_subjects() -> frozenset[str]:
    """The words that alone stand for parties told before ("both", "the pair", "the trio"), so that a sentence
    holding one and a trigger is parsed though it names no one (:func:`.triggers.candidate_sentences`)."""
    counted = {w for w, n in _words()["subjects"].items() if n and w not in GROUP_SIZES}
    return frozenset(counted | (GROUP_PRONOUNS - {"they"}))


EDITION_WORDS = frozenset({"such", "last", "next", "previous", "earlier", "same", "latest", "first", "second", "third"})
POINTING_WORDS = frozenset({"such", "its", "their", "this", "these", "those", "the"})  # before a trigger noun


def points_back(lowers: list[str], surface: frozenset[str]) -> bool:
    """Whether a sentence's lower-case words hold a word that stands for parties told before ("the pair", "both") or
    a trigger word (one of ``surface``) just after a pointing word ("the drills", "its mandate", "such manoeuvres"),
    so that it is parsed though it names no one (:func:`.triggers.candidate_sentences`)."""
    if any(w in pointing_subjects() for w in lowers):
        return True
    return any(w in surface and any(p in POINTING_WORDS for p in lowers[max(0, k - 3):k]) for k, w in enumerate(lowers))


@functools.lru_cache(maxsize=1)
def _nouns() -> dict[str, frozenset[str]]:
    """Pointing nouns -> the event types they can name ('any' for all)."""
    return {k: frozenset(v) for k, v in _words()["nouns"].items()}


def _sentences_before(ctx: DocContext, pos: int) -> list[tuple[int, int]]:
    """The non-empty sentences (and lines) before ``pos``, as (start, end) ranges, last one last."""
    ends, head_end = ctx.sentence_starts_before(pos)
    return [(a, b) for a, b in zip(ends, [*ends[1:], head_end], strict=True) if ctx.text[a:b].strip()]


def reach_start(ctx: DocContext, pos: int, reach: int = REACH) -> int:
    """Where the ``reach`` sentences before the sentence at ``pos`` begin; stepping back over a paragraph break
    counts as a sentence too (what the paragraph before told is further away)."""
    spent, start, after = 0, pos, pos
    for a, _b in reversed(_sentences_before(ctx, pos)):
        told = ctx.text[a:after]
        spent += 1 + ("\n" in told[len(told.rstrip()):])
        if spent > reach:
            break
        start, after = a, a
    return start


def _names_party(tok, offset: int, ctx: DocContext) -> bool:
    """Whether a phrase names anyone itself (a pointing word with a name of its own is no pointing word: "the deal
    with Chile", "the Iranian move")."""
    lo, hi = offset + tok.left_edge.idx, offset + tok.right_edge.idx + len(tok.right_edge)
    return bool(ctx.ents.mentions_in(lo, hi))


def _pointing_noun(tok, offset: int, ctx: DocContext) -> frozenset[str] | None:
    """The event types a pointing phrase can name ("it", "the move", "this attack", "the pipeline"), else None."""
    if tok.lower_ in POINTING_PRONOUNS and tok.pos_ == "PRON":
        return frozenset({"any"})
    kinds = _nouns().get(_lemma(tok))
    if kinds is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in POINTING_DETS for c in tok.children):
        return None  # "an attack", "attacks": something new
    if any(c.dep_ in ("relcl", "acl", "poss", "nummod", "appos") for c in tok.children):
        return None  # "the attack that killed", "its deal", "the 2019 deal": it says which one itself
    return None if _names_party(tok, offset, ctx) else kinds  # ("the Turkish move", "the deal with Chile")


SERIES_NOUNS = frozenset({"series", "format", "cycle"})  # "the next exercise of the series"
REPEAT_WORDS = frozenset({"next", "previous", "last", "such", "latest", "same"})  # an edition of a series told before
HOST_VERBS = frozenset({"host", "stage", "organise", "organize"})  # "Cambodia will host the next exercise"


def _of_series(c) -> bool:
    """Whether ``c`` is an "of the series" phrase on a trigger noun (which says no party of its own)."""
    return c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _lemma(o) in SERIES_NOUNS
                                                          for o in c.children)


def _pointing_act(tok) -> bool:
    """A trigger noun that points at a fact of its kind told just before: with an edition word ("such", "last",
    "next") or "its"/"their" ("the last such manoeuvres", "their next drill", "its mandate"), not "a" or a bare plural
    (something new, or a kind)."""
    if tok.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("prep", "nummod", "relcl", "acl", "appos") and not _of_series(
            c) or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in tok.children):
        return False  # "the December 31 attack on the embassy": it says which one itself
    # (a bare "the drills" is mostly the drills told again: only an edition word or a possessor points at a fact
    # of its own between the same parties)
    return any((c.dep_ in ("det", "predet", "amod") and c.lower_ in EDITION_WORDS) or (
        c.dep_ == "poss" and c.lower_ in ("its", "their")) for c in tok.children)


def _pointing_subject(tok, offset: int, ctx: DocContext) -> int | None:
    """How many parties a pointing subject counts (0: unsaid) when it is one ("they", "both", "the pair", "the two
    countries", "the leaders"), else None."""
    if tok.lower_ in GROUP_PRONOUNS | {"their"} and tok.pos_ in ("PRON", "DET", "NUM"):
        return 2 if tok.lower_ == "both" else 0
    if _names_party(tok, offset, ctx):
        return None
    words = _words()["subjects"]
    if _lemma(tok) not in words or not any(c.dep_ in ("det", "nummod", "predet") and c.lower_ not in ("a", "an")
                                            for c in tok.children):
        return None
    if not words[_lemma(tok)] and tok.tag_ not in ("NNS", "NNPS"):
        return None  # "the government": one state, no group
    return words[_lemma(tok)] or _group_size(tok) or 0


def _repeats(tok) -> bool:
    """Whether a trigger noun is told as another edition of a series ("the next summit", "the previous such drills",
    "the next exercise of the series"), not the first of something ("their first joint exercise"), as the subject
    of its clause ("will be held in X") or what a state hosts."""
    edition = any(c.dep_ in ("amod", "det", "predet") and c.lower_ in REPEAT_WORDS for c in tok.children) or any(
        _of_series(c) for c in tok.children)
    # (only as what is held, or what a state hosts: "reaction to the latest drills" is another's act about them)
    return edition and (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "dobj" and _lemma(tok.head) in HOST_VERBS))


def _series_of(events: Sequence[Event], pos: int, etype: str) -> Event | None:
    """The series an edition word points at: the last fact of ``etype`` the article told before ``pos`` with two or
    more sides."""
    return next((ev for ev in reversed(events) if ev.type == etype and _evidence(ev).clean_start < pos
                 and len(set(ev.actors + ev.targets)) >= 2), None)


def _censured(tok) -> bool:
    """A noun that a censure is about ("they denounced the deal", "denounced the conclusions of the summit"): who
    censures it is none of its parties."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for _ in range(2):
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if _lemma(verb) in party_rules()["censure_verbs"]:
            return True
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and verb.pos_ in ("NOUN", "PROPN")):
            return False
        tok = verb  # "the conclusions of the summit": what the conclusions are of
    return False


def _named_in(sent_doc, offset: int, ctx: DocContext) -> set[str]:
    """The parties a sentence names itself (states through their institutions, persons and bodies too)."""
    end = offset + len(sent_doc.text)
    return set(_states_in(ctx, offset, end)) | {ctx.institutions.get(m.entity_id, m.entity_id)
                                                for m in ctx.ents.mentions_in(offset, end)}


def _named_elsewhere(actors: list[str], sent_doc, offset: int, subj, ctx: DocContext) -> bool:
    """Whether each of ``actors`` is named in the sentence outside the subject ``subj`` (so none stands for it)."""
    if not actors:
        return True
    lo, hi = offset + subj.left_edge.idx, offset + subj.right_edge.idx + len(subj.right_edge)
    end = offset + len(sent_doc.text)
    outside = _states_in(ctx, offset, lo) + _states_in(ctx, hi, end)
    outside += [ctx.institutions.get(m.entity_id, m.entity_id) for m in ctx.ents.mentions_in(offset, end)
                if not lo <= m.start < hi]
    return all(a in outside for a in actors)


def _clause_subject(tok):
    """The subject of the clause the trigger is in, through the verbs it is the object or complement of; for a noun,
    its possessor ("the pair's earlier drill", "their joint patrols") or the subject of a relative clause on it
    whose object it is ("a framework deal the two states reached")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        own = next((c for c in tok.children if c.dep_ == "poss"), None)
        if own is None:
            own = next((s for r in tok.children if r.dep_ == "relcl" and not any(
                c.dep_ == "dobj" for c in r.children) for s in r.children if s.dep_ == "nsubj"
                and s.tag_ not in ("WDT", "WP")), None)
        if own is not None:
            return own
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
            if tok.dep_ not in ("xcomp", "conj"):
                return None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _agent_of(tok, offset: int, ctx: DocContext) -> list[str]:
    """The parties a passive verb's "by" phrase names ("was denounced by France"), in order."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    out: list[str] = []
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        lo, hi = offset + agent.idx, offset + agent.right_edge.idx + len(agent.right_edge)
        out += [p for p in _states_in(ctx, lo, hi) if p not in out]
    return out


def _objects(tok):
    """What the verb of a trigger acts on: its object, its passive subject, what it is "against" or "over"."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head.i == tok.i:
            return []
        tok = tok.head
    out = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    out += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS
            for o in p.children if o.dep_ == "pobj"]
    return out


def _evidence(ev: Event) -> Evidence:
    """A fact's evidence: every fact of the events stage has one (extract.py sets it when it makes the event)."""
    assert ev.evidence is not None
    return ev.evidence


def _referent(events: Sequence[Event], lo: int, pos: int, kinds: frozenset[str], etype: str = "") -> Event | None:
    """The last fact told from ``lo`` up to the sentence at ``pos`` (that sentence's facts before the trigger
    included, unless of the trigger's own type ``etype``) of a type among ``kinds``."""
    for ev in reversed(events):
        start = _evidence(ev).clean_start
        if not lo <= start <= pos or (start == pos and ev.type == etype):
            continue
        if "any" not in kinds and ev.type not in kinds:
            continue
        return ev
    return None


THINGS = frozenset({"agreement", "cooperation", "alliance"})  # what a deal, a pact, a project or a pipeline names


def _named_thing(events: Sequence[Event], ctx: DocContext, pos: int, kinds: frozenset[str],
                 speaker: list[str]) -> Event | None:
    """The one agreement or project the article told of before ``pos``, however far back ("the pipeline", "the
    pact" in an article about one): the last fact of those kinds, when all of them are between the same parties and
    no other state (but the ``speaker``'s) is named since."""
    if "any" in kinds or not kinds <= THINGS:
        return None
    told = [ev for ev in events if ev.type in kinds and _evidence(ev).clean_start < pos]
    if len({frozenset(ev.actors + ev.targets) for ev in told}) != 1:
        return None
    last = told[-1]
    since = set(_states_in(ctx, _evidence(last).clean_end, pos)) - set(last.actors + last.targets) - set(speaker)
    return None if since else last


def _same_named(events: Sequence[Event], tok, pos: int, kinds: frozenset[str], speaker: list[str]) -> Event | None:
    """The deal a pointing noun with a qualifier of its own names again, however far back ("called the border
    agreement null and void" after "signed a maritime border agreement"): the last fact of those kinds told before
    ``pos`` whose sentence has the same qualifier and noun, with two sides or more, none of them the ``speaker``."""
    qualifier = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if "any" in kinds or not kinds <= THINGS or len(qualifier) != 1:
        return None
    words = f"{qualifier[0]} {tok.lower_}"
    return next((ev for ev in reversed(events) if ev.type in kinds and _evidence(ev).clean_start < pos
                 and words in _evidence(ev).sentence.lower() and len(set(ev.actors + ev.targets)) >= 2
                 and not set(ev.actors + ev.targets) & set(speaker)), None)


def _lead_start(ctx: DocContext) -> int:
    """Where the article's second paragraph of prose begins: the headline (or first line) and the lead paragraph
    come before it."""
    paras = [m.end() for m in re.finditer(r"\S[^\n]*(?:\n|$)", ctx.text)]
    return paras[1] if len(paras) > 1 else len(ctx.text)


def _lead_act(events: Sequence[Event], ctx: DocContext, pos: int, kinds: frozenset[str],
              speaker: list[str]) -> Event | None:
    """The act a news article's lead tells, that a censured "the attack" or "the strike" far from any other attack
    stands for ("Iraq's premier spoke out against the attack" paragraphs after "US forces killed X in an
    airstrike"): the first fact of those kinds done (not one planned) with doers (none of them the censurer), told
    in the headline or the lead paragraph."""
    if "any" in kinds or kinds & THINGS:
        return None  # (a deal far back is the article's one only under :func:`_named_thing`'s guards)
    lead = _lead_start(ctx)
    for ev in events:
        start = _evidence(ev).clean_start
        if start >= min(lead, pos):
            return None
        if ev.type in kinds and ev.status == "occurred" and ev.actors and not set(ev.actors) & set(speaker):
            return ev
    return None


def _still_to_come(tok) -> bool:
    """Whether the verb of a trigger is told as still to come ("must be ratified", "will ratify", "has yet to
    ratify", "needs to approve")."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and _lemma(tok.head) in ("have", "need", "be") or any(
        c.lower_ == "yet" for c in tok.head.children) or any(c.lower_ == "yet" for c in tok.children)


def _own_deal(trig, offset: int, ctx: DocContext, events: Sequence[Event], actor: str) -> Event | None:
    """The agreement told before that a state or one of its bodies acts on alone ("the Bolivian Senate rejected the
    agreement", "Congress did not ratify the demarcation"): the trigger or its object a pointing noun of a deal, the
    last agreement the article told with the actor's state among its sides (a parliament ratifies or rejects its
    own state's deals)."""
    own = ctx.body_states.get(actor, actor)
    if not own.startswith("country:") or _still_to_come(trig):
        return None  # ("the treaty must still be ratified by parliament": a stage of the deal, no act of its own)
    pointing = [trig] if not _censured(trig) else []
    pointing += [o for o in _objects(trig) if not o.left_edge.i <= trig.i <= o.right_edge.i]
    if not any((kinds := _pointing_noun(o, offset, ctx)) is not None and ("agreement" in kinds or (
            "any" in kinds and o.lower_ == "it")) for o in pointing):
        return None
    return next((ev for ev in reversed(events) if ev.type == "agreement" and _evidence(ev).clean_start < offset
                 and own in ev.actors + ev.targets and len(set(ev.actors + ev.targets) - {own}) >= 1), None)


def _censured_sides(ref: Event) -> list[str]:
    """Whom a censure of a fact is against: a directed act's doers, both sides of a deal or a meeting (all the
    parties of an act whose doers nobody named)."""
    return list(ref.actors) if ref.type not in SYMMETRIC and ref.actors else list(dict.fromkeys(ref.actors + ref.targets))


def _sides(ev: Event) -> list[str]:
    """Whom "they" of a fact are: all its parties when they are alike, its doers when it is done to someone."""
    parts = list(dict.fromkeys(ev.actors + ev.targets)) if ev.type in SYMMETRIC else list(ev.actors)
    return parts if len(parts) >= 2 else []


def _in_subject(ev: Event, sides: list[str], ctx: DocContext) -> bool:
    """Whether a fact's sides are all named before its trigger in its sentence (its subject: "Senegal and Gambia
    held talks", not "concluded that the agreement between Turkey and Libya is void")."""
    if ctx.pointed.get(_evidence(ev).clean_start) == sides:
        return True  # "They concluded ... They called on ...": whom the first "they" stood for
    at = _evidence(ev).sentence.find(ev.trigger)
    if at < 0:
        return False
    named = _states_in(ctx, _evidence(ev).clean_start, _evidence(ev).clean_start + at)
    named += [m.entity_id for m in ctx.ents.mentions_in(_evidence(ev).clean_start, _evidence(ev).clean_start + at)]
    return all(p in named for p in sides)


def _group_referent(events: Sequence[Event], ctx: DocContext, lo: int, pos: int, size: int,
                    others: list[str], facts_only: bool = False) -> list[str]:
    """Whom a pointing subject stands for: the sides of the last fact before it that has two or more of them as its
    subject, else the states that are the subject of the sentence before (as many as it counts); never one of the
    clause's ``others``
    ("they called on Turkey": Turkey is not one of "they")."""
    for ev in reversed(events):
        if lo <= _evidence(ev).clean_start < pos and (sides := _sides(ev)) and (not size or len(sides) == size) and (
                not set(sides) & set(others)) and _in_subject(ev, sides, ctx):
            return sides
    if facts_only:
        return []
    # no fact told there: the states that open the sentence before as its subject ("Rebels attacked bases in Mali and
    # Niger. They will ..." names no pair of theirs)
    states = list(_subject_pair_before(ctx, pos) or _subject_list_before(ctx, pos))
    return states if len(states) >= 2 and (not size or len(states) == size) and not set(states) & set(others) else []


CHAIN_PRONOUNS = ("they ", "both ")  # a sentence opening with one goes on telling of whom the one before told


def _opens_paragraph(ctx: DocContext, a: int, pos: int) -> bool:
    """Whether a paragraph break lies between the sentence starting at ``a`` and ``pos``."""
    told = ctx.text[a:pos]
    return "\n" in told[len(told.rstrip()):]


def _paragraph_group(events: Sequence[Event], ctx: DocContext, pos: int, others: list[str]) -> list[str]:
    """Whom a "they" that opens a paragraph (or a chain of sentences opening with "they" that does) stands for when
    nothing nearer does: the states named as the subject (before the trigger) of the last fact of the paragraph
    before that names two or more there ("Egypt's foreign minister and his Greek and French counterparts gathered in
    Cairo. Italy's minister joined as an observer.\n\nThey concluded that ... They called on Turkey to ..."); [] when
    the chain opens no paragraph, or no such fact was told there."""
    if not ctx.text[pos:pos + 5].lower().startswith(CHAIN_PRONOUNS):
        return []  # ("Officials said they ...": whom a "they" inside a clause stands for is told nearer)
    sentences = _sentences_before(ctx, pos)
    start = pos
    while sentences and not _opens_paragraph(ctx, sentences[-1][0], start):
        a, b = sentences.pop()
        if not ctx.text[a:b].lstrip().lower().startswith(CHAIN_PRONOUNS):
            return []
        start = a
    lo = start
    while sentences:
        a, _b = sentences.pop()
        if lo < start and _opens_paragraph(ctx, a, lo):
            break
        lo = a
    for ev in reversed(events):
        if not lo <= _evidence(ev).clean_start < start or len(_sides(ev)) < 2:
            continue
        subject = _subject_states(ev, ctx)
        if len(subject) >= 2 and not set(subject) & set(others):
            return subject
    return []


def _subject_states(ev: Event, ctx: DocContext) -> list[str]:
    """The states a fact's sentence names before its trigger (its subject) that are parties of it, when all of them
    are ("Egypt's minister and his Greek and French counterparts gathered in Cairo": not the observer a later sentence
    added); [] when the subject names another state or none."""
    start = _evidence(ev).clean_start
    at = _evidence(ev).sentence.find(ev.trigger)
    subject = _states_in(ctx, start, start + at) if at >= 0 else []
    return subject if subject and set(subject) <= set(ev.actors + ev.targets) else []


def borrowed_parties(sent_doc, offset: int, i: int, j: int, etype: str, actors: list[str], targets: list[str],
                     ctx: DocContext, events: Sequence[Event]) -> tuple[list[str], list[str]]:
    """The trigger's parties with those its pointing words stand for added (see the module docstring); unchanged
    when its clause names them, or has no pointing word."""
    trig = sent_doc[i:j].root
    lo = reach_start(ctx, offset)
    if not actors and not targets and _pointing_act(trig) and (
            ref := _referent(events, reach_start(ctx, offset, 1), offset - 1, frozenset({etype}))) is not None:
        # "The last such manoeuvres were staged in 2019", "its mandate was prolonged": the fact told just before
        return list(ref.actors), list(ref.targets)
    if len(named_here := list(dict.fromkeys(actors + targets))) == 1 and _pointing_act(trig) and _repeats(trig) and (
            ref := _series_of(events, offset, etype)) is not None:
        # "The next meeting will take place in Greece", "Cambodia will host the next exercise": an edition of the
        # series told before, with its sides; the one state the sentence names (where it is held, who hosts it) too
        return list(ref.actors), [p for p in dict.fromkeys([*ref.targets, *named_here]) if p not in ref.actors]
    subj = _clause_subject(trig)
    pointing = subj is not None and not subj.left_edge.i <= trig.i <= subj.right_edge.i and not _censured(trig)
    size = _pointing_subject(subj, offset, ctx) if pointing else None
    named = _named_in(sent_doc, offset, ctx)
    if size is not None and actors and not set(actors) & named:
        # "the three countries" the parties stage took for the article's first meeting: the fact just told with
        # three sides as its subject is nearer
        others = [p for p in dict.fromkeys(actors + targets) if p in named]
        group = _group_referent(events, ctx, lo, offset, size, others, facts_only=True)
        if group and set(group) != set(actors + targets) - set(others):
            actors, targets = [], others
    if size is not None and (
            not actors if trig.pos_ in ("NOUN", "PROPN") else _named_elsewhere(actors, sent_doc, offset, subj, ctx)):
        # (doers the parse took from the clause's other names are none of "they": "They denounced the deal between
        # Turkey and Libya")
        others = list(dict.fromkeys(actors + targets))
        group = _group_referent(events, ctx, lo, offset, size, others)
        if not group and subj.lower_ == "they":
            group = _paragraph_group(events, ctx, offset, others)
        if group:
            ctx.pointed[offset] = group
            if others or etype not in SYMMETRIC:
                actors, targets = group, others
            else:
                actors, targets = group[:1], group[1:]
    if etype in OBJECT_TYPES and not actors and (agent := _agent_of(trig, offset, ctx)) and set(agent) >= set(targets):
        # "The move was denounced by Rome": the agent of a passive censure is who censures, not whom
        actors, targets = agent, []
    if etype == "agreement" and len(actors) == 1 and not targets and (ref := _own_deal(trig, offset, ctx, events,
                                                                                 actors[0])) is not None:
        # "the Bolivian Senate rejected the agreement", "did not ratify the demarcation": its own state's deal
        own = ctx.body_states.get(actors[0], actors[0])
        return actors, [p for p in dict.fromkeys(ref.actors + ref.targets) if p not in (own, actors[0])]
    if etype == "threat" and actors and targets and _all_in_subject(trig, actors + targets, offset, ctx):
        # "The UAE, Turkey, Iran and Jordan have all condemned the strike": every name of the subject censures
        together = list(dict.fromkeys(actors + targets))
        if whom := _object_parties(trig, offset, ctx, events, etype, together, lo):
            return together, whom
    if etype == "threat" and actors and targets and set(targets) <= set(_named_as(trig, offset, ctx)) and (
            whom := _object_parties(trig, offset, ctx, events, etype, actors, lo)):
        # "condemned the attack as a violation of Qatari sovereignty": whom the attack was done to is what the
        # censure says of it; the censure is against its doers
        return actors, whom
    if etype in OBJECT_TYPES and actors and not targets:
        targets = _object_parties(trig, offset, ctx, events, etype, actors, lo) or []
    if etype == "request" and actors and not targets:
        targets = _addressed_parties(trig, offset, ctx, events, actors, lo)
    return actors, targets


ADDRESSING_PREPS = frozenset({"on", "upon"})
FIGHTS = frozenset({"conflict", "exercise"})  # what "all parties", "both sides" a request asks are the sides of


def _addressees(trig) -> list:
    """Whom a request asks: the object of its verb ("urged them", "asked both sides"), or what it calls "on" or
    "upon" ("called on all parties"; "a call on the warring sides")."""
    verb = trig
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    heads = [trig] if verb.i == trig.i else [trig, verb]
    out = [c for h in heads if h.pos_ in ("VERB", "AUX") for c in h.children if c.dep_ == "dobj"]
    return out + [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ADDRESSING_PREPS
                  for o in p.children if o.dep_ == "pobj"]


def _fight_before(events: Sequence[Event], ctx: DocContext, lo: int, pos: int, actors: list[str]) -> list[str]:
    """The sides of the fighting a request to "all parties" is about: the last fight (a war, an act of war, drills
    against someone) told from ``lo`` up to ``pos`` with two or more sides none of the requesters, else the first
    one the article told (what it is about)."""
    told = [ev for ev in events if _evidence(ev).clean_start < pos and ev.type in FIGHTS and ev.actors and ev.targets]
    near = [ev for ev in told if _evidence(ev).clean_start >= lo] or told[:1]
    for ev in reversed(near):
        sides = list(dict.fromkeys(ev.actors + ev.targets))
        if len(sides) >= 2 and not set(sides) & set(actors):
            return sides
    return []


def _addressed_parties(trig, offset: int, ctx: DocContext, events: Sequence[Event], actors: list[str],
                       lo: int) -> list[str]:
    """Whom a request with no named addressee asks, when it asks a group: "them" (the parties a pointing subject
    would stand for), "the warring parties in Sudan" (the state they are in), "all parties", "both sides" (the
    sides of the fighting told before: :func:`_fight_before`); [] when it asks no such group."""
    for tok in _addressees(trig):
        if tok.lower_ == "them" and tok.pos_ == "PRON":
            # ("respects the decision of the three states but urged them to ...": the counted states just before it)
            counted = next((t for t in reversed(tok.doc[:tok.i]) if _states_word(t) and t.tag_ in ("NNS", "NNPS")
                            and (size := _group_size(t)) and not _names_party(t, offset, ctx)), None)
            group = _group_in_focus(ctx, size, offset, strict=True, states_only=True) if counted is not None else (
                _group_referent(events, ctx, lo, offset, 0, actors))
            if len(group) >= 2 and not set(group) & set(actors):
                return group
            continue
        if _lemma(tok) not in _words()["addressees"] or tok.tag_ not in ("NNS", "NNPS"):
            continue
        places = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                  if o.dep_ == "pobj"]
        if places:
            # "the warring parties in Sudan", "all sides in Libya": the state whose fighting it is
            place = places[0]
            hi = offset + place.right_edge.idx + len(place.right_edge)
            return [s for s in _states_in(ctx, offset + place.left_edge.idx, hi) if s not in actors][:1]
        if not _names_party(tok, offset, ctx) and (sides := _fight_before(events, ctx, lo, offset, actors)):
            return sides
    return []


def _named_as(trig, offset: int, ctx: DocContext) -> list[str]:
    """The parties named in what a censure calls its object ("condemned the attack as a violation of Qatari
    sovereignty", "characterized it as an aggression on Iraq"): the "as" phrase of the trigger's verb, or the
    trigger itself when it is that phrase's noun."""
    verb = trig
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    out: list[str] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        lo, hi = offset + prep.idx, offset + prep.right_edge.idx + len(prep.right_edge)
        out += _states_in(ctx, lo, hi) + [ctx.institutions.get(m.entity_id, m.entity_id)
                                          for m in ctx.ents.mentions_in(lo, hi)]
    return out


def _all_in_subject(trig, parties: list[str], offset: int, ctx: DocContext) -> bool:
    """Whether the subject of the trigger's clause is a coordination of names ("Egypt, Jordan and Iran condemned")
    that holds all of ``parties``."""
    subj = _clause_subject(trig)
    if subj is None or not any(t.dep_ == "conj" for t in subj.subtree) or subj.left_edge.i <= trig.i <= subj.right_edge.i:
        return False
    lo, hi = offset + subj.left_edge.idx, offset + subj.right_edge.idx + len(subj.right_edge)
    named = set(_states_in(ctx, lo, hi)) | {ctx.institutions.get(m.entity_id, m.entity_id)
                                            for m in ctx.ents.mentions_in(lo, hi)}
    return len(set(parties)) >= 2 and set(parties) <= named


def _object_parties(trig, offset: int, ctx: DocContext, events: Sequence[Event], etype: str, actors: list[str],
                    lo: int) -> list[str] | None:
    """Whom a censure, a backing or a ratification bears on when its object points at a fact told before ("denounced
    the move", "called it null and void", "will finance the project"): the censured act's doers, a deal's sides; None
    when no object points at a fact."""
    for obj in _objects(trig) + [o for c in _objects(trig) if _pointing_noun(c, offset, ctx) is None
                                 for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for o in p.children if o.dep_ == "pobj"]:
        # ("denounced the conclusions of the summit": what the conclusions are of)
        if obj.left_edge.i <= trig.i <= obj.right_edge.i or (kinds := _pointing_noun(obj, offset, ctx)) is None:
            continue
        # ("it", "this": what the sentence just before or this one told; "the pipeline": the article's one)
        ref = _referent(events, reach_start(ctx, offset, 1) if "any" in kinds else lo, offset, kinds, etype) or (
            _named_thing(events, ctx, offset, kinds, actors)) or _same_named(events, obj, offset, kinds, actors)
        if etype == "threat" and ref is not None and ref.type == "meeting" and ref.status != "occurred":
            # a meeting still to come has no conclusions to censure yet: the last one held has
            ref = next((ev for ev in reversed(events) if ev.type == "meeting" and ev.status == "occurred"
                        and _evidence(ev).clean_start < _evidence(ref).clean_start), None)
        if etype == "threat" and ref is not None and ref.type == "meeting" and len(
                held := _subject_states(ref, ctx)) >= 2:
            # ("denounced the conclusions of the summit": of those who gathered, not an observer who joined them)
            return [p for p in held if p not in actors]
        if etype == "threat" and (ref is None or not set(_censured_sides(ref)) - set(actors)):
            # (an attack told just before with nobody named as its doer, "The strike took place in Iraq", is the
            # lead's once more)
            ref = _lead_act(events, ctx, offset, kinds, actors) or ref
        if ref is None:
            continue
        # a censure is of the act's doers (and both sides of a deal); a backing bears on all its parties
        sides = _censured_sides(ref) if etype == "threat" else list(dict.fromkeys(ref.actors + ref.targets))
        return [p for p in sides if p not in actors]
    return None


def restated_act(sent_doc, offset: int, i: int, j: int, etype: str, ctx: DocContext,
                 events: Sequence[Event]) -> bool:
    """Whether the trigger is a pointing noun that a censure is about ("The attack was condemned by France", "Lima
    denounced the deal"), for a fact of its type told just before: that fact, not a new one with the censuring
    state as its party."""
    trig = sent_doc[i:j].root
    if trig.pos_ not in ("NOUN", "PROPN") or (kinds := _pointing_noun(trig, offset, ctx)) is None or "any" in kinds:
        return False
    if not _censured(trig):
        return False
    return etype in kinds and _referent(events, reach_start(ctx, offset), offset - 1, frozenset({etype})) is not None
