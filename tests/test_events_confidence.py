"""Event confidence (issue 11, point 6): a score that means something, and that orders events."""
from __future__ import annotations

import pytest

from pactwatch.events.confidence import event_confidence
from pactwatch.model import Event


def test_confidence_is_a_probability():
    for ev in (Event("meeting", "occurred", ("country:USA",), ("country:JPN",)),
               Event("deployment", "possible", ("org:isf",))):
        assert 0.0 < event_confidence(ev, 0.5) < 1.0


@pytest.mark.parametrize("better, worse", [
    # two states beat one side alone (a half-read fact)
    (Event("cooperation", "occurred", ("country:USA",), ("country:AUS",)), Event("cooperation", "occurred", ("country:USA",))),
    # states beat a guessed body
    (Event("meeting", "occurred", ("country:GRC",), ("country:CYP",)), Event("meeting", "occurred", ("country:GRC",), ("org:x",))),
    # speculation is less sure than a report
    (Event("conflict", "occurred", ("country:RUS",), ("country:UKR",)), Event("conflict", "possible", ("country:RUS",), ("country:UKR",))),
])
def test_confidence_orders_events(better, worse):
    assert event_confidence(better, 0.8) > event_confidence(worse, 0.8)


def test_a_less_relevant_article_lowers_confidence():
    ev = Event("agreement", "occurred", ("country:TUR",), ("country:LBY",))
    assert event_confidence(ev, 1.0) > event_confidence(ev, 0.4)


def test_a_clear_fact_between_two_states_is_above_the_bar():
    """A meeting of two states in a defense article clears 0.8; a lone deployment does not."""
    assert event_confidence(Event("meeting", "occurred", ("country:USA",), ("country:JPN",)), 0.9) >= 0.8
    assert event_confidence(Event("deployment", "occurred", ("org:kpa",)), 0.9) < 0.8
