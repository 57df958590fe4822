"""How much an article is about defense and security relations between states.

An article that is not (a launch, a storm, a sports final, a price index) yields no events:
every event the other steps find in it is a word out of context. The score is read from the
cleaned text and the entities, before any parsing:

* the share of sentences that use the vocabulary of defense and security between states
  (``data/relevance.json``: strong words, those only defense uses, count 1; words also used elsewhere
  ("alliance", "deploy", "agreement", "arms") count 0.5; a sentence counts in full from 1 point up; in
  a sentence of sport or games they are the game's metaphors and count nothing: "the bowling attack",
  "their defence held", "fought like soldiers"; in a sentence of business, air travel, space flight,
  party politics or a natural disaster the weak ones are that field's words and count nothing: an
  airline "alliance", satellites "deployed" into orbit, a coalition "pact"; phrases that only look like
  defense count nothing: "Civil Defense", "defense lawyers", "a price war", "a general strike"; a sentence that
  names a company, a product or a person by a state's adjective ("the German discount chain", "the Swedish
  singer", "Kenya's mobile operators": :func:`labelled_sentences`) is of that field too),
* the share of sentences of sport or games (a sports story names states and their "attack"), and of
  sentences of those other fields past ``elsewhere_onset`` (a defense story may name a company or a
  launch; a story told mostly in such sentences is about that field), and
* how many states and international organisations the article names or its persons and
  institutions stand for ("the Turkish Foreign Ministry", "President Biden"): relations need two, and an
  article that names one alone (a budget fight among a president's "allies", a state's own
  defense bill) is about none.

``relevance = min(1, share / full_share) * (0.25 + 0.75 * min(1, parties / full_states)) * max(0, 1 - 2 * max(0, games - 0.15))
* max(0, 1 - 2 * max(0, elsewhere - elsewhere_onset))``
(parties counted only when one of them is a state and there are two or more; ``games``, the share of sentences of sport,
past a sentence in seven: a war report may mention a stadium that was hit): a storm report that says "Civil Defense"
or a space launch with a "rocket" uses few such words, a sports final names states but not in
those words, a business summit on supply-chain "security" names one state; none reaches
``min_relevance``. An article whose every defense word is a figure of speech other fields share ("war", "invasion",
"attack", "alliance", "deployed", "pact": ``figurative``), with no word only defense or diplomacy uses ("military",
"troops", "ceasefire", "treaty", "embassy"; :func:`literal`), in ``FIGURATIVE_STORY`` sentences or more, scores 0: a
shipping "alliance" ending a rate "war". So does an article in which players play states (:func:`game_roles`: "she
played Turkey", "the Austrian player"): a board game's or a strategy video game's invasions and truces are moves.
Articles under ``min_relevance`` yield
no events; the score also weighs every event's confidence (:mod:`.confidence`).
"""
from __future__ import annotations

import bisect
import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from ..alternation import alternation
from ..model import EntityAnalysis
from ..nlp import doc_text, sentence_bounds
from .context import document_links, known_name, represented_states

PARTY_KINDS = ("country", "org")


@dataclass(frozen=True)
class RelevanceLexicon:
    strong: re.Pattern
    weak: re.Pattern
    games: re.Pattern
    elsewhere: re.Pattern
    masks: re.Pattern
    full_share: float
    full_states: int
    min_relevance: float
    elsewhere_onset: float
    figurative: re.Pattern  # defense words other fields use as theirs: see literal
    labels: re.Pattern  # what follows a state's adjective or possessive that makes it a label: see labelled_sentences
    domestic: re.Pattern  # the words of a domestic body's id ("org:high-court"): see domestic_body
    acronyms: frozenset[str]  # defense words spelt in capitals ("NATO"): see _named_in_capitals


def _rx(words: list[str]) -> re.Pattern:
    """The words as one pattern, longest first, nested by their letters (the same matches, tried 3-4 times
    faster: :mod:`pactwatch.alternation`)."""
    alts = []
    for w in sorted(words, key=len, reverse=True):
        stem = re.escape(w.rstrip("*")).replace(r"\ ", r"[\s-]+")
        alts.append((w, stem + (r"\w*" if w.endswith("*") else "")))
    return re.compile(r"\b(?:" + alternation(alts) + r")\b", re.I)


def _label_rx(words: list[str]) -> re.Pattern:
    """What follows a state's mention when it labels a company, a product or a person ('s, up to two lower-case words,
    a label noun): "'s two largest mobile operators", " discount chain", " singer"."""
    nouns = [re.escape(w.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if w.endswith("*") else "") for w in words]
    return re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*(?:-[\w-]+)?){0,2}?\s+(?:" + "|".join(nouns) + r")\b")


@functools.lru_cache(maxsize=1)
def load_relevance_lexicon() -> RelevanceLexicon:
    data = json.loads(resources.files("pactwatch.data").joinpath("relevance.json").read_text(encoding="utf-8"))
    return RelevanceLexicon(strong=_rx(data["strong"]), weak=_rx(data["weak"]), games=_rx(data["games"]),
                            elsewhere=_rx(data["elsewhere"]), masks=_rx(data["masks"]), full_share=data["full_share"],
                            full_states=data["full_states"], min_relevance=data["min_relevance"],
                            elsewhere_onset=data["elsewhere_onset"], labels=_label_rx(data["labels"]),
                            figurative=_rx(data["figurative"]),
                            domestic=re.compile(r"(?:^|-)(?:" + "|".join(re.escape(b).replace(r"\ ", "-") for b in
                                                                       data["domestic_bodies"]) + r")(?:-|$)"),
                            acronyms=frozenset(data["acronyms"]))


def sentence_weight(sentence: str, lex: RelevanceLexicon | None = None) -> float:
    """Defense-and-security points of one sentence (strong words 1, weak words 0.5; none in a
    sentence of sport or games, where they are metaphors; no weak ones in a sentence of business,
    space flight or party politics, where they are that field's words: an airline "alliance", a
    satellite "deployed", a coalition "pact")."""
    lex = lex or load_relevance_lexicon()
    return 0.0 if lex.games.search(sentence) else _points(sentence, lex)


# a short quotation (one to four words) set in quotation marks within a sentence: a word the writer holds at a
# distance ("launched what organisers called 'a full-scale invasion'", "signed a 'peace treaty'", "'secret weapons'");
# an apostrophe inside or after a word ("Ghana's", "the chefs' ") opens or closes none
SCARE_QUOTE = re.compile(r"""(?<![\w'’])(?:"|“|‘|')(?P<words>[^"“”‘’'\n]{1,48}?)(?:"|”|’|')(?![\w'’])""")
SCARE_WORDS = 4


def _unquoted(sentence: str) -> str:
    """The sentence without the words it sets in scare quotes (see :data:`SCARE_QUOTE`): a defense word so held
    ("'invade'", "a 'ceasefire'", "their 'secret weapons'") is a figure of speech, not the thing."""
    return SCARE_QUOTE.sub(lambda m: " " if len(m.group("words").split()) <= SCARE_WORDS else m.group(), sentence)


# capitalised words in a row from which they are a heading in capitals ("DEEPENING DEFENSE COOPERATION:"), not a name
CAPITALS_HEADING = 3
_CAPITAL_WORD = re.compile(r"[A-Z][A-Z'’.-]+\b")


def _named_in_capitals(m: re.Match, sentence: str, lex: RelevanceLexicon) -> bool:
    """The defense word matched is written in capitals as a name ("the group's fan army, known as ARMY", "BTS' ARMY
    Mobilizes"), not an acronym of the lexicon ("NATO") nor a word of a heading in capitals (``CAPITALS_HEADING``
    capitalised words in a row: "DEEPENING DEFENSE COOPERATION")."""
    word = m.group()
    if len(word) < 3 or not word.isupper() or word.lower() in lex.acronyms:
        return False
    before = sentence[:m.start()].split()[-(CAPITALS_HEADING - 1):]
    after = sentence[m.end():].split()[:CAPITALS_HEADING - 1]
    run = 1
    for w in reversed(before):
        if not _CAPITAL_WORD.fullmatch(w.strip(",:;\"“”")):
            break
        run += 1
    for w in after:
        if not _CAPITAL_WORD.fullmatch(w.strip(",:;\"“”")):
            break
        run += 1
    return run < CAPITALS_HEADING


def _points(sentence: str, lex: RelevanceLexicon, elsewhere: bool | None = None) -> float:
    """Strong words 1, weak words (not inside a strong one) 0.5 unless the sentence is of another field; none
    inside a phrase that only looks like defense ("Civil Defense", "defense lawyers", "a price war") nor set in
    scare quotes ("a 'full-scale invasion'")."""
    sentence = _unquoted(lex.masks.sub(" ", sentence))
    strong = [m.span() for m in lex.strong.finditer(sentence) if not _named_in_capitals(m, sentence, lex)]
    if lex.elsewhere.search(sentence) if elsewhere is None else elsewhere:
        return float(len(strong))
    weak = [m for m in lex.weak.finditer(sentence) if not any(a <= m.start() < b for a, b in strong)
            and not _named_in_capitals(m, sentence, lex)]
    return len(strong) + 0.5 * len(weak)


# sentences from which a story told only in figures of speech is another field's: a brief of one to three sentences
# ("Russian drones attacked a Romanian border village on Tuesday.") is too short to tell
FIGURATIVE_STORY = 4


def literal(sentence: str, lex: RelevanceLexicon) -> bool:
    """Whether the sentence uses a defense word in no other field's sense: a strong or weak word that is not one of
    the figures of speech other fields share with defense ('figurative': "war", "invasion", "attack", "alliance",
    "deployed", "pact"): "military", "troops", "ceasefire", "treaty", "summit", "foreign minister", "sanctions"."""
    sentence = _unquoted(lex.masks.sub(" ", sentence))
    return any(not lex.figurative.fullmatch(m.group()) and not _named_in_capitals(m, sentence, lex)
               for rx in (lex.strong, lex.weak) for m in rx.finditer(sentence))


def _sentence_share(weight: float) -> float:
    """A sentence counts in full from one strong word (or two weak ones) up; a lone weak word
    ("the summit", "security") counts a quarter."""
    return 1.0 if weight >= 1 else weight / 2


def article_relevance(sentences: list[str], ents: EntityAnalysis, gaz=None,
                      represented: set[str] | None = None, labelled: frozenset[int] = frozenset()) -> float:
    """The article's relevance in [0, 1] from its sentences' texts and its entities.

    ``represented`` is :func:`.context.represented_states` of ``ents`` (computed with ``gaz``, the
    pipeline's gazetteer, when not given); ``labelled`` are the indices of the sentences that name a company, a
    product or a person by a state's adjective (:func:`labelled_sentences`): sentences of that field, like those
    with a word of ``elsewhere``.

    Example:
        >>> article_relevance(["The storm flooded the town."], EntityAnalysis())
        0.0
    """
    lex = load_relevance_lexicon()
    kept = [k for k, s in enumerate(sentences) if len(s.split()) >= 4]
    body = [sentences[k] for k in kept]
    if not body or (len(body) >= FIGURATIVE_STORY and not any(literal(s, lex) for s in sentences)):
        return 0.0  # every defense word a figure of speech of another field: a price "war", a shipping "alliance"
    sport = [bool(lex.games.search(s)) for s in body]
    other = [k in labelled or bool(lex.elsewhere.search(s)) for k, s in zip(kept, body, strict=True)]
    share = sum(_sentence_share(0.0 if g else _points(s, lex, o)) for s, g, o in zip(body, sport, other, strict=True))
    share /= len(body)
    games = sum(sport) / len(body)
    elsewhere = sum(other) / len(body)
    kinds = {e.id: e.kind for e in ents.entities}
    parties = {m.entity_id for m in ents.mentions if kinds.get(m.entity_id, m.entity_id.split(":")[0]) in PARTY_KINDS
               and (m.entity_id.startswith("country:") or known_name(m.how))}
    if represented is None:
        represented = represented_states(ents, gaz)
    parties |= represented  # "the Turkish Foreign Ministry and Greece", a leader's readout
    states = [p for p in parties if p.startswith("country:")]
    spread = min(1.0, len(parties) / lex.full_states) if states and len(parties) >= 2 else 0.0
    score = (min(1.0, share / lex.full_share) * (0.25 + 0.75 * spread) * max(0.0, 1 - 2 * max(0.0, games - 0.15))
             * max(0.0, 1 - 2 * max(0.0, elsewhere - lex.elsewhere_onset)))
    return round(min(1.0, score), 3)


_BETWEEN = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s+")  # the lower-case words between a state's adjective and a name
NAME_LABELS = ("PERSON", "ORG")  # spaCy's labels of the names a state's adjective can label


@functools.lru_cache(maxsize=1)
def _named_labels_not() -> frozenset[str]:
    """The words that keep a state's adjective an actor before a name (``data/relevance.json`` 'named_labels_not', and
    every word of the titles of office of ``data/roles.json``)."""
    from ..entities.lexicon import role_words
    data = json.loads(resources.files("pactwatch.data").joinpath("relevance.json").read_text(encoding="utf-8"))
    titles = role_words()
    return frozenset(data["named_labels_not"]) | {w for k in ("leader", "official") for t in titles[k] for w in t.split()}


def _labels_a_name(text: str, end: int, names: frozenset[int], lex: RelevanceLexicon) -> bool:
    """A state's adjective ending at ``end`` is followed by lower-case words and then a person's or an organisation's
    name (starting at one of ``names``), none of the words a title of office, a state body or a defence word: "the
    Dutch driver Max Verhoef", "the Danish shipping group Maersund"."""
    m = _BETWEEN.match(text, end)
    if m is None or m.end() not in names:
        return False
    words = m.group().split()
    return not (set(words) & _named_labels_not() or lex.strong.search(m.group()) or lex.weak.search(m.group()))


def labelled_sentences(text: str, bounds: list[tuple[int, int]], ents: EntityAnalysis,
                       names: frozenset[int] = frozenset()) -> frozenset[int]:
    """Indices of the sentences (``bounds`` in ``text``) where a state's adjective or possessive labels a company, a
    product or a person of business, culture or sport (``data/relevance.json`` 'labels'): "the German discount
    chain Preiswert", "a Danish rival", "Kenya's two largest mobile operators", "the Brazilian striker". Such a
    sentence tells that company's or person's doings, not its state's. So does a state's adjective that is a person's
    possessive ("the Norwegian's king", "the Argentine's second goal"), or that describes a person or an organisation
    named next (``names``: the offsets where spaCy's PERSON and ORG names start; :func:`_labels_a_name`)."""
    lex = load_relevance_lexicon()
    starts = [a for a, _b in bounds]
    out = set()
    for m in ents.mentions:
        if m.entity_id.startswith("country:") and (lex.labels.match(text, m.end) or (
                m.how == "demonym" and (text.startswith(("'s ", "\u2019s "), m.end)
                                        or _labels_a_name(text, m.end, names, lex)))):
            out.add(bisect.bisect_right(starts, m.start) - 1)
    return frozenset(out)


def domestic_body(party: str) -> bool:
    """Whether the party id names a body whose acts are its state's own affairs (``data/relevance.json``
    ``domestic_bodies``): a national court, a law society, an opposition party, a union ("org:high-court",
    "org:law-society-of-kenya"); never a state nor an international court ("org:icj")."""
    return party.startswith("org:") and load_relevance_lexicon().domestic.search(party[4:]) is not None


class NotInterstate(NamedTuple):
    """The words of ``data/relevance.json`` 'not_interstate': what makes a trigger a boilerplate, generic or domestic
    mention (see :mod:`.extract`)."""

    press_inquiries: frozenset[str]
    generic_qualifiers: frozenset[str]
    breach_words: frozenset[str]
    domestic_qualifiers: frozenset[str]
    domestic_askers: frozenset[str]
    own_government: frozenset[str]
    domestic_instruments: frozenset[str]


@functools.lru_cache(maxsize=1)
def not_interstate() -> NotInterstate:
    data = json.loads(resources.files("pactwatch.data").joinpath("relevance.json").read_text(encoding="utf-8"))
    words = data["not_interstate"]
    return NotInterstate(*(frozenset(words[k]) for k in NotInterstate._fields))


def relevant(score: float) -> bool:
    """Whether an article of this relevance may yield events."""
    return score >= load_relevance_lexicon().min_relevance


# states that players play from which an article is a game's (a board game, a strategy video game) whose moves are wars
GAME_ROLES = 2
_PLAYS = re.compile(r"\b(?:play(?:s|ed|ing)?|playing as)\s+(?:the\s+)?$", re.I)  # (the text right before a state)
_PLAYER = re.compile(r"(?:['’]s)?\s+(?:player|gamer)s?\b")  # (the text right after a state)


def game_roles(text: str, ents: EntityAnalysis) -> int:
    """How many mentions of states in the article ``text`` are roles in a game: what someone "played" ("the winner,
    a software tester from Montreal, played Turkey"; "her husband, who played Italy") or a player's ("the Austrian
    player", "Russia's player"). An article with ``GAME_ROLES`` of them tells a game in which players play the
    states ("Diplomacy", a strategy video game): its invasions and truces are moves, and it scores 0 (a sports
    story where "England played France" is a game too)."""
    return sum(1 for m in ents.mentions if m.entity_id.startswith("country:") and (
        _PLAYS.search(text, max(0, m.start - 20), m.start) or _PLAYER.match(text, m.end)))


def document_relevance(sdoc, ents: EntityAnalysis, gaz=None) -> float:
    """:func:`article_relevance` of a spaCy doc with sentences (the pipeline's cheap pass),
    computed once per doc (candidate sentences and events both ask); the states its persons and
    institutions stand for are the doc's :func:`.context.document_links`, which the events'
    context reads again."""
    key = ("pactwatch.relevance", id(ents))
    if key not in sdoc.user_data:
        represented = document_links(sdoc, ents, gaz).states()
        text = doc_text(sdoc)
        bounds = sentence_bounds(sdoc)
        sentences = [text[s:e] for s, e in bounds]  # each sentence's Span.text
        sdoc.user_data[key] = 0.0 if game_roles(text, ents) >= GAME_ROLES else article_relevance(
            sentences, ents, represented=represented,
            labelled=labelled_sentences(text, bounds, ents, frozenset(e.start_char for e in sdoc.ents
                                                                    if e.label_ in NAME_LABELS)))
    return sdoc.user_data[key]
