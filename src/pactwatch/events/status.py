"""The status of an event (occurred, planned, proposed, possible, denied) from the trigger's path in the parse; the
frames that settle it by themselves are in ``status_frames.py``, for where an agreement or an act stands in
``status_stages.py``, and how far a negation or a stop reaches in ``status_scope.py``."""
from __future__ import annotations

import re
from functools import cache

from . import status_scope as scope
from .lexicon import Lexicon, _lemma, agreement_nouns, to_infinitive
from .questions import proposes
from .status_frames import (
    PLANNING,
    REALISING,
    _accusation_denied,
    _agreement_content,
    _as_member,
    _asked,
    _aspired,
    _averted,
    _backs_a_proposal,
    _denials,
    _denied_claim,
    _enabled,
    _false_claim,
    _future_setting,
    _generic_subject,
    _has_neg,
    _headline_infinitive,
    _hedged,
    _hypothetical_subject,
    _idiom_negation,
    _in_case_of,
    _launched,
    _near,
    _negated_object,
    _negating_noun,
    _negative_subject,
    _never_realised,
    _path_up,
    _phrasal,
    _plan_of_action,
    _proposal_before,
    _refused,
    _relative_status,
    _resisted,
    _status_data,
    _topic_of_talks,
    _verbs,
    _weighed,
)
from .status_stages import (
    _blocker,
    _future_time,
    _implemented,
    _kept_from,
    _negotiated,
    _postponed,
    _ruled_out,
    _stage,
    _stopped,
    _turned_down,
    _withdrawn,
)

__all__ = ["_path_up", "_status"]  # what the callers import (extract, parties)


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
    if _own_past_clause(trig) or scope._hyphen_modifier(trig):
        return path
    while tok.head.i != tok.i and len(path) < 10:
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and (
                _lemma(head) not in REALISING or len(path) > 1 and path[-2].dep_ in ("acl", "relcl")) and not _scheduled_for(tok, head):
            # (not "the brigade stationed in Estonia will reach full strength": the noun the trigger describes is
            # no event the verb realises)
            break
        if head.lower_ in SETTING_PREPS and tok.dep_ == "pobj" and (head.pos_ == "ADP" or head.dep_ == "prep") and (
                not _participated_in(head)) and not _agreed_on(head, trig) and not _aspired(head.head, head) and (
                not _state_predicate(head, tok)) and not _field_of(head, trig):
            break  # "considering the close cooperation, we will ...": the parser makes "considering" a preposition
        if tok.dep_ == "pobj" and head.dep_ == "agent" and _lemma(head.head) in _verbs("swaying_verbs"):
            break  # "refused to be cowed by Russia's sabotage": the refusal is the party's, the sabotage took place
        if _praised(tok):
            break  # "thanked Poland for providing tanks": what one is thanked for took place
        infinitive = to_infinitive(tok)
        if tok.dep_ in ("relcl", "acl", "advcl", "appos", "conj", "parataxis") and tok.i != trig.i and not (
                tok.dep_ in ("acl", "relcl", "advcl") and infinitive) and not _shared_clause(tok) and not (
                _content_clause(tok)) and not (
                tok.dep_ == "conj" and tok.pos_ == "ADP" and _field_of(tok, trig)):
            # "plans to build", "ways to deepen", "work together to develop" pass through; so does a verb
            # coordinated without a subject of its own ("committed to expanding trade and deepening ties"), a
            # report's content the parser takes for a relative clause, and a field's second preposition
            # ("cooperation in industry and in training")
            break
        if tok.dep_ in ("relcl", "appos", "parataxis") and tok.i == trig.i and not _content_clause(tok):
            break
        if tok.dep_ == "ccomp" and _semicolon_between(tok, head):
            break  # the parser chains clauses across ";": what the next clause says is not about this one
        path.append(head)
        tok = head
    return path


# the conjunctions that open a clause of time, cause or concession: a past act they tell is a fact of its own
SUBORDINATORS = frozenset({"after", "since", "before", "when", "as", "because", "while", "once", "until", "though",
                           "although", "whereas"})


def _own_past_clause(verb) -> bool:
    """The trigger verb tells a past act in a clause of its own inside another: a clause of time or cause ("after
    Beijing signed a pact with Fiji in 2021", "because Russia invaded"), a clause coordinated with its own subject
    ("Chile will host drills in May, and Peruvian and Bolivian troops trained together in June"), or a participle on
    a noun ("the brigade stationed in Estonia"): what the other clause says (a future, a modal, an aim) is not about
    it. Not a clause with an auxiliary of its own ("after they have signed", "and Peru will send ships"), which the
    path reads."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "advcl":  # "when" is the parser's adverb: "failed to help when Azerbaijani troops attacked"
        return any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS or c.dep_ == "advmod" and c.lower_ == "when"
                   for c in verb.children)
    if verb.dep_ == "conj":
        return verb.head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _state_predicate(prep, noun) -> bool:
    """``prep`` and its bare ``noun`` are what the clause says its subject is ("the two countries are not at war",
    "the city remains under attack"): a predicate, not a setting (``state_predicates`` of data/status.json)."""
    data = _status_data()["state_predicates"]
    verb = prep.head
    return prep.lower_ in data["preps"] and prep.dep_ == "prep" and verb.pos_ in ("AUX", "VERB") and (
        _lemma(verb) in data["verbs"]) and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) and (
        not any(c.dep_ in ("acomp", "attr") for c in verb.children))


def _field_of(prep, trig) -> bool:
    """``prep`` names the field of a cooperation or the remit of a body ("a working group on defence cooperation",
    "will expand cooperation in cyber defence and in joint training"): what stands there is what the
    cooperation or the body is about, no setting (``field_nouns`` of data/status.json). Not fighting, which goes on
    whatever is said of the cooperation against it ("cooperation in the war on drugs")."""
    data = _status_data()["field_nouns"]
    if prep.lower_ not in data["preps"] or _hostility(trig):
        return False
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head  # "cooperation in industry and in training": the first "in"
    noun = prep.head
    if noun.pos_ in ("VERB", "AUX"):
        # "set up a working group on ...", "deepen cooperation in industry and in training": the parser hangs the
        # preposition on the verb
        noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
    return noun.pos_ in ("NOUN", "PROPN") and (_lemma(noun) in data["nouns"] or noun.lower_ in data["nouns"])


def _content_clause(verb) -> bool:
    """A clause the parser takes for a relative one but whose "that" is a conjunction: what a noun says ("denied a
    report that Beijing had requested access"), which the path reads as the noun's content."""
    return verb.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _scheduled_for(subj, verb) -> bool:
    """``subj`` is what a passive verb of scheduling sets for a time ("the drills are set for June", "the exercise is
    slated for May"): the path goes on to the verb, which plans it."""
    words = _status_data()["scheduling_words"]["words"]
    return subj.dep_ == "nsubjpass" and verb.pos_ == "VERB" and (_lemma(verb) in words or verb.lower_ in words) and (
        any(c.dep_ == "prep" and c.lower_ == "for" and any(_a_time(g) for g in c.children) for c in verb.children))


TIME_WORDS = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|spring|"
                        r"summer|autumn|fall|winter|(?:19|20)\d\d)s?$")


def _a_time(tok) -> bool:
    """``tok`` names a time ("June", "next week", "2027", "the autumn"): not "set for renewal"."""
    return tok.ent_type_ in ("DATE", "TIME") or bool(TIME_WORDS.match(tok.lower_))


def _participated_in(prep) -> bool:
    """"take part in the drills", "participate in the exercise": the event is what the verb's cues are about
    ("refused to take part in the exercise", "will take part in the drills"), not a setting."""
    return prep.lower_ == "in" and _participating(prep.head)


def _participating(verb) -> bool:
    """``verb`` is a verb of taking part ("participate", "take part": the ``participating`` verbs and verb-object
    pairs of data/status.json)."""
    data = _status_data()["participating"]
    return verb.pos_ == "VERB" and (_lemma(verb) in data["verbs"] or any(
        c.dep_ == "dobj" and _lemma(c) in data["objects"].get(_lemma(verb), ()) for c in verb.children))


def _agreed_on(prep, trig) -> bool:
    """"agreed on joint production of drones", "decided on a deployment": what is agreed or decided on is its object,
    not a setting (planned by the verb); not an agreement reached ("agreed on a ceasefire", which exists)."""
    return prep.lower_ in ("on", "upon") and _lemma(prep.head) in _verbs("agreeing_on") and not _reachable(trig)


def _reachable(trig) -> bool:
    """An agreement or a truce, which exists once agreed on or to."""
    return bool({_lemma(trig), trig.lower_} & (agreement_nouns() | frozenset(_status_data()["agreeing_on"]["reached"])))


def _agreed_to(trig, prep, verb) -> bool:
    """"Kenya and Somalia agreed to an immediate truce", "had agreed to a ceasefire": an agreement or a truce agreed
    to, in the past and with no modal, is reached, as one agreed on (not "called on them to agree to a ceasefire",
    "could agree to a deal", nor "agreed to the construction of a base", which is planned)."""
    return trig.dep_ == "pobj" and prep.lower_ == "to" and prep.dep_ == "prep" and verb.pos_ == "VERB" and (
        _lemma(verb) == "agree") and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and _lemma(c) == "have" for c in verb.children)) and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) and _reachable(trig)


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


def _neither_nor(tok) -> bool:
    """A denial coordinated with a confirmation under "neither ... nor" ("neither confirmed nor denied")."""
    words = {c.lower_ for c in tok.children} | {c.lower_ for c in tok.head.children if tok.dep_ == "conj"}
    return bool(words & {"nor", "neither"})


def _semicolon_between(tok, head) -> bool:
    lo, hi = sorted((tok.i, head.i))
    return any(t.text == ";" and not tok.left_edge.i <= t.i <= tok.right_edge.i for t in tok.doc[lo:hi])


def _status(sent_doc, i: int, j: int, lex: Lexicon) -> str:
    """The status of the trigger at tokens ``[i, j)`` from its dependency path and neighbours."""
    status = _path_status(sent_doc, i, j, lex)
    if status in ("planned", "proposed") and _known_alliance(sent_doc[i:j].root):
        return "occurred"  # "will bolster the U.S.-Australia alliance": the alliance is there already
    return status


def _known_alliance(trig) -> bool:
    """An alliance named as a known one: "the alliance", "our allies", "the U.S.-Japan Alliance"."""
    standing = _status_data()["standing_nouns"]
    if _lemma(trig) not in standing["nouns"] and trig.lower_ not in standing["nouns"]:
        return False
    if trig.head.pos_ == "VERB" and _lemma(trig.head) in standing["membership_verbs"]:
        return False  # "will join the alliance": who is in it changes
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "our", "their", "its"))
               for c in trig.children)


@cache
def _own_cues() -> dict[str, str]:
    """Trigger words that are their own status cue (``own_cues`` of data/status.json): offered, pledged, promised."""
    return dict(_status_data()["own_cues"]["words"])


def _path_status(sent_doc, i: int, j: int, lex: Lexicon) -> str:
    trig = sent_doc[i:j].root
    cues = lex.status_cues
    if trig.pos_ == "VERB" and _lemma(trig) in ("propose", "suggest"):  # the proposal itself (the fallback trigger)
        return "denied" if _has_neg(trig) else "proposed"
    if _averted(trig) or _near(trig) or scope._regarded_if(trig):
        return "possible"  # "to deter aggression", "were very close to a de-escalation agreement"
    if _resisted(trig):
        return "occurred"  # "sent troops last year to help push back a Ukrainian incursion": the incursion was
    if _withdrawn(trig):
        return "denied"  # "withdrew from the treaty", "voted against the memorandum", "scrapped the deal"
    stopped = _stopped(trig) or scope._stopped_doing(trig) or scope._ended(trig) or scope._under_moratorium(trig)
    if stopped:
        return stopped  # "halted arms deliveries" (denied), "did not suspend military cooperation" (occurred)
    blocker = _blocker(trig)
    if blocker is not None and _has_neg(blocker):
        return "occurred"  # "Hungary did not block the aid package": it goes ahead
    if blocker is not None and not _hedged(blocker, _status_data()["withdrawal"]["hedging_heads"]):
        return "denied"  # "vetoed Sweden's membership", "blocked the sale of jets" (not "threatened to block")
    if _postponed(trig):
        return "planned"  # "postponed the joint drills until autumn": still to take place
    if _refused(trig) or _turned_down(trig, lex) or scope._no_talks_on(trig):
        return "denied"  # "has shown no interest in a defence pact", "will take no part in the exercise"
    if _weighed(trig):
        return "possible"  # "a joint exercise is being considered", "weighing the deployment of troops"
    if _asked(sent_doc, trig):
        return "possible"  # "Will Egypt join the alliance?", "asked whether Turkey would send troops"
    if _denied_claim(trig, lex) or _false_claim(trig):
        return "denied"  # "dismissed suggestions that Kenya would send troops", "claims of a pull-out are baseless"
    kept = _kept_from(trig)
    if kept:
        return kept  # "was blocked from deploying troops" (denied), "did not stop X from sending" (occurred)
    if _accusation_denied(trig, lex):
        return "occurred"  # "Tehran rejected accusations that ...": the accusation was made
    staged = _stage(trig) or _ruled_out(trig, lex)
    if staged:
        return staged  # "the project is in its planning stage", "the request is under consideration"
    if _headline_infinitive(trig) or scope._selected(trig):
        return "planned"  # "Chile, Peru to sign defence pact": a headline's infinitive announces it
    if _as_member(trig):
        return "occurred"  # "As a member of NATO, Norway will take part in the drills": the membership stands
    if _in_case_of(trig):
        return "possible"  # "would send troops in case of aggression", "in the event of an attack"
    if _implemented(trig):
        return "occurred"  # "discussed the implementation of the agreements reached last year": they exist
    if _never_realised(trig):
        return "denied"  # "kept its distance from the bloc, which it never joined"
    negating = _negating_noun(sent_doc[i:j])
    if negating:
        return negating  # "reiterated its permanent neutrality": no alliance
    if _plan_of_action(trig):
        return "planned"
    if _backs_a_proposal(trig):
        return "proposed"  # "expressed support for Chile's proposed defense pact": the pact is still a proposal  # the trigger is the commitment itself: "commitment to expanding collaboration"
    path = _status_path(trig)
    denials = _denials(lex.denial_verbs)
    approved = any(_approved(trig, t) for t in path[1:3])
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
        if _generic_subject(tok) or k > 0 and _enabled(tok, path[k - 1]):
            # "whoever attacks Armenia attacks Russia"; "the agreement allows Kenyan police to be deployed in Haiti"
            return "denied" if negated or _has_neg(tok) else "possible"
        if proposes(tok):
            return "proposed"  # "Why not cooperate in this area as well?" (not "why did Russia invade", "that's why")
        if k > 0 and _in_question(tok) and not scope._challenged(tok, path[k - 1]):
            status = "possible"  # "it is unclear whether Iran supplied the drones", "doubt that X will send"
        neg = (_has_neg(tok) or tok.pos_ in ("VERB", "AUX") and _negative_subject(tok)) and not _idiom_negation(
            tok) and not _certainty(tok) and not (k > 0 and scope._own_subject_conj(path[k - 1]))
        prt = [c.lower_ for c in kids if c.dep_ == "prt"]
        if prt:
            lem = f"{lem} {prt[0]}"
        if k > 0 and _ends(tok, path[k - 1], k):
            return status or "occurred"  # "the war would not end until ...", "no end to the fighting": it goes on
        if lem in denials and _neither_nor(tok):
            continue  # "neither confirmed nor denied that it carried out the strike": no denial
        if (lem in denials and k > 0) or (lem in _verbs("failing_verbs") and k > 0 and path[k - 1].dep_ == "xcomp"
                                       and _lemma(path[k - 1]) not in _verbs("averting_verbs")):
            # "failed to reach an agreement": not reached, as a negation
            if k > 0 and path[k - 1].dep_ == "ccomp" and any(c.dep_ == "dobj" for c in kids):
                break  # "X blamed the attack on Y, a charge Y denies": Y denies the charge, the clause stands
            if neg or {c.lower_ for c in kids if c.dep_ == "aux"} & {"could", "may", "might"}:
                return "possible"  # "does not exclude", "not ruled out", "could ban foreign bases": possible
            negated = not negated
            continue
        # "has not condemned the war": the war is not denied; "is not discussing the creation of a bloc": it is
        if neg and not (k > 0 and lem in REPORTING and not scope._undiscussed(tok, k)) and not (
                k > 0 and path[k - 1].dep_ == "ccomp" and lem not in BELIEF):  # "X are in Iraq; we will not be deterred"
            negated = True
        if status is not None:
            continue
        came_via = path[k - 1].lower_ if k > 0 else ""
        aux_l = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        speculated = bool(aux_l & {"could", "may", "might"})
        if lem in _verbs("maintaining_verbs") and tok.pos_ == "VERB" and not speculated and "would" not in aux_l:
            status = "occurred"  # "commitment to maintaining a robust presence", "will maintain a strong posture"
        elif k > 0 and came_via == "including" and _maintaining_plan(tok):
            status = "occurred"  # "commitment to maintaining a presence, including through rotational deployments"
        elif k > 0 and _aspired(tok, path[k - 1]):
            status = "proposed"  # "expressed interest in purchasing jets", "its goal of NATO membership"
        elif k > 0 and lem in ONGOING and (not aux_l & {"will", "shall"} or _hostility(trig)) and not speculated \
                and path[k - 1].dep_ != "prep" and not any(
                    _lemma(t) in PLANNING or _lemma(t) in _readiness() or _directs(t, path[j - 1])
                    for j, t in enumerate(path[k + 1:], k + 1)):
            # "continues to support Ukraine": going on already ("will continue", "is ready to continue": the
            # words above decide); fighting that "will continue" is going on; not what the act goes on for
            # ("preparations continue for the drills": the preparing goes on)
            status = "occurred"
        elif k > 0 and (_dated_commitment(tok) or scope._dated_agreement(tok, path[k - 1])):
            # "agreed in February 2021 to observe the ceasefire", "in early 2022 ordered the army to reinforce the
            # flank": a background fact, in force or done
            status = "occurred"
        elif k == 2 and _agreed_to(trig, path[1], tok):
            status = "occurred"  # "Kenya and Somalia agreed to a truce": reached
        elif k == 1 and _negotiated(trig):
            status = "proposed"  # "said they would start negotiating a pact": being negotiated, whatever comes above
        elif k > 0 and (content := _agreement_content(tok, path[k - 1])):
            status = content  # "the declaration commits the three countries to cooperate on ...": its content
        elif k > 0 and _directs(tok, path[k - 1]):
            status = "planned"  # "ordered the navy to hold joint drills": decided, not yet done
        elif k > 0 and tok.pos_ == "VERB" and lem in _verbs("promising_verbs") and path[k - 1].dep_ == "xcomp" and (
                to_infinitive(path[k - 1])):
            status = "planned"  # "has promised to deliver its F-16s", "vowed to send instructors": agreed, not done
        elif k > 0 and _put_forward(tok, path[k - 1]):
            status = "proposed"  # "floated a joint patrol", "put forward a plan for joint patrols"
        elif not (k > 0 and path[k - 1].dep_ == "ccomp") and (ought := _ought(tok)):
            # "the navies should drill together", "ought to hold exercises"; not "it should be recalled that a pact
            # was signed", "we should note that ...": the modal is about the saying
            status = ought
        elif k > 0 and lem in IMPORTANCE and any(t.pos_ == "VERB" for t in path[1:k]):
            status = "proposed"  # "stressed the importance of deepening ties" (not "of the existing treaty")
        elif k > 0 and lem == "go" and path[k - 1].dep_ == "xcomp" and to_infinitive(path[k - 1]):
            status = "planned"  # "we are going to have an international force"
        elif k > 0 and came_via == "for" and lem.split()[0] in ("call", "push", "press", "argue", "lobby", "appeal"):
            status = "proposed"  # "called for the creation of ..."
        elif k > 0 and _invitation(tok):
            status = _answer(tok, path[:k], lex)  # "invited X to visit, and X accepted": planned
        elif k > 0 and lem in cues["proposed"] and tok.pos_ in ("VERB", "NOUN") and lem not in (
                "should", "must", "need") and not (tok.pos_ == "NOUN" and _launched(tok)):
            status = "proposed"
        elif k > 0 and _ready(tok, path[k - 1]):
            status = "proposed"  # "said it was ready to work with X to strengthen cooperation": an offer
        elif k > 0 and _scheduled(tok, path[k - 1], k == 1):
            status = "planned"  # "were due to sign a treaty", "are poised to sign"
        elif k > 0 and tok.pos_ == "AUX" and path[k - 1].dep_ == "xcomp" and any(
                c.dep_ == "acomp" and c.lower_ in ("possible", "likely") for c in kids):
            status = "possible"  # "it is possible to sign such agreements"
        elif aux_l & {"could", "may", "might", "can"} or lem in ("possible", "possibility", "likely", "potential"):
            status = "possible"
        elif aux_l & {"will", "shall"} or (k > 0 and (
                # not "the defense commitment"; "agreed that the alliance is strong" states, "agreed to" plans; "the
                # lines set by the agreement": what sets it is no plan
                (lem in PLANNING and path[k - 1].dep_ not in NAMING_DEPS and path[k - 1].dep_ not in ("ccomp", "agent"))
                or (lem == "look" and any(c.lower_ == "forward" for c in kids)))) or (
                k > 1 and lem == "discuss"):
            status = "planned"
        elif k > 0 and _approved(trig, tok):
            status = "planned"  # "the cabinet approved the deployment of 300 soldiers": decided, not yet done
        elif "would" in aux_l and _reported(tok, lex) and not any(
                c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in kids):
            # reported future: "the minister said Poland would send troops", "agreed that they would deepen ties",
            # "said in a statement that the troops would hold drills"
            status = "planned"
        elif "would" in aux_l:
            status = "possible"  # "Poland would send troops if asked"
        elif k == 0 and lem in _own_cues():
            status = _own_cues()[lem]  # "Ghana offered engineers to the mission" (proposed), "has pledged two frigates"
        elif k > 0 and (lem in ("want", "wish", "hope", "seek", "offer") or tok.lower_ in ("hopes", "hoped")):
            # (the tagger lemmatises "hopes" as "hop" at times)
            status = "proposed"
        if status is None and not (k == 0 and approved):  # "cleared a potential sale": the agency's term, planned
            for c in kids:
                if c.dep_ == "amod" and c.lower_ in ("proposed", "planned", "upcoming", "future", "possible",
                                                      "potential", "prospective", "envisaged"):
                    status = {"proposed": "proposed", "planned": "planned", "upcoming": "planned",
                              "future": "planned", "envisaged": "planned"}.get(c.lower_, "possible")
    if negated or _negated_object(trig) or scope._neither_prep(trig):
        return "denied"
    if status == "proposed" and _relative_status(trig) == "planned":
        status = "planned"  # "invited him to the summit, which is to be held in August": set whoever invites to it
    if status is None and _negotiated(trig):
        status = "proposed"  # "Chile is negotiating a defence pact with Spain": not yet agreed (GUIDE: being negotiated)
    if status is None and (_topic_of_talks(trig) or _future_setting(path[-1])):
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
    if status is None and _listed_plan(trig):
        status = "planned"  # "a whole-of-government approach to: accelerate ...; deployment of teams to X; ..."
    if status is None and _future_time(trig, path):
        status = "planned"  # "the joint exercise next month", "flies on to Asmara tomorrow for talks"
    return status or "occurred"


def _listed_plan(trig) -> bool:
    """The trigger is an item of a list a colon opens after an infinitive's "to" or a "will" ("agreed to: expand ...;
    hold drills ...", "the United States will: deploy ...; provide ..."): what is to be done, however the parser
    hangs the items."""
    sent = trig.sent
    for t in sent:
        if t.i >= trig.i:
            return False
        if t.text == ":" and t.i > sent.start and (
                (prev := t.doc[t.i - 1]).lower_ == "to" and (prev.tag_ == "TO" or prev.dep_ == "aux" or (
                    t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VB"))
                or prev.lower_ in ("will", "shall")):  # the tagger makes "to" before a colon a preposition at times
            return True
    return False


def _directs(tok, below) -> bool:
    """``tok`` directs, instructs or orders someone to do what ``below`` leads to ("ordered the navy to hold drills",
    "the army was instructed to deploy"): the one directed a name, a pronoun or an addressee noun, or the passive
    subject."""
    if tok.pos_ != "VERB" or _lemma(tok) not in _verbs("directing_verbs") or below.dep_ not in ("xcomp", "ccomp") or (
            not to_infinitive(below)):
        return False
    directed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return directed is None or directed.pos_ in ("PROPN", "PRON") or (
        _lemma(directed) in _status_data()["directing_verbs"]["addressees"])


def _put_forward(tok, below) -> bool:
    """``tok`` puts forward what ``below`` leads to, its object, passive subject or complement ("floated a joint
    patrol", "tabled a draft pact"), or is a plan noun put forward ("put forward a plan for joint patrols")."""
    verbs = _verbs("proposing_verbs")
    if tok.pos_ == "VERB":
        return _phrasal(tok) in verbs and below.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp")
    return tok.pos_ == "NOUN" and _lemma(tok) in PLANNING and tok.dep_ in ("dobj", "nsubjpass") and (
        tok.head.pos_ == "VERB" and _phrasal(tok.head) in verbs)


def _ought(tok) -> str | None:
    """Proposed when a modal of what ought to be governs ``tok`` ("the navies should drill together", "ought to hold
    exercises"); possible for a condition, "should" before the subject ("should Russia attack, ...")."""
    words = _status_data()["modal_proposals"]["words"]
    modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in words), None)
    if modal is None and not (tok.tag_ == "MD" and tok.lower_ in words):
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if modal is not None and subject is not None and modal.i < subject.i:
        return "possible"
    return "proposed"


def _reported(verb, lex: Lexicon) -> bool:
    """``verb`` is what a verb of saying or agreeing reports, or a statement says, directly or as a verb coordinated
    with such a clause ("said Poland would send troops", "said it would inform X and would ask Y to ...")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and (_lemma(verb.head) in lex.communication or _lemma(verb.head) in PLANNING) or (
        _told_by_noun(verb))


def _told_by_noun(verb) -> bool:
    """``verb`` is what a statement, announcement or assurance says ("said in a statement that the troops would hold
    drills", "his announcement that Kenya would send police"): the parser hangs the "that" clause on the noun."""
    return verb.dep_ in ("acl", "ccomp") and _lemma(verb.head) in _status_data()["speech_nouns"]["nouns"] and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _ends(tok, below, k: int) -> bool:
    """``tok`` ends what ``below`` leads to: a verb of ending whose object or subject it is ("would not end the
    war", "the war will not end until ..."), or a noun of ending it hangs on by "to"/"of" ("no end to the
    fighting", "called for an end to the drills")."""
    words = _status_data()["ending_words"]
    if tok.pos_ == "VERB" and _lemma(tok) in words["verbs"]:
        return below.dep_ in ("dobj", "nsubj", "nsubjpass") and k == 1
    return tok.pos_ == "NOUN" and _lemma(tok) in words["nouns"] and k == 2 and below.lower_ in ("to", "of")


def _hostility(trig) -> bool:
    """The trigger names fighting (``ongoing_hostilities`` of data/status.json): "will continue" says it goes on."""
    words = _status_data()["ongoing_hostilities"]["words"]
    return _lemma(trig) in words or trig.lower_ in words


def _maintaining_plan(noun) -> bool:
    """A plan noun whose complement is a verb of maintaining ("commitment to maintaining a robust presence"): what
    its "including" lists is maintained already."""
    return _lemma(noun) in PLANNING and any(
        g.pos_ == "VERB" and _lemma(g) in _verbs("maintaining_verbs")
        for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children)


@cache
def _readiness() -> frozenset[str]:
    return frozenset(_status_data()["readiness_words"]["words"])


YEAR = re.compile(r"(?:19|20)\d\d$")


def _dated_commitment(verb) -> bool:
    """A verb of agreeing in the simple past dated to a year on the verb itself ("agreed in February 2021 to
    observe the ceasefire", "In 2019, the two pledged to ..."): what was agreed then is a background fact."""
    if verb.tag_ != "VBD" or _lemma(verb) not in _verbs("dated_agreeing") | _verbs("directing_verbs"):
        return False
    dates = [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.lower_ not in ("to", "by", "until")]
    return any(YEAR.match(t.text) for c in dates for t in c.subtree)


def _approved(trig, verb) -> bool:
    """``verb`` approves the act ``trig`` names, its object, gerund or passive subject, directly, as a compound or
    through "of" ("approved the deployment of troops", "approved sending troops", "approved a further package of
    military aid", "approved a new aid package", "the sale was cleared"); not an agreement, a treaty or a
    membership, which exist once approved."""
    if verb.pos_ != "VERB" or _phrasal(verb) not in _verbs("approving_verbs"):
        return False
    standing = _status_data()["standing_nouns"]["nouns"]
    if {_lemma(trig), trig.lower_} & (agreement_nouns() | frozenset(standing) | {"membership", "accession"}):
        return False
    tok = trig
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "approved a new military aid package"
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


def _scheduled(tok, below, trigger_below: bool = False) -> bool:
    """An adjective scheduling the infinitive below it ("were due to sign", "is slated to host"), "be to" ("days
    before they were to sign"), or the subject of such a clause ("the agreement is due to be signed")."""
    words = _status_data()["scheduling_words"]["words"]

    def infinitive(t) -> bool:
        return t.dep_ == "xcomp" and to_infinitive(t)

    if tok.pos_ in ("ADJ", "VERB") and (_lemma(tok) in words or tok.lower_ in words):  # "slated": lemma "slat"
        return infinitive(below) or _scheduled_for(below, tok)  # "the drills are set for June"
    if tok.pos_ == "AUX" and _lemma(tok) == "be":
        if not any(c.dep_ in ("acomp", "attr", "expl") or c.lower_ == "it" for c in tok.children) and (
                infinitive(below) or trigger_below and below.dep_ in ("nsubj", "nsubjpass") and any(
                    infinitive(c) for c in tok.children)):
            # not "it is possible to sign", "the aim is to deepen": only "they were to sign", "the troops were to
            # leave within 90 days" (the trigger itself the subject of "be to": not "the goal of the drills is to")
            return True
        return below.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acomp" and _lemma(c) in words and any(infinitive(g) for g in c.children) for c in tok.children)
    return False


def _invitation(tok) -> bool:
    return _lemma(tok) in _status_data()["invitations"]["words"]


def _answer(tok, way: list, lex: Lexicon) -> str:
    """The status an invitation ``tok`` gives what it invites to (``way`` the path up to it): proposed alone; planned
    when the invitee accepts it ("invited X to visit, and X accepted", "accepted an invitation to visit", "an invitation
    to visit Abuja, which he accepted", "an invitation Modi accepted") or when it names the time of the invitee's own
    act ("invited the president to pay a visit next year": arranged); denied when declined ("..., which he declined").
    An invitation to take part in, observe or send troops to another's drills or mission proposes the taking part,
    whenever they are ("invited Chile to send a company to the drills next year"); to take part in a summit at a time
    arranges the visit."""
    below = way[-1]
    accepting = _status_data()["invitations"]["accepting_verbs"]
    answers = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"] if tok.pos_ == "VERB" else []
    answers += [t for t in tok.subtree if t.dep_ == "relcl"]  # the parser hangs "which" on any word of it
    if tok.dep_ in ("dobj", "nsubjpass"):
        answers.append(tok.head)
    for verb in answers:
        if _lemma(verb) in accepting:
            return "denied" if _has_neg(verb) else "planned"
        if _phrasal(verb) in _denials(lex.denial_verbs):
            return "proposed" if _has_neg(verb) else "denied"
    meeting = any(kind == "meeting" for kind, _ in lex.single.get(_lemma(way[0]), ()))
    if below.i == tok.i or not meeting and any(_joins(t) for t in way):
        return "proposed"
    return "planned" if any(_a_time(t) for t in below.subtree) else "proposed"


def _joins(verb) -> bool:
    """``verb`` joins an event someone else holds: takes part in, observes, sends troops to it (``joining_verbs`` of
    the invitations and the verbs of ``participating`` in data/status.json)."""
    return verb.pos_ == "VERB" and (_lemma(verb) in _status_data()["invitations"]["joining_verbs"]
                                    or _participating(verb))


# what goes on already when it "continues" ("the United States will continue to support Ukraine")
ONGOING = frozenset({"continue", "keep", "maintain", "sustain", "keep up", "carry on", "go on", "press on"})


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


def _clause_text(trig) -> str:
    """The text of the smallest clause around the trigger (its nearest verb's subtree)."""
    tok = trig
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    toks = list(tok.subtree)
    return " ".join(t.text for t in toks)
