"""What a name is to an act when it is no plain argument of it (issue 11, point 1), for the parties stage
(:mod:`.parties`): whom a cooperation is against ("to counter Iran"), what the act answers ("in response to"), who
only supports it, reports it, brokers it, is replaced by it or is discussed at it, what it is compared or set
against, where forces are sent, who hosts a drill or a summit, who joins another's act, and whom a purpose clause
says it helps."""
from __future__ import annotations

from .context import party_rules
from .lexicon import to_infinitive


def _adversary(tok, trig) -> bool:
    """Whether a name is whom a cooperation is directed against, not a side of it: the object of a verb of
    countering or of harming on the way up to the trigger ("to counter Iran", "preventing Iran from acquiring",
    "in cooperation with Kenya, attacked al-Shabaab camps"), or of "against" ("cooperation against Russia")."""
    if tok is None:
        return False
    verbs = set(party_rules()["countering_verbs"])
    t = tok
    while t.head.i != t.i and t.i != trig.i and not t.is_ancestor(trig):
        if (t.dep_ in ("dobj", "pobj") and t.head.pos_ == "VERB" and t.head.lemma_.lower() in verbs) or (
                t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in HARMS | HARMING_VERBS) or (
                t.dep_ == "pobj" and t.head.lower_ == "against"):
            return True
        # "support our partners in the defense of their territory from Houthi attacks", "protect X from Y"
        if t.dep_ == "pobj" and t.head.lower_ == "from" and (t.head.head.lemma_.lower() in DEFENDING or (
                t.lemma_.lower() in HARMS)):
            return True
        t = t.head
    return False


# "attacked al-Shabaab camps in cooperation with Somali forces", "supplied drones to strike Armenian posts"
HARMING_VERBS = frozenset({"bomb", "shell", "hit", "target", "ambush", "besiege", "storm", "shoot"})
HARMS = frozenset({"attack", "strike", "threat", "incursion", "aggression", "invasion", "raid", "assault", "coercion"})
DEFENDING = frozenset({"defense", "defence", "defend", "protect", "protection", "shield", "safeguard", "security"})


def _beneficiary_tokens(trig) -> set[int]:
    """The tokens of a purpose clause on a cooperation that name whom it helps: the object of a helping verb ("to
    help Moldova", "to strengthen Poland's air defences", "to meet Ukraine's needs") or the subject of the clause
    under it ("to help Moldova defend its borders"), the clause hung on the trigger or on the verb it is the object
    of ("delivering assistance to meet Ukraine's needs")."""
    verbs = set(party_rules()["helping_verbs"])
    holders = [trig] + ([trig.head] if trig.dep_ in ("dobj", "pobj", "conj") and trig.head.i != trig.i else [])
    out: set[int] = set()
    for h in holders:
        for v in h.children:
            if v.dep_ not in ("advcl", "xcomp", "acl") or v.lemma_.lower() not in verbs or not to_infinitive(v):
                continue
            for o in v.children:
                if o.dep_ == "dobj":
                    out |= {o.i} | {c.i for c in o.children if c.dep_ in ("poss", "compound", "amod")}
                if o.dep_ in ("ccomp", "xcomp"):
                    out |= {c.i for c in o.children if c.dep_ == "nsubj"}
    return out


def _cause(tok, trig) -> bool:
    """Whether a name is in what an act answers or happens amid, not a side of it: "in response to Russia's
    aggression against Ukraine", "amid Russia's war on Ukraine", "because of China's pressure" (for a warning
    or a war, whose act it answers is whom it is against: the caller does not ask)."""
    if tok is None:
        return False
    t = tok
    while t.head.i != t.i and t.i != trig.i and not t.is_ancestor(trig):
        if t.dep_ == "pobj" and (t.head.lower_ in ("amid", "amidst") or (
                t.head.lower_ in ("to", "of") and t.head.head.lower_ in ("response", "because", "wake", "light"))):
            return True
        t = t.head
    return False


SUPPORT_NOUNS = frozenset({"support", "backing", "assistance", "help", "aid"})
PARTNERING_NOUNS = frozenset({"cooperation", "co-operation", "coordination", "co-ordination", "partnership",
                              "conjunction", "concert", "tandem", "collaboration"})


def _supporter(tok) -> bool:
    """Whether a name is who lends support to an act of war, not a side fighting it: "conducted strikes, with
    support from Australia, Bahrain and Canada", "with the backing of Turkey"; or who does it beside the doer
    ("in cooperation with Somali forces", "alongside Iraqi troops", "together with Malian units"): the war's other
    side is whom they fight."""
    if tok is None:
        return False
    while tok.dep_ in ("conj", "compound", "amod", "nmod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and (prep.lower_ == "alongside" or (prep.lower_ == "with" and (
            prep.head.lemma_.lower() in PARTNERING_NOUNS and prep.head.dep_ == "pobj" or prep.head.lower_ in (
            "together", "jointly")))):
        return True  # "attacked the camp in cooperation with Somali forces", "fought alongside Iraqi troops"
    if prep is None or prep.lower_ not in ("from", "of", "by"):
        return False
    noun = prep.head
    return noun.lemma_.lower() in SUPPORT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "with"


def _report_source(tok) -> bool:
    """Whether a name is whom a report is attributed to, no side of what it reports: "according to the Kazakh
    Defence Ministry", "according to Russia's defence ministry", "citing the Indian Navy" (not "according to
    the agreement with Japan": the name must be the source itself or qualify it)."""
    if tok is None:
        return False
    t = tok
    while t.dep_ in ("compound", "amod", "nmod", "poss", "appos", "conj") and t.head.i != t.i:
        t = t.head
    return (t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according") or (
        t.dep_ == "dobj" and t.head.lower_ in ("citing", "quoting"))


def _teller(tok, trig) -> bool:
    """Whether a name is the subject of a verb of reporting whose clausal complement holds the trigger: an outlet
    or body telling the news, no side of it ("state broadcaster VTV reported, citing ..., that X and Y held
    drills", "the agency said X and Y signed")."""
    if tok is None or tok.dep_ not in ("nsubj", "appos", "compound"):
        return False
    t = _whole_name(tok)
    verb = t.head
    return (t.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in party_rules()["reporting_verbs"]
            and _reports(verb, trig))


def _whole_name(tok):
    """The head of the name or apposition ``tok`` is a word of ("state broadcaster VTV": "VTV")."""
    while tok.dep_ in ("compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _reports(verb, trig) -> bool:
    """Whether a clause that ``verb`` reports (its clausal complement) holds the trigger."""
    return any(c.dep_ in ("ccomp", "parataxis") and (c.i == trig.i or c.is_ancestor(trig)) for c in verb.children)


HOSTING_VERBS = frozenset({"hold", "host", "stage", "conduct", "organise", "organize", "convene", "take", "schedule"})
ARRIVING_VERBS = frozenset({"arrive", "land", "travel", "fly", "come", "go", "head", "return"})
REPLACING_VERBS = frozenset({"replace", "succeed", "supersede", "relieve", "substitute"})


def _predecessor(tok, trig) -> bool:
    """Whether ``tok`` is in what a force or a mission replaces, no side of its deployment: "the EU mission replaced
    the French-led Takuba force", "the new contingent will relieve Ghana's battalion", "took over from the UN
    mission" (the object of a replacing verb that is the trigger or whose subject holds it)."""
    if tok is None:
        return False
    for verb in (trig, trig.head):
        if verb.pos_ != "VERB":
            continue
        if verb.i != trig.i and not (trig.dep_ in ("nsubj", "nsubjpass") or any(
                c.dep_ == "nsubj" and c.is_ancestor(trig) for c in verb.children)):
            continue
        lemma = verb.lemma_.lower()
        if lemma in REPLACING_VERBS:
            objs = [c for c in verb.children if c.dep_ == "dobj"]
        elif lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
            objs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
        else:
            continue
        if any(o.i == tok.i or o.is_ancestor(tok) for o in objs):
            return True
    return False


SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "move", "rush", "fly", "ship", "bring", "redeploy"})


def _destination(tok, trig) -> bool:
    """Whether ``tok`` is where someone went or was sent to do the act of a purpose clause under the motion verb:
    "the coalition came to Iraq to fight ISIS", "French soldiers were sent to Mali to battle jihadists", "Chinese
    instructors travelled to Nigeria to train its army". The destination is where the act is done (a host, a
    target at most), never its doer."""
    t = _name_object(tok)
    if t is None or t.head.lower_ not in ("to", "into", "in") or t.head.dep_ not in ("prep", "dative"):
        return False
    verb = t.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRIVING_VERBS | SENDING_VERBS:
        return False
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and (c.i == trig.i or c.is_ancestor(trig))
                   and to_infinitive(c)), None)
    return clause is not None


def _host_of(prep, trig) -> bool:
    """Whether the state of a locative ``prep`` ("in X") hosts a drill or a summit the clause says is held there:
    "the next exercise will be held in Tajikistan", "the summit is to be hosted in Laos", "the drills took place in
    Oman" (a state that hosts one is a side of it; "Biden met Xi in Indonesia" names only where two others met)."""
    verb = prep.head
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ARRIVING_VERBS and prep.lower_ == "in":
        # "arrived in Lithuania for talks", "landed in Hanoi on a state visit": who receives the visitor
        return trig.dep_ == "pobj" and trig.head.lower_ in ("for", "on") and trig.head.head.i == verb.i
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None or (verb.lemma_.lower() != "take" and subj.dep_ != "nsubjpass"):
        return False  # "Japan held drills in Oman": Japan holds them, Oman is where
    return subj.i == trig.i or trig.is_ancestor(subj) or subj.is_ancestor(trig)


COMPARING = frozenset({"similar", "comparable", "akin", "identical", "analogous"})


def _name_object(tok):
    """The object of a preposition a name heads, through its qualifiers, lists and appositives ("to the one
    Argentina", "of Norway", "than Russia"), or None."""
    if tok is None:
        return None
    t = tok
    while t.dep_ in ("compound", "amod", "nmod", "poss", "conj", "appos") and t.head.i != t.i:
        t = t.head
    return t if t.dep_ == "pobj" else None


CONTRAST_NOUNS = frozenset({"alternative", "substitute", "contrast", "counterweight", "replacement"})


def _contrasted(tok) -> bool:
    """Whether a name is what an act is set against as the other choice, no side of it: "looking for alternatives to
    Moscow as it buys helicopters from France", "bought from Korea instead of Russia", "rather than Beijing",
    "unlike Hungary", "diversify away from Russian arms"."""
    t = _name_object(tok)
    if t is None:
        return False
    prep = t.head
    low, near = prep.lower_, {prep.head.lower_} | {c.lower_ for c in prep.children if c.dep_ == "advmod"}
    return (low == "to" and prep.head.lemma_.lower() in CONTRAST_NOUNS) or low == "unlike" or (
        low == "of" and "instead" in near) or (low == "than" and "rather" in near) or (
        low == "from" and "away" in near) or (low == "to" and "opposed" in near)


MEDIATING_VERBS = frozenset({"broker", "mediate", "facilitate", "sponsor", "guarantee", "witness"})


def _mediator(tok, trig) -> bool:
    """Whether a name is who brokers an agreement between others, no party to it: "the truce between A and B,
    brokered by Qatar", "a deal mediated by Turkey", "signed under the mediation of Norway", "with the mediation
    of the AU", "in the presence of the UN envoy"."""
    t = _name_object(tok)
    if t is None:
        return False
    prep = t.head
    if prep.lower_ == "by" and prep.dep_ == "agent":
        verb = prep.head
        return verb.lemma_.lower() in MEDIATING_VERBS and (verb.head.i == trig.i or verb.i == trig.head.i or (
            verb.dep_ == "acl" and trig.is_ancestor(verb)))
    if prep.lower_ == "of" and prep.head.lemma_.lower() in ("mediation", "auspices", "presence", "brokerage",
                                                             "facilitation"):
        return not prep.head.is_ancestor(trig)
    return False


def _compared(tok) -> bool:
    """Whether a name is in what an act is compared to, another act: "a pact similar to the one Argentina concluded
    with Uruguay", "modelled on the one Japan signed", "like the one between A and B" (the parse may run "the one
    Argentina" together), a bare name after "after", "before", "unlike" ("After Peru, Ecuador signed ...": Peru's
    own act, told by ellipsis; "like Peru" is a second doer of this one)."""
    t = _name_object(tok)
    if t is None:
        return False
    prep, words = t.head, {c.lower_ for c in t.subtree}
    if prep.lower_ in ("after", "before", "unlike") and t.pos_ == "PROPN" and t.i == tok.i and not any(
            c.dep_ == "prep" for c in t.children):
        return True  # "After Peru, Ecuador signed a pact with Colombia", "unlike Chile": another's act, elliptic
    return (prep.lower_ == "to" and prep.head.lemma_.lower() in COMPARING) or (
        prep.lower_ == "on" and prep.head.lemma_.lower() in ("model", "pattern")) or (
        prep.lower_ == "like" and bool(words & {"one", "that", "those", "ones"}))


def _joins(trig, subj) -> bool:
    """Whether the clause's subject ``subj`` joins an act that a name on the trigger says is another's own:
    "Serbia takes part in NATO drills", "Georgia joined the US-led exercise", "Chile attended the Quad summit"
    (both are sides: who joins, and whose act it is)."""
    if subj is None:
        return False
    verbs = set(party_rules()["joining_verbs"])
    t = trig
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "to") and t.head.head.pos_ in ("VERB", "NOUN"):
        t = t.head
        verb = t.head
        if verb.pos_ == "NOUN" and verb.lemma_.lower() == "part":  # "took part in"
            verb = verb.head
    elif t.dep_ == "dobj":
        verb = t.head
    else:
        return False
    return verb.lemma_.lower() in verbs and subj.head.i == verb.i


def _topic_of(tok, trig) -> bool:
    """Whether a name is what a meeting is about, not who meets: the object of a discussing verb that is the
    trigger ("the two leaders discussed China and Taiwan", "reviewed the situation in Sudan"), or under "on",
    "about", "regarding" on the way up to the meeting ("talks on Ukraine's security", "spoke with President X
    about Venezuela", "met on the sidelines of the ASEAN summit"). A name "with" someone is a counterpart
    ("discussed the issue with Japan": the parse may hang it on the object), never a topic."""
    if tok is None or trig.i == tok.i:
        return False
    rules = party_rules()
    verbs, preps = rules["topic_verbs"], rules["topic_preps"]
    heads = {trig.i}
    if trig.dep_ == "dobj" and trig.pos_ in ("NOUN", "PROPN"):  # "held talks on X": "on" may hang on "held"
        heads.add(trig.head.i)
    if trig.pos_ in ("VERB", "AUX") and trig.lemma_.lower() not in verbs:  # "held talks", "had a call"
        heads |= {c.i for c in trig.children if c.dep_ == "dobj"}
    topic = False
    t = tok
    while t.head.i != t.i:
        # ("a visit on behalf of the EU" names who visits)
        if t.dep_ in ("prep", "acl", "advcl") and t.lower_ in preps and not any(c.lower_ == "behalf" for c in t.children):
            topic = True
        if t.dep_ == "pobj" and t.head.lower_ == "with" and not topic:
            return False
        if t.head.i in heads:
            return topic or (t.dep_ == "dobj" and t.head.i == trig.i and trig.lemma_.lower() in verbs)
        t = t.head
    return False
