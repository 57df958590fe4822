"""Triggers read from a shape of the sentence rather than from a lexicon word.

:func:`shape_triggers` runs after the lexicon's triggers of a sentence are found and accepted
(:func:`.triggers._find_triggers`); it adds (event type, phrase, first token, last token + 1) tuples for facts that
no trigger word tells, and never a second one where a found trigger already covers the words. The words each shape
reads are data: the ``shapes`` entry of the type's file in ``data/triggers/`` (see its ``_doc``).

* cooperation: what two parties do "jointly"; arms named by their maker's state ("received Brazilian-made armoured
  cars", "the patrol ship built for Ghana"); a state's arms makers building abroad; a joint body two sides set up or
  keep ("the two sides will set up a joint coordination cell"); forces fighting alongside another party; an
  undertaking named by hyphened states ("an Israeli-Cypriot-Greek effort"); an economic or political alliance with
  states;
* exercise: an exercise noun after a proper name and its year ("the Noble Partner 2025 exercise"); forces of two
  states rehearsing or practising something;
* agreement: a text qualified as signed or initialled ("the initialled peace text between A and B"); a contract
  officials of two states sign ("inked by the minister and his Danish counterpart"); names put to an accord;
* meeting: a call to an official ("called his Lithuanian counterpart");
* alliance: ties raised to an alliance, a bloc led by a state ("the Moscow-led bloc"), a treaty of alliance.

A shape is read only when a word it starts from is in the sentence (:data:`GATES`), so that the shapes cost little
beside the parse.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..gazetteer import load_gazetteer
from ..metadata import _MONTHS
from .context import party_rules
from .lexicon import Lexicon, _lemma
from .relevance import load_relevance_lexicon
from .trigger_context import _called_hostile, _company_party, _plural_subject, _with_state

Trigger = tuple[str, str, int, int]


def shape_triggers(sent_doc, lex: Lexicon, found) -> list[Trigger]:
    """The triggers of the sentence's shapes, beside the lexicon's ``found`` ones. A shape is read only when one of
    the words it starts from (:data:`GATES`) is in the sentence."""
    taken = {k for _t, _p, a, b in found for k in range(a, b)}
    words = {t.lower_ for t in sent_doc} | {_lemma(t) for t in sent_doc}
    out: list[Trigger] = _joint_acts(sent_doc, lex, taken) if words & lex.word_lists["joint_adverbs"] else []
    for shape, etype, gate in GATES:
        if not words & (_words(lex, etype, gate) if isinstance(gate, str) else gate):
            continue
        for trig in shape(sent_doc, lex, taken):
            if not any(trig[2] < b and a < trig[3] for _t, _p, a, b in out) and trig[2] not in taken:
                out.append(trig)
    return out


_WORDS: dict[tuple[int, str, str], frozenset[str]] = {}


def _words(lex: Lexicon, etype: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the type's shapes, built once per lexicon (the shapes ask for it at every token)."""
    k = (id(lex.triggers), etype, key)
    if k not in _WORDS:
        _WORDS[k] = frozenset(lex.triggers[etype].get("shapes", {}).get(key, ()))
    return _WORDS[k]


def _joint_acts(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """What two parties do "jointly" is cooperation, whatever the verb ("are jointly implementing projects in energy",
    "will jointly produce drones"), unless a trigger in the verb's clause tells it already ("jointly held drills"):
    the verb needs two sides (a plural or coordinated subject, or a "with" state)."""
    out = []
    for t in sent_doc:
        verb = t.head
        if t.lower_ not in lex.word_lists["joint_adverbs"] or t.dep_ != "advmod" or verb.pos_ != "VERB":
            continue
        if any(k.i in taken for k in verb.subtree) or not (_plural_subject(verb) or _with_state(verb)):
            continue
        out.append(("cooperation", t.lower_, verb.i, verb.i + 1))
    return out


def _state_word(tok) -> bool:
    """The token (with the compound names before it) is a state's name or demonym ("Brazilian", "South Korean",
    "Ghana"), read with the gazetteer (a parsed sentence has no NER)."""
    first = min([tok, *(c for c in tok.children if c.dep_ == "compound")], key=lambda t: t.i)
    if first.i > 0 and tok.doc[first.i - 1].text[:1].isupper() and tok.doc[first.i - 1].pos_ in ("PROPN", "ADJ"):
        first = tok.doc[first.i - 1]  # "South Korean-built": "South" hangs elsewhere
    for start in range(first.i, tok.i + 1):
        hit = load_gazetteer().lookup(tok.doc[start:tok.i + 1].text)
        if hit and hit[0].startswith("country:"):
            return True
    return False


def _origin(tok, lex: Lexicon) -> bool:
    """``tok`` is a participle of making joined by a hyphen to a state ("Brazilian-made", "Korean-built")."""
    if tok.lower_ not in _words(lex, "cooperation", "origin_participles") or tok.i < 2:
        return False
    return _after_hyphen(tok) and _state_word(tok.doc[tok.i - 2])


def _after_hyphen(tok) -> bool:
    return tok.doc[tok.i - 1].text in ("-", "–")


def _materiel(noun, lex: Lexicon) -> bool:
    """The noun (or a word qualifying it) names arms or military hardware ("armoured cars", "patrol ship")."""
    words = _words(lex, "cooperation", "materiel")
    weapons = lex.word_lists["weapons"]
    return any(_lemma(t) in words or t.lower_ in words or t.lower_ in weapons
               for t in [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))])


def _origin_arms(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Arms named by their maker's state that a party receives, buys or orders are cooperation with that state
    ("Peru received a batch of Brazilian-made armoured cars", "the navy ordered two Dutch-built corvettes"): the
    acquiring verb, which the lexicon's object list may not cover."""
    verbs = _words(lex, "cooperation", "acquiring_verbs")
    out = []
    for t in sent_doc:
        if not _origin(t, lex) or t.dep_ not in ("amod", "compound", "acl") or not _materiel(t.head, lex):
            continue
        noun = t.head
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "a batch of Brazilian-made cars": the batch is received
        verb = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and _lemma(verb) in verbs and verb.i not in taken:
            out.append(("cooperation", _lemma(verb), verb.i, verb.i + 1))
    return out


def _state_ids(noun) -> set[str]:
    """The states a noun phrase names by a capitalised name or demonym, its "of" phrases included ("Azerbaijani
    officers", "the Academy of the Armed Forces of Uzbekistan", "Kazakh military schools"), read with the gazetteer."""
    out = set()
    for k in noun.subtree:
        if k.text[:1].isupper() and k.pos_ in ("PROPN", "ADJ"):
            first = min([k, *(c for c in k.children if c.dep_ == "compound")], key=lambda t: t.i)
            for start in range(first.i, k.i + 1):
                hit = load_gazetteer().lookup(k.doc[start:k.i + 1].text)
                if hit and hit[0].startswith("country:"):
                    out.add(hit[0])
                    break
    return out


def _schooled_abroad(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A state's officers or cadets who study, train or teach at another state's military school are military
    cooperation between the two ("officers of the Armed Forces of A will study at the Academy of the Armed Forces of
    B", "A's officers now teach at B's military schools"); not a state's own academy, nor students at a university."""
    people = _words(lex, "cooperation", "schooled_people")
    schools = _words(lex, "cooperation", "military_schools")
    acts = _words(lex, "cooperation", "schooling_verbs")
    military = lex.military | lex.word_lists["armed_doers"]
    out = []
    for t in sent_doc:
        if _lemma(t) not in acts or t.pos_ != "VERB" or t.i in taken:
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj" and _lemma(c) in people]
        where = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
                 for g in c.children if g.dep_ == "pobj" and _lemma(g) in schools]
        if not subj or not where:
            continue
        school = where[0]
        if not any(_lemma(k) in military or k.lower_ in military for k in school.subtree if k.i != school.i) and not (
                school.text[:1].isupper()):
            continue  # "at a university in Leeds"; "at Kazakh military schools", "at the Academy of ..."
        own, host = _state_ids(subj[0]), _state_ids(school)
        if own and host and not own & host:
            out.append(("cooperation", _lemma(t), t.i, t.i + 1))
    return out


# what a state puts at another's disposal that makes it military or security support, beside forces, arms and the
# defence words of data/relevance.json: its bases, ports, airspace or territory
FACILITIES = frozenset({"base", "airbase", "airfield", "airport", "port", "harbour", "harbor", "airspace", "territory",
                        "facility", "infrastructure", "capability", "capabilities"})


def _at_disposal(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """What a party puts or places at another's disposal is support offered or given ("the kingdom would put all its
    military capabilities at Qatar's disposal", "placed its airbases at the disposal of the coalition"): the verb;
    whose the disposal is (a possessor or an "of" phrase) is needed, so "funds at the ministry's disposal" tells
    nothing; a state must be one side (the giver or the owner) and what is given military or security means (forces,
    arms, bases, ports, airspace: :func:`_military_means`): "the Bank of Ghana placed its funds at the disposal of
    the Treasury" is a bank's money."""
    out = []
    for t in sent_doc:
        if t.lower_ != "disposal" or t.dep_ != "pobj" or t.head.lower_ != "at":
            continue
        verb = t.head.head
        given = verb if verb.dep_ == "dobj" else next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")),
                                                      None)
        if verb.dep_ == "dobj":
            verb = verb.head  # "has put its ports at Ukraine's disposal": the parse hangs "at" on the object
        owners = [c for c in t.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")] + [
            g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        givers = [c for c in verb.children if c.dep_ == "nsubj"]
        if owners and _lemma(verb) in _words(lex, "cooperation", "placing_verbs") and verb.i not in taken and (
                given is not None and _military_means(given, t, lex)) and any(
                _state_party(k) or _state_ids(k) for k in owners + givers):
            out.append(("cooperation", _lemma(verb), verb.i, verb.i + 1))
    return out


def _military_means(noun, disposal, lex: Lexicon) -> bool:
    """The phrase of what is put at a disposal (less the disposal's own words) names forces, arms, defence or
    security means, or a base, a port or airspace ("all its military capabilities", "its airbases", "two
    battalions"); not "its funds", "its expertise"."""
    words = lex.word_lists["armed_doers"] | lex.word_lists["weapons"] | FACILITIES
    held = {k.i for k in disposal.head.subtree}
    toks = [k for k in noun.subtree if k.i not in held]
    rel = load_relevance_lexicon()
    text = " ".join(k.text for k in toks)
    return any(_lemma(k) in words or k.lower_ in words or k.lower_.startswith("airbase") for k in toks) or bool(
        rel.strong.search(text) or rel.weak.search(text))


def _built_for(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Military hardware built or made for a state is supplied to it ("the second patrol ship built for Ghana", "the
    frigates Italy is building for Indonesia")."""
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "cooperation", "builders") or t.pos_ != "VERB" or t.i in taken:
            continue
        noun = t.head if t.dep_ in ("acl", "relcl") else next((c for c in t.children if c.dep_ == "dobj"), None)
        if noun is None or not _materiel(noun, lex):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and _state_party(g) for g in c.children)
               for c in (*t.children, *(noun.children if t.dep_ not in ("acl", "relcl") else ()))):
            out.append(("cooperation", _lemma(t), t.i, t.i + 1))
    return out


def _arms_industry(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A state's arms makers stand for it when they build, supply or invest in another state ("Spanish arms makers
    want to build armoured vehicles in Chile", "Turkey's defence firms will produce drones in Ukraine"); a company
    with no arms or defence word stays a company ("a Spanish firm will build hotels in Chile")."""
    makers = _words(lex, "cooperation", "arms_makers")
    trades = _words(lex, "cooperation", "arms_trades")
    acts = _words(lex, "cooperation", "industry_acts")
    out = []
    for t in sent_doc:
        if _lemma(t) not in makers or t.dep_ != "nsubj":
            continue
        kids = [c for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        if not (any(c.lower_ in trades for c in kids) and any(c.text[:1].isupper() and _state_word(c) for c in kids)):
            continue
        verb = t.head
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and _lemma(c) in acts), verb)  # "want to build"
        if _lemma(verb) not in acts or verb.i in taken:
            continue
        near = [*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children)]
        if any(c.dep_ in ("prep", "dative") and c.lower_ in ("in", "to", "with", "for") and any(
                g.dep_ == "pobj" and _state_party(g) for g in c.children) for c in near):  # "drones in Ukraine"
            out.append(("cooperation", _lemma(verb), verb.i, verb.i + 1))
    return out


def _state_party(noun) -> bool:
    """A state, by its name or as its forces or government named by a demonym ("Ghana", "the Ghanaian navy")."""
    if noun.pos_ == "PROPN":
        return _state_word(noun)
    return any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() and _state_word(c)
               for c in noun.children)


# what a group of states is called ("Hellenic countries", "the Nordic nations")
STATE_NOUNS = frozenset({"country", "nation", "state"})


def _named_states(noun) -> bool:
    """A group of states named by a capitalised adjective ("Hellenic countries", "the Baltic states")."""
    return _lemma(noun) in STATE_NOUNS and any(c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                                                for c in noun.children)


def _two_sides(verb) -> bool:
    """Two sides do it: a plural or coordinated subject of the verb or of the verb it completes ("the two sides will
    set up", "agreed to establish"), a "with" state, or a plural agent of its passive."""
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else None):
        if v is not None and (_plural_subject(v) or _with_state(v)):
            return True
    return any(c.dep_ == "agent" and any(g.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in g.children)
                                         for g in c.children) for c in verb.children)


def _joint_bodies(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A joint body or undertaking that two sides set up is cooperation ("the two sides will set up a joint
    coordination cell", "agreed to establish a combined task force"); not a joint statement, venture or press
    conference, nor what a found trigger tells already ("a joint exercise")."""
    setting = _words(lex, "cooperation", "setting_up_verbs")
    joint = _words(lex, "cooperation", "joint_modifiers")
    other = _words(lex, "cooperation", "not_joint_bodies")
    out = []
    for t in sent_doc:
        if t.lower_ not in joint or t.dep_ != "amod" or t.head.dep_ not in ("dobj", "nsubjpass"):
            continue
        noun, verb = t.head, t.head.head
        if _lemma(noun) in other or _lemma(verb) not in setting or verb.i in taken or any(
                k.i in taken for k in noun.subtree):
            continue
        if _two_sides(verb) and not _company_party(verb, lex.word_lists["companies"]):
            out.append(("cooperation", f"{_lemma(verb)} {t.lower_}", verb.i, verb.i + 1))
    return out


def _fighting_alongside(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Forces fighting alongside another party support it ("Cuban troops fighting alongside the Angolan army",
    "volunteers who battled alongside the rebels"): cooperation, read at "alongside"."""
    verbs = _words(lex, "cooperation", "alongside_verbs")
    out = []
    for t in sent_doc:
        if t.lower_ != "alongside" or t.dep_ != "prep" or _lemma(t.head) not in verbs or t.i in taken:
            continue
        if any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or _state_party(g) or _lemma(g) in _words(
                lex, "cooperation", "armed_sides")) for g in t.children):
            out.append(("cooperation", "fight alongside", t.i, t.i + 1))
    return out


def _partners_named_on(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """An undertaking named by two or more states joined by hyphens is cooperation between them ("the pipeline is an
    Israeli-Cypriot-Greek effort", "the French-German-Spanish fighter programme")."""
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "cooperation", "joint_undertakings") or t.i in taken or t.pos_ != "NOUN":
            continue
        states = set()
        for k in sent_doc[t.left_edge.i:t.i]:
            if "-" in k.text.strip("-"):  # "U.S.-Japan" is one token
                states |= {h[0] for w in k.text.split("-") if (h := load_gazetteer().lookup(w)) and h[0].startswith(
                    "country:")}
            elif k.text[:1].isupper() and _hyphened(k) and _state_word(k):
                states.add(k.lower_)
        if len(states) >= 2:
            out.append(("cooperation", _lemma(t), t.i, t.i + 1))
    return out


def _hyphened(tok) -> bool:
    """A hyphen stands right before or after the word ("Israeli-Cypriot", "the U.S.-Japan")."""
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text in ("-", "–")) or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–"))


def _sector_alliances(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """An economic, political or energy alliance with or between states is cooperation in that field ("forming a
    political and economic alliance with Hellenic countries"); the alliance lexicon refuses it as no military bloc, and
    one between parties or companies has no state."""
    sectors = _words(lex, "cooperation", "alliance_sectors")
    out = []
    for t in sent_doc:
        if _lemma(t) != "alliance" or t.i in taken:
            continue
        mods = [c for c in t.children if c.dep_ in ("amod", "compound")]
        mods += [g for c in mods for g in c.children if g.dep_ == "conj"]
        if not any(c.lower_ in sectors for c in mods):
            continue
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "among")]
        preps += [k for c in preps for k in c.children if k.dep_ == "conj"]  # "with Gulf countries and with Jordan"
        sides = [g for c in preps for g in c.children if g.dep_ == "pobj"]
        if any(_state_party(g) or _named_states(g) for g in sides) and not _company_party(t, lex.word_lists["companies"]):
            out.append(("cooperation", "alliance", t.i, t.i + 1))
    return out


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


def _state_subject(verb) -> bool:
    """The verb's subject is a state, by its name or as its government or forces named by a demonym."""
    return any(c.dep_ == "nsubj" and _state_party(c) for c in verb.children)


def _state_objects(prep) -> bool:
    return any(g.dep_ == "pobj" and _state_party(g) for g in prep.children)


def _new_partners(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A state that turns, swings, pivots or tilts to or towards another state, moves, draws or edges closer to it, or
    courts it, takes it as a partner ("Mali has swung towards Moscow", "Niger turned to Russia for security", "Hungary
    has moved closer to Beijing", "Belgrade has courted Beijing"): cooperation; not "the talk turned to Russia", nor
    a state turning to a topic."""
    turning = _words(lex, "cooperation", "turning_verbs")
    nearing = _words(lex, "cooperation", "nearing_verbs")
    courting = _words(lex, "cooperation", "courting_verbs")
    verbs = turning | nearing | courting
    out = []
    for t in sent_doc:
        lemma = _lemma(t)
        if t.pos_ != "VERB" or t.i in taken or lemma not in verbs:
            continue
        closer = any(c.lower_ == "closer" for c in t.children)
        if lemma in courting:
            if _state_subject(t) and any(c.dep_ == "dobj" and _state_party(c) for c in t.children):
                out.append(("cooperation", "court", t.i, t.i + 1))  # "Belgrade has courted Beijing"
            continue
        if lemma not in turning and not closer:
            continue
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "toward", "towards")]
        preps += [g for c in t.children if c.lower_ == "closer" for g in c.children if g.dep_ == "prep"
                  and g.lower_ == "to"]  # "moved closer to Beijing", parsed under "closer"
        if _state_subject(t) and any(_state_objects(p) for p in preps):
            out.append(("cooperation", "turn to", t.i, t.i + 1))
    return out


def _under_licence(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Hardware a party makes or assembles under licence is cooperation with the licensor ("Ghana makes
    Turkish-designed drones under licence", "Indonesia assembles Korean jets under a licence from Seoul"): a state
    must be named on the subject, the hardware or the licence."""
    licences = _words(lex, "cooperation", "licence_nouns")
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "cooperation", "builders") or t.pos_ != "VERB" or t.i in taken:
            continue
        under = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "under" and any(
            g.dep_ == "pobj" and (_lemma(g) in licences or g.lower_ in licences) for g in c.children)]
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if not under or not any(_materiel(o, lex) for o in objs):
            continue
        named = [k for x in (*objs, *under) for k in x.subtree if k.text[:1].isupper() and _state_word(k)]
        if (named or _state_subject(t)) and not _company_party(t, lex.word_lists["companies"]):
            out.append(("cooperation", "under licence", t.i, t.i + 1))
    return out


def _insisted(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Insisting or demanding that a named party act, its verb in the bare form or with "should"/"must", asks it to
    ("Beijing insisted that the Pakistani side jail those responsible", "insists that Kabul should hand them over");
    not what is insisted to be so ("insisted that the country was not at war")."""
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "request", "insisting_verbs") or t.pos_ != "VERB" or t.i in taken:
            continue
        for c in t.children:
            if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
                continue
            aux = [a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")]
            bare = c.tag_ == "VB" and not aux or any(a in ("should", "must") for a in aux) or (
                aux == ["be"] and c.tag_ == "VBN")  # "insisted that the troops be withdrawn"
            subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            if bare and subj and any(_state_party(s) or _lemma(s) == "side" and any(
                    k.text[:1].isupper() and _state_word(k) for k in s.children) for s in subj):
                out.append(("request", _lemma(t), t.i, t.i + 1))
                break
    return out


def _demanded_by(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """A withdrawal, a departure or a handover required or demanded by a state or its leader is its request
    ("the withdrawal of the Dutch troops had been required by President Traore", "the pullout demanded by
    Bamako"): the passive of a request verb, whose agent asks."""
    asked = _words(lex, "request", "demanded_acts")
    out = []
    for t in sent_doc:
        if _lemma(t) not in _words(lex, "request", "demanding_verbs") or t.pos_ != "VERB" or t.i in taken:
            continue
        what = [c for c in t.children if c.dep_ == "nsubjpass"] + ([t.head] if t.dep_ == "acl" else [])
        agents = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if any(_lemma(w) in asked for w in what) and any(_state_party(g) or _known_leader(g, lex) for g in agents):
            out.append(("request", _lemma(t), t.i, t.i + 1))
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

# each shape, with the words one of which it needs in the sentence (a list of its type's 'shapes', or the words)
GATES: tuple[tuple[Callable[[Any, Lexicon, set[int]], list[Trigger]], str, str | frozenset[str]], ...] = (
    (_origin_arms, "cooperation", "origin_participles"),
    (_schooled_abroad, "cooperation", "military_schools"),
    (_at_disposal, "cooperation", frozenset({"disposal"})),
    (_built_for, "cooperation", "builders"),
    (_arms_industry, "cooperation", "arms_trades"),
    (_joint_bodies, "cooperation", "joint_modifiers"),
    (_fighting_alongside, "cooperation", frozenset({"alongside"})),
    (_partners_named_on, "cooperation", "joint_undertakings"),
    (_sector_alliances, "cooperation", frozenset({"alliance"})),
    (_named_exercises, "exercise", "named_nouns"),
    (_practised_together, "exercise", "practising_verbs"),
    (_signed_texts, "agreement", "signed_participles"),
    (_signed_by_officials, "agreement", "signing_verbs"),
    (_names_put_to, "agreement", "signature_nouns"),
    (_calls, "meeting", frozenset({"call"})),
    (_raised_to_alliance, "alliance", "alliance_nouns"),
    (_led_blocs, "alliance", frozenset({"led"})),
    (_treaty_of_alliance, "alliance", "alliance_nouns"),
    (_new_partners, "cooperation", "partner_cues"),
    (_under_licence, "cooperation", "licence_nouns"),
    (_insisted, "request", "insisting_verbs"),
    (_demanded_by, "request", "demanding_verbs"),
    (_visits, "meeting", "arriving_verbs"),
    (_allies_said, "alliance", "alliance_nouns"),
)


def _armed_or_state(noun, lex: Lexicon, states: bool = True) -> bool:
    """A doer that is an armed side, a weapon or craft, or (with ``states``) a state's ("Russian drones", "Turkish
    jets", "Belarus")."""
    armed = lex.word_lists["armed_doers"] | lex.word_lists["weapons"]
    return _lemma(noun) in armed or noun.lower_ in armed or (states and _state_party(noun))


def _doers(act) -> list:
    """Who does an act: a verb's subject, agent or the noun its participle qualifies ("drones crossing into its
    skies"); a noun's owner, qualifier or "by" phrase ("the breach of its airspace by Belarusian balloons")."""
    if act.pos_ in ("VERB", "AUX"):
        out = [c for c in act.children if c.dep_ == "nsubj"]
        out += [g for c in act.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if act.dep_ in ("acl", "relcl") or (act.dep_ in ("xcomp", "ccomp", "oprd") and not out):
            out.append(act.head if act.dep_ in ("acl", "relcl") else next(
                (c for c in act.head.children if c.dep_ == "dobj"), act.head))
        return out
    out = [c for c in act.children if c.dep_ in ("poss", "amod", "compound")]
    return out + [g for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]


def _owned_space(t) -> bool:
    """An airspace or waters said to be someone's ("its skies", "Polish airspace", "Japan's territorial waters")."""
    return any(c.dep_ in ("poss", "amod", "compound") and (c.tag_ == "PRP$" or c.text[:1].isupper())
               for c in t.children) or (t.lower_ == "airspace" and any(c.dep_ == "det" for c in t.children))


def _incursions(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Armed craft of one side entering, crossing into or violating another's airspace or waters attack it, as a
    verb or a noun ("Turkish jets violated Greek airspace", "recorded Russian drones crossing into its skies", "the
    breach of Lithuanian airspace by Belarusian balloons", "repeated Russian airspace violations"); and a vessel
    spraying or firing water cannon at another ("a Chinese coast guard cutter sprayed a Philippine supply boat with
    water cannon"). Airliners and flights do no such thing."""
    spaces, acts = _words(lex, "conflict", "spaces"), _words(lex, "conflict", "entering")
    vessels = _words(lex, "conflict", "vessels")
    out = []
    for t in sent_doc:
        act = None
        if _lemma(t) in spaces and _owned_space(t) and (_lemma(t) != "water" or any(
                c.lower_ == "territorial" for c in t.children)):
            up = t.head
            if t.dep_ == "pobj" and up.lower_ in ("into", "of", "over", "across", "through", "in"):
                up = up.head
            elif t.dep_ not in ("dobj", "compound"):
                continue
            if _lemma(up) in acts:
                act = up
        elif _lemma(t) == "cannon" and any(c.lower_ == "water" for c in t.children):
            up = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ == "dobj" else None
            if up is not None and up.pos_ == "VERB" and any(
                    _lemma(k) in vessels or k.lower_ in vessels for c in up.children
                    if c.dep_ in ("nsubj", "dobj", "agent", "nsubjpass", "prep") and c.i != t.head.i for k in c.subtree):
                out.append(("conflict", "water cannon", up.i, up.i + 1))
            continue
        if act is None or act.i in taken or act.i in {a for _e, _p, a, _b in out}:
            continue
        states = _lemma(t) not in _words(lex, "conflict", "armed_only_spaces")  # troops into a territory, not tourists
        if any(_armed_or_state(d, lex, states) for d in _doers(act)):
            out.append(("conflict", _lemma(act), act.i, act.i + 1))
    return out


GATES += ((_incursions, "conflict", "cues"),)


def _called_attacks(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Calling a party's act an attack, an assault or a war accuses it: a threat, read at the calling verb, whose
    subject is the accuser ("Budapest described the steps as an assault on its independence", "branded the
    sanctions an act of economic war"); calling an attack an attack is that attack (the conflict stays)."""
    nouns = frozenset(n for n in lex.triggers["conflict"]["nouns"] if " " not in n)
    out = []
    for t in sent_doc:
        if (_lemma(t) not in nouns and t.lower_ not in nouns) or t.pos_ != "NOUN":
            continue
        verb = _called_hostile(t, lex)
        if verb is not None and verb.i not in taken:
            out.append(("threat", _lemma(verb), verb.i, verb.i + 1))
    return out


GATES += ((_called_attacks, "threat", "stance_cues"),)


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
    return _lemma(t) in _words(lex, "exercise", "edition_nouns") and t.dep_ in ("nsubj", "nsubjpass") and bool(
        {_lemma(t.head), t.head.lower_} & _words(lex, "exercise", "holding_verbs")) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and any(
        _lemma(k) in armed or k.lower_ in armed for k in t.sent if k.i != t.i)


GATES += ((_named_editions, "exercise", "edition_cues"),)


def _forces_there(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """Forces of a state said to be in another are deployed there ("there are about 2,500 US troops in Iraq", "some
    900 French soldiers are in Chad", "there are no Russian soldiers in Belarus"): a copula whose subject (or, after
    "there", whose attribute) is a state's forces and whose "in" phrase names a place."""
    forces = _words(lex, "deployment", "present_forces")
    out = []
    for t in sent_doc:
        if _lemma(t) != "be" or t.pos_ not in ("AUX", "VERB"):
            continue
        there = any(c.dep_ == "expl" for c in t.children)
        nouns = [c for c in t.children if c.dep_ == ("attr" if there else "nsubj")]
        where = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "inside")
                 for g in c.children if g.dep_ == "pobj"]
        where += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
                  for g in c.children if g.dep_ == "pobj"]
        if not any(g.pos_ == "PROPN" or any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in g.children) for g in where):
            continue
        for n in nouns:
            if _lemma(n) in forces and n.i not in taken and any(
                    c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() and _state_word(c) for c in n.children):
                out.append(("deployment", _lemma(n), n.i, n.i + 1))
    return out


GATES += ((_forces_there, "deployment", "present_forces"),)
