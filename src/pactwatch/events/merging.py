"""One event per fact: repeats, headline restatements and anaphoric mentions merged or dropped; a fact told in several
sentences keeps the clearest as its evidence. Headlines, headings and summary bullets that restate the body are in
:mod:`.restatements`."""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import NamedTuple

from ..model import EntityAnalysis, Event
from .lexicon import agreement_nouns, load_lexicon
from .nesting import negotiation_word
from .relevance import domestic_body
from .restatements import (
    _WORDS,
    DEFINITE_DETS,
    ENDINGS,
    OPENING_QUOTES,
    _marked_other,
    _same_time,
    heading_end,
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


def _listed(ev: Event, items: frozenset[int]) -> bool:
    """The event's sentence is one line of a list of facts: a line led by a gerund without a subject ("Stationing two
    squadrons in ...": ``items`` holds their offsets) or the first sentence under a heading of its own."""
    if ev.evidence is None:
        return False
    return ev.evidence.clean_start in items or heading_end(ev.evidence.sentence) >= 0


# objects that name no thing of their own ("cooperate on matters of ...", "in a range of areas"): no other fact
VAGUE_OBJECTS = frozenset({"area", "matter", "range", "field", "issue", "way", "effort", "part", "level", "aspect",
                           "kind", "type", "sector", "domain", "format", "direction", "thing", "step", "lot"})
# words that count what is supplied ("$1.2 billion in vehicles", "hundreds of thousands of troops")
QUANTITIES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "number", "package"})
OBJECT_PREPS = frozenset({"of", "on", "in"})
OBJECT_TYPES = frozenset({"cooperation"})  # deployments too: tried, seeds events P .900 -> .844


def object_head(trigger) -> str | None:
    """The lemma of what a cooperation trigger (a spaCy token) supplies or bears on: its common-noun object ("providing an
    S-300 system", "purchase tanks"), else the noun after "of", "on" or "in" ("the transfer of helicopters",
    "cooperation on space"); a relative pronoun stands for the noun it qualifies ("the systems that we delivered"), a
    quantity for what it counts ("$1.2 billion in vehicles"). None when there is none, or a vague one ("matters")."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        obj = trigger.head  # "the howitzers delivered by Korea"
    if obj is None:
        prep = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is not None and obj.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
        obj = trigger.head
    for _ in range(2):  # "$1.2 billion in vehicles", "hundreds of thousands of troops"
        if obj is None or not (obj.like_num or obj.lemma_.lower() in QUANTITIES or obj.tag_ == "$"):
            break
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ in ("", "PRODUCT") and any(ch.isdigit() for ch in obj.text):
        return obj.lower_  # a model's name: "buying F-35s", "ordered K2s"
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in VAGUE_OBJECTS | QUANTITIES:
        return None
    return obj.lemma_.lower()


# speech acts made anew each time they are told with a verb of their own
REPEATED_TYPES = frozenset({"request"})  # not threats: tried, ECB+ events/article .234 -> .240


# words of any request's content, that tell none from another ("to deploy more batteries before the winter")
CONTENT_STOPWORDS = frozenset({"additional", "more", "further", "before", "after", "their", "there", "with", "from",
                               "that", "this", "these", "those", "would", "will", "also", "other", "some", "such", "than",
                               "them", "they", "into", "onto", "over", "without", "delay", "possible", "soon", "said",
                               "told", "immediately", "urgently", "both", "each", "sides", "country", "countries"})
CONTENT_WORDS = 12  # words after the trigger in which what a request asks for is read


def _asked_for(ev: Event) -> frozenset[str]:
    """The lower-case content words (four letters or more) of what a request asks for: the words after its trigger."""
    around = trigger_words(ev)
    if around is None:
        return frozenset()
    words = around[1][:CONTENT_WORDS]
    return frozenset(w.lower().strip(".'’") for w in words if w.isalpha() and w.islower() and len(w) >= 4) \
        - CONTENT_STOPWORDS


def _quotation(ev: Event) -> bool:
    return ev.evidence is not None and ev.evidence.sentence.lstrip()[:1] in OPENING_QUOTES


# facts a speaker's quotation retells in his own words, whoever the outlet says claims the narrated one (requests only
# when they ask for the same thing: :func:`_quoted_again`)
QUOTED_TYPES = frozenset({"deployment", "cooperation", "threat"})


def _quoted_again(old: Event, ev: Event) -> bool:
    """A request told once by the outlet and once in the asker's quoted words, asking for the same thing (a content
    word in common): "Lithuania has asked Germany to station additional Patriot batteries" and "'We have asked Berlin
    to deploy more Patriot batteries,' the minister said" are one request; "called for restraint" and "'We call for
    an end to the shelling'" two."""
    return _quotation(old) != _quotation(ev) and bool(_asked_for(old) & _asked_for(ev))


def _object_of(ev: Event, objects: Mapping[tuple[int, str], str]) -> str | None:
    return objects.get((ev.evidence.clean_start, ev.trigger)) if ev.evidence is not None else None


# one agreement noun in one form ("an MOU", "the memorandum"); the generic ones name any agreement again ("signed a
# treaty ..." then "the deal", "the pact"); "article" names a part of one, not the agreement told
AGREEMENT_FORMS = {"mou": "memorandum", "moa": "memorandum", "memoranda": "memorandum", "memorandums": "memorandum",
                   "treaties": "treaty", "map": "roadmap"}
# words of any agreement's description, that tell none from another ("a bilateral MOU", "a new agreement on ...")
DESCRIPTION_STOPWORDS = frozenset({"bilateral", "trilateral", "multilateral", "joint", "new", "landmark", "historic",
                                   "formal", "same", "the", "and", "of", "cooperation", "co", "operation"})
INDEFINITE_DETS = frozenset({"a", "an", "any", "some", "each", "every", "no"})
GENERIC_AGREEMENTS = frozenset({"agreement", "deal", "pact", "accord", "document", "arrangement"})
PARTS_OF_AGREEMENTS = frozenset({"article", "articles"})
AGREEMENT_WINDOW = 8  # words after a signing verb in which its agreement noun is looked for ("signed a defence treaty")


@functools.lru_cache(maxsize=1)
def _agreement_words() -> frozenset[str]:
    nouns = {w.split()[0] for w in load_lexicon().triggers["agreement"].get("nouns", [])}
    return frozenset(nouns | agreement_nouns()) - PARTS_OF_AGREEMENTS


class Told(NamedTuple):
    """How an agreement event tells its agreement: the noun in one form, whether it is a bare definite mention of one
    already told, and the words that describe it ("customs", "river navigation": before the noun or in an "on" or
    "for" phrase after it)."""
    noun: str
    again: bool
    words: frozenset[str]


def _agreement_noun(ev: Event) -> Told | None:
    """How ``ev`` tells its agreement (:class:`Told`). Its noun is the trigger, else the agreement noun nearest its
    verb, after it ("signed a defence cooperation treaty" is a treaty) or, for a passive, before it ("The Access
    Agreement was signed"). A bare definite mention is "the treaty", "this agreement", "the same deal"; not "the new
    treaty", "the Paris agreement", "the agreement between A and B", "a treaty"."""
    if ev.evidence is None or not ev.trigger:
        return None
    return _told_by(ev.evidence.sentence, ev.trigger)


@functools.lru_cache(maxsize=4096)
def _told_by(sentence: str, trigger: str) -> Told | None:
    at = sentence.find(trigger)
    if at < 0:
        return None
    before = _WORDS.findall(sentence[:at])
    words = before + _WORDS.findall(sentence[at:])
    nouns = _agreement_words()
    after = range(len(before), min(len(words), len(before) + AGREEMENT_WINDOW))
    n = next((k for k in [*after, *range(len(before) - 1, max(-1, len(before) - AGREEMENT_WINDOW), -1)]
              if words[k].lower().strip(".") in nouns), None)
    if n is None:
        return None
    low = words[n].lower().strip(".")
    noun = AGREEMENT_FORMS.get(low, low)
    noun = noun[:-1] if noun.endswith("s") and noun[:-1] in nouns else noun
    following = words[n + 1].lower() if n + 1 < len(words) else ""
    start = len(before) + 1 if n > len(before) else 0  # "signed the treaty": from the verb on
    modifiers = words[max(start, n - 4):n]
    again = following not in ("of", "between", "among") and _definite_before(modifiers)
    return Told(noun, again, frozenset(_described(modifiers) + _described(words[n + 2:n + 5] if following in
                                                                         ("on", "for") else [])))


def _described(words: list[str]) -> list[str]:
    """The lower-case content words of a description, up to a determiner or a word that is not a plain lower-case word
    (a name, "the Reciprocal Access Agreement", is told apart by its agreement id)."""
    out: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if low in REFERRING_DETS | INDEFINITE_DETS or not word.isalpha() or not word.islower():
            break
        out.append(low)
    return [w for w in out if w not in DESCRIPTION_STOPWORDS]


def _definite_before(words: list[str]) -> bool:
    """The words before a noun make it a bare definite mention: a referring determiner, with nothing but "same" or
    lower-case words of no other occurrence between ("the treaty", "the same agreement", "this landmark deal")."""
    for word in reversed(words):
        low = word.lower()
        if low in REFERRING_DETS:
            return True
        if low != "same" and (not word.isalpha() or word[0].isupper() or low in OTHER_WORDS | INDEFINITE_DETS):
            return False
    return False


def _agreement_key(ev: Event) -> str:
    """What tells one agreement of a fact sheet from another: its noun, else the word its trigger starts with."""
    told = _agreement_noun(ev)
    return told.noun if told else _stem(ev.trigger)


def _described_apart(old: Event, ev: Event) -> bool:
    """Two agreements described by other words ("a customs treaty", "a river navigation treaty")."""
    a, b = _agreement_noun(old), _agreement_noun(ev)
    return bool(a and b and a.words and b.words and not a.words & b.words)


# words between a coordinating "and" and the agreement noun it adds ("and a Strategic Framework", "and another
# defence accord")
COORDINATED_WORDS = 4
ADDING_DETS = frozenset({"a", "an", "another"})


def _coordinated_document(first: Event, second: Event) -> bool:
    """``second``'s trigger is an agreement noun added to ``first``'s by "and" and an indefinite determiner, another
    noun than ``first``'s ("signed an agreement on defence cooperation and a memorandum on cyber security", "signed a
    Joint Declaration ... and a Strategic Framework for AI"): another document. Not an apposition ("a pact, an
    agreement that commits ...") nor the same noun told twice."""
    if second.evidence is None or second.trigger.lower().split()[-1] not in _agreement_words():
        return False
    sentence = second.evidence.sentence
    at = sentence.find(second.trigger)
    told = _agreement_noun(first)
    if at < 0 or told is None or sentence.find(first.trigger) >= at:
        return False
    noun = second.trigger.lower().split()[-1]
    if AGREEMENT_FORMS.get(noun, noun).removesuffix("s") == told.noun:
        return False
    before = [w.lower() for w in _WORDS.findall(sentence[:at])][-COORDINATED_WORDS - 2:]
    return any(w == "and" and k + 1 < len(before) and before[k + 1] in ADDING_DETS for k, w in enumerate(before))


def _own_word(old: Event, ev: Event) -> bool:
    """One of two tellings is unsourced and the other is a party's own word about its act ("Rwanda will send 500
    soldiers to Mozambique, the Rwandan government said" and "The deployment of the Rwandan soldiers will start next
    week"): the same claim, not two sources."""
    sources = {old.asserted_by, ev.asserted_by}
    return None in sources and (sources - {None}) <= set(old.actors) & set(ev.actors)


def _names_again(old: Event, ev: Event) -> bool:
    """``ev`` names again the agreement ``old`` reported: a bare definite mention of its noun or of a generic one
    ("Chile and Peru signed a defence treaty." ... "The treaty commits ...", "the deal was hailed ...")."""
    told = _agreement_noun(ev)
    if told is None or not told.again:
        return False
    return told.noun in GENERIC_AGREEMENTS or told.noun == _agreement_key(old)


def _two_occurrences(a: Event, b: Event) -> bool:
    """Two triggers of one sentence, with their own statuses, that tell two occurrences of a kind: the same word twice
    ("held their summit ... the next summit will be held") or one told as another ("the next talks")."""
    return _stem(a.trigger) == _stem(b.trigger) or _marked_other(a) or _marked_other(b)


# claims one party makes against another: two in opposite directions are two claims ("A accused B ...; B blamed A")
DIRECTED_TYPES = frozenset({"threat"})


# the stems of threat triggers that are measures taken, not words said: an expulsion, sanctions, a recall, a ban
MEASURE_STEMS = ("expel", "sanct", "summo", "recal", "sever", "downg", "ban", "blackl", "desig", "embar",
                 "perso", "outla", "prosc", "close")


def _measure(ev: Event) -> bool:
    return ev.trigger.lower().startswith(MEASURE_STEMS)


def _other_act(a: Event, b: Event) -> bool:
    """Two claims of one claimant in two sentences, at least one a measure (:data:`MEASURE_STEMS`), told by other words:
    "Athens called the accord null and void" and "Athens expelled the Libyan ambassador", "Seoul sanctioned three
    firms" and "Seoul recalled its envoy" are two acts, whatever targets they share."""
    return not _same_sentence(a, b) and (_measure(a) or _measure(b)) and _stem(a.trigger) != _stem(b.trigger)


def _opposite(a: Event, b: Event) -> bool:
    """``b`` is made by ``a``'s target against ``a``'s actor, and none of ``a``'s actors makes it: the answer, not the
    claim told again ("Armenia accused Azerbaijan of shelling its posts; Azerbaijan blamed Armenian guards")."""
    return bool(set(a.actors) & set(b.targets) and set(a.targets) & set(b.actors) and not set(a.actors) & set(b.actors))


# verbs by which someone orders a fact done ("I have directed my Administration to provide ...", "the president ordered
# the army to deploy ..."): the order is a new decision, not the fact an earlier sentence reported done
ORDERING_VERBS = frozenset({"direct", "order", "instruct", "task", "authorize", "authorise", "mandate", "command"})
# what an order makes anew: things supplied, forces sent (not "directed their teams to enhance consultations": the
# meeting's follow-up)
ORDERED_TYPES = frozenset({"cooperation", "deployment"})
ORDER_WINDOW = 12  # words before a trigger in which the verb of its order is looked for


def _ordered(ev: Event) -> bool:
    """The trigger is what a verb of ordering asks done ("directed the Pentagon to continue to provide ...", "has
    instructed the navy to send two frigates", "orders troops to deploy"): an inflected ordering verb (not "the order
    to ...", which may name an order already told) among the words before it, then "to" between them."""
    around = trigger_words(ev)
    if around is None:
        return False
    before = [w.lower() for w in around[0][-ORDER_WINDOW:]]
    return any(_inflected(word) & ORDERING_VERBS and "to" in before[k + 1:] for k, word in enumerate(before))


def _inflected(word: str) -> set[str]:
    """The bases an inflected verb form may have ("directed": direct; "authorized": authorize; "orders": order)."""
    if word.endswith("ed"):
        return {word[:-2], word[:-1]}
    if word.endswith("ing"):
        return {word[:-3], word[:-3] + "e"}
    return {word[:-1]} if word.endswith("s") else set()


# acts with a direction: fire aimed at a state is not fire that state aimed at another (an exchange of fire, a
# retaliation: "North Korea fired artillery rounds at a loudspeaker in the South" and "the South retaliated by firing
# shells into the North" are two attacks, whoever tells them)
STRUCK_TYPES = frozenset({"conflict"})


def _struck_back(a: Event, b: Event) -> bool:
    """``b`` is aimed at one of ``a``'s attackers and at none of ``a``'s targets: the attack on the attacker, not
    the attack told again ("A shelled B" and "B fired shells into A"; "A shelled B" and "B's positions were hit"
    stay one). ``a`` must name its targets ("Russia's aggression" aims at nobody in particular)."""
    return bool(a.targets and set(a.actors) & set(b.targets)) and not set(a.targets) & set(b.targets)


def _same_sentence(a: Event, b: Event) -> bool:
    return a.evidence is not None and b.evidence is not None and a.evidence.clean_start == b.evidence.clean_start


# the words from which a sentence told again word for word is the same sentence (a liveblog's summary repeating an
# entry, a page's lead repeated below): a short line ("The talks ended.") may be two moments' news
REPEATED_WORDS = 8


def _told_twice(a: Event, b: Event) -> bool:
    """The same sentence, word for word, at two places of the article, with the same trigger and status: one fact told
    twice, not two requests or two signings."""
    return a.evidence is not None and b.evidence is not None and a.evidence.clean_start != b.evidence.clean_start and (
        a.trigger == b.trigger and a.status == b.status and a.evidence.sentence.strip() == b.evidence.sentence.strip()
        and len(a.evidence.sentence.split()) >= REPEATED_WORDS)


def _different_facts(old: Event, ev: Event, items: frozenset[int] = frozenset(),
                     objects: Mapping[tuple[int, str], str] | None = None, told_in: frozenset[int] = frozenset()) -> bool:
    """Whether ``ev`` tells another fact than ``old`` (a kept event), whatever their parties; ``items`` are the
    offsets of a fact sheet's subjectless lines (see :func:`_listed`), ``objects`` what the triggers supply or bear
    on (see :func:`object_head`), by (sentence offset, trigger); ``told_in`` the offsets of the other sentences
    that told ``old``."""
    if old.type != ev.type:
        return True
    if _told_twice(old, ev):
        return False  # "Opposition Leader X asked ..." in the lead and again in a summary: one request
    if ev.type in DIRECTED_TYPES and (_opposite(old, ev) or _other_act(old, ev)):
        return True
    if ev.type in STRUCK_TYPES and (_struck_back(old, ev) or _struck_back(ev, old)):
        return True
    # two triggers of one type in one sentence ("commitment to expanding collaboration") are one fact
    same_sentence = _same_sentence(old, ev)
    # a fact ordered in another sentence ("I have directed my Administration to continue to provide weapons to Ukraine")
    # is a new decision, not the delivery an earlier sentence reported ("has placed the highest priority on delivering
    # capabilities to Ukraine")
    if ev.type in ORDERED_TYPES and not same_sentence and _ordered(old) != _ordered(ev):
        return True
    if old.status != ev.status and (not same_sentence or "denied" in (old.status, ev.status)
                                    or _two_occurrences(old, ev)):
        # "denied attacking civilians in the strike on Kharkiv": the strike took place, the attack on
        # civilians is denied (two facts, one sentence); "held their summit and agreed that the next summit will be
        # held in Tashkent": two summits
        return True
    # who says it matters for claims; a summit that took place is one fact whoever mentions it
    # an agreement named again ("the treaty", "the deal") is the agreement told, whoever speaks of it
    again = ev.type == "agreement" and not same_sentence and _names_again(old, ev)
    # a request named again ("the request would be considered") or told again in quotation marks, asking for the same
    # thing, is the request told, whoever speaks of it
    again = again or (ev.type in REPEATED_TYPES and not same_sentence and (_bare_definite(ev) or _quoted_again(old, ev)))
    # a quotation that retells a narrated fact ("Germany has kept troops in Lithuania since 2017" and "'Our troops
    # will stay in Lithuania,' the minister said") is that fact in the speaker's words
    quoted = ev.type in QUOTED_TYPES and not same_sentence and _quotation(old) != _quotation(ev)
    # a delivery that took place is one fact whoever reports it ("Estonia took delivery of 12 howitzers from Korea" and
    # "the ministry said the howitzers delivered by Korea ...": the same thing supplied)
    delivered = ev.type in OBJECT_TYPES and old.status == ev.status == "occurred" and objects is not None and bool(
        objects) and (_object_of(old, objects) or "") == (_object_of(ev, objects) or None)
    if old.asserted_by != ev.asserted_by and not _own_word(old, ev) and not same_sentence and not again and not quoted and not delivered and not (
            ev.type in SETTLED_TYPES and ev.status == "occurred"):
        return True
    # cooperation in energy and trade is not the same fact as military cooperation
    if old.sectors and ev.sectors and not set(old.sectors) & set(ev.sectors) and not again and not delivered:
        return True
    # cooperation in a sector is another fact than sectorless cooperation told before it ("worked in close cooperation",
    # then "will support the UAE's security"), unless that names the relationship the later sentences detail ("met to
    # reaffirm the historic partnership")
    if ev.type == "cooperation" and ev.sectors and not old.sectors and not same_sentence and not delivered \
            and old.trigger.lower() not in RELATIONSHIP_WORDS:
        return True
    # a fact sheet's lines tell a fact each ("Stationing two squadrons in the United Kingdom." and "Stationing air
    # defense enablers in Germany."), and a heading opens a fact of its own
    if not same_sentence and not again and (_listed(old, items) or _listed(ev, items)):
        return True
    # a request made in another sentence is another request ("He called for restraint ...", "He called for an end
    # to ..."), unless it is told as the one already made ("the request", "these calls")
    # (or in a sentence that told it again: "Djibouti echoed the call, urging both neighbours to ...")
    if ev.type in REPEATED_TYPES and not same_sentence and not again and not (
            ev.evidence is not None and ev.evidence.clean_start in told_in):
        return True
    # cooperation that supplies or bears on another thing is another fact ("providing an S-300 system", "delivering
    # capabilities"; "purchase tanks", "purchase vehicles")
    if ev.type in OBJECT_TYPES and not same_sentence and objects:
        theirs, its = _object_of(old, objects), _object_of(ev, objects)
        if theirs and its and theirs != its:
            return True
    # "signed an agreement on defence and a memorandum on cyber security": two documents, one signing each
    if ev.type in LISTED_TYPES and same_sentence and (_coordinated_document(old, ev) or _coordinated_document(ev, old)):
        return True
    # the 2016 meeting is not the 2019 one, whatever its parties
    if not _same_time(old.when, ev.when):
        return True
    # two named agreements are two agreements
    if old.agreement and ev.agreement and old.agreement != ev.agreement:
        return True
    # a meeting with a name of its own ("the Bali meeting", "the Defense Policy Talks") is that meeting
    if ev.type == "meeting" and not same_sentence and _distinct_meetings(old, ev):
        return True
    # a fact sheet lists facts of one kind between the same parties: a repeat says the same noun ("an MOU", "the MOU";
    # "signed a treaty" and "the treaty") or names it again ("the deal")
    if ev.type in LISTED_TYPES and not same_sentence and not again and (
            _agreement_key(old) != _agreement_key(ev) or _described_apart(old, ev)):
        return True
    return False


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
    in one sentence, same type and participants one within the other whatever the status (the
    status other than ``occurred`` wins: "committed to expanding collaboration" is planned).

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
                    status=main.status if (main := _dated_by_clause(old, ev)) is not None
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
