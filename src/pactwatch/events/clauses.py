"""Merging, the parse of one sentence that tells two events of one type: which clause each trigger stands in. Two
triggers of two clauses with subjects of their own ("Beijing demanded ..., and Dushanbe called on ...") tell two facts;
of two triggers of one fact, the one higher in the sentence (the main clause's, not a relative clause's: "still rotates
troops through the base, which is being expanded into what will be the largest air base") gives its status."""
from __future__ import annotations

import functools

from ..model import Event
from .restatements import trigger_at

# the dependencies of a clause that qualifies a noun ("the base, which will be ...", "personnel stationed in ..."):
# its subject is the noun, not a party's act of its own
QUALIFYING_DEPS = frozenset({"relcl", "acl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a subject that acts: a name, a pronoun, or a noun for a state or one of its bodies ("the administration", "both
# countries"); not a thing ("the entry into force of the pact marks ...", "the pact would enhance ...")
PARTY_POS = frozenset({"PROPN", "PRON"})
PARTY_NOUNS = frozenset({"government", "administration", "country", "state", "nation", "ministry", "army", "navy",
                         "force", "side", "firm", "company", "leader", "minister", "official", "president", "capital"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


@functools.lru_cache(maxsize=256)
def _parsed(sentence: str):  # -> spacy Doc
    from .. import nlp

    return nlp.load()(sentence)


def _root(ev: Event):  # -> spacy Token | None
    found = trigger_at(ev)
    if found is None:
        return None
    sentence, at = found
    span = _parsed(sentence).char_span(at, at + len(ev.trigger), alignment_mode="expand")
    return span.root if span is not None else None


def _clause(token):  # -> tuple[spacy Token, spacy Token] | None
    """The nearest head of ``token`` (itself included) with a subject of its own, and that subject; None when that
    clause qualifies a noun (its subject "which", "who") or there is none."""
    t = token
    while True:
        subject = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.tag_ in RELATIVE_TAGS or t.dep_ in QUALIFYING_DEPS:
                return None
            return t, subject
        if t.head.i == t.i:
            return None
        t = t.head


def own_subjects(a: Event, b: Event) -> bool:
    """The two triggers of one sentence stand in two clauses, each with a subject of its own, other words
    ("Accra asked Lomé to ..., and Lomé urged Abuja to ...", "the ministry paused deliveries, and two days later it
    halted ..."): two facts. Not one verb's object ("discussed the possible acquisition"), nor a clause qualifying a
    noun ("the mission, which took over ..."), nor two verbs of one subject ("visited Ankara and discussed ...")."""
    ra, rb = _root(a), _root(b)
    if ra is None or rb is None:
        return False
    ca, cb = _clause(ra), _clause(rb)
    if ca is None or cb is None or ca[0] == cb[0]:
        return False
    return ca[1].lower_ != cb[1].lower_ and _acting(ca[1], ra) and _acting(cb[1], rb)


def _acting(subject, trigger) -> bool:
    """``subject`` is the active subject of its clause, a party that acts (:data:`PARTY_POS`, :data:`PARTY_NOUNS`, or
    a named entity), not the trigger itself ("our military cooperation is not directed against ...")."""
    return subject.dep_ == "nsubj" and subject.i != trigger.i and (
        subject.pos_ in PARTY_POS or bool(subject.ent_type_) or subject.lemma_.lower() in PARTY_NOUNS)


def _depth(token) -> int:
    """How far ``token`` stands below the sentence's root; a conjunct stands where the word it is joined to stands."""
    d = 0
    while token.head.i != token.i:
        if token.dep_ != "conj":
            d += 1
        token = token.head
    return d


def higher(a: Event, b: Event) -> Event | None:
    """Of two triggers of one sentence, the one higher in its parse (the main clause's), or None when neither is."""
    ra, rb = _root(a), _root(b)
    if ra is None or rb is None:
        return None
    da, db = _depth(ra), _depth(rb)
    return None if da == db else a if da < db else b
