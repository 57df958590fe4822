"""Who is a side of a war or an attack, for :func:`.parties._participants`: whom an act named by its doer is done to
("its war against X", "Ukraine resists Russian aggression"), whose victims a passive clause names ("five Chinese
engineers were killed"), whom an attack is laid on ("blamed the attack on militants based in X"), and the names that
are no side of it: who backs or supports a war, where it is fought or its victims are, a border it is along, the war
a time or a purpose is told by ("since Russia's invasion of Ukraine")."""
from __future__ import annotations

import itertools

from .circumstances import HARMS
from .context import DocContext, party_rules
from .lexicon import to_infinitive
from .sides import CLAUSE_DEPS
from .stands_for import _last_party_before


def _purpose_of_act(tok, trig) -> bool:
    """Whether a name is in an infinitival clause the parse hangs on a war or an attack noun, a purpose of the
    clause around it: "sending forces in response to Russia's aggression against Ukraine to deter threats against
    our NATO Allies" (the allies are no side of the aggression)."""
    t = tok
    while t.head.i != t.i and t.i != trig.i:
        if t.dep_ == "acl" and t.head.i == trig.i and to_infinitive(t):
            return True
        t = t.head
    return False


def _where_named_victims_are(prep, trig, party_at) -> bool:
    """Whether a locative ``prep`` ("in Iraq") only says where the named victims of an attack are: it hangs on
    what is attacked (a noun other than the trigger, or the object of an attack verb) and that phrase names a
    party ("plans to attack American diplomats and soldiers in Iraq", "strikes against targets in Yemen used by
    Houthi rebels"), unlike "attacks against civilian infrastructure in Saudi Arabia", where the state is the
    target."""
    noun = prep.head
    if noun.i == trig.i and trig.pos_ == "VERB":  # "attack British diplomats in Iraq": the attacked object
        noun = next((c for c in trig.children if c.dep_ == "dobj"), noun)
    if noun.i == trig.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    inside = {t.i for t in prep.subtree}
    return any(party_at(t) for t in noun.subtree if t.i not in inside and t.i != prep.i)


def _holder_of_target(tok, trig) -> bool:
    """Whether a name is who holds or uses what an attack is against: the agent of a participle on the attack's
    object ("strikes against targets used by Houthi rebels", "raids on depots run by the Wagner Group")."""
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    agent = tok.head if tok.dep_ == "pobj" else None
    if agent is None or agent.dep_ != "agent" or agent.lower_ != "by":
        return False
    verb = agent.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and trig.is_ancestor(verb.head)


def _aimed_at(tok, trig) -> bool:
    """Whether a name is what an attack is aimed at through a participle on its object or weapon: "fired
    missiles aimed at Eritrean army camps", "launched rockets targeting Indian outposts", "shells directed at
    a Georgian checkpoint". The participle says where the act goes, it is no other clause."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the nearest clause above it
    return (verb is not None and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG")
            and verb.lemma_.lower() in party_rules()["aiming_verbs"] and trig.is_ancestor(verb))


def _fought(trig, prep, party_at) -> bool:
    """Whether forces "in" a state (``prep`` on the war verb's subject) fight whom the verb names as its object
    ("troops in Mali fighting JNIM", "forces in Syria battling Islamic State"): then that state is only where they
    are, no side (the host is no enemy; "fought the group in Syria" still names the state the war is in)."""
    if trig.pos_ != "VERB" or prep.head.dep_ not in ("nsubj", "nsubjpass") or prep.head.head.i != trig.i:
        return False
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    objs += [o for p in trig.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children if o.dep_ == "pobj"]
    # (the object itself or its qualifiers: not "targeted civilian sites in the UAE", whose state is the target)
    return any(party_at(t) for o in objs for h in (o, *o.conjuncts) for t in (h, *(
        c for c in h.children if c.dep_ in ("compound", "amod", "nmod", "poss"))))


BORDER_NOUNS = frozenset({"border", "frontier", "coast", "coastline", "shore", "boundary", "borderland", "borderlands"})


ALONG_PREPS = frozenset({"along", "near", "on", "at", "across", "off", "by", "to", "toward", "towards", "from"})


# the harms that, "on", "to" or "from" a border, are done to the border's state (a side, no place: "an attack on the
# Somali coast", "a threat to the Bolivian border"): HARMS less those that name a campaign or a pressure more than one act
# ("aggression", "invasion", "coercion"), where a border is where it comes from or goes on ("the invasion from the
# Belarusian border"). (The list 804a9ec wrote, kept as it was: the three were never tried here.)
BORDER_HARMS = HARMS - {"aggression", "invasion", "coercion"}


def _along_border(tok) -> bool:
    """Whether a name only qualifies a border or a coast a joint act is near or along: "patrols along the Bolivian
    border", "drills off the Somali coast" (where, no side; "violated the Bolivian border" names the border as what
    is done to, and a build-up "on Ukraine's borders" the state it threatens)."""
    if tok is None or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    noun = tok.head
    return noun.lemma_.lower() in BORDER_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ALONG_PREPS and not (
        noun.head.lower_ in ("to", "from", "on") and noun.head.head.pos_ in ("VERB", "NOUN") and noun.head.head.lemma_.lower(
        ) in BORDER_HARMS)


WAR_NOUNS = frozenset({"war", "aggression", "invasion", "offensive", "campaign", "attack", "strike", "fight",
                       "fighting", "assault", "occupation"})


def _for_war(tok, trig) -> bool:
    """Whether a name is in the war a supply or an aid is for, no side of the supply: "providing drones to Russia
    for its war of aggression in Ukraine", "arms used in the offensive against Armenia", "help during its war with
    Eritrea" (the war's other side; whom the supply goes to is named outside it)."""
    if tok is None:
        return False
    t = tok
    while t.head.i != t.i and t.i != trig.i:
        if t.dep_ == "pobj" and t.head.lower_ in ("for", "in", "during", "throughout") and (
                t.lemma_.lower() in WAR_NOUNS) and t.i != tok.i and t.head.head.i != t.i:
            return t.is_ancestor(tok) and not t.is_ancestor(trig)
        t = t.head
    return False


TIME_PREPS = frozenset({"since", "after", "before", "following", "until", "till", "prior"})


def _dated_by_war(tok) -> bool:
    """Whether a name is in a war or an attack that only dates another act, no side of it: "the second such order
    since Russia's full-scale invasion of Ukraine", "signed weeks after the attack on Israel", "before the war
    between A and B"."""
    if tok is None:
        return False
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in TIME_PREPS and t.lemma_.lower() in WAR_NOUNS:
            return True
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return False


FRAMING_PREPS = TIME_PREPS | {"during", "throughout"}  # (not "amid wars in the region": a setting, read as before)


def _framing_clause(trig):
    """The preposition of time a war noun trigger is the object of, when it frames another clause: "Pakistan had
    supported Azerbaijan during the 44-day war", "Finland has provided aid since Russia's invasion", "the drones were
    used during the war against Armenia" (that clause's subject is no side of the war; its sides are the phrase's
    own words, and whom the clause backs or aids). None when the clause's subject is whom the war harms ("two soldiers were killed
    during an attack") or when nothing frames it."""
    if trig.dep_ != "pobj" or trig.head.lower_ not in FRAMING_PREPS or trig.lemma_.lower() not in WAR_NOUNS:
        return None
    prep = trig.head
    verb = _framed_verb(prep)
    if verb is None or prep.dep_ != "prep" or any(t.dep_ in CLAUSE_DEPS for t in prep.ancestors if verb.is_ancestor(t)):
        return None  # ("including during the war": a prepositional chain on the clause's object)
    if any(c.dep_ in ("nsubj", "nsubjpass") and _victim_subject(c) for c in verb.children):
        return None
    return prep


def _framed_verb(prep):
    """The verb of the clause a preposition hangs on ("including" that a tagger took for a verb is a preposition)."""
    return next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), None)


def _framed_subjects(prep) -> list:
    """The named subjects of the clause a framing preposition (``_framing_clause``) hangs on: who does the dated act
    ("Norway" in "Norway has sent Ukraine aid since Russia's invasion"; whom it is sent to may be the war's side)."""
    verb = _framed_verb(prep)
    # (a name itself, not a thing a demonym qualifies: "Russian drones crashed in Moldova during attacks on Ukraine"
    # are the attacks' own)
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"] if verb else []


SUPPORT_VERBS = frozenset({"back", "support", "aid", "help", "assist", "arm", "fund", "finance", "equip", "sponsor"})


def _backs_war(trig, subj) -> bool:
    """Whether the clause's subject ``subj`` backs a war or an attack that the clause says is another's: "Iran has
    backed the Houthis in their war against Saudi Arabia", "Turkey supported Azerbaijan during its offensive" (the
    backer is no side of it; the backed one is)."""
    if subj is None or trig.dep_ != "pobj" or trig.head.lower_ not in ("in", "during", "with", "throughout"):
        return False
    verb = trig.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SUPPORT_VERBS and subj.head.i == verb.i and any(
        c.dep_ == "dobj" for c in verb.children)


def _possessor_against(trig, ctx: DocContext, offset: int) -> str | None:
    """Who "its"/"their" stands for on the noun an attack is against: "its fight against the Russian
    invasion", "their defense against Houthi attacks" (the party named last before it)."""
    prep = trig.head if trig.dep_ == "pobj" and trig.head.lower_ in ("against", "from") else None
    noun = prep.head if prep is not None and prep.head.pos_ == "NOUN" else None
    if prep is not None and prep.head.pos_ == "VERB":  # "help them defend their country against the invasion"
        noun = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None) if noun else None
    return _last_party_before(ctx, offset + poss.idx) if poss is not None else None


def _resists(trig, subj) -> bool:
    """Whether the subject ``subj`` of the clause is the other side of a war or an attack named by its doer:
    the act hangs on the clause's verb, not on a noun ("Saudi Arabia supported the government against the
    Houthi rebellion", "Ukraine repelled Russian attacks"; not "the US will support Ukraine's defense against
    Russian aggression"), and the subject is that verb's own or shared through "started to", "and" (not one of
    a clause above: "delivered weapons to Ukraine so it can defend itself against Russian aggression")."""
    if subj is None:
        return False
    t = trig.head if trig.dep_ == "pobj" else trig
    if t.dep_ not in ("prep", "dobj", "nsubjpass") or t.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = t.head
    while subj.head.i != verb.i:
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return True


def _victim_subject(c) -> bool:
    """Whether a clause's subject is whom a war or an attack is done to: the subject of a passive verb of harm
    ("Five Chinese engineers were killed in an attack on their convoy", "two Turkish soldiers were wounded")."""
    if c is None:
        return False
    verb = c.head.lemma_.lower()
    return (c.dep_ == "nsubjpass" and verb in party_rules()["victim_verbs"]) or (c.dep_ == "nsubj" and verb in (
        "die", "perish"))


def _attacked_in(act, tok) -> bool:
    """Whether ``tok`` is in what the act noun ``act`` is done to: "an attack on a convoy of Chinese engineers",
    "a strike against Turkish positions"."""
    nouns = set(party_rules()["attack_nouns"])
    if tok is None or not (act.lemma_.lower() in nouns or (act.i > 0 and f"{act.nbor(-1).lower_} {act.lemma_.lower()}"
                                                           in nouns)):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("on", "against") and p.is_ancestor(tok) for p in act.children)


def _laid_on(tok, trig) -> str:
    """How a name stands to an act laid on someone ("blamed the attack on militants based in Pakistan",
    "attributed the bombing to Pakistan", "accused militants operating from Afghan soil of carrying out the
    attack"): "doer" when it is whom the act is laid on, "bystander" when it only qualifies them (where the
    accused are based), else ""."""
    if tok is None:
        return ""
    verbs = set(party_rules()["attribution_verbs"])
    verb = next((a for a in itertools.islice(trig.ancestors, 8) if a.lemma_.lower() in verbs), None)
    if verb is None:
        return ""
    if verb.lemma_.lower() == "accuse":  # "accused X of carrying out the attack"
        accused = [c for c in verb.children if c.dep_ == "dobj"]
    else:  # "blamed the attack on X", "attributed it to X"
        accused = [o for p in [*trig.children, *verb.children] if p.dep_ == "prep" and p.lower_ in ("on", "to")
                   for o in p.children if o.dep_ == "pobj"]
    for obj in accused:
        if obj.i == tok.i:
            return "doer"
        # (a trigger the parse hangs under the accused keeps its own words: "the attack on the Chinese convoy")
        if obj.is_ancestor(tok) and not (obj.is_ancestor(trig) and trig.is_ancestor(tok)):
            return "bystander"
    return ""
    verb = trig.head
    for prep in (p for p in [*trig.children, *verb.children] if p.dep_ == "prep" and p.lower_ in ("on", "to")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.i == tok.i:
                return "doer"
            if obj.is_ancestor(tok):
                return "bystander"
    return ""
