"""The cooperation shapes (see ``shapes.py``, which reads them), and the readings every kind of shape shares: a
type's shape words (:func:`_words`), a state's name or demonym (:func:`_state_word`, :func:`_state_party`).

* what two parties do "jointly" ("will jointly produce drones");
* arms named by their maker's state that a party receives ("received Brazilian-made armoured cars"), built for a
  state ("the patrol ship built for Ghana"), or made under licence; a state's arms makers building abroad;
* officers of one state schooled at another's military academy; forces, arms or bases put at another's disposal;
* a joint body two sides set up or keep ("the two sides will set up a joint coordination cell"); forces fighting
  alongside another party; an undertaking named by hyphened states ("an Israeli-Cypriot-Greek effort"); an economic
  or political alliance with states;
* a state turning, moving closer to or courting another ("Mali has swung towards Moscow").
"""
from __future__ import annotations

from ..gazetteer import load_gazetteer
from .lexicon import Lexicon, _lemma
from .relevance import load_relevance_lexicon
from .trigger_context import _company_party, _plural_subject, _with_state

Trigger = tuple[str, str, int, int]


_WORDS: dict[tuple[int, str, str], frozenset[str]] = {}


def _words(lex: Lexicon, etype: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the type's shapes, built once per lexicon (the shapes ask for it at every token)."""
    k = (id(lex.triggers), etype, key)
    if k not in _WORDS:
        _WORDS[k] = frozenset(lex.triggers[etype].get("shapes", {}).get(key, ()))
    return _WORDS[k]


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


def _state_party(noun) -> bool:
    """A state, by its name or as its forces or government named by a demonym ("Ghana", "the Ghanaian navy")."""
    if noun.pos_ == "PROPN":
        return _state_word(noun)
    return any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() and _state_word(c)
               for c in noun.children)


def _after_hyphen(tok) -> bool:
    return tok.doc[tok.i - 1].text in ("-", "–")


def _joint_acts(sent_doc, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """What two parties do "jointly" is cooperation, whatever the verb ("are jointly implementing projects in energy",
    "will jointly produce drones"), unless a trigger in the verb's clause tells it already ("jointly held drills"):
    the verb needs two sides (a plural or coordinated subject, or a "with" state)."""
    out = []
    for t in sent_doc:
        verb = t.head
        if t.lower_ not in lex.word_lists["joint_adverbs"] or t.dep_ != "advmod" or verb.pos_ != "VERB":
            continue
        if any(k.i in taken for k in verb.subtree) or not (_plural_subject(verb) or _with_state(verb) or _two_controllers(
                verb)):
            continue
        out.append(("cooperation", t.lower_, verb.i, verb.i + 1))
    return out


def _two_controllers(verb) -> bool:
    """An infinitive's own doers are both sides: the subject of the verb it completes ("Brazil and Sweden agreed to
    jointly produce") or that verb's object ("the treaty commits the two governments to jointly develop a missile")."""
    if verb.dep_ != "xcomp" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    return (_plural_subject(verb.head) and not objects) or any(
        _lemma(c) in SIDES or (c.pos_ == "PROPN" and any(g.dep_ == "conj" for g in c.children)) for c in objects)


# nouns for the sides of a joint act a verb commits or binds ("commits the two governments to")
SIDES = frozenset({"country", "nation", "government", "state", "side", "party", "ally", "partner", "army", "military",
                   "navy", "ministry"})


def _origin(tok, lex: Lexicon) -> bool:
    """``tok`` is a participle of making joined by a hyphen to a state ("Brazilian-made", "Korean-built")."""
    if tok.lower_ not in _words(lex, "cooperation", "origin_participles") or tok.i < 2:
        return False
    return _after_hyphen(tok) and _state_word(tok.doc[tok.i - 2])


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
