"""Trigger words that tell no fact of their own where they stand: a question put to someone ("X was asked about the
base", "Asked about it, the spokesman said ..."), which is no request between states; a cooperation word inside the
title of a text or a mission ("the Treaty on Strategic Partnership and Cooperation", "the African Union Support and
Stabilisation Mission"), whose fact is the text or the mission the title's head names (an agreement, a deployment); the
word "training" naming a place ("the Edelweiss training ground", "builds barracks and training areas"), where a drill is
held or forces come, no training given; and a war named only by where it is fought, no side said ("talks will also
cover the war in Ukraine", "drag the country into the war in Ukraine"): the topic of another fact or a fear, which the
gold of every set leaves out when no side is named (a war censured, "has not condemned the war in Ukraine", or with a
side, "Russia's war in Ukraine", is told); an agreement word
naming a building ("the national convention centre") or in an exercise's name ("the Shared Accord series of exercises"); a weapon fired in a test or a drill ("would test-fire a missile
during the exercise", "no live firing will take place", an exercise "which included the firing of a missile"), no attack;
"meet" in the sense of answering something ("we will meet that threat together", "act to meet the common danger", "the
next incursion will be met"), no meeting.

Tried and dropped: the members of an organisation named as the group an act involves ("in consultation with our NATO
Allies", "threatened some of our NATO allies") as no alliance: one false alliance fewer on styles6, but on White House the
cooperation such a sentence also tells ("in close cooperation with our NATO Allies") then stood alone, and two gold
alliances told elsewhere in those releases lost the event they had been paired with."""
from __future__ import annotations

from .lexicon import _lemma
from .nesting import TOPIC_VERBS

# the verb of asking whose object is a topic, not an act: a question ("asked about the base")
QUESTION_PREPS = frozenset({"about"})
# what an asking verb takes when it asks for an act ("asked Germany to send", "asked for help")
ASKING_FOR = frozenset({"xcomp", "ccomp", "dative"})
# the head nouns of a title whose fact is its own: a text ("Treaty on ... Cooperation") or a mission ("... Support Mission")
# (not a memorandum: "a Memorandum of Cooperation" is often all the text says of the cooperation it opens)
TITLE_HEADS = frozenset({"treaty", "charter", "declaration", "agreement", "accord", "pact", "convention", "mission", "force",
                         "operation"})
# words a title holds between its capitalised words ("Treaty on Partnership and Cooperation", "Charter of ...")
TITLE_LINKS = frozenset({"on", "of", "for", "and", "&"})
TITLE_DEPTH = 5  # how far up a title's head is looked for
# nouns that "training" names a place with (not a centre or a school: "a joint training centre" is set up as cooperation)
TRAINING_PLACES = frozenset({"area", "ground", "range", "site", "field", "polygon"})


def question_put(head) -> bool:
    """A form of "ask" whose complement is the topic of a question ("Papikyan was asked about the Russian base",
    "Asked about it on Thursday, the spokesman said"): a journalist's or a deputy's question, no request between states.
    An asking verb that asks for an act ("asked Germany to send jets", "asked about and for help") stays a request."""
    if _lemma(head) != "ask" or head.pos_ not in ("VERB", "AUX"):
        return False
    children = list(head.children)
    if any(c.dep_ in ASKING_FOR for c in children) or any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in QUESTION_PREPS for c in children)


def _capitalised(tok) -> bool:
    return tok.is_title or (tok.is_upper and len(tok) > 1)


def in_title(tok) -> bool:
    """The capitalised word ``tok`` (not the sentence's first) is part of the title of a text or a mission whose head
    ('TITLE_HEADS') stands above it through capitalised words and title links only ("the Treaty on Strategic Partnership
    and Cooperation", "the 2009 Charter on Strategic Partnership", "the African Union Support and Stabilisation
    Mission"). A lower-case word ("NATO's Partnership for Peace programme") ends the title."""
    if not _capitalised(tok) or tok.i == tok.sent.start:
        return False
    a = tok
    for _ in range(TITLE_DEPTH):
        up = a.head
        if up.i == a.i or not (_capitalised(up) or up.lower_ in TITLE_LINKS):
            return False
        if _capitalised(up) and up.lower_ in TITLE_HEADS:
            return True
        a = up
    return False


def training_place(tok) -> bool:
    """The trigger "training" is the modifier of a place noun ('TRAINING_PLACES': "at the Edelweiss training ground",
    "to the Vaziani training area", "builds barracks and training areas"): where troops train or come, no training one
    state gives another."""
    return tok.lower_ == "training" and tok.dep_ in ("compound", "amod", "nmod") and _lemma(tok.head) in TRAINING_PLACES


# buildings an agreement noun names as a modifier ("the national convention centre", "a convention hall")
VENUES = frozenset({"centre", "center", "hall", "venue", "complex", "building"})


def venue_named(tok) -> bool:
    """The agreement word is the modifier of a building's noun ('VENUES': "funded the national convention centre"):
    a place, no text between states."""
    return tok.dep_ in ("compound", "amod", "nmod") and _lemma(tok.head) in VENUES


# a firing that is practice: test-fired, live-fire, the firing an exercise includes
FIRING_WORDS = frozenset({"fire", "fires", "fired", "firing"})
PRACTICE_WORDS = frozenset({"test", "live"})
EXERCISE_WORDS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvre", "manoeuvres", "maneuver",
                            "maneuvers"})


def practice_fire(tok) -> bool:
    """A firing that tests or practises a weapon: "test-fire", "live firing" (a practice word before it or among its
    modifiers), or the noun "firing" in a sentence that names an exercise ("Exercise Talisman Sabre, which for the
    first time included the firing of a missile"). A verb "fired" at a target during drills stays an attack."""
    if tok.lower_ not in FIRING_WORDS:
        return False
    if any(c.lower_ in PRACTICE_WORDS for c in tok.children) or (
            tok.i >= 2 and tok.nbor(-1).text == "-" and tok.nbor(-2).lower_ in PRACTICE_WORDS):
        return True
    return tok.lower_ == "firing" and tok.pos_ == "NOUN" and any(t.lower_ in EXERCISE_WORDS for t in tok.doc)


# what one meets by answering or fulfilling it, not by sitting down with it
MET_THINGS = frozenset({"threat", "danger", "challenge", "need", "requirement", "demand", "target", "goal", "standard",
                        "obligation", "commitment", "deadline", "expectation", "criterion", "criteria", "condition", "cost",
                        "incursion", "attack", "aggression", "provocation"})


def met_answered(tok) -> bool:
    """The verb "meet" whose object (or passive subject) is something answered or fulfilled ('MET_THINGS': "will meet
    that threat together", "to meet the common danger", "the next incursion will be met"): no meeting of parties."""
    if _lemma(tok) != "meet" or tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in MET_THINGS for c in tok.children)


def exercise_named(tok) -> bool:
    """The capitalised agreement word is the modifier of an exercise's noun ("trained together in the Shared Accord
    series of exercises", "the Pacific Pact drills"): part of the exercise's name, no text between states."""
    return _capitalised(tok) and tok.dep_ in ("compound", "nmod") and (
        _lemma(tok.head) == "series" or tok.head.lower_ in EXERCISE_WORDS)


WAR_WORDS = frozenset({"war", "wars"})


def war_by_place(tok) -> bool:
    """The trigger is the noun "war" that only an "in" phrase qualifies ("the war in Ukraine", "the war in Sudan") and
    that stands as the topic of talks ("talks will also cover trade and the war in Sudan") or as what a state is drawn
    into ("drag the country into the war in Ukraine"): :func:`.extract.extract_events` drops it when no side of it is
    found. Censured or denied ("has not condemned the war in Ukraine") it stays the war the stance is about."""
    if tok.lower_ not in WAR_WORDS or tok.pos_ != "NOUN" or not any(
            c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
            for c in tok.children):
        return False
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "dobj":
        return _lemma(top.head) in TOPIC_VERBS
    return top.dep_ == "pobj" and top.head.lower_ == "into"


def aside(sent_doc, etype: str, i: int, j: int) -> bool:
    """The trigger at ``i:j`` of type ``etype`` tells no fact of its own (see the module docstring)."""
    head = sent_doc[i:j].root
    if etype == "request":
        return question_put(head)
    if etype == "cooperation":
        return in_title(head) or training_place(head)
    if etype == "agreement":
        return venue_named(head) or exercise_named(head)
    if etype == "conflict":
        return practice_fire(head)
    if etype == "meeting":
        return met_answered(head)
    return False
