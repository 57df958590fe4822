"""The event lexicon (``data/events.json``, the triggers of each type in ``data/triggers/<type>.json``) and the word
lists read from it."""
from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass
from importlib import resources

from ..alternation import compile_words
from ..nlp import doc_text

log = logging.getLogger(__name__)


ACTOR_KINDS = ("country", "org")


PRONOUNS_WE = {"we", "our", "us", "ours"}


PRONOUNS_HE = {"he", "she", "his", "her"}


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, dict]
    single: dict[str, list[tuple[str, str]]]  # first lemma -> [(event type, full phrase)]
    military: frozenset[str]
    status_cues: dict[str, frozenset[str]]
    denial_verbs: frozenset[str]
    sectors: dict[str, tuple[str, ...]]
    provisions: dict[str, tuple[str, ...]]
    generic_groups: tuple[str, ...]
    communication: frozenset[str]
    surface: frozenset[str]  # lower-case surface forms that make a sentence a candidate
    pos: dict[tuple[str, str], frozenset[str]]  # (event type, one-word phrase) -> parts of speech it may take
    word_lists: dict[str, frozenset[str]]  # weapons, intensifiers, deployment_verbs: context words for triggers
    # surface forms too common to make a sentence a candidate alone ("has", "had"): the words one of which must be in
    # the sentence too (what the trigger wants as its object: "has 2,000 soldiers in Chad")
    gated: dict[str, frozenset[str]]


_PARTICLES = frozenset({"up", "on", "in", "out", "off", "for", "to", "with", "down", "over", "from", "of"})
# pronouns too common to make a sentence a candidate: a phrase ending in one is looked for by its first word ("aid
# each other" by "aid", "attack on either" by "attack")
_RECIPROCAL = frozenset({"other", "another", "one", "either", "any"})
# a place preposition inside a phrase: its head is its first word ("boots on the ground")
_INNER_PREPS = frozenset({"on"})
# a verb ending in one vowel and one consonant doubles it before -ed and -ing ("expelled", "equipped", "patrolling")
_DOUBLES = re.compile(r"(?:^|[^aeiou]|qu)[aeiou][bdgklmnprt]$")


def phrase_words(phrase: str) -> list[str]:
    """The tokens a lexicon phrase is matched on: its words, a hyphen between letters its own token as spaCy
    splits it ("co-operation" is "co", "-", "operation"; "F-16" stays whole)."""
    return _HYPHEN.sub(" - ", phrase).split()


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _forms(lemma: str) -> set[str]:
    """Rough inflections of a phrase's most telling word, for choosing candidate sentences
    without lemmatising: a phrase's last word ("international force" needs "force", so a
    sentence with only "international" is no candidate), its first before a particle or a
    pronoun ("sign up", "aid each other") or when a preposition is inside it ("boots on the ground")."""
    words = phrase_words(lemma)
    inner = any(x in _INNER_PREPS for x in words[1:-1])  # "boots on the ground" by "boots", not "ground"
    w = words[0] if inner or words[-1] in _PARTICLES or words[-1] in _RECIPROCAL else words[-1]
    out = {w, w + "s", w + "es", w + "ed", w + "ing", w + "ies"}
    if w.endswith("e"):
        out |= {w + "d", w[:-1] + "ing", w[:-1] + "ed"}  # "based"; not "ban" -> "band", "war" -> "ward"
    if w.endswith("y"):
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if _DOUBLES.search(w):  # "expel" -> "expelled", "equip" -> "equipped", "ship" -> "shipping"
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    if w.endswith("ght") or w == "fight":
        out.add("fought")
    irregular = {"meet": {"met"}, "hold": {"held"}, "send": {"sent"}, "fight": {"fought"}, "strike": {"struck"},
                 "take": {"took", "taken"}, "sign": {"signed"}, "ally": {"allied", "allies"},
                 "sell": {"sold"}, "buy": {"bought"}, "shoot": {"shot"}, "speak": {"spoke", "spoken"},
                 "initial": {"initialled", "initialling"}, "keep": {"kept"}, "hit": {"hit"},
                 "swear": {"swore", "sworn"}, "have": {"has", "had"}, "leave": {"left"}, "fly": {"flew", "flown"},
                 "lead": {"led"}, "sink": {"sank", "sunk"}}
    out |= irregular.get(w, set())
    return out


def _companions(data: dict, spec: str | list[str]) -> set[str]:
    """The surface forms of the words a gated trigger wants in its sentence: a word list of ``data`` by name, or a
    type's list (``[type, verb]``: the verb's ``needs_object`` words; ``[type, key]``: the type's list ``key``)."""
    if isinstance(spec, str):
        words = data[spec]
    else:
        lists = data["triggers"][spec[0]]
        words = lists["needs_object"][spec[1]] if spec[1] in lists.get("needs_object", {}) else lists[spec[1]]
    return {f for w in words if not w.startswith("=") and w != "PROPN" for f in _forms(w)}


# A one-word trigger must be used as what the lexicon lists it as: "according to" is not an
# accord, "initial results" not an initialling, "partners" not partnering.
TRIGGER_POS = {"nouns": frozenset({"NOUN", "PROPN"}), "weak_nouns": frozenset({"NOUN", "PROPN"}),
               "verbs": frozenset({"VERB", "PROPN"})}


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    files = resources.files("pactwatch.data")
    data = json.loads(files.joinpath("events.json").read_text(encoding="utf-8"))
    data["triggers"] = {etype: json.loads(files.joinpath("triggers").joinpath(f"{etype}.json").read_text(encoding="utf-8"))
                        for etype in data["triggers"]}  # one file per type, read in the listed order
    single: dict[str, list[tuple[str, str]]] = {}
    surface: set[str] = set()
    gated_by: dict[str, set[str]] = {}  # a surface form of a gated trigger -> what must be in its sentence too
    pos: dict[tuple[str, str], frozenset[str]] = {}
    one_word = {p for spec in data["triggers"].values() for key in ("nouns", "verbs", "weak_nouns")
                for p in spec.get(key, []) if len(phrase_words(p)) == 1}
    for etype, spec in data["triggers"].items():
        for key in ("nouns", "verbs", "weak_nouns"):
            for phrase in spec.get(key, []):
                if (etype, phrase) not in pos:
                    single.setdefault(phrase_words(phrase)[0], []).append((etype, phrase))
                if phrase in data["gated_triggers"]:
                    for form in _forms(phrase):
                        gated_by.setdefault(form, set()).update(_companions(data, data["gated_triggers"][phrase]))
                elif phrase_words(phrase)[0] not in one_word or len(phrase_words(phrase)) == 1:
                    surface |= _forms(phrase)  # "cooperation plan" is a candidate by "cooperation", not by "plan"
                if len(phrase_words(phrase)) == 1:  # a headline's title case makes any word a PROPN
                    pos[(etype, phrase)] = pos.get((etype, phrase), frozenset()) | TRIGGER_POS[key]
                else:
                    pos[(etype, phrase)] = frozenset()
    surface |= set(data["joint_adverbs"])  # "are jointly implementing projects": cooperation, whatever the verb
    for spec in data["triggers"].values():  # the words of a shape (events/shapes.py): "troops fighting alongside X"
        surface |= set(spec.get("shapes", {}).get("cues", []))
    for lst in single.values():
        lst.sort(key=lambda x: -len(phrase_words(x[1])))
    # "has", "left": a candidate only with what the trigger wants beside it, unless an ungated trigger has the form too
    gated = {form: frozenset(words) for form, words in gated_by.items() if form not in surface}
    return Lexicon(
        triggers=data["triggers"],
        single=single,
        military=frozenset(data["military_words"]),
        status_cues={k: frozenset(v) for k, v in data["status_cues"].items()},
        denial_verbs=frozenset(data["denial_verbs"]),
        sectors={k: tuple(v) for k, v in data["sectors"].items()},
        provisions={k: tuple(v) for k, v in data["provisions"].items()},
        generic_groups=tuple(data["generic_groups"]),
        communication=frozenset(data["communication_verbs"]),
        surface=frozenset(surface),
        pos=pos,
        gated=gated,
        word_lists={k: frozenset(data[k]) for k in ("weapons", "intensifiers", "deployment_verbs",
                                                                 "alliance_names", "violated", "hazards",
                                                                 "conflict_objects", "companies", "pledges", "armed_presence", "threatening_verbs",
                                                                 "joint_adverbs", "press_words", "simulating", "stance_verbs",
                                                                 "interfered", "armed_doers")}
        | {"adopting_verbs": frozenset(data["triggers"]["agreement"]["adopting_verbs"]),  # one list each, in its type
           "holding_verbs": frozenset(data["triggers"]["exercise"]["shapes"]["holding_verbs"])},
    )


@functools.lru_cache(maxsize=1)
def agreement_nouns() -> frozenset[str]:
    """The nouns that name an agreement or a part of one (``data/agreements.json`` "nouns", shared
    with the cross-document stages), every form written, lower case."""
    data = json.loads(resources.files("pactwatch.data").joinpath("agreements.json").read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in data["nouns"])


def agreement_word(tok) -> bool:
    """The token is a noun of :func:`agreement_nouns`, as written or by its lemma ("accords", "MoU")."""
    return _lemma(tok) in agreement_nouns() or tok.lower_ in agreement_nouns()


# the text of a parsed sentence, built once (spaCy's ``Doc.text`` joins its tokens at every call): the selective
# parse keeps it when it makes the sentence's Doc
sent_text = doc_text


def _lemma(t) -> str:
    return (t.lemma_ or t.lower_).lower()


def to_infinitive(verb) -> bool:
    """The verb is an infinitive with "to" ("told them to leave", "plans to deploy"), not a finite verb (the verb of a
    quoted clause: "'We're going to send a force,' she told the show")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


@functools.lru_cache(maxsize=256)
def _words_rx(words: tuple[str, ...], whole: bool) -> re.Pattern:
    """One compiled alternation for a lexicon list (whole words, or word starts)."""
    return compile_words(words, whole=whole)


def _generic_group(sent_text: str, lex: Lexicon) -> bool:
    return bool(_words_rx(tuple(lex.generic_groups), True).search(sent_text.lower()))


def _sectors(sent_text: str, lex: Lexicon) -> tuple[str, ...]:
    low = sent_text.lower()
    return tuple(s for s, words in lex.sectors.items() if _words_rx(tuple(words), False).search(low))


def _provisions(sent_text: str, lex: Lexicon) -> tuple[str, ...]:
    low = sent_text.lower()
    return tuple(p for p, words in lex.provisions.items() if any(w in low for w in words))
