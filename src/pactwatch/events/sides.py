"""Which names of a sentence are sides of an event (issue 11, point 1): predicates over the parse that
:func:`.parties._participants` asks: whose clause a name is in, what only qualifies another actor ("Iraqi
militias"), what an act answers or is against ("in response to", "to counter Iran"), whom pronoun subjects
stand for ("it", "our"). What a name, a title or a plural subject refers to ("the Kingdom", "the two leaders")
and which organisations can be parties at all is in :mod:`.references`."""
from __future__ import annotations

import itertools
import re

from .complements import own_complement
from .context import DocContext, party_rules
from .lexicon import ACTOR_KINDS, Lexicon, _generic_group, _words_rx, to_infinitive
from .references import can_be_party

CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj"})


COOPERATIVE = frozenset({"cooperation", "exercise", "alliance", "agreement", "meeting"})


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


def _noun_words(t) -> set[str]:
    """A noun's lemma, and with the word the tokenizer split off before a hyphen ("start-ups": "start-up")."""
    words = {t.lemma_.lower()}
    if t.i >= 2 and t.nbor(-1).text == "-":
        words.add(f"{t.nbor(-2).lower_}-{t.lemma_.lower()}")
    return words


def _no_party_noun(t) -> bool:
    """Whether the noun ``t`` names actors that are no party ('not_party_heads': "militias", "startups", "start-ups")."""
    return bool(_noun_words(t) & set(party_rules()["not_party_heads"]))


def _titled_name(head) -> bool:
    """Whether ``head`` is a person's name titled with a noun of sport, culture or business before it
    ('not_party_titles': "Swiss driver Luc Ammann", "Korean chef Min Park")."""
    return head.pos_ == "PROPN" and any(
        t.i < head.i and t.dep_ == "compound" and t.pos_ == "NOUN" and _noun_words(t) & set(
            party_rules()["not_party_titles"]) for t in head.subtree)


def _names_another(tok) -> bool:
    """Whether a state's or an organisation's name only qualifies another actor that is no party: a group
    that is not the state ("Iraqi militias", "Syrian rebels", "Afghan insurgents"), a think tank, a
    university, an outlet or a company named by it ("the Atlantic Council think tank"), or that they come "from"
    ("eight startups from the U.S., France and Germany", "riders from Denmark and Slovenia")."""
    if tok is None:
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:  # "from the U.S., France, Germany and South Korea"
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "from" and first.head.dep_ == "prep" and (
            _no_party_noun(first.head.head)):
        return True
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i == tok.i:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "the Atlantic Council think tank"
        head = head.head
    if _titled_name(head):
        return True  # "Danish driver Mads Kjeldsen"
    words = {head.lemma_.lower(), f"{head.nbor(-1).lower_} {head.lemma_.lower()}" if head.i > 0 else ""}
    return bool(words & set(party_rules()["not_party_heads"]))


def _authored(tok, trig) -> bool:
    """Whether a state's or an organisation's name only says whose text or word another noun is, a noun that is
    not the trigger: "goes against the UN Security Council resolution", "Israel's condolences for the attack",
    "Japan's statement on the drills" (its author, no side of the act)."""
    if tok is None or tok.dep_ not in ("poss", "compound", "amod", "nmod") or tok.head.i == tok.i:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    phrase = trig
    while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i != phrase.i:
        phrase = phrase.head
    return head.i not in (trig.i, phrase.i) and head.lemma_.lower() in party_rules()["author_nouns"]


def _group_members(head, named) -> bool:
    """Whether ``head`` names the members of an armed group and a token qualifying it (``named(token)``) is that
    group's own name: "Houthi rebels", "Hezbollah fighters", "Taliban militants" are the group (a state's name on
    them is not: "Syrian rebels")."""
    if head.lemma_.lower() not in party_rules()["group_member_heads"]:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and named(c) for c in head.children)


def _no_party_actor(head) -> bool:
    """Whether the subject ``head`` names an actor that is no party, whatever state's name is on it: its noun
    ('not_party_heads': "Iraqi militias", "French startups"), the title noun of a named person ('not_party_titles':
    "Swiss driver Luc Ammann", "the Danish rider Mads Holm", "Korean chef Min Park") or the members of a group it
    is made of ("a coalition of eight startups from the U.S. and France", "a group of Danish riders"): the states
    only say where those actors come from."""
    if _no_party_noun(head) or _titled_name(head):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _no_party_noun(o) for o in c.children)
               for c in head.children)


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
HOSTED_ACTS = frozenset({"exercise", "meeting"})
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


# participles whose hyphenated first word names a patron of the noun they qualify ("Iran-backed rebels")
PATRON_VERBS = frozenset({"back", "fund", "finance", "train", "arm", "support", "sponsor", "equip", "supply", "bankroll"})


def _patron_participle(tok):
    """The participle a name is the patron of, in "<Name>-backed <noun>" ("Turkish-backed fighters", "Iran-funded
    militias", "Russian-trained units"), else None. The patron backs the noun's group: it is a side of that
    backing only, not of what the group does or suffers ("Syria struck Turkish-backed fighters": no Turkey)."""
    if tok is None:
        return None
    while tok.dep_ == "compound" and tok.head.i != tok.i and tok.head.tag_ != "VBN":
        tok = tok.head
    part = tok.head
    if tok.dep_ not in ("npadvmod", "compound", "amod", "nmod", "advmod") or part.tag_ != "VBN" or part.i <= tok.i or (
            part.lemma_.lower() not in PATRON_VERBS) or part.dep_ not in ("amod", "compound"):
        return None
    doc = tok.doc
    return part if any(doc[k].text in ("-", "‐", "–") for k in range(tok.i + 1, part.i)) else None


def _patronised(part) -> list:
    """The tokens of the noun a patron participle qualifies that may name the backed group, the noun and its own
    qualifiers ("Iran-backed Houthi rebels": Houthi; "US-backed Syrian Democratic Forces"), not its places ("militias
    in Syria")."""
    noun = part.head
    named = [noun, *(t for c in noun.children if c.i != part.i and c.dep_ in ("compound", "amod", "nmod", "appos")
                     for t in c.subtree)]
    # "the Popular Mobilization Forces, an Iranian-backed militia", "Hezbollah is an Iran-funded group": whom the
    # noun describes
    if noun.dep_ == "appos":  # (the parse may hang it on a noun further up: the name is right before the comma)
        prev = next((t for t in reversed(noun.doc[:noun.left_edge.i]) if not t.is_punct), None)
        if prev is not None:
            named += [prev, prev.head] if prev.dep_ in ("appos", "compound") else [prev]
    other = noun.head if noun.dep_ == "appos" else next(
        (c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "attr" else None
    if other is not None:
        named += [other, *(c for c in other.children if c.dep_ in ("compound", "appos") and c.i != noun.i)]
    return named


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


MEMBER_NOUNS = frozenset({"member", "ally", "state", "country", "nation", "partner"})


def _one_member(tok, trig, party_at) -> bool:
    """Whether a bloc's name only says what members are, no side of their act: an unnamed one ("the first such
    arrangement with a NATO member", "another NATO ally"), or members the phrase names ("NATO allies Poland and
    Lithuania held drills", "two ASEAN members, Vietnam and the Philippines, agreed ..."); not when the member
    word is the trigger ("NATO allies" as an alliance)."""
    if tok is None or tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i == tok.i:
        return False
    chain = [tok.head]
    while chain[-1].dep_ == "compound" and chain[-1].head.i != chain[-1].i:  # "an EU member state"
        chain.append(chain[-1].head)
    member = next((h for h in chain if h.lemma_.lower() in MEMBER_NOUNS), None)
    if member is None or any(h.i == trig.i for h in chain):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any") for c in member.children):
        return True
    return any(party_at(c) for h in chain for c in h.children if c.dep_ == "appos")


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


GROUP_PRONOUNS = frozenset({"they"})  # after a meeting, "they" are those who met (readout style)
# facts that are someone else's act: who comments on them (condemns, welcomes) is no party
OTHERS_ACTS = frozenset({"conflict"})
NEEDS_TARGET = frozenset({"conflict", "threat", "request", "deployment"})  # done to someone
OWN_PARTY_TYPES = frozenset({"alliance", "cooperation"})  # "NATO's 32nd Ally": the possessor is the other side
AGENT_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "navy", "personnel", "unit", "militant", "fighter",
                         "rebel", "warship", "jet", "aircraft", "drone", "missile", "marine", "sailor", "police"})
ACT_NOUNS = frozenset({"signing", "signature", "ratification", "conclusion", "adoption", "approval", "launch",
                       "holding", "hosting", "conduct", "deployment", "withdrawal"})
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "number", "contingent", "battalion", "unit",
                            "group", "team", "wave", "series", "barrage", "squadron"})


def _own_agent(trig, party_at):
    """The token naming the trigger noun's own doer, or None: "Russia's war", "DPRK troops", "Japan and
    Australia's signing", "Houthi attacks", "the deployment of thousands of DPRK troops" (``party_at(token)``:
    the token is in a state's or an organisation's name; "the Strategic Defense Agreement" names none)."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in trig.children:
        if c.dep_ in AGENT_DEPS and c.i < trig.i and party_at(c):
            return c
        # "the Quad Leaders' Summit", "the ASEAN Defence Ministers' Meeting": the body whose officials meet
        if c.dep_ in AGENT_DEPS and c.i < trig.i and ({c.lemma_.lower(), re.sub(r"s$", "", c.lower_)}
                                                      & set(party_rules()["group_bodies"])):
            body = next((g for g in c.children if g.dep_ in ("compound", "amod", "nmod") and party_at(g)), None)
            if body is not None:
                return body
    act = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "of" else None
    if act is not None and act.pos_ == "NOUN" and act.lemma_ in ACT_NOUNS:
        # "Japan and Australia's signing of the Reciprocal Access Agreement"
        agent = next((c for c in act.children if c.dep_ == "poss" and party_at(c)), None)
        if agent is not None:
            return agent
    # "by" names the doer ("attacks by Houthi rebels"); "of" only a force ("the deployment of DPRK troops",
    # not "the invasion of Ukraine" nor "a violation of Iraqi sovereignty")
    preps = [c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("of", "by")]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "by" and party_at(obj):
                return obj
            agent = next((c for c in obj.children if c.dep_ in AGENT_DEPS and party_at(c)), None)
            if agent is not None and (prep.lower_ == "by" or obj.lemma_ in FORCE_NOUNS):
                return agent
            if obj.like_num or obj.lemma_ in QUANTITY_NOUNS:  # "of thousands of DPRK troops"
                preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
    return None


NO_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "make", "matter", "happen"})  # "it is time to"


def _last_party_before(ctx: DocContext, pos: int) -> str | None:
    """The state or organisation named last before ``pos`` ("it" stands for it), within two sentences' reach."""
    best = None
    for m in ctx.ents.mentions_in(max(0, pos - 400), pos):
        k = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        if k in ACTOR_KINDS and can_be_party(m.entity_id, ctx) and (best is None or m.end > best.end):
            best = m
    return ctx.institutions.get(best.entity_id, best.entity_id) if best else None


def _its_owner(ctx: DocContext, sent_start: int, its_pos: int) -> str | None:
    """Whom "its" on an act stands for ("its agreement with Korea"): the party named last before it in its
    sentence, else the party that opens the sentence before (its subject: "Uzbekistan's army is modernising
    fast. Its agreement with South Korea covers armoured vehicles"), else the party named last before."""
    if ctx.ents.mentions_in(sent_start, its_pos):
        return _last_party_before(ctx, its_pos)
    starts, head_end = ctx.sentence_starts_before(sent_start)
    first = min(ctx.ents.mentions_in(starts[-1], head_end), key=lambda m: m.start, default=None)
    if first is not None and re.fullmatch(r"(?:[\w\s,]{1,30},\s+)?(?:the\s+)?", ctx.text[starts[-1]:first.start], re.I) and (
            ctx.kinds.get(first.entity_id, first.entity_id.split(":")[0]) in ACTOR_KINDS) and can_be_party(
            first.entity_id, ctx):
        return ctx.institutions.get(first.entity_id, first.entity_id)
    return _last_party_before(ctx, its_pos)


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


def _coordinated_offices(c) -> bool:
    """"The Vice President and the President": unnamed office holders coordinated as one subject."""
    conj = [t for t in c.children if t.dep_ == "conj"]
    if not conj:
        return False
    offices = set(party_rules()["office_subjects"])
    heads = [c, *conj]
    return all(" ".join(w.lower_ for w in h.subtree if w.i <= h.i and (w.i == h.i or w.dep_ not in (
        "cc", "conj", "det", "punct"))) in offices for h in heads)


def _office_subject(c) -> str | None:
    """The office of "The President", "the Secretary", "the White House": an office holder the sentence
    does not name; else None."""
    phrase = " ".join(t.lower_ for t in c.subtree if t.i <= c.i)
    return next((w for w in party_rules()["office_subjects"] if phrase in ("the " + w, w)), None)


def _state_of(ctx: DocContext, person: str | None) -> str | None:
    """The state or organisation a person acts for, when the document tells (never an agreement or a
    place a role was misread from: "expressed support for the Indo-Pacific Economic Framework")."""
    st = ctx.affiliation.get(person) if person else None
    st = ctx.institutions.get(st, st) if st else None  # a ministry's spokesperson speaks for its state
    return st if st and st.split(":")[0] in ("country", "org") else None


def _principal_state(ctx: DocContext, exclude: set[str]) -> str | None:
    """The state an official named without one serves: the article's most named state that is
    not already a party of the sentence (a visitor is not the host, a caller not the called)."""
    for st in ctx.states:
        if st not in exclude:
            return st
    return None


def _supplier(tok, etype: str) -> bool:
    """Whether a state's name on a company is the state that supplies: "Turkish defense companies supplied
    drones to Kenya", "bought frigates from South Korean shipyards" (a cooperation; in other facts a company is
    no state: :func:`_names_another`)."""
    if etype != "cooperation" or tok is None or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in party_rules()["supplier_heads"]


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


def _qualifies(tok, noun) -> bool:
    """Whether ``tok`` is a word of ``noun``'s own phrase through modifiers and "of" phrases only (a title: "the
    directors general of military operations"), not through an appositive or a clause on it."""
    t = tok
    while t.i != noun.i:
        if t.dep_ not in ("prep", "pobj", "compound", "amod", "nmod", "poss") or t.head.i == t.i:
            return False
        t = t.head
    return True


