"""One event per fact: repeats, headline restatements and anaphoric mentions merged or dropped; a fact told in several
sentences keeps the clearest as its evidence. Headlines, headings and summary bullets that restate the body are in
:mod:`.restatements`; mentions folded into a fact already told in :mod:`.folding`; whether two events of one type are
different facts in :mod:`.distinct_facts`."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..model import EntityAnalysis, Event
from .clauses import higher
from .distinct_facts import (
    REPEATED_TYPES,
    _agreement_noun,
    _clause_of_standing,
    _different_facts,
    _names_again,
    _object_of,
    _same_sentence,
)
from .folding import (
    MENTIONED_TYPES,
    _accused_again,
    _bare_definite,
    _commented,
    _interstate,
    _negotiations_of_agreements,
)
from .restatements import (
    _WORDS,
    ENDINGS,
    OPENING_QUOTES,
)


def named_parties(ents: EntityAnalysis, stands_for: Mapping[str, str], start: int, end: int) -> frozenset[str]:
    """The parties the sentence at clean ``[start, end)`` names itself: the entities mentioned there by name, and the
    state or body a person or institution so named stands for (``stands_for``: a person's affiliation, an institution's
    state). A sentence that says "the two sides" or "they" names none."""
    ids = {m.entity_id for m in ents.mentions_in(start, end)}
    return frozenset(ids | {stands_for[i] for i in ids if i in stands_for})


# a sentence shorter than this (in words) is a fragment ("Israel too."), longer a run-on list
CLEAR_WORDS = (4, 80)
DOUBLE_QUOTES = ("\"", "\u201c", "\u201d")


def _whole_sentence(sentence: str) -> bool:
    """A sentence that stands on its own: it opens as a sentence (not "and will train its pilots" nor "... Kyiv"), ends
    as one (not a headline or a line cut short; a colon ends a sentence that introduces a quotation), and any quotation
    it opens it closes (not a quotation's first or second half)."""
    text = sentence.strip()
    first = text.lstrip(OPENING_QUOTES)[:1]
    if not (first.isupper() or first.isdigit()) or not text.endswith(ENDINGS):
        return False
    return sum(text.count(q) for q in DOUBLE_QUOTES) % 2 == 0


def _names_half(parties: set[str], named: frozenset[str]) -> bool:
    found = len(parties & named)
    return bool(found) and 2 * found >= len(parties)


def _clarity(ev: Event, fact: Event, named: Mapping[int, frozenset[str]]) -> tuple[bool, bool, bool]:
    """How clearly ``ev``'s sentence tells the merged ``fact``: a whole sentence first, then one that names the parties
    itself (at least half of its own actors and targets or of the fact's, not just "the two sides" or "they"), then one
    of moderate length."""
    assert ev.evidence is not None
    sentence = ev.evidence.sentence
    here = named.get(ev.evidence.clean_start, frozenset())
    names = _names_half(set(ev.actors) | set(ev.targets), here) or _names_half(set(fact.actors) | set(fact.targets), here)
    return _whole_sentence(sentence), names, CLEAR_WORDS[0] <= len(sentence.split()) <= CLEAR_WORDS[1]


def _clearest(event: Event, told: list[Event], named: Mapping[int, frozenset[str]]) -> Event:
    """``event`` (a merged fact) with the evidence and trigger of the clearest of the sentences that ``told`` it (see
    :func:`_clarity`), the first among equals. Only the sentences whose asserter is the event's are candidates: the
    evidence says who claims it."""
    candidates = [ev for ev in told if ev.evidence is not None and ev.asserted_by == event.asserted_by]
    if event.evidence is None or len({ev.evidence.clean_start for ev in candidates if ev.evidence}) < 2:
        return event
    best = max(candidates, key=lambda ev: _clarity(ev, event, named))  # max keeps the first of equals
    if best.evidence is None or best.evidence.clean_start == event.evidence.clean_start:
        return event
    return replace(event, evidence=best.evidence, trigger=best.trigger)


# facts a later sentence retells with "they", "the two leaders" (a meeting: "they discussed ... cooperation with Japan")
RETOLD_TYPES = frozenset({"meeting"})


def _own_counterpart(a: Event, b: Event, named: Mapping[int, frozenset[str]]) -> bool:
    """``b``'s sentence names a counterpart of its own that ``a`` lacks, one of ``a``'s parties (the side that travels)
    and none of the counterparts it shares with ``a``: those came from the context ("It followed stops in Fiji ... and Papua New Guinea, where they met with the
    Prime Minister", after "visited Honiara"), and the sentence tells a meeting with another state."""
    assert b.evidence is not None
    here = named.get(b.evidence.clean_start, frozenset())
    apart = set(a.actors) | set(a.targets)
    shared = set(b.targets) & apart
    return bool((set(b.actors) | set(b.targets)) - apart & here) and bool(shared) and not shared & here \
        and bool(apart & here)  # naming none of ``a``'s parties, it retells ``a`` (:func:`_retold_by_reference`)


def _another_meeting(old: Event, ev: Event, named: Mapping[int, frozenset[str]] | None) -> bool:
    """Two meetings in two sentences with different counterparts: one sentence names a counterpart the other meeting
    lacks and not the counterpart they share (:func:`_own_counterpart`): a trip's stops, a day's meetings."""
    if ev.type not in RETOLD_TYPES or named is None or ev.evidence is None or old.evidence is None \
            or _same_sentence(old, ev):
        return False
    return _own_counterpart(old, ev, named) or _own_counterpart(ev, old, named)


def _retold_by_reference(old: Event, ev: Event, named: Mapping[int, frozenset[str]] | None) -> bool:
    """``ev`` retells the meeting ``old`` told without naming any of its parties ("They discussed our response, including
    through trilateral cooperation with Japan", "The two leaders consulted on ... Côte d'Ivoire"): the sentence refers
    back to the meeting, and the other states it names are what was discussed, not parties to it."""
    if ev.type not in RETOLD_TYPES or named is None or ev.evidence is None or _same_sentence(old, ev):
        return False
    return not (set(old.actors) | set(old.targets)) & named.get(ev.evidence.clean_start, frozenset())


# prepositions that open a time clause dating a fact ("took place in 2023, after a deal to hold annual exercises")
TIME_CLAUSE_PREPS = frozenset({"after", "following", "since", "before", "amid", "under"})


def _dated_by_clause(old: Event, ev: Event) -> Event | None:
    """Of two triggers of one sentence, the one a time clause's preposition stands between them after (the main
    clause's): "The first joint drill took place in 2023, after a deal to hold annual exercises" dates the drill; the
    exercises planned in the deal do not make it planned. None when no such preposition stands between them."""
    if not _same_sentence(old, ev) or old.evidence is None:
        return None
    sentence = old.evidence.sentence
    a, b = sentence.find(old.trigger), sentence.find(ev.trigger)
    if a < 0 or b < 0 or a == b:
        return None
    first, second = (old, ev) if a < b else (ev, old)
    lo, hi = min(a, b) + len(first.trigger), max(a, b)
    between = [w.lower() for w in _WORDS.findall(sentence[lo:hi])]
    return first if any(w in TIME_CLAUSE_PREPS for w in between) else None


def merge_events(events: list[Event], items: frozenset[int] = frozenset(),
                 objects: Mapping[tuple[int, str], str] | None = None,
                 named: Mapping[int, frozenset[str]] | None = None) -> tuple[Event, ...]:
    """One event per distinct fact: same type, status and asserter, participants one within the other;
    in one sentence, same type and participants one within the other whatever the status, unless the two triggers stand
    in two clauses with subjects of their own (:func:`.clauses.own_subjects`). The status of such a fact is its main
    clause's trigger's (:func:`.clauses.higher`: "still rotates troops through the base, which will be the largest air
    base" took place); of two triggers equally high, the status other than ``occurred`` wins ("committed to expanding
    collaboration" is planned).

    ``items`` are the clean offsets of sentences that are lines of a list ("Stationing two squadrons of
    F-35 aircraft in the United Kingdom."): each tells its own fact. ``objects`` maps (sentence offset,
    trigger) to what a cooperation supplies or bears on (:func:`object_head`): two things, two facts.

    The evidence of a fact told in several sentences is the clearest of them (:func:`_clarity`): a whole sentence that
    names the parties itself (``named``: the parties each sentence names, by offset; see :func:`named_parties`)."""
    kept: list[Event] = []
    told: list[list[Event]] = []  # the sentences that told each kept fact
    # what a kept cooperation supplies is what any telling merged into it supplies ("will work together", then "will
    # be buying F-35s": the F-35s; "agreed to purchase 300 tanks" is then another thing, another fact)
    objects = dict(objects) if objects is not None else None
    for ev in _negotiations_of_agreements(_accused_again(_interstate(events))):
        k = _commented(kept, ev)
        if k is not None:  # "the drills were not directed at any third country": the drills reported, their parties
            old = kept[k]
            kept[k] = replace(old, when=old.when or ev.when, where=old.where or ev.where,
                              confidence=min(0.95, max(old.confidence, ev.confidence) + 0.1))
            continue
        parts = set(ev.actors) | set(ev.targets)
        merged = False
        told_again = ev.type == "agreement" and bool((mention := _agreement_noun(ev)) and mention.again)
        # "Djibouti echoed the call": the call told last, with one more party making it
        echoed = ev.type in REPEATED_TYPES and _bare_definite(ev)
        # "the treaty" is the last one told; its sentence's other states are not its parties ("the agreement between
        # Turkey and Libya infringes on Greece's rights")
        for k in (range(len(kept) - 1, -1, -1) if told_again or echoed else range(len(kept))):
            old = kept[k]
            if _different_facts(old, ev, items, objects, frozenset(t.evidence.clean_start for t in told[k] if t.evidence)) \
                    or _another_meeting(old, ev, named):
                continue
            oparts = set(old.actors) | set(old.targets)
            echo = echoed and not _same_sentence(old, ev)
            if parts <= oparts or oparts <= parts or echo:  # Greece meeting the IMF, then the US: two meetings
                again = not _same_sentence(old, ev) and (
                    (told_again and _names_again(old, ev)) or (ev.type in MENTIONED_TYPES and _bare_definite(ev))
                    or _retold_by_reference(old, ev, named))
                kept[k] = replace(
                    old,
                    # the more telling one; the main clause's when a time clause dates it (:func:`_dated_by_clause`)
                    status="occurred" if _clause_of_standing(old, ev)
                    # the main clause's of two triggers of one sentence (:func:`.clauses.higher`)
                    else top.status if _same_sentence(old, ev) and (top := higher(old, ev)) is not None
                    else main.status if (main := _dated_by_clause(old, ev)) is not None
                    else old.status if old.status != "occurred" else ev.status,
                    actors=old.actors + tuple(a for a in ev.actors if echo and a not in oparts),
                    targets=old.targets + tuple(t for t in ev.targets + ev.actors
                                                if t not in oparts and not again and not (echo and t in ev.actors)),
                    sectors=tuple(dict.fromkeys(old.sectors + ev.sectors)),
                    provisions=tuple(dict.fromkeys(old.provisions + ev.provisions)),
                    when=old.when or ev.when,
                    where=old.where or ev.where,
                    agreement=old.agreement or ev.agreement,
                    confidence=min(0.95, max(old.confidence, ev.confidence) + 0.1),
                )
                if objects and old.evidence is not None and not _object_of(old, objects) and (
                        its := _object_of(ev, objects)):
                    objects[(old.evidence.clean_start, old.trigger)] = its
                told[k].append(ev)
                merged = True
                break
        if not merged:
            kept.append(ev)
            told.append([ev])
    return tuple(_clearest(ev, sentences, named or {}) for ev, sentences in zip(kept, told, strict=True))
