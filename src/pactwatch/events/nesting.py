"""Which triggers of a sentence are one fact: a trigger nested in another's phrase is part of it.

"urged Washington to withdraw its troops" is one request, "an MOU on cyber cooperation" one agreement,
"held talks on joint training" one meeting, "negotiations on a new agreement" the agreement, "accuses Baku of
preparing an attack" one accusation."""
from __future__ import annotations

import re

from .lexicon import _lemma, agreement_nouns, agreement_word, load_lexicon, sent_text
from .restatements import heading_end
from .trigger_context import _names_state

# what a request asks for is its content, not a second fact: "voted to expel US troops", "appealed to partners to
# supply air defense systems" are one request each; what an
# agreement is on or for is its subject ("an MOU on cyber cooperation", "signed a framework to deepen collaboration")
REQUESTED = {"request": frozenset({"deployment", "cooperation"}), "agreement": frozenset({"cooperation"})}
# what is given or applied for is the giving or the application: "provide extended deterrence to Japan" is one
# cooperation, "applied for NATO membership" one request
GIVEN = {("cooperation", "provide"): frozenset({"alliance"}), ("request", "apply for"): frozenset({"alliance"})}


def _subject_of(tok, top, about: bool = True) -> bool:
    """``tok`` is what the trigger ``top`` asks for or gives, in its phrase but not in a relative clause on it
    nor a verb coordinated with it (a further fact: "called on Turkey to halt ... and deemed that sending
    soldiers ..."). With ``about`` (an agreement), only what it is on or for: an "on"/"for" phrase or an
    infinitive or participle clause of it, or of the verb whose object it is ("finalized an MOU on cyber
    cooperation", "a framework to deepen cooperation"; not "a partnership and assistance agreement was signed")."""
    verb = top.head if top.dep_ in ("dobj", "nsubjpass") else None
    seen = not about
    while tok.head.i != tok.i and tok.dep_ not in ("relcl", "conj"):
        seen = seen or tok.dep_ in ("acl", "advcl", "xcomp") or (tok.dep_ == "prep" and tok.lower_ in ("on", "for"))
        if tok.head.i == top.i or (about and verb is not None and tok.head.i == verb.i and tok.dep_ == "prep"
                                   and tok.lower_ in ("on", "for")):
            return seen
        tok = tok.head
    return False


def _outermost(sent_doc, triggers: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """Drop a trigger of a capitalised heading whose fact the sentence after its colon states with a trigger of
    the same type, and a trigger nested in the phrase of another trigger of the same type
    ("no participation ... in any mission": one deployment, read from "participation"), or of a
    request for it ("urged Washington to withdraw its troops": one request), or a word that only
    qualifies another trigger ("the treaty alliance" is an alliance, "a defense cooperation agreement"
    an agreement); see :func:`_absorbed` for the other ways round."""
    keep = []
    roots = {sent_doc[u[2]:u[3]].root.i for u in triggers}
    colon = _heading_end(sent_doc)
    for t in triggers:
        if t[3] <= colon and any(u[0] == t[0] and u[2] > colon for u in triggers):
            continue  # "STRENGTHENING DEFENSE COOPERATION: The two sides agreed to expand cooperation ...": one fact
        root = sent_doc[t[2]:t[3]].root
        if root.dep_ == "compound" and root.head.i in roots and root.head.i != root.i and not _defence_pledge(
                sent_doc, t, root, triggers):
            continue
        if t[0] in PROVIDED_HAZARDS and (_agreement_content(root) or _under_which(root) or _under_agreement(root)):
            continue  # "the treaty covers armed attacks on its vessels": what the treaty is for, no attack
        nested = _absorbed(sent_doc, t, root, triggers)
        for u in ([] if nested else triggers):
            if u is t or (u[0] != t[0] and t[0] not in REQUESTED.get(u[0], frozenset()) | GIVEN.get(u[:2], frozenset())):
                continue
            uroot = sent_doc[u[2]:u[3]].root
            if uroot.i != root.i and (_under(root, uroot, own_clause=t[0] in CLAIMS) if u[0] == t[0]
                                      else _subject_of(root, uroot, about=u[0] == "agreement")):
                nested = True
                break
        if not nested:
            keep.append(t)
    return keep


DEFENCE = frozenset({"defence", "defense"})
# an attack or threat told in what an agreement says is the case it provides for ("the treaty covers armed attacks
# on its vessels", "the pact commits each to respond to aggression against the other"), no attack or threat that
# happened. Not cooperation: what an agreement plans ("the plan provides for joint drills", "the pact aims to
# develop defence cooperation") is told as planned cooperation too (the gold sets give both; tried for all types:
# styles2 tp 124 -> 122, styles5 145 -> 143)
PROVIDED_HAZARDS = frozenset({"conflict", "threat"})
# verbs with an agreement as subject that place it among other facts rather than say what it holds ("the deal
# follows months of clashes", "the accord ended the war", "the treaty came after the exercise")
PLACING = frozenset({"be", "build", "follow", "come", "precede", "coincide", "replace", "supersede", "end", "halt",
                     "stop", "expire", "enter", "take", "mark", "face", "collapse", "fail", "survive", "trigger",
                     "spark", "anger", "prompt", "draw", "provoke", "worry", "alarm", "raise"})


def _agreement_content(tok) -> bool:
    """``tok`` is in what an agreement says or does, the clause of a verb whose subject is an agreement noun ("the
    treaty covers armed attacks on its vessels", "the deal commits the sides to respond to any aggression", "the
    agreement affirms that an attack on one is an attack on both"): a provision of the agreement (GUIDE: its
    ``provisions``), no fact of its own. Not a verb placing the agreement among other facts
    (:data:`PLACING`), nor a negated one ("the treaty does not provide for stationing troops": what it leaves out),
    nor a clause with its own subject joined to that verb ("the accord holds, and the troops left": a fact beside
    it)."""
    below = tok
    while tok.head.i != tok.i:
        below, tok = tok, tok.head
        if below.dep_ in ("conj", "advcl", "parataxis") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
            return False  # a clause of its own beside (or after) the agreement's
        if tok.pos_ not in ("VERB", "AUX") or below.dep_ in ("nsubj", "nsubjpass"):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or not agreement_word(subject):
            continue
        return _lemma(tok) not in PLACING and not any(c.dep_ == "neg" for c in tok.children)
    return False


def _under_which(tok) -> bool:
    """``tok`` is in a relative clause "under which" on an agreement noun ("a mutual defence pact under which an
    armed attack on either would be treated as a danger to both"): what the agreement provides for."""
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl" and (_lemma(tok.head) in agreement_nouns() or tok.head.ent_type_ == "LAW") and any(
                c.dep_ == "prep" and c.lower_ == "under" and any(w.lower_ == "which" for w in c.children)
                for c in tok.children):
            return True
        tok = tok.head
    return False


def _under_agreement(tok) -> bool:
    """``tok`` is in a clause that an "under" phrase on an agreement noun opens ("Under the treaty, an armed attack on
    either country would be regarded as a danger to both", "Under the declaration, the two countries pledge to assist
    each other if either faces an attack"): what the agreement provides for, as :func:`_under_which` tells it. Not a
    clause told in the past ("Under the pact, Peruvian troops attacked smugglers near Tacna"): what was done."""
    while True:
        if tok.pos_ in ("VERB", "AUX") and not _told_done(tok) and any(
                c.dep_ == "prep" and c.lower_ == "under" and any(
                    g.dep_ == "pobj" and (agreement_word(g)
                                          or g.ent_type_ == "LAW") for g in c.children) for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head


def _told_done(verb) -> bool:
    """The verb tells what was done or is being done: a past tense or a perfect ("attacked", "have attacked", "has
    been operating"), a progressive ("are patrolling") or a participle on the forces doing it ("has thousands of troops
    in Ituri fighting the ADF under a deal with Kinshasa", "keeps soldiers there fighting ..."); not a gerund the provision names ("commits each to
    defending the other") nor what would be going on ("troops would be fighting ...")."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) or (
        verb.tag_ == "VBG" and not any(c.tag_ == "MD" for c in verb.children)
        and (verb.dep_ == "acl" or (verb.dep_ == "xcomp" and verb.head.tag_ in ("VBZ", "VBP", "VBD"))
             or any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)))


# claims one party makes against another: each speaker's clause is its own claim (see :func:`_under`)
CLAIMS = frozenset({"threat"})


def _defence_pledge(sent_doc, t, root, triggers) -> bool:
    """An alliance of mutual or collective defence qualifying an agreement noun ("a mutual defence treaty", "the
    collective defense pact") is both (GUIDE: a mutual-defence treaty is an agreement and an alliance), unlike "a
    defense cooperation agreement" or a "mutual assistance agreement" (legal assistance too)."""
    return t[0] == "alliance" and bool(DEFENCE & set(t[1].split())) and any(
        u[0] == "agreement" and sent_doc[u[2]:u[3]].root.i == root.head.i for u in triggers)


def _heading_end(sent_doc) -> int:
    """The token index of the colon closing a heading that opens the sentence (a fact sheet's "DEEPENING DEFENSE
    COOPERATION: ...", "Launching the U.S.-Singapore Climate Partnership: ..."; see :func:`.restatements.heading_end`), or
    -1."""
    colon = heading_end(sent_text(sent_doc))
    return next((t.i for t in sent_doc if t.idx == colon), -1) if colon >= 0 else -1


def _under(tok, top, own_clause: bool = False) -> bool:
    """``tok`` is in the phrase of ``top``, not in a further noun coordinated with it ("the decision to activate the
    response force as well as the commitments by our Allies to deploy forces": two deployments) nor a further verb
    with its own object ("agreed to purchase drones and take delivery of helicopters"; not "sign and ratify it"), nor,
    with ``own_clause`` (claims one party makes against another), a clause with a subject of its own joined to it
    ("X accused Y of massing troops, while Y blamed X for the clash": two accusations; "A signed the accords, while
    B signed them" stays one signing)."""
    told_again = _definite(tok)
    while tok.head.i != tok.i:
        if tok.dep_ == "conj" and (tok.pos_ in ("NOUN", "PROPN") or (
                tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children))):
            return False  # "agreed to purchase drones and take delivery of helicopters": two purchases
        if tok.dep_ in ("relcl", "acl") and (any(_own_subject(c) for c in tok.children) or _named_antecedent(tok)) \
                and not _set_in(tok):
            return False  # "struck Iran's air defences, which Iran answered with a missile attack": Iran's own act
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and _lemma(tok.head.head) == "follow" \
                and tok.head.head.dep_ in ("advcl", "acl"):
            return False  # "signed a pact with Sudan, followed by a similar accord with Somalia": the next of a series
        if own_clause and tok.dep_ in ("advcl", "conj") and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" for c in tok.children):
            return False  # "..., while Eritrea blamed Ethiopia for the clash": a second speaker's own act
        if (_second_clause(tok) and not told_again) or _before_semicolon(tok):
            return False  # "A and B signed a pact in 2019, and C and D followed with their own treaty": C and D's act
        tok = tok.head
        if tok.i == top.i:
            return True
    return False


RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "whose", "what"})
# the words that set a clause beside another as a second fact of its own ("A sent troops to X, while B sent ships to
# Y"); not "as", "after", "when", "because", which date or explain the first
CONTRASTING = frozenset({"while", "whereas", "whilst"})


DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _definite(tok) -> bool:
    """The trigger (or a trigger verb's object) is a definite noun or a pronoun: what the sentence has told already
    ("X signed the Accords for Nigeria, while Y signed the Accords for Rwanda": one text, two signers)."""
    nouns = [tok] if tok.pos_ in ("NOUN", "PROPN", "PRON") else [
        c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(n.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in n.children) for n in nouns)


def _before_semicolon(tok) -> bool:
    """``tok`` is the verb of a clause that a semicolon ends, which the parse hangs on the clause after it ("Iran fired
    missiles at the base; the missiles were intercepted": "fired" a ccomp of "intercepted"): two sentences, each its
    own fact."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "parataxis", "conj", "advcl") and any(
        c.dep_ == "punct" and c.text == ";" and tok.right_edge.i < c.i < tok.head.i for c in tok.head.children)


def _second_clause(tok) -> bool:
    """``tok`` is the verb of a second clause with a named subject of its own, joined to the first by "and"/"but" (a
    conjunct) or set beside it by "while"/"whereas" ("Chile and Peru signed a defence pact, and Bolivia and Paraguay
    followed with their own treaty", "Ghana deployed troops to Mali, while Togo sent soldiers to Niger"): what that
    subject does is its own fact, whatever the type. A pronoun subject ("and it sold shells to Poland") or none
    ("signed and ratified it") leaves the clause in the first one's fact here (the verb with an object is its own
    anyway, see :func:`_under`)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in CONTRASTING for c in tok.children):
        return False
    if tok.dep_ not in ("conj", "advcl"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in tok.children)


def _own_subject(tok) -> bool:
    """``tok`` is the subject of a relative clause that names an actor of its own ("which Iran answered with ...", "a
    deployment that Jamaica followed by sending ..."), not the relative pronoun standing for the noun the clause is
    on ("drills which were followed by ...", "an attack that killed ...": told of that noun)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("PROPN", "NOUN") and tok.lower_ not in RELATIVE_WORDS


def _named_antecedent(clause) -> bool:
    """A relative clause whose relative pronoun is the subject and stands for a name ("followed by
    Benin, which deployed 200 soldiers"): what that one does, its own fact."""
    return clause.dep_ == "relcl" and clause.head.pos_ == "PROPN" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_WORDS for c in clause.children)


def _set_in(clause) -> bool:
    """A relative clause opened by a preposition ("a conflict in which the two neighbours exchanged strikes", "a
    pact under which ..."): it tells what happens within the noun's fact, not a fact after it."""
    return any(c.dep_ == "prep" and any(g.lower_ in RELATIVE_WORDS for g in c.children) for c in clause.children)


# a meeting on an agreement is its negotiation: "agreed to begin negotiations on a new agreement" is the agreement
NEGOTIATIONS = frozenset({"negotiation", "negotiate", "talks", "hold talks"})


def negotiation_word(word: str) -> bool:
    """``word`` (a trigger as written or its phrase) is a form of :data:`NEGOTIATIONS` ("negotiations", "negotiating",
    "talks"): the one list of a negotiation's words, read here and by :mod:`.merging` across sentences."""
    low = word.lower()
    return bool({low, low[:-1] if low.endswith("s") else low, re.sub(r"(?:ing|ed|es)$", "e", low)} & NEGOTIATIONS)
# what a meeting is about is no fact of its own ("held talks on joint training", "discussed defence cooperation")
MEETING_TOPICS = frozenset({"cooperation"})
DISCUSSING = frozenset({"discuss", "talk", "consult"})
# a cooperation discussed is the meeting only when it names no giving ("discussed U.S. support for training pilots"
# stays a cooperation)
ABSTRACT = frozenset({"cooperation", "co-operation", "collaboration", "partnership", "strategic partnership",
                      "relationship", "ties", "relations", "coordination"})
# an attack someone is accused of preparing is the accusation ("which he accuses of preparing an attack")
ACCUSING = frozenset({"accuse", "accusation", "blame"})
PREPARING = frozenset({"prepare", "plan", "plot", "seek", "intend"})


def _absorbed(sent_doc, t: tuple[str, str, int, int], root, triggers) -> bool:
    """``t`` is part of another trigger's fact without being in the same-type or request nesting of
    :func:`_outermost`: a cooperation a meeting is on or discusses, an alliance programme joined, a meeting that
    negotiates an agreement, a meeting verb whose object is a request ("received the request"),
    an attack an accusation says is being prepared."""
    for u in triggers:
        if u is t:
            continue
        uroot = sent_doc[u[2]:u[3]].root
        if uroot.i == root.i:
            continue
        if t[0] in MEETING_TOPICS and u[0] == "meeting" and _topic_of(root, uroot, t[1] in ABSTRACT):
            return True
        if t[0] == "cooperation" and u[0] == "agreement" and uroot.head.lower_ == "under" and (
                uroot.head.head.i in (root.i, root.head.i)):
            return True  # "restored ties under a deal brokered by Beijing": the deal
        if t[:2] == ("alliance", "join") and u[0] == "cooperation" and _object_of(uroot, root):
            return True  # "joined NATO's Partnership for Peace programme": the partnership, not the alliance
        if t[0] == "meeting" and u[0] == "request" and _asked_for(root, uroot):
            return True  # "asked the UN Security Council to hold an emergency meeting": one request
        if t[0] == "agreement" and u[0] == "meeting" and _outcome_missed(root, uroot):
            return True  # "talks ended without agreement": the talks, no agreement
        if t[0] == "meeting" and negotiation_word(t[1]) and u[0] == "agreement" and (
                _subject_of(uroot, root, about=True) or _topic_of(uroot, root, abstract=False)):
            return True  # "are in talks over a new arms deal": the deal negotiated
        if t[0] == "cooperation" and u[0] == "exercise" and uroot.dep_ == "pobj" and uroot.head.lower_ in EXERCISE_PREPS and (
                uroot.head.head.i == root.i):
            return True  # "naval units trained together during the Medusa exercise": the exercise
        if t[0] == "deployment" and u[0] == "exercise" and _lemma(root) in TAKING_PART and _under(root, uroot):
            return True  # "the exercise, held with the participation of special forces of A, B and C": the exercise
        if t[0] == "cooperation" and u[0] == "deployment" and _with_forces(root):
            return True  # "Ghana will support the mission with 800 troops": the troops sent
        if t[0] == "deployment" and u[0] == "exercise" and _sent_to(uroot, root):
            return True  # "will send 300 soldiers to the Cold Response exercise": the exercise
        if t[0] == "meeting" and u[0] == "request" and root.pos_ == "VERB" and _object_of(uroot, root):
            return True  # "we received no such request from Helsinki": the request, no visit received
        if t[0] == "conflict" and u[0] == "threat" and u[1] in ACCUSING and _subject_of(root, uroot, about=False) and any(
                _lemma(a) in PREPARING for a in root.ancestors if a.i != uroot.i and uroot in a.ancestors):
            return True
        if t[0] in CHARGED and u[0] == "threat" and any(_lemma(a) == "accuse" and _charge_of(root, a)
                                                        for a in root.ancestors) and (
                t[0] != "conflict" or _quoted_label(root)):
            return True  # "accused Vilnius of a 'hybrid attack'", "accused X of breaching the treaty": the accusation
        if t[0] == "deployment" and _lemma(root) in TAKING_PART and _exercise_joined(root, triggers, sent_doc):
            return True  # "the participation of Chilean forces in the Andes exercise": the exercise
        if t[0] == "meeting" and u[0] == "agreement" and _names_agreement(root):
            return True  # "signed a plan of consultations", "visiting forces agreements": the agreement's content
        if t[0] == "conflict" and u[0] in PURPOSED and _purpose_of(root, uroot) and not _named_foe(root):
            return True  # "a mission to help Haiti fight the gangs": what the mission is for
    return False


# what an accusation can charge that is its content, not a fact of its own: an attack it names in its own quoted words
# ("accused Vilnius of a 'hybrid attack'"; not "accused Kyiv of attacking its positions": the attack is told; a quoted
# label only, the attack right between the marks, was tried: styles7 fp +1), a treaty
# breached, a visit the charge is set in. Not arms supplied or troops hosted ("accused London of prolonging the war by
# supplying weapons", "accused Guyana of letting the US set up bases"): the gold sets give those as facts (tried for
# every type: styles3 and styles4 tp -1 each)
CHARGED = frozenset({"conflict", "agreement", "meeting"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _quoted_label(noun) -> bool:
    """The noun stands in quotation marks, the accuser's own words ('a "hybrid attack"', 'of "turning its territory
    into a springboard for aggression"'): an odd number of straight double quotes before it, or an opening curly
    one not closed yet."""
    marks = [t.text for t in noun.doc[:noun.i] if t.text in QUOTES and t.text not in ("'", "\u2019")]
    straight = marks.count('"')
    curly = [m for m in marks if m != '"']
    return straight % 2 == 1 or (bool(curly) and curly[-1] in ("\u201c", "\u2018"))


def _charge_of(tok, accuse) -> bool:
    """``tok`` is in what ``accuse`` (the threat trigger, or a verb in its clause: "closed the border, accusing Moscow
    of ...") charges its object with: the "of" phrase on the verb or on its object ("accused
    the regime of a 'hybrid attack'", "accused Cambodia of breaching the convention", "accused Denmark of neglecting
    the island during a visit to the base"), not a relative clause or a verb coordinated there. The charge is the
    accusation's content (GUIDE: accusations are ``threat``), no fact the article tells of its own."""
    seen = False
    while tok.head.i != tok.i and tok.dep_ not in ("relcl", "conj"):
        if tok.dep_ == "prep" and tok.lower_ == "of" and (
                tok.head.i == accuse.i or (tok.head.dep_ == "dobj" and tok.head.head.i == accuse.i)):
            seen = True
        if tok.head.i == accuse.i:
            return seen
        tok = tok.head
    return False


def _exercise_joined(root, triggers, sent_doc) -> bool:
    """A word of taking part whose "in" phrase is an exercise ("participation in each other's exercises", "the
    participation of Japanese forces in Exercise Southern Cross", "took part in the drills"): the exercise is the
    fact (a force joining a mission is a deployment; joining an exercise is the exercise)."""
    exercises = {sent_doc[u[2]:u[3]].root.i for u in triggers if u[0] == "exercise"}
    nouns = set(load_lexicon().triggers["exercise"].get("nouns", ()))
    heads = [root, root.head] if root.dep_ == "dobj" else [root]  # "took part in", "take part in"
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and any(
        o.dep_ == "pobj" and (o.i in exercises or _lemma(o) in nouns) for o in p.children)
        for h in heads for p in h.children)


def _names_agreement(tok) -> bool:
    """A meeting word that qualifies an agreement noun or is what its "of"/"on" phrase is of ("a plan of consultations
    for 2026", "visiting forces agreements", "the protocol on annual talks"): the agreement's content."""
    if tok.dep_ in ("amod", "compound") or (tok.dep_ == "nmod"):
        head = tok.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return agreement_word(head)
    return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "on") and agreement_word(tok.head.head)


# the acts whose purpose clause ("to fight X", "to help Y defend") says what they are for
PURPOSED = frozenset({"deployment", "cooperation", "request"})


def _purpose_of(tok, top) -> bool:
    """The conflict verb is in an infinitive clause saying what another fact is for ("a mission to help Haiti fight
    the gangs", "the dispatch of troops to fight against Ukraine", "sent arms to help it defend itself"): the act's
    aim, no fight the article tells of. Not a finite clause ("troops that fought ...")."""
    if tok.pos_ != "VERB" or tok.tag_ != "VB":
        return False
    while tok.head.i != tok.i and tok.dep_ in ("xcomp", "ccomp", "acl", "advcl", "dobj", "pobj", "prep", "relcl"):
        if tok.dep_ == "relcl":
            return False
        tok = tok.head
        if tok.i == top.i:
            return True
    return False


def _named_foe(verb) -> bool:
    """The fighting verb's object, or its "against" phrase, names a body that is not a state ("sent to Mali to fight
    al-Qaeda", "to fight against al-Shabaab", "to fight M23 rebels"): a war of the sender's own against an armed group
    the article names, a fact of its own (GUIDE: armed groups named as bodies are parties; the Wikinews gold gives "the
    coalition came to Iraq to fight ISIS" as a war). Not a state ("sent troops to Russia to fight against Ukraine":
    they join a war the article tells as the state's; the styles8 gold gives only the dispatch) nor a group with no
    name ("to help Haiti fight the armed gangs", "to fight the cartels": what the mission is for), nor a purpose
    denied ("a standby force not to fight the AES but to ...": nobody fights)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    foes = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"]
    return any(any(t.pos_ == "PROPN" for t in f.subtree) and not _names_state(f) for f in foes)


def _asked_for(tok, request) -> bool:
    """``tok`` is what ``request`` asks for: its object or the clause of it ("requested an urgent session of the
    Security Council", "asked the Council to hold an emergency meeting"), not a phrase setting the request ("In a
    video call with Nordic leaders, Zelensky asked ...") nor a relative clause or a verb coordinated in it."""
    while tok.head.i != tok.i and tok.dep_ not in ("relcl", "conj", "prep"):
        if tok.head.i == request.i:
            return tok.dep_ in ("dobj", "xcomp", "ccomp")
        tok = tok.head
    return False


def _outcome_missed(agreement, meeting) -> bool:
    """The agreement is what a meeting ended or broke up without ("talks between A and B ended without agreement",
    "the two sides met without reaching a deal"): the "without" phrase of the meeting's verb, or of the verb whose
    subject the meeting noun is; what did not come of it is no agreement event."""
    tok = agreement
    if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp":
        tok = tok.head  # "without reaching a deal"
    prep = tok.head if tok.dep_ in ("pobj", "pcomp") else None
    if prep is None or prep.lower_ != "without":
        return False
    verb = prep.head
    return verb.i == meeting.i or (meeting.dep_ in ("nsubj", "nsubjpass") and meeting.head.i == verb.i)


# what is done within an exercise ("trained together during the exercise", "cooperated in the drills")
EXERCISE_PREPS = frozenset({"during", "in", "at", "within", "throughout"})
# the words of forces taking part, which are a part of the exercise they take part in
TAKING_PART = frozenset({"participation", "participate", "contingent", "troops", "take"})


# verbs of help that a "with" phrase tells the means of ("support the mission with troops")
SUPPLYING = frozenset({"support", "help", "assist", "aid", "back", "reinforce", "bolster", "strengthen", "boost",
                       "contribute", "supply", "provide"})


def _with_forces(tok) -> bool:
    """A verb of help whose "with" phrase names forces ("support the mission with 800 troops", "help Haiti with
    police officers"; not "in cooperation with Iraqi security forces"): the support is the forces sent
    (``data/events.json`` 'armed_presence')."""
    if _lemma(tok) not in SUPPLYING:  # not "in cooperation with Iraqi security forces": a partner
        return False
    forces = load_lexicon().word_lists["armed_presence"]
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "support the mission with troops" (on its object)
    return any(o.dep_ == "pobj" and _lemma(o) in forces for h in heads for p in h.children
               if p.dep_ == "prep" and p.lower_ == "with" for o in p.children)


# what forces are sent to or for ("send 300 soldiers to the exercise", "deploy two frigates for the drills")
DESTINATION_PREPS = frozenset({"to", "for"})


def _sent_to(exercise, deployment) -> bool:
    """``exercise`` is what the ``deployment`` trigger (a verb, or the forces it sends) sends them to: the object of
    its "to" phrase ("send 300 soldiers to the exercise"), or of a "for" phrase when it names no other destination
    ("deployed two frigates for the joint drills"; not "sent troops to Latvia for the exercise": a deployment to
    Latvia)."""
    prep = exercise.head if exercise.dep_ == "pobj" else None
    verb = deployment.head if deployment.dep_ == "dobj" else deployment
    if prep is None or prep.lower_ not in DESTINATION_PREPS or prep.head.i not in (deployment.i, verb.i):
        return False
    return prep.lower_ == "to" or not any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                          for c in (*deployment.children, *verb.children))


TOPIC_PREPS = frozenset({"on", "about", "over", "for", "regarding"})
# verbs that tell what a meeting is about ("talks that will cover cooperation", "the talks also covered energy trade
# with Norway"): what they name is its topic
TOPIC_VERBS = frozenset({"cover", "focus", "address", "discuss", "touch", "centre", "center", "concern", "deal",
                         "tackle", "review", "explore", "examine", "revolve"})


def _topic_of(tok, meeting, abstract: bool) -> bool:
    """``tok`` is what a meeting is on ("held talks on regional security and joint training", coordinated topics
    included) or, when ``abstract``, what a discussing verb discusses ("discussed defence cooperation"), or what a
    relative clause on the meeting noun says it covers ("talks that will cover cooperation on drones") or a clause of
    the meeting verb says it discusses ("met in Ankara to review military cooperation"); not another relative clause or
    a verb coordinated in it."""
    discussing = abstract and _lemma(meeting) in DISCUSSING
    seen = False
    while tok.head.i != tok.i and not (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
        if tok.dep_ == "relcl":  # "talks that will also cover cooperation on drones": what the talks are on
            return tok.head.i == meeting.i and _lemma(tok) in TOPIC_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_WORDS for c in tok.children)
        seen = seen or (tok.dep_ == "prep" and tok.lower_ in TOPIC_PREPS)
        if tok.head.i == meeting.i:
            return seen or (discussing and tok.dep_ == "dobj")
        if abstract and tok.dep_ == "dobj" and _lemma(tok.head) in DISCUSSING | TOPIC_VERBS and (
                tok.head.dep_ in ("xcomp", "advcl") and tok.head.head.i == meeting.i):
            return True  # "met in Ankara to review military cooperation": what the meeting is for
        tok = tok.head
    return False


def _object_of(tok, verb) -> bool:
    """``tok`` is in the direct object of ``verb`` (not a relative clause or a verb coordinated there)."""
    while tok.head.i != tok.i and tok.dep_ not in ("relcl", "conj"):
        if tok.head.i == verb.i:
            return tok.dep_ == "dobj"
        tok = tok.head
    return False


# the facts one verb can tell with each of several partners apart ("signed agreements with A and B")
SEPARATE_TYPES = frozenset({"agreement"})


def separate_partners(sent_doc, i: int, j: int, etype: str) -> list[tuple[int, int]]:
    """The character spans (in the sentence) of the partners a trigger tells a fact with each of apart, or [] when
    it tells one fact with all of them: a plural agreement noun with several "with" partners ("signed military
    cooperation plans with Pakistan and Kazakhstan", "has visiting forces agreements with A, B and C": one document
    with each), or a "with" phrase repeated for each partner ("signed defence agreements with Germany, under X, and
    with France, under Y"). Not a singular document with a list ("signed an agreement with A and B": one trilateral
    text), nor one whose own subject is a list of signers ("A and B signed agreements with C and D")."""
    if etype not in SEPARATE_TYPES:
        return []
    head = sent_doc[i:j].root
    noun = head if head.pos_ in ("NOUN", "PROPN") else next(
        (c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in agreement_nouns()), None)
    verb = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass") else head
    # a singular noun (or none): only a "with" repeated for each partner tells documents apart
    repeated = noun is None or noun.tag_ not in ("NNS", "NNPS")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c is not noun] if verb.pos_ in (
        "VERB", "AUX") else []
    if any(g.dep_ == "conj" for s in subjects for g in s.children):
        return []  # "A and B signed agreements with C and D": who signed with whom is not told
    heads = {h.i: h for h in (noun, verb) if h is not None}
    preps = [c for h in heads.values() for c in h.children if c.dep_ == "prep"]
    # a repeated "with" is a conjunct of the phrase before it, whichever ("with A, under X, and with B")
    withs = [g for p in preps for g in p.subtree if g.lower_ == "with" and (g.i == p.i or g.dep_ == "conj")]
    partners = [o for w in withs for o in w.children if o.dep_ == "pobj"]
    if len(partners) >= 2:  # "with Germany, ..., and with France"
        return [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for o in partners]
    if repeated or len(partners) != 1:
        return []
    items = [partners[0], *(g for g in partners[0].subtree if g.dep_ == "conj")]
    return [_own_span(t) for t in items] if len(items) >= 2 else []


def _own_span(tok) -> tuple[int, int]:
    """The character span of a conjunct's own words, without the conjuncts the parse hangs on it ("the United States"
    of "the United States, Australia and Japan")."""
    words = [tok]
    stack = [c for c in tok.children if c.dep_ not in ("conj", "cc", "punct")]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("conj", "cc"))
    first, last = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
    return first.idx, last.idx + len(last)
