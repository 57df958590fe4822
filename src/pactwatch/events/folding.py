"""Merging, first stage: mentions folded into a fact already told. A cooperation subsumed by the alliance it is part
of, an anaphoric or re-named mention of an earlier meeting or agreement, a comment on a fact ("the exercise, the first
of its kind"), a conflict accused again, negotiations of an agreement that is itself an event: each is the same fact
told again, so it is dropped or folded before facts are compared (:mod:`.merging`)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event
from .nesting import negotiation_word
from .relevance import domestic_body
from .restatements import (
    _WORDS,
    DEFINITE_DETS,
    _marked_other,
    _same_time,
    trigger_words,
)

SPECIFIC_COOPERATION = frozenset({"alliance"})  # an exercise is still cooperation besides (GUIDE's gold lists both)
# nouns that tell an alliance as one part of a larger agreement or partnership ("a mutual defence clause")
PART_NOUNS = frozenset({"clause", "clauses", "provision", "provisions", "article", "articles", "guarantee",
                        "guarantees", "obligation", "obligations"})
# words by which a partnership tells what it holds ("a partnership that includes a mutual assistance clause")
INCLUDING_WORDS = frozenset({"include", "includes", "included", "including", "contain", "contains", "containing",
                             "enshrine", "enshrines", "enshrining", "features", "featuring"})


def _alliance_is_part(coop: Event, alliance: Event) -> bool:
    """The alliance is told as a part of the cooperation, not as what the cooperation is: a clause or provision ("a
    strategic partnership with a mutual defence clause") or what the partnership includes ("a partnership that
    includes mutual assistance in case of attack"). Then both are facts (GUIDE: the partnership and the
    mutual-defence commitment); "we cooperate in the format of a formal alliance" is the alliance alone."""
    around = trigger_words(alliance)
    if around is None:
        return False
    if any(w.lower() in PART_NOUNS for w in around[1][:2]):
        return True
    sentence = alliance.evidence.sentence if alliance.evidence is not None else ""
    at = sentence.find(alliance.trigger)
    start = sentence.find(coop.trigger)
    between = _WORDS.findall(sentence[start + len(coop.trigger):at]) if 0 <= start < at else []
    return any(w.lower() in INCLUDING_WORDS for w in between)


def _drop_subsumed_cooperation(events: list[Event]) -> list[Event]:
    """Cooperation is the type for what no other type names (GUIDE): "we cooperate with Türkiye in
    the format of a formal alliance" is the alliance, not an alliance and a cooperation besides.
    A cooperation event goes when its sentence yields an alliance of the same status among the same
    parties, unless the alliance is told as a part of it (:func:`_alliance_is_part`)."""
    specific: dict[tuple, list[Event]] = {}
    for ev in events:
        if ev.type in SPECIFIC_COOPERATION and ev.evidence is not None:
            specific.setdefault((ev.evidence.clean_start, ev.status, frozenset(ev.actors + ev.targets)), []).append(ev)
    return [ev for ev in events if not (
        ev.type == "cooperation" and ev.evidence is not None
        and any(not _alliance_is_part(ev, al) for al in
                specific.get((ev.evidence.clean_start, ev.status, frozenset(ev.actors + ev.targets)), [])))]


def _interstate(events: list[Event]) -> list[Event]:
    """Facts between states only: a domestic body (a national court, a law society, an opposition party: see
    :func:`.relevance.domestic_body`) is no party ("the High Court blocked the deployment of police to Haiti" is
    Kenya's deployment to Haiti), and what such bodies do themselves ("the Law Society threatened to return to
    court", a court's ruling on the government's powers) is no event."""
    out = []
    for ev in events:
        if not any(domestic_body(p) for p in ev.actors + ev.targets):
            out.append(ev)
            continue
        actors = tuple(a for a in ev.actors if not domestic_body(a))
        targets = tuple(t for t in ev.targets if not domestic_body(t))
        if (ev.actors and not actors) or not actors + targets:
            continue
        out.append(replace(ev, actors=actors, targets=targets))
    return out


def _anaphoric(sent_doc, i: int, j: int) -> bool:
    head = sent_doc[i:j].root
    return any(c.dep_ == "det" and c.lower_ in ("these", "those", "this", "that") for c in head.children)


# words that tell something new of an agreement besides signing it: agreeing its terms, being party to it
OWN_ACTS = frozenset({"agree", "signatory", "party", "member", "join", "accede"})


def _named_again(sent_doc, i: int, j: int, lex) -> bool:
    """An agreement noun with "the" and no signing, approving or the like near it ("denounced the border
    agreement again", "called the border agreement null and void"): the agreement the article reported."""
    head = sent_doc[i:j].root
    if head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    signing = (set(lex.triggers["agreement"].get("sign_verbs", [])) | set(lex.triggers["agreement"].get("verbs", []))
               | OWN_ACTS)
    window = sent_doc[max(0, i - 8):min(len(sent_doc), j + 8)]
    return not any((t.lemma_ or t.lower_).lower() in signing for t in window)


def _own_name(sent_doc, i: int, j: int) -> bool:
    """Whether an agreement noun carries a name of its own before it ("the 1960 Indus Waters Treaty", "the Shusha
    Declaration"), not only common words ("the memorandum agreed upon between ...", "the border agreement")."""
    head = sent_doc[i:j].root
    return head.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in head.subtree if t.i < head.i)


MEETING_NOUNS = frozenset({"summit", "meeting", "talks", "visit", "session", "forum", "conference", "gathering"})


# facts a bare definite noun refers back to: "the summit", "the talks" (not "the attack": the gold keeps an
# attack told again with other parties, "the strike took place in Iraq", as its own event)
REFERRED_TYPES = frozenset({"meeting"})


def _earlier_meeting(events: list[Event], event: Event, sent_doc, i: int, j: int) -> int | None:
    """Index of the meeting that "the summit" / "the talks" refers back to: the article's last
    event of that type and status, when this trigger is a bare definite noun phrase."""
    if event.type not in REFERRED_TYPES:
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
        if events[k].type == event.type and events[k].status == event.status:
            return k
    return None


def _refers_back(events: list[Event], etype: str, parts: list[str], asserter: str | None) -> bool:
    for ev in events:
        if ev.type == etype and (set(ev.actors) | set(ev.targets)) & set(parts):
            return True
    return False


# what names the relationship between parties, not a cooperation in anything ("the U.S.-India Strategic Partnership")
RELATIONSHIP_WORDS = frozenset({"partnership", "partnerships", "strategic partnership", "relationship", "relationships",
                                "ties", "relations", "bond", "bonds", "friendship", "unity", "united"})


# facts that, once they took place or exist, are one fact whoever tells them (a summit held, an attack, an alliance, a
# treaty signed, drills held); claims (threats, requests) and plans are the claimant's. Not cooperation nor deployments:
# a readout's many facts between the same two states are told by different officials
SETTLED_TYPES = frozenset({"meeting", "conflict", "alliance", "agreement", "exercise"})


# the kinds of fact a readout or fact sheet lists several of between the same parties ("signed an MOU on
# cyber security", "launched a partnership on climate"): another sentence repeats one only in the same word
LISTED_TYPES = frozenset({"agreement"})


def _stem(trigger: str) -> str:
    """The start of a trigger's first word: "deployment" and "deploy", "cooperation" and "cooperate" agree."""
    words = trigger.lower().split()
    return words[0][:5] if words else ""


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})


# days told relative to the article's date ("Monday's talks", "yesterday's summit"): the meeting the lead reported
DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                  "tonight", "tomorrow", "weekend"})


# the nouns a meeting is named by ("the Bali meeting", "the Strategic Dialogue"); a verb ("met", "discussed") names none
NAMED_MEETINGS = MEETING_NOUNS | frozenset({"talk", "dialogue", "consultation", "negotiation", "meeting", "summit"})


def _meeting_name(ev: Event) -> str | None:
    """The name a meeting noun carries in its sentence ("the Bali meeting", "the Quad Leaders' Summit",
    "the November 2022 meeting", "Defense Policy Coordination Talks"), lower-cased; None for a meeting
    told by a verb or a bare noun ("met today", "discussed", "the talks")."""
    if ev.evidence is None or ev.trigger.lower().removesuffix("s") not in NAMED_MEETINGS:
        return None
    sentence = ev.evidence.sentence
    at = sentence.find(ev.trigger)
    if at <= 0:
        return None
    before = sentence[:at].split()
    prev = re.sub(r"(?:['\u2019]s?|,)$", "", before[-1]) if before else ""  # "Leaders'", "Bali's": the name
    if prev.lower() in DAYS:  # "in Monday's talks", "today's meeting": the day the article tells, not a name
        return None
    named = ev.trigger[0].isupper() or (len(before) > 1 and prev[:1].isupper() and prev.lower() not in ("the", "a"))
    dated = prev.isdigit() or prev.lower() in MONTHS
    if not (named or dated):
        return None
    return f"{prev.lower()} {_stem(ev.trigger)}"


def _distinct_meetings(a: Event, b: Event) -> bool:
    """A named meeting is not the meeting a readout tells with a verb ("met today" and "building on the
    Bali meeting"); two mentions of one meeting noun are one meeting unless their names differ."""
    na, nb = _meeting_name(a), _meeting_name(b)
    if _stem(a.trigger) == _stem(b.trigger):
        return bool(na and nb and na != nb)
    return bool(na or nb)


# facts a later sentence may only comment on ("the drills were not directed at any third country", "the exercise will
# last until the end of May"): a bare definite mention is the fact already reported, whatever its status and parties
# not deployments ("the deployment of X to Y" is how one is first told), nor agreements ("other signatories to the
# treaty include Germany" tells who is party to it; tried: Wikinews events R .632 -> .621)
# meetings neither ("the delegation met with ...", "the dialogue" are often new meetings of a trip or readout; tried:
# WH events R .705 -> .698, Wikinews R .632 -> .621)
# attacks too: "the attack was an aggression against all GCC states", "informed shortly before the attack" comment on
# the strike reported, and the states of their sentences are no sides of it (measured: Wikinews fp 10 -> 8, styles6
# 48 -> 46; WH tp 340 -> 339 until an attack placed or aimed by a phrase of its own was kept, :data:`PLACED_TYPES`)
COMMENTED_TYPES = frozenset({"exercise", "conflict"})
# the types whose bare definite mention with a phrase placing or aiming it is told anew ("the war in Yemen")
PLACED_TYPES = frozenset({"conflict"})
REFERRING_DETS = DEFINITE_DETS | {"such"}
# a word that makes the mention another fact of the kind ("the next drills", "the new exercise")
OTHER_WORDS = frozenset({"new", "next", "another", "other", "second", "third", "previous", "last", "earlier", "first",
                         "future", "upcoming", "latest", "subsequent", "separate", "different", "coming", "annual"})


def _comments_on(ev: Event) -> bool:
    """An exercise or an attack told again as a bare definite mention (see :func:`_bare_definite`); an attack only
    when no phrase of its own places or aims it ("the war in Yemen", "the attack on its embassy": told anew)."""
    if ev.type not in COMMENTED_TYPES or not _bare_definite(ev):
        return False
    if ev.type in PLACED_TYPES and ev.evidence is not None:
        at = ev.evidence.sentence.find(ev.trigger)
        if at < 0:
            return True  # (never: a bare definite mention's trigger is found in its sentence)
        after = ev.evidence.sentence[at + len(ev.trigger):]
        return not re.match(r"\s+(?:in|on|against|into|across|along|near|at|by|with|over)\b", after)
    return True


def _bare_definite(ev: Event) -> bool:
    """The trigger is a bare definite mention ("the drills", "these joint exercises"): no name, number or word of
    another occurrence ("the Vostok exercise", "the 2024 drills", "the next drills") between the article and it."""
    if ev.evidence is None or not ev.trigger or ev.trigger[0].isupper():
        return False
    sentence = ev.evidence.sentence
    at = sentence.find(ev.trigger)
    if at < 0 or re.match(r"\s+(?:of|between|among)\b", sentence[at + len(ev.trigger):]):
        return False  # "the drills of Russia and Belarus": told with parties of its own
    before = sentence[:at].split()[-4:]
    for k in range(len(before) - 1, -1, -1):
        low = before[k].lower()
        word = before[k]
        if low == "such" and k and before[k - 1].lower() in OTHER_WORDS:
            return False  # "the last such manoeuvres", "the next such drills": another edition
        if low in REFERRING_DETS:
            return True
        if not word.isalpha() and "-" not in word or word[0].isupper() or low in OTHER_WORDS:
            return False
    return False


# a sentence that rates the fact told before, its subject a pointing pronoun and the trigger its predicate noun ("It is
# the first permanent deployment of a German brigade abroad", "This was the largest exercise since 1991")
POINTER_PREDICATE = re.compile(
    r"^(?:It|This|That)\s+(?:is|was|will be|would be|has been|had been|marks|marked|becomes|became)\s+"
    r"(?:the|a|an|its|their)\s+")
RATING_WORDS = 4  # words that may rate the fact between the determiner and its noun ("the first permanent")


def _rated_again(ev: Event) -> bool:
    """The event's sentence rates a fact told before: "It is the first permanent deployment of a German combat
    brigade abroad", "This was the largest naval exercise in the region since 1991" (:data:`POINTER_PREDICATE`, the
    trigger within :data:`RATING_WORDS` of it); not "It is the first time the two navies hold drills" (the trigger
    in a clause of its own)."""
    if ev.evidence is None or not ev.trigger:
        return False
    sentence = ev.evidence.sentence.lstrip("\"“ ")
    m = POINTER_PREDICATE.match(sentence)
    at = sentence.find(ev.trigger)
    if m is None or at < m.end():
        return False
    between = sentence[m.end():at].split()
    return len(between) <= RATING_WORDS and "time" not in between and all(w.isalpha() or "-" in w for w in between)


def _commented(kept: list[Event], ev: Event) -> int | None:
    """Index of the kept event a comment ``ev`` is about: the last of its type from another sentence, at a time that
    can be the same (:func:`_same_time`; a rating, :func:`_rated_again`, at any time)."""
    rated = _rated_again(ev)
    if not (rated or _comments_on(ev)):
        return None
    for k in range(len(kept) - 1, -1, -1):
        old = kept[k]
        if old.type == ev.type and _marked_other(old):
            continue  # "the next exercise will be held in 2027": not what a later "the exercise" is about
        if old.type == ev.type and old.evidence is not None and ev.evidence is not None \
                and old.evidence.clean_start != ev.evidence.clean_start:
            # an edition at another time ("such drills were staged in 2019", "... will be held in 2027") is its own fact
            if rated:  # a rating is of the fact, whenever dated; a party of its own tells another ("It is the first
                # such pact Japan has concluded in Asia, after arrangements with Australia and Britain")
                return k if set(ev.actors + ev.targets) <= set(old.actors + old.targets) else None
            return k if not (old.agreement and ev.agreement and old.agreement != ev.agreement) \
                and _same_time(old.when, ev.when) else None
    return None


# facts a bare definite mention ("the raids") refers back to with the parties first told: the other states of its
# sentence are bystanders ("the raids, which Moscow condemned, ..."); meetings gain parties ("the summit gathers leaders
# from ...": extract's _earlier_meeting), exercises are commented on (COMMENTED_TYPES); not deployments (tried: WH tp
# 339 -> 338, NATO dropped from "the deployment ... NATO's defensive plans")
MENTIONED_TYPES = frozenset({"conflict"})


# what an accusation or a condemnation is about ("blaming Iran for the attacks", "condemned the strike")
ACCUSED_TYPES = frozenset({"conflict"})


def _accused_again(events: list[Event]) -> list[Event]:
    """An attack named again as what a sentence's accusation or condemnation is about ("Washington blamed Tehran for
    the attacks", "Ankara condemned the strike"): a bare definite mention (:func:`_bare_definite`) of the attack an
    earlier sentence reported goes; the accusation (a threat) is the sentence's fact. An attack first told in the
    condemnation ("condemned the attack on its embassy") stays."""
    accusing = {ev.evidence.clean_start for ev in events if ev.type == "threat" and ev.evidence is not None}
    out: list[Event] = []
    for ev in events:
        if ev.type in ACCUSED_TYPES and ev.evidence is not None and ev.evidence.clean_start in accusing \
                and _bare_definite(ev) and any(old.type == ev.type and old.evidence is not None
                                               and old.evidence.clean_start < ev.evidence.clean_start for old in out):
            continue
        out.append(ev)
    return out


UNSETTLED = frozenset({"proposed", "planned", "possible"})  # an agreement not (yet) concluded


def _negotiations_of_agreements(events: list[Event]) -> list[Event]:
    """A meeting told as the negotiations or talks of an agreement an earlier sentence reported as not yet concluded
    ("Kazakhstan is negotiating a defence agreement with Turkey. ... talks with Ankara continue"): the agreement's
    negotiation (one agreement event at its latest stage, proposed), no meeting of its own; it goes when that
    agreement holds all its parties. Talks after an agreement signed are the meeting that signed it, and stay. Within
    one sentence :mod:`.nesting` folds the negotiation."""
    out: list[Event] = []
    for ev in events:
        if ev.type == "meeting" and negotiation_word(ev.trigger) and ev.evidence is not None and any(
                old.type == "agreement" and old.status in UNSETTLED and old.evidence is not None
                and old.evidence.clean_start < ev.evidence.clean_start
                and set(ev.actors + ev.targets) <= set(old.actors + old.targets) for old in out):
            continue
        out.append(ev)
    return out
