"""Whose clause or phrase a name is in (issue 11, point 1), for the parties stage (:mod:`.parties`): whether a
name hangs on another clause than the trigger's ("after Russia invaded Ukraine"), on an appositive or a relative
clause that only describes a noun ("Armenia, a member of the CSTO, hosts ..."), inside a longer name ("Sea of
Japan"), in the trigger noun's own "between X and Y", and the clause a word heads. What a name on a noun says is
in :mod:`.qualifiers`, what a name is to the act when it is no side in :mod:`.circumstances`, whom a pronoun, an
office or a person stands for in :mod:`.stands_for`."""
from __future__ import annotations

import itertools
import re

from .complements import own_complement
from .lexicon import Lexicon, _generic_group, _words_rx

CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj"})


def _mention_token_at(sent_doc, offset: int, pos: int):
    """The token at document position ``pos`` in a parsed sentence."""
    span = sent_doc.char_span(pos - offset, pos - offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sibling_verbs(trig) -> frozenset[int]:
    """The verbs above the trigger's own that it is coordinated to ("voiced concern over X's build-up,
    and called on Russia to ..."): their objects are theirs, not the trigger's; their subject is shared."""
    t = trig
    while t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            return frozenset({t.head.i} | {a.i for a in t.head.ancestors})
        t = t.head
    return frozenset()


def _in_other_clause(tok, trig) -> bool:
    """Whether ``tok`` hangs on another clause than the trigger's: on its way up to the
    trigger's path it passes a verb of a subordinate or coordinated clause ("to deter Russian
    aggression against Ukraine", "after Russia invaded Ukraine", "and Japan welcomed it"). A clause
    on the trigger itself is its own ("a memorandum strengthening cooperation between A and B")."""
    above = {a.i for a in trig.ancestors} | {trig.i}
    t = tok
    while t.i not in above and t.head.i != t.i:
        own = t.dep_ in ("acl", "relcl") and t.head.i == trig.i  # "a memorandum strengthening ties between A and B"
        # "received a delegation led by Ghana's chief of staff", "strikes by a coalition headed by X": who leads it
        own = own or (t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in LEADING_VERBS)
        # "French troops began leaving Niger", "US forces started to withdraw from Iraq": what the subject does
        own = own or (t.dep_ == "xcomp" and trig.dep_ in ("nsubj", "nsubjpass") and t.head.i == trig.head.i)
        own = own or (t.head.i == trig.i and _warned_off(t, tok))
        own = own or own_complement(t, trig, tok)  # "offered to help train Togolese guards": the trigger's own complement
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") and not own:
            return True
        if t.head.i in above:
            break
        t = t.head
    # the object of a coordinated verb is its own ("voiced concern over X's build-up"); whom it addresses
    # is the trigger's too ("thanked Minister X ... and looked forward to the agreement")
    return t.head.i in _sibling_verbs(trig) and not (t.i == tok.i and t.dep_ in ("dobj", "dative", "nsubj", "nsubjpass"))


LEADING_VERBS = frozenset({"lead", "head"})
WARNING_VERBS = frozenset({"warn", "caution"})
BARRING_MODALS = frozenset({"must", "should", "can", "cannot", "will", "shall", "may"})


def _warned_off(clause, tok) -> bool:
    """Whether ``tok`` is in the subject of what a warning says must not be done ("Beijing cautioned that links
    between Japan and the Philippines must not be aimed at third parties", "Moscow warned that Finland should
    not host NATO bases"): whom the warning is made to, its target."""
    warn = clause.head
    return (warn.lemma_.lower() in WARNING_VERBS and clause.dep_ == "ccomp"
            and any(c.dep_ == "neg" for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ in BARRING_MODALS for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= tok.i <= c.right_edge.i
                    for c in clause.children))


def _inside_other_name(m, mentions) -> bool:
    """A name inside a longer name ("Japan" in "Sea of Japan") is no mention of its own; the
    states an agreement's or partnership's name holds are its parties ("the U.S.-Romania
    Strategic Partnership")."""
    return any(n is not m and n.start <= m.start and m.end <= n.end and (n.end - n.start) > (m.end - m.start)
               and not n.entity_id.startswith("agreement:") and not _relation_name(n, mentions) for n in mentions)


def _relation_name(n, mentions) -> bool:
    """A name made of states joined by hyphens names their relation, not a body of its own: "the
    U.S.-Japan Alliance", "the U.S.-ROK Alliance", "the India-France Strategic Dialogue"."""
    inner = sorted((m for m in mentions if m is not n and n.start <= m.start and m.end <= n.end
                    and m.entity_id.startswith("country:")), key=lambda m: m.start)
    return len(inner) >= 2 and any(re.fullmatch(r"\s*[-–‐]\s*", n.text[a.end - n.start:b.start - n.start])
                                   for a, b in itertools.pairwise(inner))


AGENT_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _clause_root(tok):
    """The verb heading the clause ``tok`` is in (a clause under another verb ends at "so it can", "that",
    "which"; "started to", "and" stay in it)."""
    t = tok
    while t.head.i != t.i and not (t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS - {"xcomp", "conj"}):
        t = t.head
    return t


def _in_clause(tok, root) -> bool:
    """Whether ``tok`` is in the clause ``root`` heads; a participle's clause holds the noun it describes
    ("the Romanian sailor killed in the Iranian attack")."""
    if _clause_root(tok).i == root.i:
        return True
    noun = root.head if root.dep_ == "acl" else None
    return noun is not None and (tok.i == noun.i or (tok.head.i == noun.i and tok.dep_ in AGENT_DEPS))


def _addressee(tok, trig) -> bool:
    """Whether ``tok`` names the subject of the clause a request asks for: whom it asks ("recommended the
    United States troops in Iraq withdraw", "urged that Israeli forces leave")."""
    t = tok
    while t.dep_ in AGENT_DEPS and t.head.i != t.i:
        t = t.head
    verb = t.head
    return t.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("ccomp", "xcomp") and verb.head.i == trig.i


def _own_group(sent_doc, text: str, lex: Lexicon, trig) -> bool:
    """Whether a generic group ("its member states", "the Turkic states", "allies") is among the trigger's
    own words: not "our allies" (the speaker's), nor in another clause ("We cooperate with Türkiye in a
    military alliance ... it would be good if the Turkic states also started cooperating")."""
    if not _generic_group(text, lex):
        return False
    low = text.lower()
    for m in _words_rx(tuple(lex.generic_groups), True).finditer(low):
        if re.search(r"\b(?:our|my)\s+(?:[\w-]+\s+){0,2}$", low[:m.start()]) and m.group(0) == "allies":
            continue
        span = sent_doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span) or not _in_other_clause(span.root, trig):
            return True
    return False


def _between(trig, party_at, offset: int) -> tuple[int, int] | None:
    """The document span of the trigger noun's own "between X and Y" (X and Y being parties), or None."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"):
        if any(party_at(t) for t in prep.subtree):
            return offset + prep.idx, offset + prep.right_edge.idx + len(prep.right_edge)
    return None


def _our_side(trig) -> bool:
    """Whether "our" names a side of the trigger's own phrase: "our decades-long security partnership",
    "in close coordination with our NATO Allies" (the one who speaks or writes is that side)."""
    heads = [trig, *(o for p in trig.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
    return any(c.dep_ == "poss" and c.lower_ == "our" for h in heads for c in h.children)


ROLE_NOUNS = frozenset({"member", "ally", "partner", "signatory", "observer", "founder", "party", "participant"})


def _relative_subject(verb) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("which joined NATO", "who visited Baku") and
    it names no one of the clause above by a pronoun ("Iran, which supplies them with missiles")."""
    words = {c.lower_ for c in verb.subtree}
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who", "that") for c in verb.children) and not (
        words & {"them", "they", "it", "him", "her", "their", "its"})


def _attributive(trig) -> frozenset[int] | None:
    """The tokens a trigger that only describes a noun may take its sides from, or None when it heads a clause
    of its own: a role in an appositive ("Armenia, a member of the CSTO, hosts a Russian base") or an "as" phrase
    ("As a member of NATO, Turkey hosts US weapons"), a relative clause whose subject is its pronoun ("Montenegro,
    which joined NATO in 2017, sent troops to Latvia") holds its own names and the noun it describes, not the rest
    of the sentence ("AUKUS, an enhanced security partnership" renames the act: its sides are the clause's)."""
    t = trig
    for _ in range(6):
        if t.head.i != t.i and ((t.dep_ == "appos" and trig.lemma_.lower() in ROLE_NOUNS) or (
                t.dep_ == "relcl" and (t.i == trig.i or trig.lemma_.lower() in ROLE_NOUNS) and _relative_subject(t))):
            return frozenset({x.i for x in t.head.subtree})
        if t.dep_ == "pobj" and t.head.lower_ == "as" and (t.head.head.pos_ in ("VERB", "AUX") or t.head.head.dep_ == "ROOT"):
            # fronted, it describes the subject; after an object, the object ("welcomed Sweden as NATO's ally")
            if trig.lemma_.lower() not in ROLE_NOUNS:
                return None  # "as part of the exercise" is no role
            verb = t.head.head
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if t.head.i > verb.i else None
            noun = obj or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return frozenset({x.i for x in t.head.subtree} | ({x.i for x in noun.subtree} if noun is not None else set()))
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return None  # a clause of its own
        t = t.head
    return None


def _in_appositive(tok, trig) -> bool:
    """Whether ``tok`` is inside an appositive that describes a noun on the trigger's path, the trigger not in it:
    "Armenia, a member of the CSTO, hosts a Russian base" (the CSTO only describes Armenia); not a name that is
    the appositive itself ("its closest ally, the United States, sent troops")."""
    above = {a.i for a in trig.ancestors} | {trig.i}
    t = tok
    while t.i not in above and t.head.i != t.i:
        if t.dep_ == "appos" and not t.is_ancestor(trig):
            return any(p.dep_ == "prep" and p.is_ancestor(tok) for p in t.children)
        t = t.head
    return False


def _qualifies(tok, noun) -> bool:
    """Whether ``tok`` is a word of ``noun``'s own phrase through modifiers and "of" phrases only (a title: "the
    directors general of military operations"), not through an appositive or a clause on it."""
    t = tok
    while t.i != noun.i:
        if t.dep_ not in ("prep", "pobj", "compound", "amod", "nmod", "poss") or t.head.i == t.i:
            return False
        t = t.head
    return True
