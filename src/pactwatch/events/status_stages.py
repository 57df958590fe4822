"""Where an agreement or an act stands, frames that settle its status by themselves: withdrawn
from, lapsed, blocked, stopped or kept from (denied), postponed (planned), at a stage of its making, ruled out,
negotiated (proposed) or implemented (it exists). ``status.py`` calls them before it reads the trigger's path; the cue
readers they share (negation, hedges, phrasal verbs, the data of ``data/status.json``) are in ``status_frames.py``."""
from __future__ import annotations

import re

from .lexicon import Lexicon, _lemma, agreement_nouns, agreement_word
from .status_frames import _denials, _has_neg, _hedged, _phrasal, _status_data, _verbs


def _withdrawn(trig) -> bool:
    """An agreement, alliance, talks or drills a party withdraws from, votes against or scraps ("withdrew the US
    from the treaty", "pulled out of the pact", "its withdrawal from the alliance", "suspended its participation
    in the treaty", "called off the drills"), unless the withdrawal is negated or only threatened."""
    data = _status_data()["withdrawal"]
    truce = bool({_lemma(trig), trig.lower_} & frozenset(data["lapsing_verbs"]["nouns"]))
    nouns = agreement_nouns() | frozenset(data["nouns"])
    if _lemma(trig) not in nouns and trig.lower_ not in nouns and not truce:
        return False
    # leaving a treaty or a bloc ends a membership; leaving a summit is only going home
    member = bool({_lemma(trig), trig.lower_} & (agreement_nouns() | frozenset(data["membership_verbs"]["nouns"])))
    tok = trig
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and _lemma(tok.head.head) in data["participation_nouns"]:
        tok = tok.head.head  # "suspended its participation in the treaty"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and _lemma(tok.head.head) in data["implementation_nouns"]:
        tok = tok.head.head  # "suspended the implementation of the joint declaration"
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
        hit = gov.pos_ == "VERB" and _phrasal(gov) in verbs or member and _let_lapse(gov, tok, data["lapsing_verbs"])
    elif tok.dep_ == "nsubj" and (member or truce):  # "the pact expired in 2019", "the truce collapsed"
        gov = tok.head
        hit = _lapsed(gov, data["lapsing_verbs"])
    else:
        return False
    return hit and not _hedged(gov if gov.pos_ in ("VERB", "AUX") else gov.head, data["hedging_heads"])


def _lapsed(verb, data) -> bool:
    """``verb`` says an agreement lapsed, expired or collapsed: told in the past ("expired in 2019", "has lapsed") or
    let happen ("let the accord lapse", "allowed the treaty to expire"), not in the present ("expires in 2031")."""
    if verb.pos_ != "VERB" or _phrasal(verb) not in data["verbs"]:
        return False
    return verb.tag_ in ("VBD", "VBN") or verb.dep_ in ("ccomp", "xcomp") and _lemma(verb.head) in data["letting"]


def _let_lapse(verb, obj, data) -> bool:
    """"let the accord lapse", "allowed the pact to expire": the parser does not always make the lapsing a verb."""
    return _lemma(verb) in data["letting"] and any(
        _lemma(t) in data["verbs"] or t.lower_ in data["verbs"] for t in verb.subtree if t.i > obj.i)


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


def _stopped(trig) -> str | None:
    """Cooperation, supplies, talks or drills a party suspends, halts, cuts off or shelves, the trigger or the noun it
    qualifies or hangs on by "of"/"for" ("halted arms deliveries", "suspended military cooperation", "the sale of jets
    was halted", "shelved plans for a naval base"): denied from then (a participation in a force ended is a withdrawal,
    GUIDE: a deployment that took place); the stopping negated, it goes on ("did not suspend": occurred); only
    threatened or speculated, no frame (None)."""
    data = _status_data()["stopping"]
    tok = trig
    for _ in range(2):
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.head.pos_ == "NOUN" and (
                _lemma(tok.head.head) in data["nouns"] or tok.head.head.lower_ in data["nouns"]):
            tok = tok.head.head  # "the sale of jets", "plans for a base"
    if _lemma(tok) not in data["nouns"] and tok.lower_ not in data["nouns"]:
        return None
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or _phrasal(verb) not in data["verbs"]:
        return None
    return _undone(verb)


def _undone(verb) -> str | None:
    """What a verb that stops or keeps from an act makes of it: denied; negated, the act goes on (occurred); only
    threatened, weighed or speculated, nothing (None)."""
    if not _hedged(verb, _status_data()["withdrawal"]["hedging_heads"]):
        return "denied"
    return "occurred" if _has_neg(verb) and not any(
        c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "would") for c in verb.children) else None


def _postponed(trig) -> bool:
    """The event is what is postponed, delayed or rescheduled ("postponed the drills", "the summit was put off")."""
    head = trig.head
    return (trig.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and _phrasal(head) in _verbs("postponing_verbs")
            and not _has_neg(head))


def _stage(trig) -> str | None:
    """The stage a predicate puts the trigger at, its subject ("the project is in its planning stage": planned; "the
    request is under consideration": possible), negated denied ("the pact is not on the agenda")."""
    data = _status_data()["stages"]
    if _lemma(trig) in data["acts_of_asking"] or _lemma(trig) in _status_data()["speech_nouns"]["nouns"]:
        return None  # "the request is under consideration": the request was made, what it asks is weighed
    subj = trig.head if trig.dep_ == "appos" else trig  # "EuroAfrica, a similar project ..., is in its planning stage"
    if subj.dep_ == "dobj" and subj.head.dep_ == "csubj":
        subj = subj.head  # "Sending troops to Ukraine is out of the question"
    verb = subj.head
    if subj.dep_ not in ("nsubj", "nsubjpass", "csubj") or _lemma(verb) not in data["verbs"]:
        return None
    for prep, key in _stage_preps(verb, data["phrases"]):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            words = [t.lower_ for t in obj.children if t.dep_ == "compound" and t.i < obj.i]
            phrases = data["phrases"][key]
            found = phrases.get(" ".join(words + [_lemma(obj)])) or phrases.get(" ".join(words + [obj.lower_])) or (
                phrases.get(obj.lower_) if not words else None)
            if found:
                return "denied" if _has_neg(verb) else found
    return None


def _stage_preps(verb, phrases):
    """The prepositions of a predicate that can name a stage, with their key in the table ("in", "under", and "out
    of" whose "of" the parser hangs on "out")."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in phrases:
            yield prep, prep.lower_
        for inner in (g for g in prep.children if g.dep_ == "prep" and f"{prep.lower_} {g.lower_}" in phrases):
            yield inner, f"{prep.lower_} {inner.lower_}"


def _ruled_out(trig, lex: Lexicon) -> str | None:
    """An event subject of a passive verb of refusal ("any deployment of troops is excluded", "a military alliance was
    ruled out", "the proposal for joint patrols was rejected", "foreign bases are prohibited"): denied; "was not ruled
    out": possible."""
    verb = trig.head
    if trig.dep_ != "nsubjpass" or verb.pos_ != "VERB" or _phrasal(verb) not in _denials(lex.denial_verbs):
        return None
    if _lemma(trig) in _status_data()["stages"]["acts_of_asking"]:
        return None  # "Kyiv's request was rejected": the request was made
    return "possible" if _has_neg(verb) else "denied"


def _kept_from(trig) -> str | None:
    """The trigger is an act a party is kept, blocked or barred from ("was blocked from deploying troops", "barred
    Chinese ships from docking", "banned from taking part in the drills"): denied; the keeping negated, it took place
    ("did not stop Norway from sending": occurred); only threatened or speculated ("threatened to bar X from", "could
    stop X from"), no frame (None)."""
    tok = trig
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG":
        tok = tok.head  # "blocked from deploying troops": the trigger "troops"
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ != "from" or tok.tag_ != "VBG" and tok.dep_ == "pobj" and (
            _lemma(tok) not in ("participation", "deployment", "involvement", "entry")):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or _phrasal(verb) not in _status_data()["refusing_verbs"]["from_verbs"]:
        return None
    return _undone(verb)


def _negotiated(trig) -> bool:
    """What parties are negotiating or drafting is not yet agreed: proposed ("are negotiating a defence pact", "were
    drafting a memorandum", "met to discuss a peace treaty"); "negotiated a ceasefire" reached it, "discussed the
    alliance" names one that exists."""
    verb = trig.head
    # a progressive has its "be" ("are finalizing", "were drafting"): a fact sheet's item "Finalizing an MOU on ..."
    # (no auxiliary) lists what was done
    if trig.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and _lemma(verb) in (
            _status_data()["negotiating_verbs"]["discussing"]) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in trig.children):
        return True  # "met to discuss a peace treaty": an indefinite agreement discussed is not yet agreed
    if trig.dep_ == "pobj" and trig.head.lower_ in ("on", "for") and _ongoing_talks(trig.head.head):
        return True  # "negotiations for similar pacts are ongoing": being negotiated
    # a progressive has its "be" ("are negotiating", "have been negotiating"); "would start negotiating" begins it
    return (trig.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.tag_ == "VBG"
            and (any(a.dep_ == "aux" and a.lemma_ == "be" for a in verb.children) or verb.dep_ == "xcomp" and (
                _lemma(verb.head) in _status_data()["negotiating_verbs"]["beginning"]))
            and _phrasal(verb) in _verbs("negotiating_verbs"))


def _ongoing_talks(noun) -> bool:
    """``noun`` is negotiations or talks said to go on ("negotiations ... are ongoing", "talks on a defence pact
    are continuing", "the talks resume")."""
    data = _status_data()["negotiating_verbs"]
    if _lemma(noun) not in data["talks"] and noun.lower_ not in data["talks"] or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    return not _has_neg(verb) and (_lemma(verb) in data["ongoing"] or _lemma(verb) == "be" and any(
        c.dep_ == "acomp" and c.lower_ in data["ongoing"] for c in verb.children))


def _implemented(trig) -> bool:
    """An agreement implemented, honoured, complied with or violated exists ("discussed the implementation of the
    agreements reached last year", "will honour the ceasefire", "pledged to abide by the accord"), the trigger the
    agreement or the participle that tells it ("the agreements reached")."""
    data = _status_data()["implementing"]
    tok = trig.head if trig.dep_ == "acl" and trig.tag_ == "VBN" else trig
    if not agreement_word(tok):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return _lemma(head.head) in data["nouns"]
    if tok.dep_ == "pobj" and head.head.pos_ == "VERB":
        return head.lower_ in data["preps"].get(_lemma(head.head), ())
    return tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and _lemma(head) in data["verbs"]


# a time still to come: "tomorrow", "next spring", "early next year", "later this month", "in the coming weeks"
FUTURE_TIME = re.compile(r"(?:tomorrow|(?:early |late |later )?next (?:week|month|year|spring|summer|autumn|fall|"
                         r"winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later this (?:week|month|"
                         r"year)|(?:in )?the coming (?:days|weeks|months))\b")


def _future_time(trig, path: list) -> bool:
    """The act is dated to a time still to come with no other cue: a noun with such a time ("the joint exercise next
    month will test ...", "the exercise in the Osh region next spring matters"), or a verb in the present
    with one, the trigger's or the one it hangs on ("flies on to Asmara tomorrow for talks", "Peru sends two
    frigates to the drills next week"). Not a verb in the past ("signed a plan for next year")."""
    if trig.pos_ in ("NOUN", "PROPN"):
        dates = [c for c in trig.children if c.dep_ in ("npadvmod", "advmod")]
        after = trig.doc[trig.right_edge.i + 1:trig.right_edge.i + 5]
        if any(FUTURE_TIME.match(_text(c.subtree)) for c in dates) or FUTURE_TIME.match(_text(after)):
            return True
    verb = next((t for t in path if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re") for c in verb.children)):
        return False
    return any(FUTURE_TIME.match(_text(c.subtree)) for c in verb.children if c.dep_ in ("npadvmod", "advmod", "prep"))


def _text(tokens) -> str:
    return " ".join(t.lower_ for t in tokens)


def _turned_down(trig, lex: Lexicon) -> bool:
    """A proposal, offer or demand the other side turns down in a clause on the noun that sums it up: the trigger the
    noun itself ("..., a demand Lima has called unacceptable") or the act it sums up ("Chile was ready to send
    troops, an offer Lima said it had no plans to take up", "..., a proposal Quito rejected"): denied. The
    answer is a verb of refusal, a word that judges it ("called it unacceptable") or no plans or intention to take it
    up (``turned_down`` of data/status.json)."""
    data = _status_data()["turned_down"]
    nouns = [trig] if _lemma(trig) in data["nouns"] else []
    if not nouns:
        # the parser hangs the noun on any verb of the clause, its condition's too ("ready to send troops if Lima
        # asked, an offer ..."); not on a noun of a clause below ("only after Peru removed the clause, a demand")
        heads = [trig, *list(trig.ancestors)[:3], *(c for c in trig.children if c.dep_ == "advcl")]
        nouns = [c for h in heads for c in h.children if c.dep_ in ("appos", "dobj", "npadvmod") and c.i > trig.i and (
            _lemma(c) in data["nouns"]) and c.doc[c.left_edge.i - 1].text == ","]
    for noun in nouns:
        if noun.i != trig.i and _time_clause_between(trig, noun):
            continue  # "would sign only after Peru removed the clause, a demand ...": the demand is the removing
        for clause in (c for c in noun.children if c.dep_ == "relcl"):  # not "a request opposed by a third state"
            if any(_refusal(t, lex, data) for t in clause.subtree):
                return True
    return False


def _refusal(tok, lex: Lexicon, data) -> bool:
    if tok.pos_ == "VERB" and _phrasal(tok) in _denials(lex.denial_verbs):
        return not _has_neg(tok)
    if tok.dep_ in ("oprd", "acomp") and tok.lower_ in data["judgements"]:
        return True
    return _lemma(tok) in data["refused_plans"] and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _time_clause_between(trig, noun) -> bool:
    """A clause of time ("after", "until", "once" ...) between the trigger and the noun that sums up what precedes it:
    the noun is about that clause's act."""
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "until", "once", "when")
                                         for c in t.children) for t in trig.doc[trig.i + 1:noun.i])
