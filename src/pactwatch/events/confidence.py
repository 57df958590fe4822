"""How likely an event is right: a logistic score with weights in ``data/confidence.json``.

The features are what the stage knows of one event when it is done, in terms that hold in any
outlet's news (no word list of a corpus, no event type: how often a type is right differs from
one set of articles to the next, so the type's weight did not carry over to unseen news):

* its parties: how many (one side alone is often a half-read fact), whether both sides are
  there, whether they are all states or no state at all;
* who asserts it (a person, a body) and whether the trigger is inside a quotation;
* its status (a possibility the text speculates about is less sure than a reported fact);
* what the sentence gives besides: a date, a place, a sector;
* the sentence: its length, how much of it is the vocabulary of defense between states
  (:func:`.relevance.sentence_weight`), whether it hedges ("if", "would", "could");
* the trigger: a word only defense uses ("troops", "missile", "warships": the relevance lexicon's
  strong words), a phrase of several words;
* the article's relevance (:mod:`.relevance`).

The weights were fitted by ``python -m pactwatch.benchmarks.fit_confidence --write``, which
chooses the regularisation and the calibration on corpora held out of the fit; the data file
says how the score held on each of them.
"""
from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

from ..model import Event
from .relevance import load_relevance_lexicon, sentence_weight

# words that make a sentence conditional or speculative: "if either is attacked", "could send"
HEDGES = re.compile(r"\b(?:if|unless|whether|whoever|would|could|might|may)\b", re.I)
QUOTES = ('"', "\u201c", "\u201d")


@functools.lru_cache(maxsize=1)
def load_weights() -> dict[str, float]:
    data = json.loads(resources.files("pactwatch.data").joinpath("confidence.json").read_text(encoding="utf-8"))
    return data["weights"]


def _in_quote(sentence: str, trigger: str) -> bool:
    """Whether the trigger's first occurrence in the sentence is inside double quotation marks."""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return False
    before = sentence[:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def features(ev: Event, relevance: float) -> dict[str, float]:
    """The event's features by name (the keys of the weights); see the module docstring."""
    parties = set(ev.actors) | set(ev.targets)
    states = [p for p in parties if p.startswith("country:")]
    sentence = ev.evidence.sentence if ev.evidence else ""
    words = len(sentence.split())
    asserter = ev.asserted_by or ""
    return {
        "bias": 1.0,
        f"status:{ev.status}": 1.0,
        f"parties:{min(len(parties), 3)}": 1.0,
        "both_sides": float(bool(ev.actors) and bool(ev.targets)),
        "all_states": float(bool(parties) and len(states) == len(parties)),
        "no_state": float(bool(parties) and not states),
        "asserted:person": float(asserter.startswith("person:")),
        "asserted:body": float(bool(asserter) and not asserter.startswith("person:")),
        "in_quote": float(_in_quote(sentence, ev.trigger)),
        "when": float(ev.when is not None),
        "where": float(ev.where is not None),
        "sectors": float(bool(ev.sectors)),
        "short_sentence": float(0 < words < 12),
        "long_sentence": float(words >= 40),
        "hedged": float(bool(HEDGES.search(sentence))),
        "sentence_defense": min(3.0, sentence_weight(sentence)) / 3,
        "trigger_defense": float(bool(ev.trigger) and bool(load_relevance_lexicon().strong.search(ev.trigger))),
        "trigger_phrase": float(len(ev.trigger.split()) > 1),
        "relevance": relevance,
    }


def event_confidence(ev: Event, relevance: float) -> float:
    """The probability-like confidence of one event, in (0, 1), rounded to 3 places.

    Example:
        >>> from pactwatch.model import Event
        >>> a = event_confidence(Event("meeting", "occurred", ("country:USA",), ("country:JPN",), when="2024-05-02"), 1.0)
        >>> b = event_confidence(Event("deployment", "possible", ("org:kpa",)), 0.4)
        >>> a > 0.8 > b
        True
    """
    w = load_weights()
    z = sum(w.get(k, 0.0) * v for k, v in features(ev, relevance).items())
    return round(1 / (1 + math.exp(-z)), 3)
