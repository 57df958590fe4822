"""The shapes of force and pressure (see ``shapes.py``, which reads them).

* conflict: armed craft entering, crossing into or violating another's airspace or waters ("Turkish jets violated
  Greek airspace", "the breach of Lithuanian airspace by Belarusian balloons"); a vessel firing water cannon at
  another;
* threat: a party's act called an attack, an assault or a war ("branded the sanctions an act of economic war");
* request: insisting that a named party act ("Beijing insisted that the Pakistani side jail those responsible"); a
  withdrawal or a handover demanded by a state or its leader ("the pullout demanded by Bamako");
* deployment: forces of a state said to be in another ("there are about 2,500 US troops in Iraq").
"""
from __future__ import annotations

from .lexicon import Lexicon, _lemma
from .shapes_accords import _known_leader
from .shapes_cooperation import Trigger, _state_party, _state_word, _words
from .trigger_context import _called_hostile


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
