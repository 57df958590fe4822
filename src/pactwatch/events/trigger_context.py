"""The context a found trigger word needs in its sentence: :func:`_context_ok` checks the lexicon entry's
conditions (``needs_object``, ``needs_prep``, ``not_object_of``, ``needs_bloc``, ``not_requested``... in
``data/events.json``) for :func:`.triggers._accept`, with the predicates over the parse they rest on: the
objects and prepositions a word wants, whether it is asked for, laid on a hazard, said to the press, placed
in a bloc or done by a plural subject or to a named party."""
from __future__ import annotations

from ..gazetteer import load_gazetteer
from .lexicon import Lexicon, _lemma, to_infinitive


def _gerund(tok) -> bool:
    """A verb's -ing form used as a noun with an "of" object ("the stationing of US troops", "its providing of
    drones")."""
    return tok.pos_ == "NOUN" and tok.lower_.endswith("ing") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


# "treaty allies", "NATO allies" are allies of a state; bare "allies and partners" is nobody's alliance
ALLY_QUALIFIERS = frozenset({"treaty", "nato", "strategic", "military", "major", "non-nato", "defense", "defence",
                             "formal", "closest", "newest", "staunch"})


# verbs that name a threat and who poses it ("Iran poses a threat", "called China a threat")
THREAT_VERBS = frozenset({"pose", "represent", "constitute", "present", "call", "label", "brand", "name", "consider",
                          "see", "view", "deem", "regard", "perceive", "designate", "describe", "identify", "make",
                          "issue", "level", "voice"})


# verbs whose direct object is what is asked for ("seeks security guarantees", "demanded a truce")
ASKING_VERBS = frozenset({"request", "demand", "ask", "seek", "want", "require"})


OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative", "ccomp"})


def _stance_verb(head, lex: Lexicon):
    """The verb that calls or regards someone or their act as what a threat noun says ("called the pact a provocation",
    "regards the contingent as a danger", "will treat any foreign troops as occupiers"), when it has that someone
    as its object (or passive subject), else None."""
    if head.dep_ == "oprd" or (head.dep_ == "dobj" and any(
            c.dep_ in ("dobj", "oprd") and c.i < head.i for c in head.head.children)):
        verb = head.head  # "branded the build-up a hostile act", parsed with two objects
    elif head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.dep_ == "prep":
        verb = head.head.head
        if verb.dep_ == "dobj":
            verb = verb.head  # "described Morocco's purchase of drones as a danger": the parse hangs "as" on the object
    else:
        return None
    stances = lex.word_lists["stance_verbs"]
    if verb.dep_ in ("ccomp", "xcomp") and _lemma(verb) not in stances and _lemma(verb.head) in stances and any(
            c.dep_ == "nsubj" for c in verb.children):
        return verb.head  # "will regard any troops staying after March as occupiers", parsed as a clause
    if verb.pos_ != "VERB" or _lemma(verb) not in stances:
        return None
    called = [c for c in verb.children if c.i != head.i and c.dep_ in ("dobj", "nsubjpass", "oprd")]
    return verb if called else None


def _has_object(head, wanted: list[str]) -> bool:
    """Whether the verb's object (or passive subject, "as" phrase or clause) holds one of ``wanted``
    ("fired artillery rounds", "soldiers were killed", "designated X as a terrorist group",
    "recommended the troops withdraw"); ``=PROPN`` asks for a name as the object itself
    ("condemned Turkey", "Turkey was condemned", not "condemned the Houthi attacks"); ``=HEAD`` asks for one of
    them as the object's own word ("provided 500 troops", not "providing airstrikes with the Air Force"); ``=SUBJECT``
    takes the subject of a verb with no object ("the base closed")."""
    objs = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    if "=SUBJECT" in wanted and not objs:  # an intransitive use: "the foreign logistics hub closed in 2012"
        objs = [c for c in head.children if c.dep_ == "nsubj"]
    of = ("of",) if _gerund(head) else ()  # "the sending of troops"
    objs += [g for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ in ("as", "at", "on", "against", "for") + of
             for g in c.children if g.dep_ == "pobj"]
    if head.i + 1 < len(head.doc) and head.nbor().lower_ == "for":  # "called for an end to": the phrase's own "for"
        objs += [g for g in head.nbor().children if g.dep_ == "pobj"]
    if "=HEAD" in wanted:
        objs = [_counted(o) for o in objs]
    names = "PROPN" in wanted
    if "=PROPN" in wanted and any(o.pos_ == "PROPN" and o.dep_ != "ccomp" for o in objs):
        return True
    for o in objs:
        for t in ([o, *(c for c in o.children if c.dep_ == "conj")] if "=HEAD" in wanted else o.subtree):
            if (_lemma(t) in wanted or t.lower_ in wanted or (names and t.pos_ == "PROPN")) and not _in_relative(t, o):
                return True
            if any(f"{c.lower_} {_lemma(t)}" in wanted for c in t.children if c.dep_ == "compound"):
                return True  # "hosting nearly 1,000 service members"
    return False


# the head of a quantity phrase whose "of" noun is what is counted ("thousands of troops", "dozens of warships")
QUANTITY_HEADS = frozenset({"thousand", "hundred", "dozen", "million", "number", "score", "couple"})


def _counted(obj):
    """What an object phrase holds: the "of" noun of a quantity ("has thousands of troops in Syria"), the subject of a
    small clause ("had troops there fighting alongside the army", parsed as a clause), else the object itself."""
    if obj.like_num or _lemma(obj) in QUANTITY_HEADS:
        return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), obj)
    if obj.dep_ == "ccomp" and obj.pos_ == "VERB":
        return next((c for c in obj.children if c.dep_ == "nsubj"), obj)
    return obj


def _in_relative(t, top) -> bool:
    """``t`` is in a relative clause under ``top``: what the clause says of the object is not the object
    ("encourage economic engagement that benefits both countries" encourages no country)."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "relcl":
            return True
        t = t.head
    return False


def _near_words(sent_doc, i: int, j: int, words: frozenset[str], window: int = 6) -> bool:
    lo, hi = max(0, i - window), min(len(sent_doc), j + window)
    toks = sent_doc[lo:hi]
    if any(_lemma(t) in words or t.lower_ in words for t in toks):
        return True
    text = " " + " ".join(t.lower_ for t in toks) + " "  # "patrol boats." ends a phrase as "patrol boats" does
    return any(" " in w and f" {w} " in text for w in words)


def _to_the_press(head, lex: Lexicon) -> bool:
    """Whether a verb of talking is addressed to the press only ("speaking to Russian state news agency RIA
    Novosti", "talked with reporters", "in a call with the BBC's radio programme"): no counterpart."""
    objs = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
            for o in p.children if o.dep_ == "pobj"]
    press = lex.word_lists["press_words"]
    return bool(objs) and all(any(w.lemma_.lower() in press for w in (o, *o.children) if w is o or w.dep_ in (
        "compound", "appos")) for o in objs)  # "news agency RIA Novosti": the agency is the name's compound


def _modifiers(head) -> list:
    """The words that qualify a noun: its own, and those of a noun compounded to it ("social" in "social security
    guarantees")."""
    return [*head.children, *(g for c in head.children if c.dep_ == "compound" for g in c.children)]


def _context_ok(etype: str, spec: dict, phrase: str, sent_doc, head, i: int, j: int, lex: Lexicon) -> bool:
    """The lexicon's context conditions on a trigger (see ``_doc`` in data/events.json)."""
    wanted = spec.get("needs_object", {}).get(phrase)
    hostile = phrase in spec.get("hostile_infinitive", []) and any(
        c.dep_ == "xcomp" and _hostile_act(c, lex) for c in head.children)
    if wanted is not None and (head.pos_ in ("VERB", "AUX") or " " in phrase or _gerund(head)) and not hostile and not (
            _has_object(head, wanted)) and not _aimed_at(head, spec.get("target_heads", {}).get(phrase, ())) and not (
            phrase in spec.get("addressed_to", []) and _to_name(head)):
        return False  # "protested to Moscow", "complained to Beijing": told to the named party
    if " " in phrase and phrase in spec.get("nouns", []) and phrase not in spec.get("verbs", []) and (
            sent_doc[j - 1].pos_ == "VERB" and sent_doc[i].dep_ in ("nsubj", "nsubjpass") and sent_doc[i].head.i == j - 1):
        return False  # "Iranian missiles struck a US base": a clause, read at its verb, not the noun "missile strike"
    if phrase in spec.get("needs_named_with", []) and not _with_named(head, spec.get("not_placed_in", [])):
        return False  # "soldiers serving with the UN Interim Force", "the Kosovo Force, in which our troops serve"
    if phrase in spec.get("needs_named_place", []) and not _in_named_place(head, spec.get("not_placed_in", [])):
        return False  # "1,500 Russian soldiers remain in Moldova's Transnistria region"; not "remain in hospital"
    hosted = spec.get("to_object", {}).get(phrase)
    if hosted and not _to_object(head, hosted):
        return False  # "Poland is home to 10,000 American soldiers"; not "home to 40 million people"
    if etype == "meeting" and _visiting_forces(head, lex.word_lists["armed_doers"]):
        return False  # "how visiting soldiers from Japan enter Australia": forces on a stay, nobody meets
    if etype in ("conflict", "deployment") and _simulated(head, lex.word_lists["simulating"]):
        return False  # "units practised repelling an attack", "a simulated air raid", "rehearsed a joint operation"
    if etype == "conflict" and head.dep_ == "xcomp" and (
            _lemma(head.head) in lex.word_lists["threatening_verbs"] or _lemma(head.head) in lex.triggers["request"]["verbs"]):
        return False  # "threatened to attack US bases", "asked Ethiopia to occupy it": the threat or the request
    opened = head.dep_ == "dobj" and _lemma(head.head) in ("open", "launch", "start", "resume", "begin")
    if phrase in spec.get("needs_with", []) and not (_named_meeting(head) or opened) and not any(
            c.dep_ in ("prep", "prt", "conj") and c.lower_ in ("with", "between", "to")  # "within Europe and with the US"
            for k in head.children for c in [k, *(g for g in k.children if k.dep_ == "prep")]) and not (
            head.pos_ == "VERB" and _plural_subject(head)):
        return False
    if phrase in spec.get("needs_with", []) and _to_the_press(head, lex):
        return False  # "speaking to the state news agency", "told reporters": an interview, not a meeting
    preps = spec.get("needs_prep", {}).get(phrase)
    objs = [c for c in head.children if c.dep_ == "dobj"]
    told = phrase in spec.get("or_clause", []) and any(
        c.dep_ == "ccomp" and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children) for c in head.children)
    if preps and not told and not any(c.dep_ in ("prep", "dative") and c.lower_ in preps
                                      for c in list(head.children) + [t for o in objs for t in o.subtree]):
        return False  # "welcomed the minister and his delegation to the White House"; "Beijing cautioned that ..."
        # is a warning told in its clause ('or_clause')
    if phrase in spec.get("needs_party_prep", []) and not any(
            c.dep_ == "prep" and c.lower_ in ("between", "with", "among") and any(
                g.pos_ == "PROPN" for g in c.subtree) for c in head.children):
        return False  # "a project between Greece, Cyprus and Egypt", not "a project of the ministry"
    if phrase in spec.get("needs_bloc", []) and not _in_bloc(head, lex.word_lists["alliance_names"]):
        return False  # "a member of NATO", "NATO member Turkey"; not "a member of parliament"
    if phrase in spec.get("membership_relation", []) and not (
            head.dep_ in ("attr", "appos", "oprd", "compound") or (head.dep_ == "pobj" and head.head.lower_ == "as")):
        return False  # "X is a member of NATO", "NATO member Hungary"; not "NATO members met"
    if phrase in spec.get("needs_place", []) and not _placed(head, objs, lex.word_lists["conflict_objects"]):
        return False  # "has 2,500 troops in Somalia", not "has 40,000 soldiers" alone
    if etype == "deployment" and _fighting_sides(head, lex):
        return False  # "clashes between Indian and Chinese troops left 20 dead": the sides of the clash
    wanted_acts = spec.get("needs_infinitive", {}).get(phrase)
    if wanted_acts and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("xcomp", "ccomp") and _lemma(c) in wanted_acts and to_infinitive(c) for c in head.children):
        return False  # "ordered French troops to leave the country"; not "ordered troops to the border", not a quote
        # told ("'We're going to have a force ...,' he told the show")
    helpers = spec.get("not_complement_of", {}).get(phrase)
    if helpers and head.dep_ in ("xcomp", "ccomp") and _lemma(head.head) in helpers:
        return False  # "is helping the Ukrainians acquire longer-range systems": the help is the event
    governors = spec.get("not_object_of", {}).get(phrase)
    if governors and head.dep_ in ("dobj", "pobj", "nsubjpass") and _lemma(head.head) in governors:
        return False
    offered = head.dep_ in ("compound", "amod", "nmod") and _lemma(head.head) in ("proposal", "offer")
    if phrase in spec.get("not_modifier", []) and head.dep_ in ("compound", "amod", "nmod") and not offered:
        return False  # "the ceasefire plan", "truce talks": the word qualifies another noun ("a ceasefire proposal")
    if phrase in spec.get("not_requested", []) and not offered and (_requested(head, lex) or (
            head.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in ("any", "every") for c in head.children)) or (
            head.dep_ == "dobj" and _lemma(head.head) in ASKING_VERBS)):
        return False  # "called on the parties to agree to an immediate ceasefire": the request's content; "Georgia
        # demanded security guarantees", "Kyiv seeks a truce": what is asked for
    if phrase in spec.get("needs_weapons", []) and not _near_words(sent_doc, i, j, lex.word_lists["weapons"], 8) and not (
            head.pos_ == "VERB" and any(_lemma(t) in lex.word_lists["weapons"] or t.lower_ in lex.word_lists["weapons"]
                                        for c in head.children if c.dep_ not in ("nsubj", "nsubjpass")
                                        for t in c.subtree)):
        return False  # "provide Australia with a conventionally armed, nuclear-powered submarine capability"
    if phrase in spec.get("needs_xcomp", []) and head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ == "xcomp" for c in head.children):
        return False  # "Italy and Egypt were called to join", not "called it unlikely"
    governors = spec.get("object_of", {}).get(phrase)
    if governors and head.pos_ in ("NOUN", "PROPN") and not (
            head.dep_ in ("dobj", "nsubjpass") and _lemma(head.head) in governors) and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        return False  # "rejected these calls", "calls for a ceasefire"; not "a call on Monday"
    if phrase in spec.get("needs_armed_doer", []) and not _armed_subject(head, lex.word_lists["armed_doers"]):
        return False  # "Norwegian patrol planes fly from an airfield in Iceland"; not "the airline flies from Oslo"
    acts = spec.get("place_of", {}).get(phrase)
    if acts and _place_of(head, acts):
        return False  # "began a joint exercise at Jodhpur air base": where the exercise is, no deployment
    verbs = spec.get("governed_by", {}).get(phrase)
    if verbs and not ((gov := _governor(head)) is not None and _lemma(gov) in verbs):
        return False  # "will meet a crushing response", "vowed countermeasures"; not "a strong response from fans"
    about = spec.get("needs_about", {}).get(phrase)
    if about and not any(c.dep_ == "prep" and c.lower_ == "to" and any(_lemma(t) in about for t in c.subtree)
                         and _party_object(head) for c in head.children):
        return False  # "commitment to Israel's security", not "commitment to reform"
    adverbs = spec.get("needs_adverb", {}).get(phrase)
    if adverbs is not None and not any(c.dep_ == "advmod" and c.lower_ in adverbs for t in _conjuncts(head)
                                       for c in t.children):
        return False  # "will act firmly in response to", "respond accordingly": a warning
    listname = spec.get("needs_near", {}).get(phrase)
    if listname and not _near_words(sent_doc, i, j, lex.word_lists[listname]):
        return False
    doers = spec.get("excludes_subject", {}).get(phrase)
    if doers and head.pos_ in ("VERB", "AUX") and any(
            _lemma(t) in doers for c in head.children if c.dep_ == "nsubj" for t in c.subtree):
        return False  # "the Greek gas producer Energean signed a letter of intent": companies, no states
    unwanted = spec.get("excludes_object", {}).get(phrase)
    if unwanted is not None and head.pos_ in ("VERB", "AUX") and _has_object(head, unwanted) and not (
            _has_object(head, spec.get("state_parties_only", {}).get(phrase, [])) and (
                _between_states(head) or _arms_contract(head, lex))):
        return False  # "signed an executive order"; not "Poland signed a contract with South Korea"
    if _prep_object(head, spec.get("excludes_prep", {}).get(phrase, {})):
        return False  # "signed into law a package of military assistance": a law, no agreement between states
    toward = spec.get("not_toward", {}).get(phrase)
    if toward and _prep_object(head, {p: toward for p in ("toward", "towards", "into")}):
        return False  # "fired a ballistic missile toward the sea": a test, no conflict
    if phrase in spec.get("needs_relation", []) and head.pos_ in ("NOUN", "PROPN") and not (
            head.dep_ in ("attr", "appos", "oprd") or (head.dep_ == "pobj" and head.head.lower_ == "as")
            or (head.dep_ == "pobj" and _lemma(head.head.head) in ("level", "status", "rank"))  # "the level of allies"
            or (head.dep_ == "dobj" and _lemma(head.head) in ("defend", "protect"))  # "defending our allies"
            or any(c.dep_ == "prep" and c.lower_ in ("of", "as", "including", "like") for c in head.children)
            or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)
            or any(c.dep_ in ("amod", "compound") and c.lower_ in ALLY_QUALIFIERS for c in head.children)):
        return False
    if phrase in spec.get("needs_source", []) and head.pos_ in ("NOUN", "PROPN") and not (
            head.dep_ in ("attr", "oprd") or any(c.dep_ == "poss" for c in head.children) or _named_source(head)
            or (head.dep_ == "dobj" and _lemma(head.head) in THREAT_VERBS)
            or (head.dep_ == "pobj" and head.head.lower_ == "as" and _lemma(head.head.head) in THREAT_VERBS)
            or any(c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in head.children)
            or any(c.dep_ in ("acl", "relcl") and _lemma(c) in ("pose", "posed") for c in head.children)
            or (head.dep_ in ("compound", "nmod") and head.head.i + 1 < len(head.doc)
                and _lemma(head.doc[head.head.i + 1]) == "pose")
            # "the threat armed groups pose to X", parsed with the threat as a modifier of the groups
            or _stance_verb(head, lex) is not None):
        return False
    if etype in HAZARD_TYPES and _caused_by_hazard(head, lex.word_lists["hazards"]):
        return False  # "killed by a landslide", "the threat of a tsunami": nature is no party
    others = spec.get("not_with", {}).get(phrase)
    if others and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and (_lemma(g) in others or g.lower_ in others) for g in c.children)
            for t in _conjuncts(head) for c in t.children):
        return False  # "riots and clashes with police": unrest at home, no conflict between parties
    bad = spec.get("not_possessed_by", {}).get(phrase)
    if bad and any(c.dep_ in ("poss", "amod", "compound") and c.lower_ in bad for c in _modifiers(head)) and not (
            phrase in spec.get("needs_relation", []) and _ally_of_state(head)):
        return False  # "his political allies"; "social security guarantees": the modifier of the phrase's first word
    preps = spec.get("needs_named_prep", {}).get(phrase)
    if preps and not any(c.dep_ == "prep" and c.lower_ in preps and any(_named(g) for g in c.children if g.dep_ == "pobj")
                         for c in head.children):
        return False  # "conveyed grave concern to Kabul", "deep concern over Russia's drills"; not "over the floods"
    if head.pos_ == "VERB" and any(c.dep_ in ("poss", "amod", "compound") and c.lower_ in spec.get(
            "not_possessed_by", {}).get(_lemma(o), ()) for o in head.children if o.dep_ in ("dobj", "nsubjpass")
            for c in o.children):
        return False  # "signed a joint venture agreement": the noun refused, its verb with it
    nouns = spec.get("not_compound_of", {}).get(phrase)
    if nouns and head.dep_ in ("compound", "amod", "nmod") and _lemma(head.head) in nouns:
        return False  # "the war college", "a war museum": an institution, no war
    if head.pos_ in ("NOUN", "PROPN") and _listed_under(head, spec.get("listed_under", ())):
        return False  # "dangers from Afghanistan, narcotics and hacking attacks", "the threat of war": a danger named
    if etype == "conflict" and _called_hostile(head, lex) is not None:
        return False  # "described the sanctions as an assault on its independence": the verb's accusation (a threat)
    after = spec.get("not_before", {}).get(phrase)
    if after and j < len(sent_doc) and sent_doc[j].lower_ in after:
        return False  # "Unity state": a place name, no unity
    if etype == "alliance" and _joins_other_act(head, lex):
        return False  # "a battalion will join the alliance's Steadfast exercise": the exercise, no membership
    if etype == "meeting" and head.pos_ in ("VERB", "AUX") and _hosts_forces(head, phrase, lex):
        return False  # "Bahrain hosts the US Fifth Fleet": forces hosted, a deployment (read next), no meeting
    if phrase in spec.get("company_parties", []) and _company_party(head, lex.word_lists["companies"]):
        return False  # "the airline joined the Oneworld alliance": a deal between companies is no event
    return True


# the facts a bloc holds that a state takes part in without joining the bloc
JOINED_ACTS = ("exercise", "meeting", "deployment")


def _joins_other_act(verb, lex: Lexicon) -> bool:
    """An alliance verb ("join") whose object is another fact's noun, a bloc's exercise, summit or mission ("will join
    the alliance's Steadfast exercise", "joined the bloc's summit"): taking part in it, no membership; and the bloc's
    own word as the owner of that noun ("the alliance's exercise"): who holds it, no alliance fact."""
    nouns = {n for t in JOINED_ACTS for n in lex.triggers[t].get("nouns", []) if " " not in n}
    if verb.pos_ in ("NOUN", "PROPN"):
        return verb.dep_ == "poss" and (_lemma(verb.head) in nouns or verb.head.lower_ in nouns)
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and (_lemma(c) in nouns or c.lower_ in nouns) for c in verb.children)


def _hosts_forces(verb, phrase: str, lex: Lexicon) -> bool:
    """A verb that is both a meeting and a deployment trigger ("host", "receive") whose object is what the deployment
    reading wants as its own word (forces, a fleet, a base): "hosts the US Fifth Fleet", "hosted 2,000 troops"; or a
    base the deployment lexicon names itself ("hosts a Russian air base at Kant": the base's deployment, no meeting)."""
    wanted = lex.triggers["deployment"].get("needs_object", {}).get(phrase)
    bases = [n for n in lex.triggers["deployment"].get("named_by_parties", [])] + [
        n for n in lex.triggers["deployment"]["nouns"] if n.endswith(("base", "bases"))]
    return bool(wanted) and _has_object(verb, ["=HEAD", *(w for w in wanted if not w.startswith("=")), *bases])


def _armed_subject(verb, doers: frozenset[str]) -> bool:
    """The verb's subject (or, for a participle or relative clause, the noun it qualifies) is a force, a unit or a
    military craft: one of its words, or a modifier of it, is in ``doers`` ("patrol planes", "the last Russian
    peacekeepers", "a Nigerian-led force")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and (not subj or subj[0].tag_ in ("WDT", "WP")):
        subj = [verb.head]
    return any(_lemma(t) in doers or t.lower_ in doers for s in subj
               for t in [s, *(c for c in s.children if c.dep_ in ("compound", "amod", "nmod", "conj"))])


def _place_of(noun, acts: list[str]) -> bool:
    """The noun is where one of ``acts`` happens: the object of a place preposition on that act's noun, or on a verb
    whose object or subject it is ("a joint exercise at Jodhpur air base", "the drills were held at the base")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "in", "on", "near", "inside"):
        return False
    top = noun.head.head
    near = [top, *(c for c in top.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))] if top.pos_ in (
        "VERB", "AUX") else [top]
    return any(_lemma(t) in acts or t.lower_ in acts for t in near)


def _aimed_at(verb, heads) -> bool:
    """The head of the verb's on/at/against phrase is one of ``heads`` ("fired on a Guyanese patrol")."""
    return bool(heads) and any(c.dep_ == "prep" and c.lower_ in ("on", "at", "against") and any(
        g.dep_ == "pobj" and _lemma(g) in heads for g in c.children) for c in verb.children)


def _to_name(verb) -> bool:
    """The verb's "to" phrase is a name ("protested to Moscow"), not "complained to the referee"."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
               for c in verb.children)


def _named_source(noun) -> bool:
    """A name or a capitalised adjective qualifying the noun says whose it is ("the FDLR threat", "the Russian
    threat"); not "the growing threat", "the cyber threat"."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and c.text[:1].isupper() and c.pos_ in (
        "PROPN", "ADJ") and c.i > noun.sent.start for c in noun.children)


def _governor(noun):
    """The verb a noun is the object of, directly or through a preposition ("vowed countermeasures", "will be met with
    a firm response", "warned of countermeasures"), or None."""
    if noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr"):
        return noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent") and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def _fighting_sides(head, lex: Lexicon) -> bool:
    """Forces named in the between/among phrase of a conflict noun are its sides ("clashes between Indian and
    Chinese troops", "fighting among rival units"), not forces deployed."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("between", "among") and (
        _lemma(prep.head) in lex.triggers["conflict"]["nouns"] or prep.head.lower_ in lex.triggers["conflict"]["nouns"])


def _simulated(head, words: frozenset[str]) -> bool:
    """A hostile act an exercise plays out: qualified as simulated or mock ("a simulated air raid"), or what a verb
    of practising or simulating governs up its clause ("practised repelling an attack", "the drill simulated an
    invasion", "rehearsed the defence against a notional assault")."""
    if any(c.dep_ in ("amod", "compound") and (_lemma(c) in words or c.lower_ in words) for c in head.children):
        return True
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "advcl", "conj", "ccomp", "nsubj", "nsubjpass"):
            return False
        tok = tok.head
        if _lemma(tok) in words or tok.lower_ in words:
            return True
    return False


def _ally_of_state(head) -> bool:
    """Allies named as what a party is, of a state ("both countries are close allies of Saudi Arabia", "Oman, a
    longtime ally of Britain"): states allied whatever the qualifier; not "a close ally of the president"."""
    return head.dep_ in ("attr", "appos", "oprd") and any(
        c.dep_ == "prep" and c.lower_ == "of" and _is_state(c) for c in head.children)


def _named(noun) -> bool:
    """The noun is a name, or a name owns or qualifies it ("Kabul", "Russia's buildup", "Chinese drills"), or it is
    coordinated with one."""
    for t in (noun, *(c for c in noun.children if c.dep_ == "conj")):
        if t.pos_ == "PROPN" or any(c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper()
                                    and c.pos_ in ("PROPN", "ADJ") for c in t.children):
            return True
    return False


def _in_bloc(head, blocs: frozenset[str]) -> bool:
    """A military bloc in the word's own phrase: its modifier or possessor ("NATO member", "NATO's obligations") or
    the object of its of/in/within/to ("a member of the CSTO", "belongs to the alliance")."""
    near = [*head.children, *(c for c in head.head.children if head.dep_ == "nsubj")]  # "obligations lie within"
    for c in near:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and (c.lower_ in blocs or _lemma(c) in blocs):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "within", "to", "inside") and any(
                g.dep_ == "pobj" and _names_bloc([t for t in g.subtree if not _in_relative(t, g)], blocs)
                for g in c.children):
            return True
    return False


def _names_bloc(toks, blocs: frozenset[str]) -> bool:
    """The words name a military bloc: one word of ``blocs`` or a name of several ("Collective Security Treaty
    Organization")."""
    if any(t.lower_ in blocs or _lemma(t) in blocs for t in toks):
        return True
    text = " ".join(t.lower_ for t in toks)
    return any(" " in b and b in text for b in blocs)


# what a word "for" a ceasefire asks or sets for it: "calls for a ceasefire", "a condition for a truce"
REQUEST_NOUNS = frozenset({"call", "appeal", "demand", "plea", "push", "pressure", "condition", "precondition",
                           "prerequisite"})


def _hostile_act(verb, lex: Lexicon) -> bool:
    """A conflict verb done to a named party or a military target, or retaliating ("to attack US bases", "to strike
    Israel", "to retaliate"; not "to fight corruption")."""
    if _lemma(verb) not in lex.triggers["conflict"]["verbs"]:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "on") for g in c.children]
    targets = lex.word_lists["conflict_objects"]
    return _lemma(verb) == "retaliate" or any(o.pos_ == "PROPN" or _lemma(o) in targets for o in objs)


def _requested(head, lex: Lexicon) -> bool:
    """The word is what a request verb asks for, in its infinitive ("urged both sides to agree to a truce")."""
    asks = lex.triggers["request"]["verbs"]
    if head.dep_ == "pobj" and head.head.lower_ == "for" and _lemma(head.head.head) in set(asks) | REQUEST_NOUNS:
        return True  # "calls for a ceasefire", "an appeal for a truce", "a main condition for a ceasefire"
    tok, via_xcomp = head, False
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        via_xcomp = via_xcomp or tok.dep_ == "xcomp"
        tok = tok.head
        if tok.pos_ == "VERB" and _lemma(tok) in asks or (_lemma(tok) == "call" and tok.pos_ == "VERB"):
            return via_xcomp
    return False


def _placed(verb, objs, places: frozenset[str]) -> bool:
    """The verb or its object is somewhere: "in"/"at"/"on" a name or a place word ("in Somalia", "at the base"), or
    "there", a place the text has named."""
    near = [*verb.children, *(t for o in objs for t in o.subtree)]
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "inside") and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or _lemma(g) in places or _of_name(g)) for g in c.children)
        for c in near) or any(c.dep_ == "advmod" and c.lower_ == "there" for c in near)  # "had 3,000 troops there"


def _of_name(noun) -> bool:
    """A part of a named place: "the north of Niger", "the outskirts of Goma"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
               for c in noun.children)


def _company_party(head, companies: frozenset[str]) -> bool:
    """The trigger's clause names a company as a party: its subject (or its verb's, for a noun), its "with" phrase,
    or a company word on the noun itself ("Qantas Airways joined", "signed a codeshare agreement with the carrier")."""
    verb = head
    for _ in range(4):  # "became a member of the SkyTeam alliance": up to the clause's verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or (
                verb.dep_ == "pobj" and verb.head.lower_ in ("under", "within", "through")):
            break  # "Under an agreement signed in 2022, a company has been assembling ...": the frame of its act
        verb = verb.head
    objs = [o for o in verb.children if o.dep_ == "dobj"]  # "inked a supply contract with a Thai company"
    sides = [c for t in (verb, head) for c in t.children
             if c.dep_ in ("nsubj", "nsubjpass", "compound", "amod") or (c.dep_ == "prep" and c.lower_ == "with")]
    sides += [c for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(_lemma(t) in companies or t.lower_ in companies for c in sides for t in c.subtree)


HAZARD_TYPES = frozenset({"conflict", "threat"})


def _prep_object(head, wanted: dict[str, list[str]]) -> bool:
    """The verb has a preposition of ``wanted`` whose object is one of its words ("into law", "toward the sea")."""
    return any(c.dep_ == "prep" and c.lower_ in wanted and any(
        g.dep_ == "pobj" and (_lemma(g) in wanted[c.lower_] or g.lower_ in wanted[c.lower_]) for g in c.children)
        for c in head.children)


def _between_states(verb) -> bool:
    """A state is the verb's subject and another its "with" party ("Poland signed a contract with South Korea", "the
    Polish defence ministry signed ... with Seoul", "Egypt signed a contract for 30 Rafale jets with France"), read
    with the gazetteer (a parsed sentence has no NER); the subject of a verb coordinated with it ("Serbia has bought
    Chinese drones and signed a contract with France"); or states counted as the subject ("the two countries signed a
    contract for drones"): both sides at once."""
    subj = _subjects_of(verb)
    if subj and _counted_states(subj[0]):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"] + [
        t for o in objs for t in o.subtree if t.dep_ == "prep" and t.lower_ == "with" and not _in_relative(t, o)]
    # "a deal with X", "a contract for 30 jets with X", "a deal worth $2bn with X"
    return bool(subj and withs) and _names_state(subj[0]) and any(_names_state(w) for w in withs)


# weapon words too general to make a contract an arms deal ("a contract for a new payroll system")
GENERAL_GEAR = frozenset({"system", "systems", "equipment", "vehicles", "radar", "radars", "deterrence", "armored",
                          "armoured"})


def _arms_contract(verb, lex: Lexicon) -> bool:
    """A state signs a contract for arms ("Colombia signed a contract for 17 Gripen fighters", "the Indonesian defence
    ministry and the planemaker signed a contract for 48 jets"): a state's arms purchase, its seller told by the maker."""
    subj = _subjects_of(verb)
    arms = lex.word_lists["weapons"] - GENERAL_GEAR
    return bool(subj) and _names_state(subj[0]) and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(t.lower_ in arms or _lemma(t) in arms for t in p.subtree)
        for o in verb.children if o.dep_ == "dobj" for p in o.children)


def _subjects_of(verb) -> list:
    """The verb's subject, or the subject of the verb it is coordinated with ("X bought ... and signed ...")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subj


# nouns for states that a number or "both" counts as the sides of a fact ("the two countries", "both governments")
STATE_NOUNS = frozenset({"country", "nation", "government", "state"})


def _counted_states(noun) -> bool:
    """The noun is states counted: "the two countries", "both governments", "the three nations"."""
    return _lemma(noun) in STATE_NOUNS and noun.tag_ in ("NNS", "NNPS") and any(
        (c.dep_ == "nummod" and c.like_num) or c.lower_ == "both" for c in noun.children)


def _is_state(prep) -> bool:
    """The preposition's object is a state's own name ("with South Korea", "with Seoul"; not "with German
    regulators")."""
    for g in prep.children:
        if g.dep_ == "pobj" and g.pos_ == "PROPN":
            first = min([g, *(c for c in g.children if c.dep_ == "compound")], key=lambda t: t.i)
            hit = load_gazetteer().lookup(g.doc[first.i:g.i + 1].text)
            if hit and hit[0].startswith("country:"):
                return True
    return False


def _names_state(tok) -> bool:
    sub = list(tok.subtree)
    text = tok.doc[sub[0].i:sub[-1].i + 1].text
    return any(h.entity_id.startswith("country:") for h in load_gazetteer().find(text))


def _caused_by_hazard(head, hazards: frozenset[str]) -> bool:
    """The trigger's agent ("killed by a landslide") or what it is of ("the threat of a tsunami") is a natural
    or accidental hazard."""
    for c in (c for t in _conjuncts(head) for c in t.children):
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "of", "from")):
            if any(g.dep_ == "pobj" and (_lemma(g) in hazards or g.lower_ in hazards) for g in c.children):
                return True
    return False


def _in_named_place(verb, unwanted) -> bool:
    """The verb is "in"/"on" a named place or a named one's part ("remain in Moldova's Transnistria region"), and in
    none of ``unwanted`` ("remain in hospital in Paris")."""
    named = any(c.dep_ == "prep" and c.lower_ in ("in", "on", "inside") and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in g.children))
        for g in c.children) for c in verb.children)
    return named and not _prep_object(verb, {p: unwanted for p in ("in", "on", "under")})


def _with_named(verb, unwanted) -> bool:
    """The verb is "in", "on" or "with" a name (a place or a force: "serving with the UN Disengagement Observer
    Force", "serve in Lebanon"), or in a relative clause "in which" on one ("the Kosovo Force, in which our troops
    serve"); not "serve in the army", "serve in prison"."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "on", "with"):
            continue
        for g in c.children:
            owner = verb.head if g.tag_ == "WDT" and verb.dep_ == "relcl" else g
            if g.dep_ == "pobj" and owner.pos_ == "PROPN" and _lemma(owner) not in unwanted and not _armed_service(owner):
                return True
    return False


SERVICES = frozenset({"army", "navy", "marines", "guard", "corps", "gendarmerie"})


def _armed_service(noun) -> bool:
    """A state's own armed service ("the British Army", "the Indian Air Force"): serving in it is no stay abroad."""
    return noun.lower_ in SERVICES or (noun.lower_ == "force" and any(c.lower_ == "air" for c in noun.children))


def _to_object(noun, wanted) -> bool:
    """The noun's "to" phrase holds one of ``wanted`` ("home to 10,000 American soldiers")."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        _lemma(g) in wanted or g.lower_ in wanted for p in c.children if p.dep_ == "pobj"
        for g in (p, *(k for k in p.children if k.dep_ in ("conj", "compound")))) for c in noun.children)


def _visiting_forces(tok, armed) -> bool:
    """A "visiting" that qualifies forces, units or warships ("visiting soldiers", "visiting US warships docked"): a
    word of their stay (a deployment), no visit between parties."""
    if tok.tag_ != "VBG" or tok.lower_ != "visiting":
        return False
    forces = [tok.head] if tok.dep_ in ("amod", "compound") else [
        c for c in tok.children if c.dep_ == "dobj"] if tok.dep_ == "csubj" else []
    return any(_lemma(f) in armed or f.lower_ in armed for f in forces)


def _listed_under(noun, dangers) -> bool:
    """The noun, alone or in a list, is what a danger noun is of or from ("dangers from Afghanistan, narcotics and
    hacking attacks", "the risk of war"): a danger named, no act."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and _lemma(t.head.head) in dangers


def _called_hostile(noun, lex: Lexicon):
    """The stance verb that calls something other than an attack one ("described the steps as an assault on its
    independence", "branded the sanctions an act of economic war"), else None: an accusation, not the act it names
    ("called the shelling an act of aggression" keeps the shelling's attack)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) == "act":
        noun = noun.head.head  # "an act of aggression"
    verb = _stance_verb(noun, lex)
    if verb is None:
        return None
    called = [c for c in verb.children if c.i != noun.i and c.dep_ in ("dobj", "nsubjpass", "oprd")]
    if any(_attack_word(k, lex) for c in called for k in (c, *(g for g in c.children if g.dep_ == "conj"))):
        return None
    return verb


def _attack_word(noun, lex: Lexicon) -> bool:
    """A conflict noun, or an act of one ("the shelling", "an act of aggression")."""
    conflicts = lex.triggers["conflict"]["nouns"]
    return _lemma(noun) in conflicts or noun.lower_ in conflicts or (_lemma(noun) == "act" and any(
        g.dep_ == "pobj" and _lemma(g) in conflicts for c in noun.children if c.lower_ == "of" for g in c.children))


def _conjuncts(tok) -> list:
    """The word and the words coordinated with it ("killed and injured by", "riots and clashes with"), whose
    shared complement the parser hangs on one of them."""
    out = [tok] + [c for c in tok.children if c.dep_ == "conj"]
    return out + [tok.head] if tok.dep_ == "conj" else out


# who takes part with others without a "with": "the two leaders consulted", "they spoke", "X and Y talked"
PLURAL_SUBJECTS = frozenset({"they", "we", "leaders", "sides", "ministers", "presidents", "countries", "nations",
                             "governments", "delegations", "two", "both", "officials", "counterparts"})


def _plural_subject(verb) -> bool:
    """A symmetric verb's subject names both sides: a plural, a pair, or coordinated names."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in PLURAL_SUBJECTS or c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.children):
            return True
    return False


def _named_meeting(head) -> bool:
    """A meeting series named by its parties or its subject ("the U.S.-Thailand Strategic Dialogue")."""
    return head.pos_ == "PROPN" and head.text[:1].isupper() and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)


def _party_object(head) -> bool:
    """The trigger's object names a party: "supporting Ukraine", "support for Ukraine", "aid to
    the Kurds", "Iran's assistance to the Houthis" (a proper name as the object or the possessor of it)."""
    if head.pos_ in ("VERB", "AUX"):
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    else:  # "support for Ukraine", "the alliance between the United States and the Philippines"
        objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "between", "with", "in")
                for g in c.children if g.dep_ == "pobj"]
    if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper()
                                              and c.pos_ in ("ADJ", "PROPN") for c in head.children):
        return True  # "Iranian assistance", "U.S. support": the giver named on the noun
    if head.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" and _is_state(c) for c in head.children):
        return True  # "the support of the United States and other G7 nations for Ukraine": the state giving it
    return any(o.pos_ == "PROPN" or any(g.dep_ == "poss" and g.pos_ == "PROPN" for g in o.children)
               or (_lemma(o) in STATE_BODIES and _named_by(o)) for o in objs)


# what stands for a state as the object of support ("supporting the government of X", "backing the Syrian army")
STATE_BODIES = frozenset({"government", "regime", "army", "force", "military", "authority", "people"})


def _named_by(noun) -> bool:
    """The noun's own name: a capitalised modifier or an "of" name ("the Syrian army", "the government of Hadi")."""
    return any((c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.pos_ in ("ADJ", "PROPN"))
               or (c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children))
               for c in noun.children)


def _with_state(verb) -> bool:
    """The verb's complements hold a "with" phrase naming a state, wherever the parser hangs it ("was sharing
    information on the launch with Seoul"), not in a relative clause."""
    return any(t.dep_ == "prep" and t.lower_ == "with" and not _in_relative(t, c) and _is_state(t)
               for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree)
