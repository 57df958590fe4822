"""How likely an event is right: a logistic score with weights in ``data/confidence.json``.

The features are what the stage knows of the event when it is done: its type and status,
how many parties it has (one side alone is often a half-read fact), whether they are all
states, whether a person asserts it, and the article's relevance (:mod:`.relevance`). The
weights were fitted on the development gold; the data file says how, and how well the
score was calibrated there (``--min-confidence 0.8`` keeps the events that were right
about nine times in ten).
"""
from __future__ import annotations

import functools
import json
import math
from importlib import resources

from ..model import Event


@functools.lru_cache(maxsize=1)
def load_weights() -> dict[str, float]:
    data = json.loads(resources.files("pactwatch.data").joinpath("confidence.json").read_text(encoding="utf-8"))
    return data["weights"]


def features(ev: Event, relevance: float) -> dict[str, float]:
    """The event's features by name (the keys of the weights)."""
    parties = set(ev.actors) | set(ev.targets)
    return {
        "bias": 1.0,
        f"type:{ev.type}": 1.0,
        f"status:{ev.status}": 1.0,
        f"parties:{min(len(parties), 3)}": 1.0,
        "all_states": float(bool(parties) and all(p.startswith("country:") for p in parties)),
        "asserted": float(ev.asserted_by is not None),
        "relevance": relevance,
    }


def event_confidence(ev: Event, relevance: float) -> float:
    """The probability-like confidence of one event, in (0, 1), rounded to 3 places.

    Example:
        >>> from pactwatch.model import Event
        >>> a = event_confidence(Event("meeting", "occurred", ("country:USA",), ("country:JPN",)), 1.0)
        >>> b = event_confidence(Event("deployment", "occurred", ("country:USA",)), 0.4)
        >>> a > 0.8 > b
        True
    """
    w = load_weights()
    z = sum(w.get(k, 0.0) * v for k, v in features(ev, relevance).items())
    return round(1 / (1 + math.exp(-z)), 3)
