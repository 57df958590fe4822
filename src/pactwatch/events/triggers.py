"""Trigger words: which sentences to parse, which words report an event of which type (the context a found
word needs in its sentence is in :mod:`.trigger_context`)."""
from __future__ import annotations

import bisect
import functools

from ..entities.lexicon import name_rules
from ..model import EntityAnalysis, Quote
from .context import party_rules
from .discourse import points_back
from .lexicon import (
    PRONOUNS_HE,
    PRONOUNS_WE,
    Lexicon,
    _generic_group,
    _lemma,
    agreement_nouns,
    load_lexicon,
    phrase_words,
    to_infinitive,
)
from .nesting import _outermost  # noqa: F401  (re-exported: which triggers are one fact)
from .questions import (
    _in_question,  # noqa: F401  (re-exported: what a question asks is nobody's claim)
    _interrogative,
)
from .relevance import document_relevance, relevant
from .shapes import shape_triggers
from .sides import CLAUSE_DEPS
from .trigger_context import (
    ALLY_QUALIFIERS,
    HAZARD_TYPES,
    _context_ok,
    _gerund,
    _party_object,
    _stance_verb,
    _with_state,
)

# an office holder named without a name stands for the principal state: "the President", "the Secretary", "I"
OFFICE_HOLDERS = frozenset({"president", "minister", "secretary", "i", "administration", "advisor", "adviser",
                            "chancellor", "premier"})
# plural bodies that news of war writes in every other sentence and that name no pair: no reason to parse alone
UNCOUNTED_BODIES = frozenset({"forces", "troops", "soldiers"})


def _plural(noun: str) -> str:
    """The plural of a lower-case English noun of the parties lists ("navy" -> "navies", "chief" -> "chiefs")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _group_words() -> frozenset[str]:
    """The plurals that stand for the states in focus (``data/parties.json``): the heads of its plural bodies
    ('group_bodies': "both navies", "the defence chiefs of the two countries") and of its group subjects ("the two
    leaders", "both sides"), so that the sentences holding them are parsed and the parties stage can read them."""
    rules = party_rules()
    heads = {w.split()[-1] for w in rules["group_bodies"]}
    plurals = {_plural(h) for h in heads} | {g.split()[-1] for g in rules["group_subjects"]}
    return frozenset(w for w in plurals if w.endswith("s")) - UNCOUNTED_BODIES


# words naming who takes part without a name: "the two leaders", "both sides", "the President", "I", "both navies"
OFFICE_WORDS = OFFICE_HOLDERS | _group_words()


def candidate_sentences(sdoc, ents: EntityAnalysis | None = None, quotes: tuple[Quote, ...] = (),
                        relevance: float | None = None) -> list[int]:
    """Indices of the sentences of an unparsed doc worth parsing: a trigger word, and (when
    ``ents`` is given) someone who could take part: a state, organisation or person named in
    it, a pronoun, a generic group ("Turkic states"), or a quotation with its speaker. None
    when the article is not about defense and security between states (:mod:`.relevance`;
    ``relevance`` is the article's score when the caller has it)."""
    lex = load_lexicon()
    if ents is not None and not relevant(document_relevance(sdoc, ents) if relevance is None else relevance):
        return []
    quoted = [(q.evidence.clean_start, q.evidence.clean_end) for q in quotes if q.speaker]
    starts = sorted(m.start for m in ents.mentions) if ents is not None else []
    out: list[int] = []
    for i, sent in enumerate(sdoc.sents):
        lowers = [t.lower_ for t in sent]
        if not any(w in lex.surface or (w in lex.gated and lex.gated[w] & set(lowers)) for w in lowers):
            continue
        if ents is not None:
            k = bisect.bisect_left(starts, sent.start_char)
            named = k < len(starts) and starts[k] < sent.end_char
            pron = any(w in PRONOUNS_WE or w in PRONOUNS_HE or w in ("they", "their", "them") for w in lowers)
            inq = any(a < sent.end_char and sent.start_char < b for a, b in quoted)
            office = any(w in OFFICE_WORDS for w in lowers)  # "the two leaders", "the President"
            # "The pair agreed to ...", "The last such drills were held in 2019" after a sentence told them
            told = bool(out) and out[-1] == i - 1 and points_back(lowers, lex.surface)
            if not (named or pron or inq or office or told or _generic_group(sent.text, lex)):
                continue
        out.append(i)
    return out


def _find_triggers(sent_doc, lex: Lexicon, accept: bool = False) -> list[tuple[str, str, int, int]]:
    """(event type, phrase, first token index, last token index + 1) for each trigger.

    With ``accept``, only triggers that :func:`_accept` keeps, and the first lexicon entry at a
    token that it keeps wins, so a word listed under two types or parts of speech is read as the one
    that fits ("peace talks" the meeting noun, not the verb "talk"; "called for an end to" the
    request, not a "call")."""
    toks = list(sent_doc)
    lemmas = [_verb_of(t, lex) or _lemma(t) for t in toks]
    lowers = [t.lower_ for t in toks]
    found = []
    i = 0
    while i < len(toks):
        hit = None
        tried = 0
        for etype, phrase in lex.single.get(lemmas[i], []) + lex.single.get(lowers[i], []):
            words = phrase_words(phrase)
            n = len(words)
            if tried and n != tried:
                break  # "signed up" refused as a deployment is not "signed" an agreement
            end = i + n if all(j < len(toks) and words[k] in (lemmas[i + k], lowers[i + k])
                               for k, j in enumerate(range(i, i + n))) else i + 1 if _split_particle(toks[i], words) else 0
            if end:
                if accept and not _accept(etype, phrase, sent_doc, i, end, lex):
                    # "the attack on one of his schools": an attack; "the strategic exercise together with X": a verb
                    # phrase on a noun is no phrase at all, the noun alone may still be one
                    tried = tried if words[-1] in QUANTIFIERS or _verb_phrase_on_noun(lex, etype, phrase, toks[i]) else n
                    continue
                hit = (etype, phrase, i, end)
                break
        if hit:
            found.append(hit)
            i = hit[3]
        else:
            i += 1
    if not accept:
        return found
    found = _stance_threats(sent_doc, _unmet(sent_doc, found), lex)
    return found + shape_triggers(sent_doc, lex, found)


def _verb_phrase_on_noun(lex: Lexicon, etype: str, phrase: str, tok) -> bool:
    """A phrase the lexicon lists as a verb only, met on a word that is no verb ("exercise together" over "the
    exercise together with"): refused for its part of speech, not for its sense."""
    spec = lex.triggers[etype]
    return " " in phrase and phrase in spec.get("verbs", []) and phrase not in spec.get("nouns", []) and (
        tok.pos_ not in ("VERB", "AUX"))


def _stance_threats(sent_doc, found, lex: Lexicon):
    """A threat noun that is what a stance verb calls someone or their act is the verb's threat: its subject makes it,
    its object is the target ("Turkey called the Greek deployment a provocation": Turkey against Greece)."""
    taken = {k for _t, _p, a, b in found for k in range(a, b)}
    out = []
    for t in found:
        verb = _stance_verb(sent_doc[t[2]:t[3]].root, lex) if t[0] == "threat" else None
        if verb is not None and verb.i not in taken:
            t = (t[0], t[1], verb.i, verb.i + 1)
            taken.add(verb.i)
        out.append(t)
    return out


def _unmet(sent_doc, found):
    """Drop a meeting verb whose object is a threat: "any provocation will meet a crushing response", "will be met with
    a firm response" is a warning, nobody meets."""
    threats = {sent_doc[a:b].root.i for etype, _p, a, b in found if etype == "threat"}
    def met(t) -> bool:
        verb = sent_doc[t[2]:t[3]].root
        return t[0] == "meeting" and verb.pos_ in ("VERB", "AUX") and any(
            c.i in threats or (c.dep_ in ("prep", "agent") and any(g.i in threats for g in c.children))
            for c in verb.children)
    return [t for t in found if not met(t)]


def _split_particle(tok, words: list[str]) -> bool:
    """A phrasal verb with its object between the verb and its particle ("pulled its troops out of Kherson", "shot
    the drone down"): the phrase's verb and the particle the parse hangs on it."""
    return len(words) == 2 and tok.pos_ == "VERB" and words[0] in (tok.lemma_.lower(), tok.lower_) and any(
        c.dep_ == "prt" and c.lower_ == words[1] and c.i > tok.i + 1 for c in tok.children)


def _verb_of(tok, lex: Lexicon) -> str | None:
    """The trigger verb a gerund noun is the -ing form of ("stationing" -> "station", "providing" -> "provide",
    "sending" -> "send"), when the lexicon lists it."""
    if not _gerund(tok) or tok.lower_ in lex.single:  # "the meeting of", "the shelling of": nouns of their own
        return None
    stem = tok.lower_[:-3]
    for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if cand and cand in lex.single:
            return cand
    return None


def _near_military(sent_doc, i: int, j: int, lex: Lexicon, window: int = 6) -> bool:
    """A military word within ``window`` words of the trigger, or in the subject of its verb and of the verbs it
    completes ("Troops from the bloc replaced it in 2023 and began withdrawing in April"). (A military word anywhere
    among a noun's own complements was tried: "a base for the resistance's operations during the Second World War"
    is no deployment.)"""
    lo, hi = max(0, i - window), min(len(sent_doc), j + window)
    if any(_military(t, lex) for t in sent_doc[lo:hi]):
        return True
    return any(_military(t, lex) for s in _clause_subjects(sent_doc[i:j].root) for t in _own_words(s))


def _military(tok, lex: Lexicon) -> bool:
    return _lemma(tok) in lex.military or tok.lower_ in lex.military


# the dependents that are not a word's own complement: a clause of its own (sides.CLAUSE_DEPS), an apposition, a
# subject, a clause's marker or a coordinator
NOT_OWN_DEPS = CLAUSE_DEPS | {"appos", "nsubj", "nsubjpass", "mark", "cc"}


def _own_words(tok) -> list:
    """``tok`` and its complements and modifiers, down to a clause of their own or a coordinated word ("Troops from
    the bloc", not what a relative clause on them says)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in NOT_OWN_DEPS]
    return out


def _clause_subjects(tok) -> list:
    """The subject of a verb, or, for a verb without one, of the verb it completes or is coordinated with ("began
    withdrawing", "replaced it and began withdrawing")."""
    for _ in range(4):
        if tok.pos_ not in ("VERB", "AUX"):
            return []
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return subj
        tok = tok.head
    return []


# what an agreement reaffirms or reflects exists already: no provision ("agreements that reaffirm ... a robust
# presence, including through rotational deployments")
REAFFIRMING = frozenset({"reaffirm", "affirm", "reflect", "recognize", "recognise", "underscore", "highlight",
                         "demonstrate", "celebrate", "build"})


# what an agreement does to what it provides for ("the agreement allows X's police to be deployed")
PERMITTING = frozenset({"allow", "permit", "enable", "entitle", "provide"})


def _inside_provision(sent_doc, head) -> bool:
    """A trigger inside a relative clause of an agreement ("the Shusha Agreement, which stipulates
    military aid against threats and attacks") states a provision, not an event; an infinitive
    on it says what is agreed or planned ("plans to build a corridor", "an agreement to hold drills")."""
    tok, below = head, None
    for _ in range(8):
        if below is not None and below.dep_ != "nsubj" and _lemma(tok) in PERMITTING and not any(
                c.dep_ == "neg" for c in tok.children) and any(
                c.dep_ == "nsubj" and (_lemma(c) in agreement_nouns() or c.ent_type_ == "LAW") for c in tok.children):
            return True  # "the agreement allows Kenyan police to be deployed" (not "does not provide for stationing")
        if tok.head.i == tok.i or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            return False  # "rejected the deal signed by X and Y as null and void": what it is called, no provision
        infinitive = to_infinitive(tok)
        if (tok.dep_ == "relcl" or (tok.dep_ == "acl" and not infinitive)) and _lemma(tok) not in REAFFIRMING:
            noun = tok.head  # "plans to build" is the plan itself
            if _lemma(noun) in agreement_nouns() or noun.ent_type_ == "LAW":
                return True
        tok, below = tok.head, tok
    return False


def _named_before_hyphen(sent_doc, i: int) -> bool:
    """"An Iranian-backed militia", "Russia-sponsored separatists": a name joined to the word by a hyphen."""
    return i > 1 and sent_doc[i - 1].text in ("-", "–") and sent_doc[i - 2].text[:1].isupper()


def _named_event(sent_doc, i: int) -> bool:
    """A capitalised trigger word naming the event that follows it ("Exercise Flintlock", "Operation Atlantic Resolve")."""
    return sent_doc[i].text[:1].isupper() and i + 1 < len(sent_doc) and sent_doc[i + 1].pos_ == "PROPN" and (
        i == 0 or sent_doc[i - 1].pos_ != "PROPN")


def _named_series(head) -> bool:
    """A trigger noun named by the proper name before it ("the next Caspian Guard exercise", "the Zapad-2025
    exercise", 'the next "Three Brothers" exercise'), not a name's own word ("Exercise Street")."""
    return head.pos_ == "NOUN" and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < head.i
                                       for c in head.children)


# armed bodies that qualify drills of any trade ("a sales division exercise"): no force's exercise by themselves
VAGUE_BODIES = frozenset({"unit", "division", "mission", "personnel", "surveillance", "patrol"})


def _left_modifiers(head) -> list:
    """The words qualifying a noun before it, however nested ("the joint counter-terrorism exercise", "special forces
    exercise"): its adjectives, compounds and noun modifiers and theirs, not its determiner."""
    out, todo = [], [c for c in head.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")]
    return out


def _qualified_drill(head, mods: set[str], lex: Lexicon) -> bool:
    """An exercise noun qualified, however deep in its modifiers, by one of its type's modifiers or by a force or a
    unit ("the Warrior joint counter-terrorism exercise", "a special forces exercise", "the rapid reaction force
    exercise")."""
    armed = lex.word_lists["armed_doers"] - VAGUE_BODIES
    return any(t.lower_ in mods or (t.pos_ == "NOUN" and (_lemma(t) in armed or t.lower_ in armed))
               for t in _left_modifiers(head))


def _level_of(noun, frame: dict) -> bool:
    """The noun names the level ties reached or were raised to ("relations have reached the level of an alliance",
    "ties were elevated to the level of a strategic alliance"; ``frame``: the type's 'level_of' lists)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or _lemma(noun.head.head) not in frame["levels"]:
        return False
    level = noun.head.head
    verb = level.head.head if level.dep_ == "pobj" else level.head
    return level.dep_ in ("dobj", "pobj", "nsubjpass", "attr") and _lemma(verb) in frame["verbs"]


def _signed_conjunct(noun, spec: dict) -> bool:
    """A noun coordinated with what a signing verb takes is signed too, however far the list runs and wherever the
    parse hangs the conjunct ("signed a Joint Declaration on the completion of negotiations on civil nuclear
    cooperation and a Strategic Framework for AI", the framework parsed as a conjunct of "cooperation"): up the
    conjunct, the noun phrases and their prepositions to the clause's verb. A series told with "followed by" is a
    list too ("signed a defence pact with Sudan in March, followed by a similar accord with Somalia")."""
    t, joined = noun, False
    while t.head.i != t.i and (t.pos_ != "VERB" or _lemma(t) in SERIES_VERBS):
        joined = joined or t.dep_ == "conj" or (t.dep_ == "pobj" and t.head.dep_ == "agent"
                                                 and _lemma(t.head.head) in SERIES_VERBS)
        if t.dep_ not in ("conj", "pobj", "prep", "dobj", "nsubjpass", "appos", "agent") and not (
                t.dep_ in ("advcl", "acl") and _lemma(t) in SERIES_VERBS):
            return False
        t = t.head
    return joined and t.pos_ == "VERB" and _lemma(t) in spec.get("sign_verbs", [])


SERIES_VERBS = frozenset({"follow"})  # "..., followed by a similar accord with Somalia": the next of a series


def _noun_read_as_verb(tok) -> bool:
    """A noun the parse took for a verb in its base form, betrayed by what only a noun takes: a determiner or an
    adjective before it ("held the first ASEAN-India maritime exercise off Singapore", parsed "maritime exercise" as
    a clause); or a plural the parse tags as a verb but hangs as a noun, with a noun's modifiers ("held live-fire
    combat drills along the border": "drills" a VBZ object with compounds)."""
    return tok.pos_ == "VERB" and ((tok.tag_ in ("VB", "VBP") and any(
        c.dep_ in ("det", "amod") and c.i < tok.i for c in tok.children)) or (
        tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr") and any(
            c.dep_ in ("det", "amod", "compound", "poss", "nummod") and c.i < tok.i for c in tok.children)))


def _adopting(lex: Lexicon) -> frozenset[str]:
    """The verbs that make a text the parties' own (``data/triggers/agreement.json`` 'adopting_verbs', the signing
    verbs that take a text on, not those that break or reject one): a joint statement signed or adopted is an
    agreement, one issued a communication of theirs ('signed_object')."""
    return lex.word_lists["adopting_verbs"]


def _holding(lex: Lexicon) -> frozenset[str]:
    """The verbs that hold or carry out a drill ("conducted a passage exercise", "carried out an exercise"): the
    exercise shapes' 'holding_verbs' (``data/triggers/exercise.json``), lemmas and the forms a lemmatiser gets wrong
    ("staged" -> "stag"), one list for both readings."""
    return lex.word_lists["holding_verbs"]


def _held_by_forces(head, lex: Lexicon) -> bool:
    """An exercise held by forces, whatever its qualifier: the object (or passive subject) of a holding verb whose
    subject (or agent, or "with" phrase) is a force, a unit or a military craft ("Japanese and Indian destroyers
    conducted a passage exercise", "the frigates carried out an exercise with the Omani navy"; not "the ministry
    held an exercise in budgeting")."""
    if head.dep_ not in ("dobj", "nsubjpass") or not {_lemma(head.head), head.head.lower_} & _holding(lex):
        return False
    verb = head.head
    armed = lex.word_lists["armed_doers"]
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
              for g in c.children if g.dep_ == "pobj"]
    doers += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(k) in armed or k.lower_ in armed for d in doers for k in [d, *(c for c in d.children if c.dep_ == "conj")])


SEASONS = frozenset({"year", "season", "spring", "summer", "autumn", "fall", "winter"})


def _dated_edition(head, lex: Lexicon) -> bool:
    """An exercise of a year, held ("last year's exercises under the same name were conducted in Kars", "this
    spring's exercise was staged off Crete"): an edition of a series."""
    return head.dep_ in ("dobj", "nsubjpass") and bool({_lemma(head.head), head.head.lower_} & _holding(lex)) and any(
        c.dep_ == "poss" and _lemma(c) in SEASONS for c in head.children)


def _with_drills(head, spec: dict) -> bool:
    """A trigger coordinated with one of its own modifiers' events ("training and exercises")."""
    near = [head.head] if head.dep_ == "conj" else []
    near += [c for c in head.children if c.dep_ == "conj"]
    return any(_lemma(t) in spec.get("coordinated_with", []) for t in near)


# the heads of an office's or a body's name that an "of" phrase completes ("Secretary of War", "Department of Defense",
# "Ministry of Peace")
OFFICE_HEADS = frozenset({"secretary", "department", "ministry", "minister", "office", "commissioner", "directorate",
                          "commissariat", "institute", "college", "museum"})


def _office_name(tok) -> bool:
    """``tok`` is the capitalised end of an office's or body's name ("Secretary of War", "the Department of War",
    "the Imperial War Museum" not: only an "of" phrase): no event."""
    prep = tok.head
    return tok.text[:1].isupper() and tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.text[:1].isupper() \
        and prep.head.lower_ in OFFICE_HEADS


# what sails: a ship as the subject of a visit makes it a port call ("the destroyer visited Ream")
VESSELS = frozenset({"ship", "warship", "vessel", "destroyer", "frigate", "corvette", "cruiser", "carrier", "submarine",
                     "boat", "cutter", "flotilla", "squadron", "fleet", "flagship", "tanker", "icebreaker"})


@functools.lru_cache(maxsize=1)
def _ship_prefixes() -> frozenset[str]:
    return frozenset(name_rules()["ship_prefixes"])


def _ship_visits(tok) -> bool:
    """A visit whose visitor is a ship ("A Japanese destroyer visited Ream", "INS Delhi visited Manila", "the visit of
    the frigate HMAS Toowoomba"): a port call; the crew meets no state (a visit by a navy's chief stays a meeting)."""
    if _lemma(tok) != "visit":
        return False
    if tok.pos_ in ("VERB", "AUX"):
        visitors = [c for c in tok.children if c.dep_ == "nsubj"]
    else:
        visitors = [o for p in tok.children if p.dep_ in ("prep", "agent") and p.lower_ in ("of", "by")
                    for o in p.children if o.dep_ == "pobj"]
        visitors += [c for c in tok.children if c.dep_ == "poss"]
    ships = _ship_prefixes()
    return any(_lemma(v) in VESSELS or any(w.text in ships for w in v.subtree if w.i < v.i + 1)
               for v in visitors)


# who an assurance says a state will never strike: nobody in particular ("will never attack anyone")
# ("one" alone is not: "attacked one of the tankers" is an attack on a party)
NOBODY = frozenset({"anyone", "anybody", "nobody", "everyone", "everybody", "someone", "somebody", "anything",
                    "no-one"})


def _aimed_at_nobody(tok) -> bool:
    """A verb of attack whose object is an indefinite pronoun ("will never attack anyone", "does not threaten anybody",
    "would not invade any country"): a norm or an assurance, no attack on a party."""
    if tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lower_ in NOBODY or (o.lower_ in ("country", "nation", "state", "one") and any(
        c.dep_ == "det" and c.lower_ in ("any", "no") for c in o.children)) for o in objs)


def _accept(etype: str, phrase: str, sent_doc, i: int, j: int, lex: Lexicon) -> bool:
    """Whether a trigger word really reports an event of ``etype`` here (see the lexicon's notes)."""
    spec = lex.triggers[etype]
    head = sent_doc[i:j].root
    if _office_name(head):
        return False  # "Secretary of War Pete Hegseth": an office, no war
    if etype == "meeting" and _ship_visits(head):
        return False  # "a Japanese destroyer visited Ream": a port call, no meeting between states
    if etype == "conflict" and _aimed_at_nobody(head):
        return False  # "will never attack anyone": an assurance, no attack on a party
    allowed = lex.pos.get((etype, phrase))
    if allowed and sent_doc[i].pos_ not in allowed and not ("VERB" in allowed and _gerund(sent_doc[i])) and not (
            "NOUN" in allowed and _noun_read_as_verb(sent_doc[i])):
        return False
    if " " in phrase and phrase in spec.get("verbs", []) and phrase not in spec.get("nouns", []) and (
            sent_doc[i].pos_ not in ("VERB", "AUX")):
        return False  # "held a call on Monday" is no "call on"
    if phrase in spec.get("needs_modifier", []):
        mods = set(spec.get("modifiers", []))
        left = {t.lower_ for t in sent_doc[max(0, i - 3):i]} | {  # or the noun's own modifier further left
            c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < i}  # "joint live-fire drills"
        conveyed = head.dep_ in ("dobj", "nsubjpass") and _lemma(head.head) in spec.get("conveyed_by", {}).get(phrase, ())
        if not (left & mods or conveyed or _named_event(sent_doc, i) or (etype == "exercise" and (
                _named_series(head) or _held_by_forces(head, lex) or _qualified_drill(head, mods, lex)
                or _dated_edition(head, lex))) or _with_drills(
                head, spec) or (
                etype == "deployment" and any(c.dep_ in ("acl", "relcl") and _lemma(c) in lex.word_lists["deployment_verbs"]
                                              for c in head.children))) or (head.pos_ == "VERB" and not _noun_read_as_verb(head)):
            return False
    named = phrase in spec.get("named_by_parties", []) and i > 0 and (
        sent_doc[i - 1].pos_ == "PROPN" or (sent_doc[i - 1].pos_ == "ADJ" and sent_doc[i - 1].text[:1].isupper()))
    named = named or (phrase in spec.get("party_object", []) and _party_object(head)) or (
        phrase in spec.get("named_before_hyphen", []) and _named_before_hyphen(sent_doc, i)) or (
        phrase in spec.get("with_state", []) and _with_state(head)) or (
        phrase in spec.get("named_by_parties", []) and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ALLY_QUALIFIERS for c in head.children)) or any(
        c.dep_ in ("compound", "amod") and c.lower_ in spec.get("qualified_by", {}).get(phrase, ())
        for c in head.children) or (  # "no foreign base is being discussed"
        phrase in spec.get("level_of", {}).get("nouns", []) and _level_of(head, spec["level_of"]))
    if phrase in spec.get("needs_stance", []) and not (head.dep_ == "attr" or _stance_verb(head, lex) is not None):
        return False  # "will regard any foreign troops as occupiers", "X is the aggressor"; not "the enemy fired"
    if phrase in spec.get("needs_military", []) and not named and not _near_military(sent_doc, i, j, lex):
        return False
    if phrase in spec.get("needs_context", []):
        window = sent_doc[max(0, i - 8):min(len(sent_doc), j + 8)]
        signed = any(_lemma(t) in spec.get("sign_verbs", []) for t in window) or _signed_conjunct(head, spec)
        kids = list(head.children)
        vague = any(c.dep_ == "amod" and c.lower_ in spec.get("vague_modifiers", []) for c in kids)
        specific = any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in spec.get("vague_modifiers", [])
                       for c in kids) or any(c.dep_ == "prep" and c.lower_ in ("between", "with", "on", "among")
                                             for c in kids)
        if phrase in spec.get("needs_signing", []) and not signed:
            return False  # "principles enshrined in the UN Charter" is no charter being signed
        if vague and not signed:
            return False
        if not (signed or specific):
            return False
    if phrase in spec.get("signed_object", []) and not (
            head.dep_ in ("dobj", "nsubjpass") and _lemma(head.head) in _adopting(lex)):
        return False  # "the presidents adopted a joint statement", not "said in a joint statement"
    if not _context_ok(etype, spec, phrase, sent_doc, head, i, j, lex):
        return False
    if phrase in ("ask",) or (etype == "request" and head.pos_ == "VERB"):
        # "urged X to", "called on X to", "requested that": needs an object or a complement
        if not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "prt") for c in head.children):
            return False
        if not any(c.dep_ == "xcomp" for c in head.children) and any(
                c.dep_ in ("ccomp", "advcl") and _interrogative(c) for c in head.children):
            return False  # "asked whether Chad would invite Russian troops": a question, no request
    if etype in ("conflict", "threat", "request") and head.pos_ not in ("NOUN", "VERB", "PROPN") and j - i == 1:
        return False
    if phrase in spec.get("armed_subject", []) and not _armed_doer(head, lex):
        return False  # "police opened fire on protesters", "inflation hit Russia": nobody armed does it
    if etype == "conflict" and head.pos_ == "VERB" and phrase not in spec.get("needs_object", {}) and " " not in phrase:
        # "occupy a country" is a conflict, "occupying a worthy place" is not: the object must be
        # a named party or a territorial/military noun
        objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ in ("against", "into") for g in c.children
            if g.dep_ == "pobj"]  # "to retaliate against Pakistan", "crossed into Ukrainian territory"
        if any(_lemma(o) in lex.word_lists["hazards"] for o in objs):
            return False  # "to fight COVID-19": a disease is no enemy
        targets = lex.word_lists["conflict_objects"]
        if not any(o.pos_ == "PROPN" or o.ent_type_ or _lemma(o) in targets or o.lower_ in targets
                   or (o.text.isupper() and len(o) > 1) for o in objs) and not (  # an acronym is a name ("to fight ISIS")
                phrase in spec.get("intransitive", []) and _fighting_subject(head)) and not _armed_agent(
                head, lex) and not _gerund_subject(head, spec):
            return False
        if any(c.dep_ == "agent" for c in head.children) and not _armed_agent(head, lex):
            return False  # "the hospital was struck by a power cut": whoever or whatever hits it is no armed side
    if etype == "meeting" and head.tag_ == "VBG" and head.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and any(
            c.dep_ == "dobj" and _lemma(c) in spec["nouns"] for c in head.children):
        return False  # "Hosting the meeting, X suggested ...": the meeting's own noun tells it, the clause a setting
    if " " in phrase and sent_doc[j - 1].lower_ in QUANTIFIERS and not _quantified(sent_doc, j - 1, etype):
        return False  # "help the other countries", "the attack on one of his schools"
    if etype == "conflict" and _hypothetical_war(head):
        return False  # "a pact that could pull us into a foreign war": a war that may come, nobody's yet
    if etype in HAZARD_TYPES and _anyones(head):
        return False  # "aggression against both", "if either faces an attack", "whoever threatens X"
    if etype == "threat" and (verb := _stance_verb(head, lex)) is not None and any(
            _anyones(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != head.i):
        return False  # "an armed attack on either would be regarded as a danger to both": a pledge
    if etype != "alliance" and _inside_provision(sent_doc, head):  # "a declaration obliging each to aid the other"
        return False
    if etype == "agreement" and phrase == "deal" and head.pos_ == "VERB":
        return False
    return True


# what a war that may come is kept from, risked or dragged into ("to avoid a war", "could drag us into a war")
AVERTING = frozenset({"avoid", "prevent", "avert", "risk", "fear", "drag", "pull", "draw", "plunge", "spark", "trigger",
                      "provoke", "lead", "escalate", "spiral", "slide", "turn"})
MODALS = frozenset({"could", "would", "might", "may", "can"})


def _hypothetical_war(head) -> bool:
    """A conflict noun named as a kind, not as a war of someone: indefinite ("a war", "any conflict", "another
    war"), with no name in its own phrase, in a clause of what may be ("could pull us into a foreign war", "would
    trigger a war") or of keeping it off ("to avoid a war"); not "launched a war on Ukraine"."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    gov = head.head.head if head.dep_ == "pobj" else head.head
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    if not set(dets) & {"a", "an", "any", "another"}:
        return False
    averting = _lemma(gov) in AVERTING
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in gov.children)
    if any(t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ == "ADJ") for t in head.subtree if t.i != head.i):
        return averting and (modal or gov.dep_ == "xcomp")  # "would trigger a war with Russia"; not "a Russian invasion"
    return averting or modal


# who stands for any party of a pledge, nobody in particular ("an attack on either", "whoever threatens")
QUANTIFIERS = frozenset({"one", "either", "both", "all", "any", "each", "another", "other", "anyone", "anybody",
                         "whoever", "whichever"})


def _anyone(t) -> bool:
    """A quantifier standing for any party ("against both", "them all"; not "one of his schools")."""
    if t.pos_ == "PROPN":
        return False
    if any(c.lower_ in ("all", "both") for c in t.children):
        return True  # "an attack against them all"
    return t.lower_ in QUANTIFIERS and not _of_noun(t)


def _of_noun(q) -> bool:
    """"one of his schools": the quantifier picks from named things."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ != "PRON" for g in c.children)
               for c in q.children)


def _quantified(sent_doc, k: int, etype: str) -> bool:
    """The quantifier ending a phrase stands for any party: no noun follows it ("help the other countries", "an attack
    on one of his schools"), and an attack on one is said to be on all ("aggression against one is aggression
    against both")."""
    q = sent_doc[k]
    if q.dep_ in ("amod", "det", "nummod") or _of_noun(q):
        return False
    return etype != "alliance" or q.lower_ in ("other", "another", "either") or any(
        t.lower_ in ("all", "both", "every", "each", "whole") for t in sent_doc[k + 1:])


def _anyones(head) -> bool:
    """A hostile act on or by anyone, as a pledge states it: its target is a quantifier ("aggression against both",
    "an attack on either"), its subject or its condition's subject is ("whoever threatens X", "if either faces an
    attack"), or its subject is a clause of anyone ("whoever threatens X threatens Y")."""
    targets = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon")
               for g in c.children if g.dep_ == "pobj"]
    clause = head if head.pos_ in ("VERB", "AUX") else head.head
    subjects = [] if _reciprocal(clause) else [
        c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "preconj")]
    if any(_anyone(t) for t in targets + subjects):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and _lemma(head.head.head) in ("case", "event"):
        return True  # "in case of aggression", "in the event of an attack": a condition, no attack
    if any(c.dep_ == "csubj" and any(g.lower_ in QUANTIFIERS for g in c.children if g.dep_ == "nsubj")
           for c in clause.children):
        return True
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "should", "whenever")
                                          for c in clause.children) and any(
        t.lower_ in QUANTIFIERS for t in subjects)


def _reciprocal(verb) -> bool:
    """The act is done by each of its subject to the other ("both sides blamed each other", "the two armies accused
    one another of shelling"): its subject is the two sides in focus, not anyone a pledge speaks of."""
    return any(c.dep_ in ("dobj", "pobj") and any(
        {c.lower_, d.lower_} in ({"each", "other"}, {"one", "another"}) for d in c.children) for c in [
        *verb.children, *(g for p in verb.children if p.dep_ == "prep" for g in p.children)])


def _armed_agent(verb, lex: Lexicon) -> bool:
    """A passive conflict verb whose agent is an armed side, a weapon or a name ("the tanker was attacked by drones
    launched from Yemen", "the convoy was ambushed by militants"; not "the striker was attacked by the press")."""
    return any(c.dep_ == "agent" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or _lemma(g) in ARMED or _lemma(g) in lex.word_lists["weapons"]
                              or g.lower_ in lex.word_lists["weapons"]) for g in c.children)
        for c in verb.children)


# who fights without an object: "Ukrainians were fighting to defend their country", "troops clashed"
FIGHTERS = frozenset({"troop", "force", "army", "soldier", "militant", "rebel", "fighter", "insurgent", "people",
                      "military", "coalition", "militia", "police", "guerrilla", "ukrainians", "they", "we",
                      "gunman", "gunmen", "attacker", "assailant", "separatist", "jihadist", "terrorist", "proxy",
                      "warplane", "navy", "sniper", "pirate", "side", "guard", "unit", "commando", "marine",
                      "paratrooper"})
ARMED = FIGHTERS - {"people", "police", "they", "we"}  # who attacks as an armed side ("protesters attacked by police": unrest)


def _subjects(verb) -> list:
    """The verb's subjects; an infinitive's are its governing verb's object or subject ("prompting the army to
    retaliate", "the army vowed to retaliate")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "xcomp":
        up = verb.head
        subj = [c for c in up.children if c.dep_ == "dobj"] or [c for c in up.children if c.dep_ == "nsubj"]
    return subj


def _armed_doer(verb, lex: Lexicon) -> bool:
    """An armed side, a weapon or a strike does it: the verb's subject, or its passive's agent ("drones hit a
    refinery", "troops opened fire", "the refinery was hit by drones")."""
    if _armed_agent(verb, lex):
        return True
    doers = ARMED | lex.word_lists["weapons"] | STRIKES
    return any(c.pos_ == "PROPN" or _lemma(c) in doers or c.lower_ in doers for c in _subjects(verb))


# what hits a target as the act of an armed side ("a missile strike hit the depot")
STRIKES = frozenset({"strike", "airstrike", "attack", "shell", "shelling", "bombardment", "barrage", "salvo", "raid"})


def _gerund_subject(verb, spec: dict) -> bool:
    """A conflict noun read as a gerund that is the subject of its clause, with no subject of its own ("Fighting
    along the border between A and B killed more than 100"): the fighting itself."""
    return verb.dep_ in ("csubj", "nsubj") and verb.tag_ == "VBG" and verb.lower_ in spec.get("nouns", []) and not any(
        c.dep_ in ("nsubj", "dobj") for c in verb.children)


def _fighting_subject(verb) -> bool:
    """The subject of an intransitive conflict verb is an armed side or a people (through a
    relative pronoun to its antecedent: "the Ukrainian people who were fighting")."""
    for c in _subjects(verb):
        if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            c = verb.head
        if c.pos_ == "PROPN" or _lemma(c) in FIGHTERS or c.lower_ in FIGHTERS:
            return not any(d.dep_ == "dobj" for d in verb.children)
    return False


def _proposal_fallback(sent_doc) -> list[tuple[str, str, int, int]]:
    """A sentence with no trigger where someone proposes something to states: a proposed cooperation."""
    for t in sent_doc:
        if _lemma(t) in ("propose", "suggest") and t.pos_ == "VERB" and any(
                c.dep_ in ("nsubj",) for c in t.children):
            return [("cooperation", "propose", t.i, t.i + 1)]
    return []
