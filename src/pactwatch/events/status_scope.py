"""Status frames of the fourteenth session: how far a negation reaches (a clause coordinated with its own subject,
talks said not to exist, a plan not even discussed) and acts a party stops by a gerund or by announcing their end.

Each function reads the spaCy parse around a trigger; the words are in ``data/status.json``."""
from __future__ import annotations

import re

from .lexicon import _lemma
from .status_frames import _has_neg, _hedged, _status_data
from .status_stages import _undone

TALK_NOUNS = frozenset({"talks", "negotiations", "negotiation", "discussions", "discussion", "consultations",
                        "dialogue"})


def _own_subject_conj(tok) -> bool:
    """``tok`` is a clause coordinated with its own subject ("Seoul has not supplied arms to Kyiv, but it has sold
    shells to Washington"): the other clause's negation is not about it."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _undiscussed(tok, k: int) -> bool:
    """A negated verb of discussing above a noun the trigger hangs on ("is not discussing the creation of a bloc",
    "did not discuss the opening of a base"): what is not even discussed is ruled out, not merely unreported (unlike
    "has not discussed the war", where the war is the direct object)."""
    return k > 1 and _lemma(tok) == "discuss" and _has_neg(tok)


def _no_talks_on(trig) -> bool:
    """The trigger is what talks said not to exist are about ("there are no negotiations on a foreign base", "no
    talks on a defence pact are under way"): denied."""
    head = trig.head
    if trig.dep_ != "pobj" or head.lower_ not in ("on", "over", "about", "for", "toward", "towards"):
        return False
    noun = head.head
    return noun.lower_ in TALK_NOUNS and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children)


def _stopped_doing(trig) -> str | None:
    """A supplying or sharing verb that a stopping verb governs as its gerund ("stopped sharing intelligence with
    Washington", "has ceased supplying shells to Kyiv"): denied from then; the stopping negated, it goes on; only
    threatened or weighed, no frame. Not hostilities ("stopped shelling the town": the shelling took place)."""
    if trig.dep_ != "xcomp" or trig.tag_ != "VBG" or trig.head.pos_ != "VERB":
        return None
    if _lemma(trig) not in _status_data()["stopping"]["gerunds"]["words"]:
        return None
    verb = trig.head
    if _lemma(verb) not in _status_data()["stopping"]["verbs"]:
        return None
    return _undone(verb)


def _ended(trig) -> str | None:
    """Cooperation or aid whose end or suspension a party announces, orders or decides ("announced the end of all aid
    payments to Bogotá", "ordered the suspension of intelligence sharing"): denied from then; not an end called for
    ("called for an end to the drills": they go on) or an end that only dates something ("at the end of the talks")."""
    data = _status_data()["stopping"]
    tok = trig
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        tok = tok.head
    if _lemma(tok) not in data["nouns"] and tok.lower_ not in data["nouns"]:
        return None
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of":
        return None
    noun = prep.head
    if noun.lower_ not in data["ending"]["nouns"] or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or _lemma(verb) not in data["ending"]["heads"]:
        return None
    return None if _hedged(verb, _status_data()["withdrawal"]["hedging_heads"]) else "denied"


def _hyphen_modifier(trig) -> bool:
    """The trigger is the participle of a hyphenated modifier ("the Iran-backed militia", "a Russian-led bloc"): a
    standing fact of its own, whatever the clause around the noun says ("if Beirut did not disarm the Iran-backed
    group": the backing is not denied)."""
    return trig.dep_ in ("amod", "compound") and trig.tag_ == "VBN" and trig.i > 1 and (
        trig.doc[trig.i - 1].text == "-" and trig.doc[trig.i - 2].pos_ in ("PROPN", "NOUN", "ADJ"))


def _under_moratorium(trig) -> str | None:
    """Drills, sales or cooperation under a moratorium or a freeze ("introduced a moratorium on military exercises
    with foreign partners", "a freeze on arms sales to Riyadh"): denied while it holds; a moratorium lifted or ended, or
    one only weighed, no frame."""
    data = _status_data()["stopping"]
    head = trig.head
    if trig.dep_ != "pobj" or head.lower_ != "on" or _lemma(head.head) not in data["moratoria"]["nouns"]:
        return None
    if _lemma(trig) not in data["nouns"] and trig.lower_ not in data["nouns"]:
        return None
    noun = head.head
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    if verb is not None and (_lemma(verb) in data["moratoria"]["lifting"] or _hedged(
            verb, _status_data()["withdrawal"]["hedging_heads"])):
        return None
    return "denied"


def _neither_prep(trig) -> bool:
    """"Have trained neither with NATO nor with Russia": the "neither" sits on the first preposition."""
    return any(c.dep_ == "prep" and any(g.dep_ == "preconj" and g.lower_ == "neither" for g in c.children)
               for c in trig.children)


def _challenged(tok, below) -> bool:
    """"Questioned the presence of US soldiers": a verb of questioning with the act as its direct object challenges
    it, the act stands (not "questioned whether ...", "questions remain")."""
    return tok.pos_ == "VERB" and _lemma(tok) == "question" and below.dep_ == "dobj"


REGARDING_VERBS = frozenset({"see", "regard", "consider", "view", "treat", "deem"})


def _regarded_if(trig) -> bool:
    """What a party says it would regard as something ("would see a Turkish base in Syria as a threat", "would regard
    any production of drones there as a legitimate target"): a case it speculates about, possible; not what it regards
    as something now ("regards the deployment as a provocation": the deployment is there)."""
    verb = trig.head
    return trig.dep_ == "dobj" and verb.pos_ == "VERB" and _lemma(verb) in REGARDING_VERBS and any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _selected(trig) -> bool:
    """Arms a state picks, selects or chooses, or the deal such a choice hands a supplier ("Australia has picked the
    Japanese frigate, handing Japan its largest export deal", "Manila selected the Korean jets"): an acquisition still
    to come, planned (the contract and the deliveries follow); not a choice negated, weighed or speculated."""
    data = _status_data()["selecting"]
    verb = trig.head
    if not (trig.dep_ in ("dobj", "nsubjpass") or trig.dep_ == "advcl" and trig.tag_ == "VBG"):
        return False
    return verb.pos_ == "VERB" and _lemma(verb) in data["verbs"] and not _hedged(
        verb, _status_data()["withdrawal"]["hedging_heads"])


YEAR = re.compile(r"(?:19|20)\d\d$")


def _dated_agreement(noun, below) -> bool:
    """A noun of agreeing dated to a year, with what was agreed as its infinitive, in a past clause ("the first
    edition was held in 2024, following an agreement by the leaders in August 2023 to hold annual drills"): like
    "agreed in 2023 to hold drills", a background fact the article recalls, in force (occurred)."""
    if noun.pos_ != "NOUN" or _lemma(noun) not in _status_data()["dated_agreeing"]["nouns"]:
        return False
    if below.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
        return False
    clause = noun
    while (clause.pos_ not in ("VERB", "AUX") or clause.dep_ == "prep") and clause.head.i != clause.i:
        clause = clause.head
    if clause.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in
                                                 clause.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(YEAR.match(t.text) for t in c.subtree)
               for c in noun.children)
