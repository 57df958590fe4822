"""The frames around a trigger that settle its status by themselves (what a party weighs, refuses, asks about,
denies or is close to; a role, a setting, a relative clause, a hypothesis, an agreement's content), and the cue
readers the status path and ``status_stages.py`` (where an agreement or an act stands: initialled, withdrawn from,
blocked, stopped, postponed, at a stage, negotiated, implemented) share with them (negation, negative subjects, hedges,
phrasal verbs, the data of ``data/status.json``). ``status.py`` reads the trigger's path up to its clause root and
calls these."""
from __future__ import annotations

import itertools
import json
from functools import cache
from importlib import resources

from .lexicon import Lexicon, _lemma, agreement_nouns, agreement_word, to_infinitive
from .restatements import DEFINITE_DETS


@cache
def _status_data() -> dict:
    """The status cues of ``data/status.json`` (idioms, praising, launching and averting verbs)."""
    return json.loads(resources.files("pactwatch.data").joinpath("status.json").read_text(encoding="utf-8"))


@cache
def _verbs(key: str) -> frozenset[str]:
    """The verb list ``key`` of ``data/status.json``, built once."""
    return frozenset(_status_data()[key]["verbs"])


@cache
def _denials(denial_verbs: frozenset[str]) -> frozenset[str]:
    """The verbs whose object is denied: events.json's denial verbs and status.json's refusing verbs ("turned down",
    "bars", "forbids", "rebuffed"), built once."""
    return denial_verbs | _verbs("refusing_verbs")


def _path_up(tok, limit: int = 8) -> list:
    path = [tok]
    while tok.head.i != tok.i and len(path) < limit:
        tok = tok.head
        path.append(tok)
    return path


# Verbs whose subject is the event itself ("the agreement was signed", "the drills were held"):
# status cues on them apply to the event. Any other predicate ("the agreement is set to transform
# the region") says something else about it.
REALISING = frozenset({"sign", "hold", "conduct", "approve", "ratify", "reach", "conclude", "take", "begin", "start",
                       "deploy", "initial", "be", "enter", "envision", "envisage", "plan", "schedule", "expect",
                       "launch", "establish", "form", "create", "adopt", "finalize", "finalise", "negotiate",
                       "receive", "provide", "deliver", "supply", "send", "give"})


def _idiom_negation(tok) -> bool:
    """"Spare no effort", "waste no time": a "no" that promises the act rather than denying it."""
    return tok.dep_ == "dobj" and _lemma(tok) in _status_data()["idiom_negations"].get(_lemma(tok.head), ())


def _launched(tok) -> bool:
    """An initiative launched, announced or advanced exists ("launched new initiatives to ..."): no proposal."""
    return tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in _verbs("launching_verbs")


def _backs_a_proposal(trig) -> bool:
    """Support for a proposal ("support for Greece's proposal", "backing for the proposed pact")."""
    if _lemma(trig) not in ("support", "backing", "endorsement"):
        return False
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "for"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if _lemma(obj) in ("proposal", "suggestion", "idea", "offer") or any(
                    a.dep_ == "amod" and a.lower_ == "proposed" for a in obj.children):
                return True
    return False


def _plan_of_action(trig) -> bool:
    """A plan noun whose complement is an act ("commitment to expanding collaboration", "pledge to deepen
    ties"), not a thing ("commitment to the security of Korea", "the extended deterrence commitment")."""
    if trig.pos_ != "NOUN" or _lemma(trig) not in PLANNING or _lemma(trig) in ("agreement", "deal"):
        return False  # "an agreement to station destroyers" is the agreement reached
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children):
            return True
        if c.dep_ == "acl" and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
    return False


def _averted(trig) -> bool:
    """The trigger is what a party works to deter or prevent ("to deter aggression"): it has not happened."""
    head = trig.head
    lem = _lemma(head)
    prt = [c.lower_ for c in head.children if c.dep_ == "prt"]
    if prt:
        lem = f"{lem} {prt[0]}"
    failed = head.dep_ == "xcomp" and _lemma(head.head) in _verbs("failing_verbs")  # "failed to prevent the attack"
    return (trig.dep_ == "dobj" and head.pos_ == "VERB" and lem in _verbs("averting_verbs") and not _has_neg(head)
            and not failed)


def _near(trig) -> bool:
    """The trigger is what parties are close to, on the verge of or nearing ("were very close to a de-escalation
    agreement", "on the brink of war", "are nearing a deal"): not yet there, possible (``nearness`` of
    data/status.json)."""
    data = _status_data()["nearness"]
    head = trig.head
    if trig.dep_ == "dobj":
        return head.pos_ == "VERB" and _lemma(head) in data["verbs"] and not _has_neg(head)
    if trig.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        return head.head.pos_ in ("ADJ", "ADV") and head.head.lower_ in data["words"] and not _has_neg(head.head.head)
    noun = head.head
    return head.lower_ == "of" and noun.pos_ == "NOUN" and _lemma(noun) in data["nouns"] and noun.dep_ == "pobj" and (
        noun.head.lower_ in ("on", "at"))


def _resisted(trig) -> bool:
    """The trigger is what a past act worked to repel or push back ("sent troops last year to help push back a
    Ukrainian incursion"): it took place. Not a hypothetical one ("any attack", "a possible attack"), nor under a
    modal or a verb that is no past act ("will deploy troops to repel an attack")."""
    head = trig.head
    back = next((c.lower_ for c in head.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off", "out")),
                None)  # ("push back" with "back" parsed as an adverb)
    if trig.dep_ != "dobj" or head.pos_ != "VERB" or not {_phrasal(head), f"{_lemma(head)} {back}"} & _verbs(
            "resisting_verbs"):
        return False
    if any(c.lower_ in ("any", "every", "possible", "potential", "future", "further") for c in trig.children):
        return False
    tok = trig.head
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "could", "may", "might", "can", "must",
                                                "should") for c in tok.children):
            return False
        if tok.tag_ == "VBD" or tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return True  # "sent troops to ...", "were deployed to ...", "has sent troops to ..."
        if tok.dep_ not in ("xcomp", "advcl", "conj") or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def _agreement_content(tok, below) -> str | None:
    """The status of what an agreement, a plan, a document or a proposal provides for, envisages or commits its parties
    to, ``tok`` the verb and ``below`` the way to it: planned by an agreement ("The declaration commits the three
    countries to cooperate on ...", "It also provides for closer cooperation", "signed a treaty committing them to
    cooperate"), proposed by a proposal ("The proposal foresees the withdrawal of troops"); a mutual-defence commitment
    of an agreement ("a treaty committing the two states to assist each other if either is attacked") is in force:
    occurred. The subject an agreement noun, a word of ``agreement_content`` "subjects" or "proposals", a relative
    pronoun standing for one, or the agreement noun a participle describes; None for anything else."""
    data = _status_data()["agreement_content"]
    if tok.pos_ != "VERB" or _phrasal(tok) not in data["verbs"] and _lemma(tok) not in data["verbs"]:
        return None
    if below.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return None  # "the memorandum signed in May envisages ...": the agreement itself, not what it provides for
    if _lemma(tok) == "provide" and below.lower_ != "for":
        return None  # "provides Ukraine with air defence": a delivery
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "that") and tok.dep_ == "relcl" or subj is None and (
            tok.dep_ == "acl" and tok.tag_ == "VBG"):
        subj = tok.head  # "a pact which commits ...", "a treaty committing the two countries to ..."
    if subj is None:
        return None
    nouns = agreement_nouns()
    if {subj.lower_, _lemma(subj)} & frozenset(data["proposals"]):
        return "proposed"
    if not ({subj.lower_, _lemma(subj)} & (nouns | frozenset(data["subjects"]))):
        return None
    words = [t.lower_ for t in below.subtree]
    mutual = any(a in ("each", "one") and b in ("other", "another") for a, b in itertools.pairwise(words))
    conditional = any(c.dep_ == "advcl" and any(m.lower_ in ("if", "should", "in") for m in c.children)
                      for c in [*below.subtree, *tok.children])
    if mutual and conditional and {subj.lower_, _lemma(subj)} & (nouns | {"it", "which", "that"}):
        return "occurred"  # "commits the two states to assist each other if either is attacked": in force
    return None if mutual or conditional else "planned"  # ("to consult each other": what the path says)


def _phrasal(verb) -> str:
    """A verb's lemma with its particle ("pull out", "call off", "tear up")."""
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{_lemma(verb)} {prt[0]}" if prt else _lemma(verb)


def _hedged(verb, heads) -> bool:
    """The verb is negated, speculated about, or governed by a verb that only threatens, weighs or refuses it
    ("will not withdraw", "could abandon", "threatened to quit", "rejected a withdrawal from")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _has_neg(verb) or any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "would") for c in verb.children):
        return True
    return verb.dep_ in ("xcomp", "ccomp", "dobj") and _phrasal(verb.head) in heads


def _weighed(trig) -> bool:
    """The event is what a party considers, weighs or explores ("a joint exercise is being considered", "is
    weighing the deployment of troops", "is looking at buying jets", "is considering joining the exercise"), not
    what it is considered to be ("considered a threat")."""
    head = _weighing_head(trig)
    if head is None:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in head.children) and not (
            head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)):
        # "Considering the extensive cooperation between our countries, ...": given, not weighed; but "is reported
        # to be considering the purchase": the subject is the raising verb's
        return False
    # not "considered a threat", "looks at the exercise as a model": what it is taken for
    return not _has_neg(head) and not any(c.dep_ in ("oprd", "attr", "xcomp", "acomp") and c.tag_ != "VBG"
                                          or c.dep_ == "prep" and c.lower_ == "as" for c in head.children)


def _weighing_head(trig):
    """The verb of weighing whose object, passive subject or gerund complement the event is, directly, through the
    preposition of a phrasal verb ("looking at buying", "thinking about joining"), or through a gerund whose object
    it is ("considering joining the exercise"); ``None`` when there is none."""
    data = _status_data()["weighing_verbs"]
    tok = trig
    for _ in range(2):
        head = tok.head
        if head.pos_ == "ADP" and tok.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.pos_ == "VERB" \
                and head.lower_ in data["phrasal"].get(_lemma(head.head), ()):
            return head.head
        if head.pos_ == "VERB" and (_lemma(head) in data["verbs"] or _studying(head, data["progressive"])) and (
                tok.dep_ in ("dobj", "nsubjpass") or tok.dep_ in ("xcomp", "ccomp", "pcomp") and tok.tag_ == "VBG"):
            return head
        if tok.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ in ("xcomp", "dobj", "pcomp", "ccomp"):
            tok = head  # "considering joining the exercise": the joining is weighed
            continue
        return None
    return None


def _studying(verb, verbs) -> bool:
    """A verb of studying in the progressive ("is studying the purchase", "is being assessed")."""
    if _lemma(verb) not in verbs:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBG" and any(_lemma(c) == "be" for c in aux)) or any(c.lower_ == "being" for c in aux)


WH_WORDS = frozenset({"why", "how", "what", "when", "where", "who", "whom", "whose", "which"})


def _asked(sent_doc, trig) -> bool:
    """The trigger's clause is a yes/no question ("Will Egypt join the alliance?", "Is Japan ready to host US
    missiles?") or what is asked whether ("asked whether Turkey would send troops"). A wh-question presupposes
    its content ("Why did Russia invade Ukraine?")."""
    data = _status_data()["questions"]
    for tok in _path_up(trig):
        if any(c.dep_ == "mark" and c.lower_ in data["marks"] for c in tok.children):
            return True
        if tok.dep_ == "ccomp" and _lemma(tok.head) in data["asking_verbs"] and any(
                c.dep_ == "mark" and c.lower_ == "if" for c in tok.children):
            return True  # "asked if Turkey would send troops"
    if not len(sent_doc) or sent_doc[-1].text != "?" and not (len(sent_doc) > 1 and sent_doc[-2].text == "?"):
        return False  # the question mark first: most sentences end otherwise, and the scan below is the cost
    first = next((t for t in sent_doc[_after_label(sent_doc):] if not t.is_punct and not t.is_space), None)
    if first is None:
        return False
    # "Will Egypt join ...?", "Could Pakistan sign ...?", "Is Japan ready ...?": an auxiliary before the subject
    return first.pos_ == "AUX" and first.lower_ not in WH_WORDS and first.i < trig.i


# an interview's speaker label before a question or an answer: "Q:", "QUESTION:", "A:", "Pevkur:", "Mr Aliyev:"
LABEL_WORDS = 4


def _after_label(sent_doc) -> int:
    """The index of the first token after a speaker label that opens the sentence ("Q: Will Egypt join ...?",
    "Interviewer: ...", "Pevkur: ..."): a colon within the first few words, each capitalised; else 0."""
    for t in sent_doc[:LABEL_WORDS + 1]:
        if t.text == ":":
            words = [w for w in sent_doc[:t.i] if not w.is_punct]
            return t.i + 1 if words and all(w.text[:1].isupper() for w in words) else 0
    return 0


def _has_neg(tok) -> bool:
    """A negation on the word, or on its auxiliary ("had not, as of yesterday, announced": the parser
    hangs "not" on "had" when a phrase comes between)."""
    kids = list(tok.children)
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in kids):
        return True  # "no longer hosts US troops": not any more
    if any(c.dep_ in ("acomp", "attr", "advmod") and c.tag_ in ("JJR", "RBR") for c in kids):
        return False  # "has never been stronger", "could not be more important": praise, not denial
    kids += [g for c in kids if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "neg"]
    for c in kids:
        if c.lower_ == "not" and _not_only(c):
            continue  # "not only ... but also"
        if c.lower_ == "no" and _no_comparative(c):
            continue  # "no fewer than 3,000 troops"
        if c.dep_ == "neg" or c.lower_ in ("no", "never", "not", "n't"):
            return True
        if c.dep_ == "det" and c.lower_ in ("no", "neither"):
            return True
    return False


def _no_comparative(no) -> bool:
    """"No fewer than 3,000 troops", "no less than": a quantity, not a negation."""
    nxt = no.doc[no.i + 1] if no.i + 1 < len(no.doc) else None
    return nxt is not None and (nxt.tag_ in ("JJR", "RBR") or nxt.lower_ in ("fewer", "less", "more"))


def _not_only(neg) -> bool:
    return neg.i + 1 < len(neg.doc) and neg.doc[neg.i + 1].lower_ in ("only", "just", "merely")


def _negative_subject(verb) -> bool:
    """The verb's subject is negative ("no troops will be sent", "not a single soldier", "nobody is asking Chile to
    send troops", "neither Hungary nor Serbia has shown any appetite for"): the clause is denied; not "not only
    Poland but also ..."."""
    words = _status_data()["refusals"]["subjects"]
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in words or any(g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither")
                                    and not _no_comparative(g) or g.dep_ == "neg" and not _not_only(g)
                                    for g in c.children):
            return True
    return False


def _refused(trig) -> bool:
    """The trigger is what a party has no interest in, no appetite or plans for, or takes no part in ("has
    shown no interest in a defence pact", "will take no part in the exercise", "has not shown any appetite for
    a bloc", "neither X nor Y has any plans for"): denied."""
    data = _status_data()["refusals"]
    if trig.dep_ not in ("pobj", "pcomp") or trig.head.lower_ not in data["preps"]:
        return False  # a gerund too: "there is no question of sending troops"
    head = trig.head.head
    if head.pos_ == "VERB":  # "take no part in": the parser hangs "in" on the verb
        nouns = [c for c in head.children if c.dep_ == "dobj" and _lemma(c) in data["nouns"]]
        if not nouns:
            return False
        head = nouns[0]
    if head.pos_ != "NOUN" or _lemma(head) not in data["nouns"] and head.lower_ not in data["nouns"]:
        return False
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    if "no" in dets:
        return not (head.dep_ == "dobj" and _idiom_negation(head))
    verb = head.head
    return head.dep_ in ("dobj", "attr") and "any" in dets and verb.pos_ in ("VERB", "AUX") and (
        _has_neg(verb) or _negative_subject(verb))


def _as_member(trig) -> bool:
    """An ally or member named as the role a party acts in ("as allies, we will ...", "as a member of NATO, Norway
    will ...", "welcomed Sweden as NATO's 32nd Ally"): the membership stands, whatever is said of the act; not
    when the verb changes who is in ("will join as a full member", "admit Georgia as a member")."""
    standing = _status_data()["standing_nouns"]
    if trig.dep_ != "pobj" or trig.head.lower_ != "as" or _lemma(trig) not in standing["as_roles"]:
        return False
    verb = trig.head.head
    while verb.dep_ in ("prep", "pobj") and verb.head.i != verb.i:  # "Estonia, as a member ..., will send"
        verb = verb.head
    return _phrasal(verb) not in standing["membership_verbs"] + standing["admitting_verbs"]


# what a party commits to, prepares for or looks forward to is planned ("committed to deepen defense cooperation",
# "discussed preparations for the upcoming visit",
# "reaffirmed their commitment to the alliance's modernisation", "looked forward to enhancing their partnership");
# what leaders "discussed ways to strengthen" too (a bare "discussed security" is the meeting itself)
PLANNING = frozenset({"plan", "schedule", "intend", "set", "prepare", "preparation", "expect", "commit", "commitment",
                      "pledge", "vow", "resolve", "look forward", "agree", "aim", "determination", "undertake",
                      "intention", "agreement", "deal", "decide"})


@cache
def _claim_nouns() -> frozenset[str]:
    data = _status_data()
    return frozenset(data["accusation_nouns"]["nouns"]) | frozenset(data["false_claims"]["nouns"])


def _false_claim(trig) -> bool:
    """The trigger is in what a claim, report or rumour says ("claims that Russia would pull out", "reports of a
    withdrawal") and the claim is called false: the subject of a copula with a word of falsity ("were baseless",
    "are false", "is a fabrication"), or the object of a verb with one ("called the reports unfounded", "dismissed as
    groundless reports that ..."). Not when the falsity is negated ("were not baseless")."""
    words = frozenset(_status_data()["false_claims"]["words"])
    noun = None
    for tok in _path_up(trig, 6)[1:]:
        if tok.pos_ in ("NOUN", "PROPN") and _lemma(tok) in _claim_nouns() or tok.pos_ == "VERB" and tok.dep_ in (
                "acl", "relcl") and _lemma(tok) in ("claim", "allege"):
            noun = tok  # (or the participle that tells the claim: "reports claiming that ...")
            break
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT") and tok.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own above the trigger, not the claim's content
    if noun is None:
        return False
    head = noun.head

    def false(t) -> bool:
        return _lemma(t) in words or t.lower_ in words

    def falsity_of(v) -> bool:
        return any(c.dep_ in ("acomp", "attr", "oprd", "xcomp", "ccomp") and false(c) for c in v.children) or any(
            false(g) for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children)
    if _untrue(head) or any(_untrue(t) for t in noun.subtree if t.pos_ in ("VERB", "AUX") and t.i != trig.i):
        return True  # "reports claiming that ... do not reflect the truth" (the parser hangs "reflect" anywhere)
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("AUX", "VERB"):
        return falsity_of(head) and not _has_neg(head)
    if noun.dep_ in ("dobj", "oprd") and head.pos_ == "VERB":
        # "called the reports unfounded": the parser hangs the adjective anywhere; it ends the clause
        last = next((t for t in reversed(list(head.subtree)) if not t.is_punct), head)
        return (falsity_of(head) or falsity_of(noun) or false(last)) and not _has_neg(head)
    if noun.dep_ == "pobj" and head.lower_ == "as":  # "dismissed as groundless reports that ...": the parser's reading
        return any(c.dep_ == "amod" and false(c) for c in noun.children) and not _has_neg(head.head)
    return False


def _untrue(verb) -> bool:
    """A claim's verb that says, negated, that it is true ("reports ... do not reflect the truth", "the claims do not
    correspond to reality", "the reports are not true")."""
    data = _status_data()["false_claims"]["negated_truth"]
    if not _has_neg(verb):
        return False
    if any(c.dep_ in ("acomp", "attr") and c.lower_ in data["adjectives"] for c in verb.children):
        return True
    if _lemma(verb) not in data["verbs"]:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in data["objects"] for o in objs)


def _headline_infinitive(trig) -> bool:
    """A headline's bare infinitive announces what is to come: planned ("Chile, Peru to sign defence pact", "Japan to
    deploy missiles on Yonaguni"): the trigger's verb has "to" and is the root (or, as the parser reads "A, B to ...",
    a relative clause on the first name), and the sentence has no finite verb of its own."""
    verb = trig
    if verb.pos_ != "VERB" and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head
    if verb.pos_ != "VERB" or not to_infinitive(verb):
        return False
    if not (verb.dep_ == "ROOT" or verb.dep_ == "relcl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN"):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in trig.sent)


def _accusation_denied(trig, lex: Lexicon) -> bool:
    """An accusation the accused denies was made ("rejected accusations that it supplied drones")."""
    return (_lemma(trig) in _status_data()["accusation_nouns"]["nouns"] and trig.dep_ in ("dobj", "nsubjpass")
            and trig.head.pos_ == "VERB" and _lemma(trig.head) in lex.denial_verbs)


def _denied_claim(trig, lex: Lexicon) -> bool:
    """The trigger is in what an accusation, report or suggestion says that a party denies or dismisses
    ("dismissed suggestions that Kenya would send troops", "rejected reports that drones were supplied")."""
    for tok in _path_up(trig, 5)[1:]:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        noun = tok.head
        if not (tok.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)):
            return False
        return _accusation_denied(noun, lex) and not _has_neg(noun.head)
    return False


# what talks are held on is not yet agreed ("agreed to start talks on a free trade agreement")
TALK_WORDS = frozenset({"talk", "talks", "negotiation", "negotiate", "discussion", "consultation", "work", "dialogue"})


def _negated_object(trig) -> bool:
    """"Will join neither NATO nor the CSTO", "will join no bloc": the negation sits on the object; "neither NATO
    nor any other military bloc": the trigger is the second of a "neither ... nor" pair."""
    if trig.dep_ == "conj" and trig.head.dep_ in ("dobj", "attr", "pobj") and any(
            c.dep_ == "preconj" and c.lower_ == "neither" for c in trig.head.children):
        return True
    for c in trig.children:
        if c.dep_ in ("dobj", "attr", "pobj") and any(g.lower_ in ("neither", "no") and g.dep_ in ("preconj", "det")
                                                      for g in c.children):
            return True
    return False


def _future_setting(tok) -> bool:
    """``tok`` is the visit, summit or talks during or at which a party will act ("will sign the accord during
    the visit", "may sign a memorandum at the summit", "are due to sign it on the sidelines of the forum"): they
    are still to come. Not a past or perfect act ("signed it at the summit", "may have signed it during the
    visit"), nor a noun's setting ("his proposal at the summit")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in FUTURE_SETTING_PREPS:
        return False
    verb = tok.head.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # "to sign the memorandum on the sidelines of the summit": the parser hangs it on the object
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "may", "might", "could"} and not aux & {"have", "has", "had"}:
        return True
    # an infinitive scheduled above it: "are due to sign it at the summit", "will seek to sign it during the visit";
    # not "agreed to deepen cooperation during talks", where the parser hangs the talks on what they agreed to
    scheduling = _status_data()["scheduling_words"]["words"]
    return verb.dep_ == "xcomp" and "to" in aux and (
        _lemma(verb.head) in scheduling or verb.head.lower_ in scheduling
        or any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.head.children))


# the prepositions that put an act at or during another event, at its time
FUTURE_SETTING_PREPS = frozenset({"at", "during", "on"})


def _relative_status(trig) -> str | None:
    """The status a relative clause on the trigger gives it when the trigger is what its verb realises ("the deal,
    which could be signed next year, would allow ...": possible; "the summit, which will be held in Baku", "which is
    to be held in Baku": planned; "the drills, which were not held"): denied). Not a clause about something else the
    trigger does ("an agreement, which allows troops to train there": the agreement stands)."""
    for rel in (c for c in trig.children if c.dep_ == "relcl"):
        if not any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in rel.children):
            continue
        if rel.pos_ == "AUX" and _lemma(rel) == "be" and any(
                g.dep_ == "xcomp" and _lemma(g) in REALISING and to_infinitive(g) for g in rel.children):
            return "planned"  # "the summit, which is to be held in Baku in August"
        if rel.pos_ != "VERB" or _lemma(rel) not in REALISING:
            continue
        aux = {g.lower_ for g in rel.children if g.dep_ in ("aux", "auxpass")}
        if _has_neg(rel) and not _acts_on(rel):
            return "denied"
        if aux & {"could", "may", "might", "would"}:
            return "possible"
        if aux & {"will", "shall"}:
            return "planned"
    return None


def _acts_on(rel) -> bool:
    """An active relative verb with a complement of its own tells what the trigger does, not whether it is realised
    ("the treaty, which does not provide for basing troops": the treaty stands; "the drills, which did not take
    place": they did not)."""
    return not any(g.dep_ == "auxpass" for g in rel.children) and any(
        g.dep_ == "dobj" and _lemma(g) != "place" or g.dep_ == "prep" and g.lower_ in ("for", "to", "with")
        for g in rel.children)


def _never_realised(trig) -> bool:
    """A negated relative clause whose verb would realise the trigger, the relative pronoun its object ("kept its
    distance from the bloc, which it never joined", "the treaty, which Moscow has not ratified"): denied, whatever the
    main clause says of it. Not a subject relative ("the treaty, which does not provide for bases": the treaty
    stands), read by :func:`_relative_status`."""
    verbs = _status_data()["negating_nouns"]["relative_verbs"]
    return any(rel.pos_ == "VERB" and _lemma(rel) in verbs and _has_neg(rel) and any(
        g.dep_ == "dobj" and g.tag_ in ("WDT", "WP") for g in rel.children)
        for rel in trig.children if rel.dep_ == "relcl")


def _negating_noun(span) -> str | None:
    """A noun that names the absence of an alliance ("reiterated its permanent neutrality", "non-alignment"):
    denied; abandoned or ended ("Sweden abandoned its neutrality"), it no longer holds: occurred."""
    data = _status_data()["negating_nouns"]
    root = span.root
    if _lemma(root) not in data["nouns"] and root.lower_ not in data["nouns"] and (
            len(span) == 1 or span.text.lower().replace(" ", "") not in data["nouns"]):
        return None
    ended = root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" and (
        _phrasal(root.head) in data["abandoning_verbs"])
    return "occurred" if ended else "denied"


def _aspired(tok, below) -> bool:
    """``tok`` is a noun of a wish or aim whose complement ``below`` leads to ("interest in purchasing jets", "its
    goal of NATO membership", "a bid to join", "aspirations for membership"): proposed. Not "the goal of the drills",
    whose goal it is."""
    data = _status_data()["aspirations"]
    if tok.pos_ != "NOUN" or _lemma(tok) not in data["nouns"]:
        return False
    if below.dep_ == "acl":
        return to_infinitive(below)
    if below.dep_ != "prep" or below.lower_ not in data["preps"]:
        return False
    return below.lower_ != "of" or not any(
        g.dep_ == "det" and g.lower_ in DEFINITE_DETS
        for o in below.children if o.dep_ in ("pobj", "pcomp") for g in o.children)


def _in_case_of(trig) -> bool:
    """What a party acts in case of ("would send troops in case of aggression", "in the event of an attack"): a
    hypothesis."""
    head = trig.head
    if trig.dep_ != "pobj" or head.lower_ != "of":
        return False
    noun = head.head
    return (_lemma(noun) in _status_data()["hypotheticals"]["case_nouns"] and noun.dep_ == "pobj"
            and noun.head.lower_ == "in")


def _generic_subject(verb) -> bool:
    """A verb whose subject is anyone at all ("whoever attacks Armenia", "anyone who attacks ..."): a hypothesis."""
    words = _status_data()["hypotheticals"]["subjects"]
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "csubj") and (c.lower_ in words or c.left_edge.lower_ in words) for c in verb.children)


def _enabled(verb, below) -> bool:
    """``verb`` is an agreement allowing, permitting or enabling what ``below`` leads to ("the agreement allows Kenyan
    police to be deployed", "a pact that would let it train Chad's forces"): the act is possible, not done."""
    if verb.pos_ != "VERB" or _lemma(verb) not in _status_data()["hypotheticals"]["enabling_verbs"]:
        return False
    if below.dep_ not in ("ccomp", "xcomp", "dobj"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head  # "a pact that would allow ...": the pact
    return subj is not None and agreement_word(subj)


def _hypothetical_subject(trig) -> str | None:
    """An indefinite event as the subject of a conditional ("an armed attack on either would be regarded as an
    attack on both", "any deployment could strengthen the flank"): a hypothesis, possible."""
    if trig.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in trig.children):
        return None
    aux = {c.lower_ for c in trig.head.children if c.dep_ in ("aux", "auxpass")}
    return "possible" if aux & {"would", "could", "might", "may"} and not aux & {"have"} else None


def _topic_of_talks(trig) -> bool:
    """The trigger is what talks or negotiations are about ("talks on a defense pact")."""
    head = trig.head
    return (trig.dep_ == "pobj" and head.lower_ in ("on", "over", "about", "for", "toward", "towards")
            and _lemma(head.head) in TALK_WORDS)


PROPOSAL_WORDS = frozenset({"proposal", "propose", "suggestion", "suggest", "initiative", "offer", "call", "urge",
                            "recommend", "recommendation", "idea", "advocate"})


def _proposal_before(sent_doc, trig) -> bool:
    """"his proposal at the summit last October to hold joint exercises": a proposal word a few
    tokens before the trigger, the trigger's verb an infinitive (the parser often misattaches it)."""
    verb = trig if trig.pos_ == "VERB" else trig.head
    if verb.pos_ != "VERB" or not to_infinitive(verb):
        if not (trig.head.pos_ == "VERB" and trig.head.lemma_ in ("hold", "conduct", "organize", "organise",
                                                                    "create", "establish", "form", "sign")):
            return False
        verb = trig.head
        if not to_infinitive(verb) and verb.tag_ != "VBG":
            return False
    lo = max(0, verb.i - 20)
    return any(_lemma(t) in PROPOSAL_WORDS and not _launched(t) for t in sent_doc[lo:verb.i])
