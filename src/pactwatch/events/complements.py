"""The trigger's own complement clauses: what a trigger verb takes as its open complement is part of its act.

"Ghana offered to help train Togolese border guards": the trigger "help" (or "offered") does its act through
"train"; whom the complement's verb acts on is the act's other side, not a clause of its own. So is a verb
coordinated with that complement ("offered to supply jets and to train Libyan pilots"); not the complement of a
verb whose object does it ("asked Malaysia to convene a meeting of the border committee")."""
from __future__ import annotations

COMPLEMENT_DEPTH = 3  # "offered to help train": at most so many open complements down from the trigger
CONTROLLER_DEPS = frozenset({"dobj", "dative", "nsubjpass"})


def _object_control(verb) -> bool:
    """Whether the verb's open complement is done by its object, not its subject: "asked Malaysia to convene a
    meeting", "called on the EU to suspend its support", "were asked by Ankara to integrate" (what the one asked
    is to do is the addressee's act, whom it names no side of the asking)."""
    return any(c.dep_ in CONTROLLER_DEPS or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children)


def _object_of(tok, verb) -> bool:
    """Whether ``tok`` names the verb's own object or whom its preposition names, not something deeper in a noun
    phrase of it ("help maintain the readiness of X's air force": X is no side of the helping)."""
    t = tok
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ == "of":
            return False
        t = t.head
    return t.i == verb.i


def own_complement(t, trig, tok=None) -> bool:
    """Whether the verb ``t`` is an open complement (``xcomp``) of the trigger verb ``trig``, directly or through
    other open complements and verbs coordinated with them (and the name ``tok`` under it its object)."""
    if trig.pos_ not in ("VERB", "AUX") or (tok is not None and not _object_of(tok, t)):
        return False
    depth = 0
    while t.head.i != t.i and depth <= COMPLEMENT_DEPTH:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.dep_ == "xcomp":
            t = t.head  # "to supply jets and to train pilots": the coordinated verb shares the complement's place
            continue
        if t.dep_ != "xcomp" or _object_control(t.head):
            return False
        if t.head.i == trig.i:
            return True
        t, depth = t.head, depth + 1
    return False


def meeting_place(prep, trig) -> bool:
    """Whether the locative ``prep`` says where the trigger's verb itself happens: "meet in Tokyo", "held talks
    in Kampala", "received X in Baku" (not "discussed the situation in Afghanistan": what is discussed; nor a
    noun's "talks in Putrajaya", which may be another's told before)."""
    return prep is not None and prep.lower_ == "in" and prep.head.i in (trig.i, trig.head.i) and prep.head.pos_ == "VERB"


def host_of_lone_side(where: str, capital_of: dict[str, str], sides: list[str]) -> str | None:
    """The state a meeting is held in, as its other side when the sentence names only one ("Kato and Smith will
    meet in Tokyo" where only Smith's state is known; "received the commander of the Turkish land forces in Baku"):
    the state itself ("in Ghana") or the state of its capital ("in Accra") when it is where the trigger itself
    happens (``capital_of``: the places so said); None when it is the known side's own, or the side is a bloc."""
    state = capital_of.get(where)
    if not all(s.startswith("country:") for s in sides):
        return None  # "the CSTO summit in Astana": a bloc's summit is the bloc's, wherever it is held
    return state if state is not None and state not in sides else None


def hosted_by(trig, subj) -> bool:
    """Whether the clause's subject hosts the trigger, its object ("Finland will host the NATO exercise"): the host
    is a side beside the one the trigger's name says holds it (for drills and summits; a base a state hosts is the
    deployment of the one who keeps it there)."""
    return subj is not None and trig.dep_ == "dobj" and trig.head.lemma_.lower() == "host" and subj.head.i == trig.head.i
