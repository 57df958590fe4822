"""The exercise, agreement, meeting and alliance shapes (see ``shapes.py``, which reads them).

* exercise: an exercise noun after a proper name and its year ("the Noble Partner 2025 exercise"); forces of two
  states rehearsing or practising something; a drill named with its year that forces join ("Union Shield-2025",
  "Steppe Eagle 2027"), or an edition of a series staged with soldiers;
* agreement: a text qualified as signed or initialled ("the initialled peace text between A and B"); a contract
  officials of two states sign ("inked by the minister and his Danish counterpart"); names put to an accord;
* meeting: a call to an official ("called his Lithuanian counterpart"); a leader coming to another state ("when
  Tokayev comes to Beijing");
* alliance: ties raised to an alliance, a bloc led by a state ("the Moscow-led bloc"), a treaty of alliance, allies
  named in a state's predicate ("Russia is our chief partner and ally").
"""
from __future__ import annotations

import re

from ..gazetteer import load_gazetteer
from ..metadata import _MONTHS
from .context import party_rules
from .lexicon import Lexicon, _lemma
from .shapes_cooperation import Trigger, _after_hyphen, _state_party, _state_word, _words
from .trigger_context import _company_party, _with_state


def _named_exercises(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """An exercise noun right after a proper name, maybe with its year, is that named exercise ("wrapped up the Noble
    Partner 2025 exercise", "the Sea Breeze exercise"), however the parser hangs the name."""
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "exercise", "named_nouns") or t.pos_ != "NOUN" or t.i in taken or t.i == 0:
            continue
        k = t.i - 1
        while k >= 0 and sent_doc[k].like_num and len(sent_doc[k]) == 4:
            k -= 1  # "Noble Partner 2025 exercise"
        if k >= 0 and sent_doc[k].pos_ == "PROPN" and sent_doc[k].text[:1].isupper() and not _state_word(sent_doc[k]):
            out.append(("exercise", _lemma(t), t.i, t.i + 1))
    return out


def _practised_together(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Forces of two states that rehearse, practise or simulate something are exercising together ("troops from
    Kazakhstan and Kyrgyzstan rehearsed a joint counter-terrorist operation", "Omani and British units simulated an
    evacuation"): the subject names two states or holds a "with" one."""
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "exercise", "practising_verbs") or t.pos_ != "VERB" or t.i in taken:
            continue
        if any(k.i in taken for k in t.subtree):
            continue  # "units of A and B practised landings during the X exercise": the exercise tells it
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and (_states_in(subj) >= 2 or _with_state(t)):
            out.append(("exercise", _lemma(t), t.i, t.i + 1))
    return out


def _states_in(noun) -> int:
    """How many states a noun phrase names ("troops from Kazakhstan and Kyrgyzstan", "Omani and British units")."""
    return len({k.lower_ for k in noun.subtree if k.text[:1].isupper() and k.pos_ in ("PROPN", "ADJ")
                and _state_word(k)})


# a name with its year joined by a hyphen, the way a series of drills is named ("Zapad-2025", "Steppe Eagle-2027")
_NAME_YEAR = re.compile(r"^[A-Z][A-Za-z]*-(19|20)\d\d$")


def _named_editions(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A drill named with its year that states or forces take part in, hold or join is an exercise ("troops from A and
    B took part in Union Shield-2025", "Steppe Eagle-2027, with A and B taking part, is set for June"); an edition of
    a series that brings forces together is one too ("the 2026 round brought together 500 soldiers of the three
    states"). Not a fair, a plan or a cup named so ("Expo-2027", "the Kazakhstan-2050 strategy"): 'not_drills'."""
    joining = _words(lex, "exercise", "joining_verbs")
    forces = lex.word_lists["armed_doers"]
    armed = any(_lemma(k) in forces or k.lower_ in forces for k in sent_doc)
    out = []
    for t in sent_doc:
        if t.i in taken:
            continue
        spaced = _spaced_year(t, lex) and armed
        if (_NAME_YEAR.match(t.text) and t.pos_ == "PROPN") or spaced:
            name = {t.lower_.split("-")[0], *(c.lower_ for c in t.children if c.dep_ == "compound")}
            end = t.i + 2 if spaced else t.i + 1
            if name & _words(lex, "exercise", "not_drills") or (
                    end < len(sent_doc) and sent_doc[end].pos_ == "NOUN"):
                continue  # "Expo-2027", "the Kazakhstan-2050 strategy"
            at = t.head if t.dep_ in ("appos", "compound") and t.head.pos_ == "PROPN" else t  # "Steppe Eagle-2027"
            gov = at.head.head if at.dep_ == "pobj" else at.head
            joined = _lemma(gov) in joining or any(
                c.dep_ == "prep" and c.lower_ == "with" and any(_lemma(g) in joining for g in c.children)
                for c in t.children)
            if joined:  # read at the verb that holds it, whose tense and mood tell the status ("will take part in")
                k = gov.i if _lemma(gov) in joining and gov.pos_ in ("VERB", "AUX") and gov.i not in taken else t.i
                out.append(("exercise", "exercise", k, k + 1))
        elif _staged_edition(t, lex):
            out.append(("exercise", "exercise", t.head.i, t.head.i + 1))
        elif _lemma(t) in _words(lex, "exercise", "edition_nouns") and t.dep_ == "nsubj" and (
                _lemma(t.head) in _words(lex, "exercise", "gathering_verbs")) and any(
                c.dep_ == "dobj" and _lemma(c) in lex.word_lists["armed_doers"] and any(_states_in(k) for k in [c, *(
                    p for p in t.head.children if p.dep_ == "prep" and p.lower_ in ("from", "of"))])
                for c in t.head.children):
            out.append(("exercise", "exercise", t.head.i, t.head.i + 1))
    return out


_YEAR = re.compile(r"^(19|20)\d\d$")


def _spaced_year(t, lex: Lexicon) -> bool:
    """A name followed by its year as a word of its own ("Steppe Eagle 2025", "Friendship 2025"), the other way a
    series of drills is named; not a month and its year ("May 2025"), nor a place and its year ("Paris 2024", "Qatar
    2022": the games or the fair held there) unless a force or an exercise word stands in the name's own clause
    ("troops of six states joined Caucasus 2020")."""
    if not (t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _MONTHS and t.i + 1 < len(t.doc) and bool(
            _YEAR.match(t.doc[t.i + 1].text)) and t.doc[t.i + 1].head.i in (t.i, t.head.i)):
        return False
    return not _place_name(t) or _armed_clause(t, lex)


def _place_name(t) -> bool:
    """The name (with its compound words) is a state's, a capital's or a place's of the gazetteer ("Paris", "Qatar",
    "Caucasus")."""
    first = min([t, *(c for c in t.children if c.dep_ == "compound")], key=lambda k: k.i)
    hit = load_gazetteer().lookup(t.doc[first.i:t.i + 1].text)
    return hit is not None and hit[0].split(":")[0] in ("country", "place")


def _clause_of(tok):
    """The verb whose clause holds the token (itself, for a verb), or the sentence's root."""
    return next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), tok.sent.root)


def _armed_clause(t, lex: Lexicon) -> bool:
    """A force (``armed_doers``) or an exercise noun stands in the same clause as ``t`` ("troops joined Caucasus 2020";
    not "soldiers will guard the venues when Paris 2024 begins": the soldiers are in the main clause)."""
    words = lex.word_lists["armed_doers"] | _words(lex, "exercise", "named_nouns")
    clause = _clause_of(t)
    return any((_lemma(k) in words or k.lower_ in words) and _clause_of(k) == clause for k in t.sent if k.i != t.i)


def _staged_edition(t, lex: Lexicon) -> bool:
    """An edition of a series that is staged or held where soldiers or units take part ("the 2021 round was staged
    near Arica; Chilean and Peruvian soldiers practised landings"); not a round of talks, nor one where no armed side
    is named."""
    armed = lex.word_lists["armed_doers"]
    return _lemma(t) in _words(lex, "exercise", "edition_nouns") and (
        (t.dep_ in ("nsubj", "nsubjpass") and _holds(t.head, lex)) or any(
            c.dep_ == "acl" and _holds(c, lex) for c in t.children)) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and any(
        _lemma(k) in armed or k.lower_ in armed for k in t.sent if k.i != t.i)


def _holds(verb, lex: Lexicon) -> bool:
    """One of the exercise shapes' 'holding_verbs', or "took place" ("the 2024 edition took place near Edirne", "this
    year's edition, held in June, involved 600 troops")."""
    return bool({_lemma(verb), verb.lower_} & _words(lex, "exercise", "holding_verbs")) or (
        _lemma(verb) == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _signed_texts(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A text, draft or document qualified as signed or initialled is an agreement ("the initialled peace text
    between A and B", "the signed draft"); an agreement noun tells it already."""
    done = _words(lex, "agreement", "signed_participles")
    things = _words(lex, "agreement", "signed_things")
    out = []
    for t in sent_doc:
        if t.lower_ in done and t.dep_ in ("amod", "acl") and _lemma(t.head) in things and t.head.i not in taken \
                and not _company_party(t.head, lex.word_lists["companies"]):
            out.append(("agreement", t.lower_, t.i, t.i + 1))
    return out


def _signed_by_officials(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A contract that officials of two states sign is an agreement between their states ("the purchase contract was
    inked by the defence minister and his Danish counterpart", "the ministers signed the contract"); a contract with
    a company is none ("the ministry signed a contract with Hanwha")."""
    signing = _words(lex, "agreement", "signing_verbs")
    officials = _words(lex, "agreement", "official_signers")
    out = []
    for t in sent_doc:
        if _lemma(t) not in signing or t.pos_ != "VERB" or t.i in taken:
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in _words(lex, "agreement", "signed_things")
                   for c in t.children):
            continue  # "the president signed the bill": a law, no agreement
        signers = [c for c in t.children if c.dep_ == "nsubj"] + [
            g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        signers = [w for s in signers for w in (s, *(c for c in s.children if c.dep_ == "conj"))]
        withs = [g for k in [t, *t.children] for c in k.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"]
        if not all(_state_party(w) or _lemma(w) in officials for w in withs):
            continue  # "the ministry signed a contract with Hanwha": a company's contract
        two = withs or sum(_lemma(w) in officials for w in signers) > 1 or any(
            _lemma(w) == "counterpart" or (_lemma(w) in officials and w.tag_ == "NNS") for w in signers)
        if two and any(_lemma(w) in officials for w in signers) and not _company_party(t, lex.word_lists["companies"]):
            out.append(("agreement", _lemma(t), t.i, t.i + 1))
    return out


def _names_put_to(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Names or signatures put to an accord sign it ("the ministers put their names to the accord")."""
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "agreement", "signature_verbs") or t.pos_ != "VERB" or t.i in taken:
            continue
        if any(c.dep_ == "dobj" and _lemma(c) in _words(lex, "agreement", "signature_nouns") for c in t.children) and \
                any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
            out.append(("agreement", "put name to", t.i, t.i + 1))
    return out


def _cooperation_plans(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A plan or programme of cooperation is a document of its parties, an agreement ("signed a plan of military
    cooperation for 2026", "under the Programme of Defence Cooperation between A and B"): the trigger runs from the
    plan to what it is of, read on the words (a title-cased name parses badly), a few qualifiers between them."""
    out = []
    matters = _words(lex, "agreement", "planned_matters")
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "agreement", "plan_nouns") or t.pos_ not in ("NOUN", "PROPN") or t.i in taken \
                or t.i + 2 >= len(sent_doc) or sent_doc[t.i + 1].lower_ != "of":
            continue
        for k in range(t.i + 2, min(len(sent_doc), t.i + 6)):
            w = sent_doc[k]
            if w.lower_ in matters or _lemma(w) in matters:
                out.append(("agreement", "plan of " + w.lower_, t.i, k + 1))
                break
            if not (w.is_alpha and w.pos_ in ("ADJ", "NOUN", "PROPN", "CCONJ")):
                break
    return out


def _calls(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Calling an official or a leader is a call between their states ("the Polish chief of staff called his
    Lithuanian counterpart", "Biden called Macron on Monday"); not calling someone something ("called Putin a war
    criminal"), someone to act, for something, or off."""
    callees = frozenset(w for w in lex.triggers["meeting"]["needs_object"]["phone"] if not w.startswith("="))
    out = []
    for t in sent_doc:
        if _lemma(t) != "call" or t.pos_ != "VERB" or t.i in taken or t.dep_ in ("acl", "amod"):
            continue  # "a militia called Wagner", "the so-called volunteers": a name
        kids = list(t.children)
        if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "prt", "dative") or (
                c.dep_ == "prep" and c.lower_ in ("for", "off")) for c in kids):
            continue
        if any(c.dep_ == "dobj" and (_lemma(c) in callees or (c.pos_ == "PROPN" and not _state_word(c))) for c in kids):
            out.append(("meeting", "call", t.i, t.i + 1))
    return out


def _known_leader(tok, lex: Lexicon) -> bool:
    """A name of a head of state or government or minister: one whose state the news leaves unsaid (data/parties.json
    'leaders'), or one under a title ("President Goita", "Prime Minister Sanchez")."""
    titles = _words(lex, "meeting", "visiting_officials")
    return tok.lower_ in _leaders() or (tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and _lemma(c) in titles for c in tok.children))


def _leaders() -> dict[str, str]:
    """Each leader's key (a surname, or a full name as a slug for a namesake: data/parties.json 'leaders') -> the
    leader's state."""
    return party_rules()["leaders"]


def _states_of(toks) -> set[str]:
    """The states the words name or qualify by a demonym, read with the gazetteer."""
    out = set()
    for k in toks:
        if k.text[:1].isupper() and (hit := load_gazetteer().lookup(k.text)) and hit[0].startswith("country:"):
            out.add(hit[0])
    return out


def _visits(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A leader or an official who comes, arrives or flies to another state or its capital visits it ("when Tokayev
    comes to Beijing in June", "the Chilean president arrives in Lima on Monday"); not anyone travelling ("fans flew
    to Madrid"), nor a leader coming home ("Putin arrived back in Moscow")."""
    officials = _words(lex, "meeting", "visiting_officials")
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "meeting", "arriving_verbs") or t.pos_ != "VERB" or t.i in taken:
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj" and (
            _known_leader(c, lex) or (c.pos_ != "PROPN" and _lemma(c) in officials))]
        if not subj or any(c.lower_ in ("back", "home") for c in t.children):
            continue
        if any(g.i in taken for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
               if g.dep_ == "pobj"):
            continue  # "arrived in Lithuania for talks": the talks are the meeting, with the host as its side
        home = {_leaders().get(s.lower_) for s in subj} | _states_of(k for s in subj for k in s.subtree)
        places = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                  for g in c.children if g.dep_ == "pobj" and _state_party(g)]
        if places and not _states_of(places) <= home:
            out.append(("meeting", "visit", t.i, t.i + 1))
    return out


def _alliance_noun(tok, lex: Lexicon) -> bool:
    return _lemma(tok) in _words(lex, "alliance", "alliance_nouns") or tok.lower_ in _words(lex, "alliance",
                                                                                          "alliance_nouns")


def _raised_to_alliance(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Ties raised, elevated or turned into an alliance are an alliance ("relations have been raised to an alliance",
    "upgraded their partnership to an alliance")."""
    out = []
    for t in sent_doc:
        if not _alliance_noun(t, lex) or t.i in taken or t.dep_ != "pobj" or t.head.lower_ not in ("to", "into"):
            continue
        if _lemma(t.head.head) in _words(lex, "alliance", "raising_verbs"):
            out.append(("alliance", "raised to alliance", t.i, t.i + 1))
    return out


def _led_blocs(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A bloc or alliance led by a state ("the Moscow-led bloc", "the Russian-led alliance") is a military bloc."""
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "alliance", "led_blocs") or t.i in taken:
            continue
        if any(c.dep_ == "amod" and c.lower_ == "led" and c.i >= 2 and _after_hyphen(c) and _state_word(sent_doc[c.i - 2])
               for c in t.children) and not _company_party(t, lex.word_lists["companies"]):
            out.append(("alliance", _lemma(t), t.i, t.i + 1))
    return out


def _treaty_of_alliance(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A treaty or pact of alliance is an alliance as well as the agreement ("concluded a treaty of alliance", "a pact
    of friendship and alliance")."""
    frames = _words(lex, "alliance", "alliance_frames")
    out = []
    for t in sent_doc:
        if not _alliance_noun(t, lex) or t.i in taken:
            continue
        top = t.head if t.dep_ == "conj" else t
        if top.dep_ == "pobj" and top.head.lower_ == "of" and _lemma(top.head.head) in frames and not _company_party(
                top.head.head, lex.word_lists["companies"]):
            out.append(("alliance", "treaty of alliance", t.i, t.i + 1))
    return out


def _allies_said(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Allies named in a state's predicate beside another word ("Russia is still our chief partner and ally"), or as
    what the ties between states are ("ties with Peru are now those of allies"): an alliance the lexicon's
    predicate test misses."""
    ties = _words(lex, "alliance", "tie_nouns")
    out = []
    for t in sent_doc:
        if not _alliance_noun(t, lex) or t.i in taken or t.pos_ not in ("NOUN", "PROPN"):
            continue
        top = t.head
        if t.dep_ == "conj" and top.dep_ in ("attr", "appos") and not any(
                c.dep_ == "poss" and c.pos_ == "PROPN" for c in (*t.children, *top.children)):
            copula = top.head
            if top.dep_ == "appos" and _state_party(copula) or any(
                    c.dep_ == "nsubj" and _state_party(c) for c in copula.children):
                out.append(("alliance", "ally", t.i, t.i + 1))  # "Russia is our chief partner and ally"
        elif t.dep_ == "pobj" and top.lower_ == "of" and top.head.lower_ in ("those", "that") and (
                top.head.dep_ == "attr") and any(c.dep_ == "nsubj" and _lemma(c) in ties for c in top.head.head.children):
            out.append(("alliance", "ally", t.i, t.i + 1))  # "ties with Peru are now those of allies"
    return out
