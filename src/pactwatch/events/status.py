"""The status of an event (occurred, planned, proposed, possible, denied) from the trigger's path in the parse."""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from .lexicon import Lexicon, _lemma, agreement_nouns


@cache
def _status_data() -> dict:
    """The status cues of ``data/status.json`` (idioms, praising, launching and averting verbs)."""
    return json.loads(resources.files("pactwatch.data").joinpath("status.json").read_text(encoding="utf-8"))


@cache
def _verbs(key: str) -> frozenset[str]:
    """The verb list ``key`` of ``data/status.json``, built once."""
    return frozenset(_status_data()[key]["verbs"])


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


# Prepositions that attach the trigger as a place or time of something else ("his proposal at the summit"), or
# as the framework or adversary something happens under or against ("under Article 5 of our security treaty",
# "support Ukraine's defense against Russian aggression"): such a trigger exists whatever is said of the rest.
SETTING_PREPS = frozenset({"at", "in", "during", "from", "on", "after", "before", "since", "within", "amid", "following",
                           "under", "per", "against", "considering", "regarding", "concerning", "given", "despite",
                           "notwithstanding"})


def _status_path(trig) -> list:
    """The part of the trigger's path up to the clause root whose cues bear on the trigger."""
    path = [trig]
    tok = trig
    while tok.head.i != tok.i and len(path) < 10:
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and _lemma(head) not in REALISING:
            break
        if head.lower_ in SETTING_PREPS and tok.dep_ == "pobj" and (head.pos_ == "ADP" or head.dep_ == "prep") and (
                not _participated_in(head)):
            break  # "considering the close cooperation, we will ...": the parser makes "considering" a preposition
        if _praised(tok):
            break  # "thanked Poland for providing tanks": what one is thanked for took place
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ in ("relcl", "acl", "advcl", "appos", "conj", "parataxis") and tok.i != trig.i and not (
                tok.dep_ in ("acl", "relcl", "advcl") and infinitive) and not _shared_clause(tok):
            # "plans to build", "ways to deepen", "work together to develop" pass through; so does a verb
            # coordinated without a subject of its own ("committed to expanding trade and deepening ties")
            break
        if tok.dep_ in ("relcl", "appos", "parataxis") and tok.i == trig.i:
            break
        if tok.dep_ == "ccomp" and _semicolon_between(tok, head):
            break  # the parser chains clauses across ";": what the next clause says is not about this one
        path.append(head)
        tok = head
    return path


def _participated_in(prep) -> bool:
    """"take part in the drills", "participate in the exercise": the event is what the verb's cues are about
    ("refused to take part in the exercise", "will take part in the drills"), not a setting."""
    data = _status_data()["participating"]
    verb = prep.head
    if prep.lower_ != "in" or verb.pos_ != "VERB":
        return False
    return _lemma(verb) in data["verbs"] or any(
        c.dep_ == "dobj" and _lemma(c) in data["objects"].get(_lemma(verb), ()) for c in verb.children)


def _shared_clause(tok) -> bool:
    """A verb coordinated to the one above it without a subject of its own: it shares that verb's
    subject and auxiliaries ("will launch a partnership and collaborate on ...")."""
    return tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _praised(tok) -> bool:
    """``tok`` is what a party is thanked, praised or congratulated for ("thank Poland for providing",
    "applauded their signing of")."""
    head = tok.head
    if head.pos_ == "ADP" and head.lower_ == "for" and tok.dep_ in ("pobj", "pcomp"):
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and _lemma(head) in _verbs("praising_verbs")


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


def _in_question(tok) -> bool:
    """A word on the path that puts what it governs in doubt: "unclear", "doubt", "questions remain"."""
    words = _status_data()["uncertainty_words"]["words"]
    if _lemma(tok) in words and not _has_neg(tok):
        return True
    return any(c.dep_ in ("acomp", "nsubj", "attr") and _lemma(c) in words and not _has_neg(c)
               for c in tok.children)


def _certainty(tok) -> bool:
    """"No doubt", "no question": a negated word of doubt affirms."""
    return _lemma(tok) in _status_data()["uncertainty_words"]["words"]


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


def _withdrawn(trig) -> bool:
    """An agreement, alliance, talks or drills a party withdraws from, votes against or scraps ("withdrew the US
    from the treaty", "pulled out of the pact", "its withdrawal from the alliance", "suspended its participation
    in the treaty", "called off the drills"), unless the withdrawal is negated or only threatened."""
    data = _status_data()["withdrawal"]
    nouns = agreement_nouns() | frozenset(data["nouns"])
    if _lemma(trig) not in nouns and trig.lower_ not in nouns:
        return False
    # leaving a treaty or a bloc ends a membership; leaving a summit is only going home
    member = bool({_lemma(trig), trig.lower_} & (agreement_nouns() | frozenset(data["membership_verbs"]["nouns"])))
    tok = trig
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and _lemma(tok.head.head) in data["participation_nouns"]:
        tok = tok.head.head  # "suspended its participation in the treaty"
    if tok.dep_ == "pobj":
        prep, gov = tok.head, tok.head.head
        if gov.pos_ in ("ADP", "ADV", "PART") and gov.dep_ in ("prep", "advmod", "prt") and gov.head.i != gov.i:
            gov, key = gov.head, f"{_lemma(gov.head)} {gov.lower_}"  # "pulled out of", "walked away from"
        else:
            key = _phrasal(gov)
        hit = prep.lower_ in data["from_verbs"].get(key, ()) or (
            member and prep.lower_ in data["membership_verbs"]["from"].get(key, ()))
    elif tok.dep_ in ("dobj", "nsubjpass"):  # "scrapped the deal", "the summit was cancelled"
        gov = tok.head
        verbs = data["object_verbs"] + (data["membership_verbs"]["objects"] if member else [])
        hit = gov.pos_ == "VERB" and _phrasal(gov) in verbs
    else:
        return False
    return hit and not _hedged(gov if gov.pos_ in ("VERB", "AUX") else gov.head, data["hedging_heads"])


def _blocker(trig):
    """The verb that blocks, vetoes or freezes the act ``trig`` names, its object or passive subject, directly, as a
    compound or through "of" ("blocked the aid package", "vetoed Sweden's membership", "blocked the sale of jets"),
    or ``None``."""
    tok = trig
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "the aid package"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and _phrasal(verb) in _verbs("blocking_verbs"):
        return verb
    return None


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


def _postponed(trig) -> bool:
    """The event is what is postponed, delayed or rescheduled ("postponed the drills", "the summit was put off")."""
    head = trig.head
    return (trig.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and _phrasal(head) in _verbs("postponing_verbs")
            and not _has_neg(head))


def _neither_nor(tok) -> bool:
    """A denial coordinated with a confirmation under "neither ... nor" ("neither confirmed nor denied")."""
    words = {c.lower_ for c in tok.children} | {c.lower_ for c in tok.head.children if tok.dep_ == "conj"}
    return bool(words & {"nor", "neither"})


def _weighed(trig) -> bool:
    """The event is what a party considers, weighs or explores ("a joint exercise is being considered", "is
    weighing the deployment of troops"), not what it is considered to be ("considered a threat")."""
    head = trig.head
    if trig.dep_ not in ("dobj", "nsubjpass") or head.pos_ != "VERB" or _lemma(head) not in _verbs("weighing_verbs"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in head.children):
        return False  # "Considering the extensive cooperation between our countries, ...": given, not weighed
    return not _has_neg(head) and not any(c.dep_ in ("oprd", "attr", "xcomp", "acomp") for c in head.children)


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
    words = [t for t in sent_doc if not t.is_punct and not t.is_space]
    if not words or sent_doc[-1].text != "?" and not (len(sent_doc) > 1 and sent_doc[-2].text == "?"):
        return False
    first = words[0]
    # "Will Egypt join ...?", "Could Pakistan sign ...?", "Is Japan ready ...?": an auxiliary before the subject
    return first.pos_ == "AUX" and first.lower_ not in WH_WORDS and first.i < trig.i


def _why_not(tok) -> bool:
    """"Why not cooperate?", "why don't we hold drills": a question that proposes (not "why did X invade")."""
    why = [c for c in tok.children if c.lower_ == "why"]
    doc = tok.doc
    if tok.i > 1 and doc[tok.i - 1].lower_ == "not" and doc[tok.i - 2].lower_ == "why":
        return True
    return any(any(t.lower_ in ("not", "n't") for t in doc[w.i + 1:tok.i]) for w in why)


def _semicolon_between(tok, head) -> bool:
    lo, hi = sorted((tok.i, head.i))
    return any(t.text == ";" and not tok.left_edge.i <= t.i <= tok.right_edge.i for t in tok.doc[lo:hi])


def _has_neg(tok) -> bool:
    """A negation on the word, or on its auxiliary ("had not, as of yesterday, announced": the parser
    hangs "not" on "had" when a phrase comes between)."""
    kids = list(tok.children)
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
    if trig.dep_ != "pobj" or trig.head.lower_ not in data["preps"]:
        return False
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


def _status(sent_doc, i: int, j: int, lex: Lexicon) -> str:
    """The status of the trigger at tokens ``[i, j)`` from its dependency path and neighbours."""
    status = _path_status(sent_doc, i, j, lex)
    if status in ("planned", "proposed") and _known_alliance(sent_doc[i:j].root):
        return "occurred"  # "will bolster the U.S.-Australia alliance": the alliance is there already
    return status


def _stage(trig) -> str | None:
    """The stage a predicate puts the trigger at, its subject ("the project is in its planning stage": planned; "the
    request is under consideration": possible), negated denied ("the pact is not on the agenda")."""
    data = _status_data()["stages"]
    if _lemma(trig) in data["acts_of_asking"] or _lemma(trig) in _status_data()["speech_nouns"]["nouns"]:
        return None  # "the request is under consideration": the request was made, what it asks is weighed
    subj = trig.head if trig.dep_ == "appos" else trig  # "EuroAfrica, a similar project ..., is in its planning stage"
    verb = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass") or _lemma(verb) not in data["verbs"]:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in data["phrases"]):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            words = [t.lower_ for t in obj.children if t.dep_ == "compound" and t.i < obj.i]
            phrases = data["phrases"][prep.lower_]
            found = phrases.get(" ".join(words + [_lemma(obj)])) or phrases.get(" ".join(words + [obj.lower_])) or (
                phrases.get(obj.lower_) if not words else None)
            if found:
                return "denied" if _has_neg(verb) else found
    return None


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


def _known_alliance(trig) -> bool:
    """An alliance named as a known one: "the alliance", "our allies", "the U.S.-Japan Alliance"."""
    standing = _status_data()["standing_nouns"]
    if _lemma(trig) not in standing["nouns"] and trig.lower_ not in standing["nouns"]:
        return False
    if trig.head.pos_ == "VERB" and _lemma(trig.head) in standing["membership_verbs"]:
        return False  # "will join the alliance": who is in it changes
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "our", "their", "its"))
               for c in trig.children)


def _path_status(sent_doc, i: int, j: int, lex: Lexicon) -> str:
    trig = sent_doc[i:j].root
    cues = lex.status_cues
    if trig.pos_ == "VERB" and _lemma(trig) in ("propose", "suggest"):  # the proposal itself (the fallback trigger)
        return "denied" if _has_neg(trig) else "proposed"
    if _averted(trig):
        return "possible"
    if _withdrawn(trig):
        return "denied"  # "withdrew from the treaty", "voted against the memorandum", "scrapped the deal"
    blocker = _blocker(trig)
    if blocker is not None and _has_neg(blocker):
        return "occurred"  # "Hungary did not block the aid package": it goes ahead
    if blocker is not None and not _hedged(blocker, _status_data()["withdrawal"]["hedging_heads"]):
        return "denied"  # "vetoed Sweden's membership", "blocked the sale of jets" (not "threatened to block")
    if _postponed(trig):
        return "planned"  # "postponed the joint drills until autumn": still to take place
    if _refused(trig):
        return "denied"  # "has shown no interest in a defence pact", "will take no part in the exercise"
    if _weighed(trig):
        return "possible"  # "a joint exercise is being considered", "weighing the deployment of troops"
    if _asked(sent_doc, trig):
        return "possible"  # "Will Egypt join the alliance?", "asked whether Turkey would send troops"
    if _denied_claim(trig, lex):
        return "denied"  # "dismissed suggestions that Kenya would send troops"
    if _accusation_denied(trig, lex):
        return "occurred"  # "Tehran rejected accusations that ...": the accusation was made
    staged = _stage(trig)
    if staged:
        return staged  # "the project is in its planning stage", "the request is under consideration"
    if _as_member(trig):
        return "occurred"  # "As a member of NATO, Norway will take part in the drills": the membership stands
    if _plan_of_action(trig):
        return "planned"
    if _backs_a_proposal(trig):
        return "proposed"  # "expressed support for Chile's proposed defense pact": the pact is still a proposal  # the trigger is the commitment itself: "commitment to expanding collaboration"
    path = _status_path(trig)
    negated = False
    status = None
    for k, tok in enumerate(path):
        lem = _lemma(tok)
        kids = list(tok.children)
        if k > 0 and _shared_clause(path[k - 1]):
            # a coordinated verb shares the auxiliaries of the one it hangs on, not its meaning or negation:
            # "will sign the accord and hold drills" (planned), "did not sign it but held drills" (occurred)
            aux_l = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
            if status is None and aux_l & {"will", "shall"}:
                status = "planned"
            elif status is None and aux_l & {"could", "may", "might", "can"}:
                status = "possible"
            continue
        if _why_not(tok):
            return "proposed"  # "Why not cooperate in this area as well?" (not "why did Russia invade", "that's why")
        if k > 0 and _in_question(tok):
            status = "possible"  # "it is unclear whether Iran supplied the drones", "doubt that X will send"
        neg = (_has_neg(tok) or tok.pos_ in ("VERB", "AUX") and _negative_subject(tok)) and not _idiom_negation(
            tok) and not _certainty(tok)
        prt = [c.lower_ for c in kids if c.dep_ == "prt"]
        if prt:
            lem = f"{lem} {prt[0]}"
        if k > 0 and _ends(tok, path[k - 1], k):
            return status or "occurred"  # "the war would not end until ...", "no end to the fighting": it goes on
        if lem in lex.denial_verbs and _neither_nor(tok):
            continue  # "neither confirmed nor denied that it carried out the strike": no denial
        if lem in lex.denial_verbs or (lem in _verbs("failing_verbs") and k > 0 and path[k - 1].dep_ == "xcomp"
                                       and _lemma(path[k - 1]) not in _verbs("averting_verbs")):
            # "failed to reach an agreement": not reached, as a negation
            if k > 0 and path[k - 1].dep_ == "ccomp" and any(c.dep_ == "dobj" for c in kids):
                break  # "X blamed the attack on Y, a charge Y denies": Y denies the charge, the clause stands
            if neg:  # "does not exclude", "not ruled out" → possible
                return "possible"
            negated = not negated
            continue
        if neg and not (k > 0 and lem in REPORTING) and not (  # "has not condemned the war": the war is not denied
                k > 0 and path[k - 1].dep_ == "ccomp" and lem not in BELIEF):  # "X are in Iraq; we will not be deterred"
            negated = True
        if status is not None:
            continue
        came_via = path[k - 1].lower_ if k > 0 else ""
        aux_l = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if k > 0 and lem in ONGOING and not aux_l & {"will", "shall"} and not any(
                _lemma(t) in PLANNING or _lemma(t) in _readiness() for t in path[k + 1:]):
            # "continues to support Ukraine": going on already ("will continue", "is ready to continue": the
            # words above decide)
            status = "occurred"
        elif k > 0 and _dated_commitment(tok):
            status = "occurred"  # "agreed in February 2021 to observe the ceasefire": a background fact, in force
        elif k > 0 and lem in IMPORTANCE and any(t.pos_ == "VERB" for t in path[1:k]):
            status = "proposed"  # "stressed the importance of deepening ties" (not "of the existing treaty")
        elif k > 0 and lem == "go" and path[k - 1].dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in path[k - 1].children):
            status = "planned"  # "we are going to have an international force"
        elif k > 0 and came_via == "for" and lem.split()[0] in ("call", "push", "press", "argue", "lobby", "appeal"):
            status = "proposed"  # "called for the creation of ..."
        elif k > 0 and _invitation(tok):
            status = _answer(tok, lex)  # "invited X to visit, and X accepted": planned
        elif k > 0 and lem in cues["proposed"] and tok.pos_ in ("VERB", "NOUN") and lem not in (
                "should", "must", "need") and not (tok.pos_ == "NOUN" and _launched(tok)):
            status = "proposed"
        elif k > 0 and _ready(tok, path[k - 1]):
            status = "proposed"  # "said it was ready to work with X to strengthen cooperation": an offer
        elif k > 0 and _scheduled(tok, path[k - 1]):
            status = "planned"  # "were due to sign a treaty", "are poised to sign"
        elif k > 0 and tok.pos_ == "AUX" and path[k - 1].dep_ == "xcomp" and any(
                c.dep_ == "acomp" and c.lower_ in ("possible", "likely") for c in kids):
            status = "possible"  # "it is possible to sign such agreements"
        elif aux_l & {"could", "may", "might", "can"} or lem in ("possible", "possibility", "likely", "potential"):
            status = "possible"
        elif aux_l & {"will", "shall"} or (k > 0 and (
                # not "the defense commitment"; "agreed that the alliance is strong" states, "agreed to" plans
                (lem in PLANNING and path[k - 1].dep_ not in NAMING_DEPS and path[k - 1].dep_ != "ccomp")
                or (lem == "look" and any(c.lower_ == "forward" for c in kids)))) or (
                k > 1 and lem == "discuss"):
            status = "planned"
        elif k > 0 and _approved(trig, tok):
            status = "planned"  # "the cabinet approved the deployment of 300 soldiers": decided, not yet done
        elif "would" in aux_l and tok.dep_ == "ccomp" and _lemma(tok.head) in lex.communication and not any(
                c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in kids):
            status = "planned"  # reported future: "the minister said Poland would send troops"
        elif "would" in aux_l:
            status = "possible"  # "Poland would send troops if asked"
        elif k > 0 and lem in ("want", "wish", "hope", "seek", "offer"):
            status = "proposed"
        if status is None:
            for c in kids:
                if c.dep_ == "amod" and c.lower_ in ("proposed", "planned", "upcoming", "future", "possible",
                                                      "potential", "prospective", "envisaged"):
                    status = {"proposed": "proposed", "planned": "planned", "upcoming": "planned",
                              "future": "planned", "envisaged": "planned"}.get(c.lower_, "possible")
    if negated or _negated_object(trig):
        return "denied"
    if status is None and (_topic_of_talks(trig) or _future_setting(path[-1]) or _negotiated(trig)):
        status = "planned"
    if status is None:
        status = _relative_status(trig) or _hypothetical_subject(trig)
    if status is None:
        clause = _clause_text(trig).lower()
        if re.search(r"\b(set to|going to|to be held|signed up|sign up|scheduled)\b", clause):
            status = "planned"
        elif re.search(r"\bit (is|was|would be) (crucial|important|necessary|good|vital) (that|if|to)\b", clause):
            status = "proposed"
        elif re.search(r"^\s*if\b|\bif there is\b", clause):
            status = "possible"
    if status is None and _proposal_before(sent_doc, trig):
        status = "proposed"
    return status or "occurred"


# what a party commits to or looks forward to is planned ("committed to deepen defense cooperation",
# "reaffirmed their commitment to the alliance's modernisation", "looked forward to enhancing their partnership");
# what leaders "discussed ways to strengthen" too (a bare "discussed security" is the meeting itself)
PLANNING = frozenset({"plan", "schedule", "intend", "set", "prepare", "expect", "commit", "commitment", "pledge", "vow",
                      "resolve", "look forward", "agree", "aim", "determination", "undertake", "intention",
                      "agreement", "deal"})



def _ends(tok, below, k: int) -> bool:
    """``tok`` ends what ``below`` leads to: a verb of ending whose object or subject it is ("would not end the
    war", "the war will not end until ..."), or a noun of ending it hangs on by "to"/"of" ("no end to the
    fighting", "called for an end to the drills")."""
    words = _status_data()["ending_words"]
    if tok.pos_ == "VERB" and _lemma(tok) in words["verbs"]:
        return below.dep_ in ("dobj", "nsubj", "nsubjpass") and k == 1
    return tok.pos_ == "NOUN" and _lemma(tok) in words["nouns"] and k == 2 and below.lower_ in ("to", "of")


@cache
def _readiness() -> frozenset[str]:
    return frozenset(_status_data()["readiness_words"]["words"])


YEAR = re.compile(r"(?:19|20)\d\d$")


def _dated_commitment(verb) -> bool:
    """A verb of agreeing in the simple past dated to a year on the verb itself ("agreed in February 2021 to
    observe the ceasefire", "In 2019, the two pledged to ..."): what was agreed then is a background fact."""
    if verb.tag_ != "VBD" or _lemma(verb) not in _verbs("dated_agreeing"):
        return False
    dates = [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.lower_ not in ("to", "by", "until")]
    return any(YEAR.match(t.text) for c in dates for t in c.subtree)


def _approved(trig, verb) -> bool:
    """``verb`` approves the act ``trig`` names, its object, gerund or passive subject, directly or through "of"
    ("approved the deployment of troops", "approved sending troops", "approved a further package of military aid",
    "the sale was cleared"); not an
    agreement, a treaty or a membership, which exist once approved."""
    if verb.pos_ != "VERB" or _phrasal(verb) not in _verbs("approving_verbs"):
        return False
    standing = _status_data()["standing_nouns"]["nouns"]
    if {_lemma(trig), trig.lower_} & (agreement_nouns() | frozenset(standing) | {"membership", "accession"}):
        return False
    tok = trig
    for _ in range(3):
        if tok.head.i == verb.i:
            return tok.dep_ in ("dobj", "nsubjpass") or tok.dep_ in ("xcomp", "ccomp") and tok.tag_ == "VBG"
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
            return False
        tok = tok.head.head
    return False


def _ready(tok, below) -> bool:
    """``tok`` says a party is ready, willing or prepared to do what ``below`` leads to ("ready to work with",
    "expressed readiness to deepen", "open to joint patrols"), or is the verb such an adjective hangs on."""
    words = _status_data()["readiness_words"]["words"]
    if tok.pos_ in ("ADJ", "NOUN") and _lemma(tok) in words or (
            tok.pos_ == "VERB" and tok.lower_ in words and tok.dep_ in ("advcl", "oprd", "acomp", "xcomp")):
        # the parser tags "open" in "keeps channels open for dialogue" as a verb at times
        # not "the combat readiness of the joint forces"
        return below.dep_ in ("xcomp", "acl", "advcl") or (below.dep_ == "prep" and below.lower_ in ("to", "for"))
    # "it was ready to work ... to strengthen cooperation": the purpose clause hangs on "was"
    return tok.pos_ == "AUX" and below.dep_ == "advcl" and any(
        c.dep_ == "acomp" and _lemma(c) in words for c in tok.children)


def _scheduled(tok, below) -> bool:
    """An adjective scheduling the infinitive below it ("were due to sign", "is slated to host"), "be to" ("days
    before they were to sign"), or the subject of such a clause ("the agreement is due to be signed")."""
    words = _status_data()["scheduling_words"]["words"]

    def infinitive(t) -> bool:
        return t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)

    if tok.pos_ in ("ADJ", "VERB") and (_lemma(tok) in words or tok.lower_ in words):  # "slated": lemma "slat"
        return infinitive(below)
    if tok.pos_ == "AUX" and _lemma(tok) == "be":
        if infinitive(below) and not any(c.dep_ in ("acomp", "attr", "expl") or c.lower_ == "it" for c in tok.children):
            return True  # not "it is possible to sign", "the aim is to deepen": only "they were to sign"
        return below.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acomp" and _lemma(c) in words and any(infinitive(g) for g in c.children) for c in tok.children)
    return False


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


def _invitation(tok) -> bool:
    return _lemma(tok) in _status_data()["invitations"]["words"]


def _answer(tok, lex: Lexicon) -> str:
    """The status an invitation gives what it invites to: proposed alone; planned when the invitee accepts it
    ("invited X to visit, and X accepted", "accepted an invitation to visit", "an invitation to visit Abuja, which he
    accepted", "an invitation Modi accepted"); denied when declined ("..., which he declined")."""
    accepting = _status_data()["invitations"]["accepting_verbs"]
    answers = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"] if tok.pos_ == "VERB" else []
    answers += [t for t in tok.subtree if t.dep_ == "relcl"]  # the parser hangs "which" on any word of it
    if tok.dep_ in ("dobj", "nsubjpass"):
        answers.append(tok.head)
    for verb in answers:
        if _lemma(verb) in accepting:
            return "denied" if _has_neg(verb) else "planned"
        if _lemma(verb) in lex.denial_verbs:
            return "proposed" if _has_neg(verb) else "denied"
    return "proposed"


# what goes on already when it "continues" ("the United States will continue to support Ukraine")
ONGOING = frozenset({"continue", "keep", "maintain", "sustain"})
# a plan word the trigger only qualifies is the trigger itself ("the extended deterrence commitment" is in force)
NAMING_DEPS = frozenset({"compound", "amod", "nmod"})
# what one side says matters is urged, not agreed ("emphasized the importance of expanding ties")
IMPORTANCE = frozenset({"importance", "necessity"})

# verbs whose negation denies the clause they govern ("does not expect that troops will be sent"); a negation
# on any other verb above a clause is about that verb (the parser chains clauses: "forces are in Iraq,"
# read the statement; "we will not be deterred")
BELIEF = frozenset({"think", "believe", "expect", "anticipate", "foresee", "envisage", "envision", "plan", "intend",
                    "want", "see", "consider", "imagine", "suppose"})

# verbs of saying or judging: their negation is about the saying ("has not condemned the war")
REPORTING = frozenset({"say", "state", "tell", "condemn", "denounce", "criticize", "criticise", "comment", "mention",
                       "confirm", "acknowledge", "discuss", "report", "recognize", "recognise", "call"})
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


def _negotiated(trig) -> bool:
    """What parties are negotiating or drafting is not yet agreed ("are negotiating a defence pact", "were drafting a
    memorandum"); "negotiated a ceasefire" reached it."""
    verb = trig.head
    return (trig.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.tag_ == "VBG"
            and _phrasal(verb) in _verbs("negotiating_verbs"))


def _relative_status(trig) -> str | None:
    """The status a relative clause on the trigger gives it when the trigger is what its verb realises ("the deal,
    which could be signed next year, would allow ...": possible; "the summit, which will be held in Baku": planned;
    "the drills, which were not held"): denied). Not a clause about something else the trigger does ("an
    agreement, which allows troops to train there": the agreement stands)."""
    for rel in (c for c in trig.children if c.dep_ == "relcl" and c.pos_ == "VERB" and _lemma(c) in REALISING):
        if not any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in rel.children):
            continue
        aux = {g.lower_ for g in rel.children if g.dep_ in ("aux", "auxpass")}
        if _has_neg(rel):
            return "denied"
        if aux & {"could", "may", "might", "would"}:
            return "possible"
        if aux & {"will", "shall"}:
            return "planned"
    return None


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
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if not (trig.head.pos_ == "VERB" and trig.head.lemma_ in ("hold", "conduct", "organize", "organise",
                                                                    "create", "establish", "form", "sign")):
            return False
        verb = trig.head
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.tag_ != "VBG":
            return False
    lo = max(0, verb.i - 20)
    return any(_lemma(t) in PROPOSAL_WORDS and not _launched(t) for t in sent_doc[lo:verb.i])


def _clause_text(trig) -> str:
    """The text of the smallest clause around the trigger (its nearest verb's subtree)."""
    tok = trig
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    toks = list(tok.subtree)
    return " ".join(t.text for t in toks)
