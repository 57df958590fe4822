"""The counterpart of a fact whose sentence names only one state, from the pair the article is about.

A readout, a visit story or an interview tells of two states: "President X spoke with Prime Minister Y of Z. ... The
President reaffirmed the importance of expanding cooperation on clean energy", "The defence ministers met in Tashkent.
... The Uzbek side proposed to establish a joint working group". The later sentences name one side only and leave
the other to the reader. A fact of a kind that has two sides (cooperation, an exercise, an agreement, a meeting, a
request; a deployment or an alliance unless it is denied) whose parties are one state alone takes as its other side
the state that was that state's partner in the last meeting, agreement, cooperation or exercise told before it
between exactly two states (an exercise: of the last one between two to four states, a series of a trio).

Nothing is added to a fact with two parties or more, to a fact whose one party is a body or a person, to an attack or
a warning (done to someone the sentence must say), nor to a denied presence or alliance ("Kazakhstan does not host
foreign bases", "will not join any bloc": a state alone) or one said to be among many ("a regional cooperation").

With no such pair, the other side is the state the article names more often than any other (:func:`article_state`):
the host of a foreign state's presence told with no host (a base kept, troops stationed), the partner of a
cooperation, an agreement, a meeting or a request not denied (not of an exercise: "Ecuador held naval drills").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..model import Event
from .context import DocContext
from .discourse import _subject_states
from .references import _states_in

# facts with two sides that a later sentence may tell from one side alone
ONE_SIDED = frozenset({"cooperation", "exercise", "agreement", "meeting", "request", "deployment", "alliance"})
# denied, these are a state's stance alone ("does not host foreign bases", "will not join any alliance")
ALONE_WHEN_DENIED = frozenset({"deployment", "alliance"})
# the facts that set up the pair an article is about
PAIR_FACTS = frozenset({"meeting", "agreement", "cooperation", "exercise"})
# an exercise told from one side takes the rest of the trio or quartet that held the last one ("Three Brothers")
GROUP_SIZE = 4
# a fact said to be among many is no pair's ("called for a regional cooperation", "a multilateral exercise")
MANY_WORDS = frozenset({"regional", "multilateral", "global", "collective"})


def _parties(ev: Event) -> list[str]:
    return list(dict.fromkeys(ev.actors + ev.targets))


def _state_pair(ev: Event, most: int = 2) -> list[str] | None:
    """A fact's parties when it is between two (up to ``most``) states."""
    parts = _parties(ev)
    return parts if ev.type in PAIR_FACTS and 2 <= len(parts) <= most and all(
        p.startswith("country:") for p in parts) else None


# a sentence whose fact is with many it does not name: "called on the international community", "obligations towards
# every other State Party", "about 25 leaders joined a call" (not "our allies and partners", "all parties", "ships of
# 40 countries", "the accord with the armed groups": a pair's fact may be told with them)
MANY_PHRASES = re.compile(
    r"\b(?:the\s+international\s+community|every\s+other|all\s+(?:other\s+)?(?:countries|states|nations)"
    r"|\d+\s+leaders)\b", re.I)


def _among_many(ev: Event) -> bool:
    """Whether the words just before a fact's trigger say it is among many states ("a regional cooperation"), or its
    sentence tells of many it does not name (:data:`MANY_PHRASES`)."""
    sentence = ev.evidence.sentence if ev.evidence is not None else ""
    if MANY_PHRASES.search(sentence):
        return True
    at = sentence.find(ev.trigger) if ev.trigger else -1
    return at >= 0 and bool(MANY_WORDS & set(sentence[:at].lower().split()[-3:]) | MANY_WORDS & set(
        ev.trigger.lower().split()))


def _start(ev: Event) -> int:
    return ev.evidence.clean_start if ev.evidence is not None else 0


# with no pair told, a two-sided fact of one state (but a presence or an alliance) is with the state the article is
# about: "China handed over equipment for our border troops" in an interview with a Kyrgyz minister
# (not an exercise: "Ecuador held naval drills" is one state's own)
WITH_HOME = frozenset({"cooperation", "agreement", "meeting", "request"})


def article_state(ctx: DocContext) -> str | None:
    """The state an article is about: the one it names more often than any other (none on a tie: "Syria launched
    drones targeting Turkish-backed fighters" is about neither)."""
    counts = Counter(m.entity_id for m in ctx.ents.mentions if m.entity_id.startswith("country:")).most_common(2)
    return counts[0][0] if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else None


def _with_home(ev: Event, home: str | None) -> Event:
    """A fact of one state with no pair told before, with the state the article names most as its other side: a
    foreign state's forces said to be somewhere with no host ("Russia has kept warplanes at the air base near the
    capital since 2003", "the Russian base in Gyumri remains in place": that state hosts them, but not a presence
    denied, planned or offered: "will not host foreign bases", "is ready to send troops", a stance of its own); a
    cooperation, an agreement, a meeting or a request not denied."""
    parts = _parties(ev)
    if home is None or len(parts) != 1 or parts[0] == home or not parts[0].startswith("country:"):
        return ev
    if ev.type == "deployment" and ev.status == "occurred" and ev.actors:
        return replace(ev, targets=(home,))
    if ev.type in WITH_HOME and ev.status != "denied":
        return replace(ev, targets=(home,)) if ev.actors else replace(ev, actors=(home,))
    return ev


# a group of three or more states a fact's sentence names by a count or a first-person plural, not by their names:
# "the three countries", "our three nations", "our countries", "AUKUS partners"
COUNTS = {"three": 3, "four": 4, "five": 5}
GROUP_PHRASE = re.compile(
    r"\b(?i:(?:(?:the|our|all)\s+(?P<count>three|four|five)\s+|our\s+)(?:countries|nations|states|governments))\b"
    r"|\b[A-Z]{3,}\s+partners\b")  # (not "NATO members", "NATO allies": a bloc's members, not a trio told before)
GROUP_FACTS = PAIR_FACTS | {"alliance"}


def _group_of(ev: Event) -> int | None:
    """How many states the group a fact's sentence names counts (0: three or more, unsaid), else None."""
    sentence = ev.evidence.sentence if ev.evidence is not None else ""
    found = GROUP_PHRASE.search(sentence)
    if found is None:
        return None
    return COUNTS[found.group("count").lower()] if found.group("count") else 0


def with_groups(events: Sequence[Event], ctx: DocContext) -> list[Event]:
    """``events`` with the states a counted or first-person group stands for added to a fact whose states are some of
    them: the sides of the last fact told before between three or more states, all of this fact's states among them
    (as many as the group counts), when the sentence itself names at most one of them (not "Peru and Chile signed a
    deal, and the ministers of the three countries ..."), the sides of that fact are states alone (not "our countries"
    of a bloc's summit: the bloc's members): "President Ruto and our Ugandan and Rwandan partners committed to the pact. ...
    Over the past year, our countries have made strides in ..." (the parties stage took the pair the sentence before
    joined); a fact whose other parties are bodies keeps them ("our nations engaged with the IAEA")."""
    out = list(events)
    order = sorted(range(len(out)), key=lambda k: _start(out[k]))
    for n, k in enumerate(order):
        ev = out[k]
        size = _group_of(ev)
        if size is None or ev.type not in GROUP_FACTS | {"request"}:
            continue
        states = {p for p in _parties(ev) if p.startswith("country:")}
        named = _states_in(ctx, _start(ev), _start(ev) + len(ev.evidence.sentence)) if ev.evidence is not None else []
        if len(states & set(named)) > 1:
            continue
        for e in reversed([out[x] for x in order[:n]]):
            sides = [p for p in _parties(e) if p.startswith("country:")]
            if e.type not in GROUP_FACTS or _start(e) >= _start(ev) or len(sides) < 3 or (size and len(sides) != size):
                continue
            if len(sides) == len(_parties(e)) and states <= set(sides) and len(states) < len(sides):
                new = tuple(p for p in sides if p not in states)
                out[k] = replace(ev, targets=(*ev.targets, *new)) if ev.actors else replace(
                    ev, actors=new[:1], targets=(*new[1:], *ev.targets))
            break
    return out


# a lead whose subject is a gathering it names no member of: "On Wednesday, an assembly of several foreign ministers in
# Cairo denounced the accord between Turkey and Libya" (the members come in the next paragraph)
GATHERING_SUBJECT = re.compile(
    r"(?:[\w\s]{1,30},\s+)?an?\s+(?:assembly|meeting|summit|gathering)\s+of\s+(?:several\s+|\w+\s+)?"
    r"(?:foreign\s+|defen[cs]e\s+)?(?:ministers|leaders)\b", re.I)


def with_gatherings(events: Sequence[Event], ctx: DocContext) -> list[Event]:
    """``events`` with the states of the gathering a censure's subject names without them ("an assembly of several
    foreign ministers denounced the accord between Turkey and Libya") as its censurers: the states the first meeting
    held after it names as its subject ("Egypt's minister and his Greek and French counterparts gathered in Cairo");
    the censure is against the parties the parse gave it."""
    out = list(events)
    for k, ev in enumerate(out):
        if ev.type != "threat" or ev.evidence is None or not GATHERING_SUBJECT.match(ev.evidence.sentence):
            continue
        later = [e for e in out if e.type == "meeting" and e.status == "occurred" and _start(e) > _start(ev)]
        held = next((h for e in sorted(later, key=_start) if len(h := _subject_states(e, ctx)) >= 2), [])
        whom = tuple(p for p in _parties(ev) if p not in held)
        if held and whom:
            out[k] = replace(ev, actors=tuple(held), targets=whom)
    return out


def with_counterparts(events: Sequence[Event], home: str | None = None) -> list[Event]:
    """``events`` with the counterpart added to each fact told from one state's side (see the module docstring);
    ``home`` is the state the article names most (the host of a foreign presence told without one)."""
    out = list(events)
    order = sorted(range(len(out)), key=lambda k: _start(out[k]))
    for n, k in enumerate(order):
        ev = out[k]
        parts = _parties(ev)
        if ev.type not in ONE_SIDED or len(parts) != 1 or not parts[0].startswith("country:"):
            continue
        if (ev.status == "denied" and ev.type in ALONE_WHEN_DENIED) or _among_many(ev):
            continue
        one = parts[0]
        most = GROUP_SIZE if ev.type == "exercise" else 2
        pair = next((p for e in reversed([out[x] for x in order[:n]]) if _start(e) < _start(ev)
                     and (p := _state_pair(e, most)) and one in p), None)
        if pair is None:
            out[k] = _with_home(ev, home)
            continue
        others = tuple(p for p in pair if p != one)
        out[k] = replace(ev, targets=(*ev.targets, *others)) if ev.actors else replace(
            ev, actors=others[:1], targets=(*others[1:], *ev.targets))
    return out
