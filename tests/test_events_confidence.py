"""Event confidence (issue 11, point 6): a score that means something, and that orders events."""
from __future__ import annotations

import pytest

from pactwatch.events.confidence import event_confidence, features
from pactwatch.model import Event, Evidence


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
    """A dated meeting of two states in a defense article clears 0.8; a lone deployment does not."""
    assert event_confidence(Event("meeting", "occurred", ("country:USA",), ("country:JPN",), when="2025-02-11"),
                            0.9) >= 0.8
    assert event_confidence(Event("deployment", "occurred", ("org:kpa",)), 0.9) < 0.8


def _said(sentence: str, trigger: str, **kw) -> Event:
    return Event(kw.pop("type", "deployment"), kw.pop("status", "occurred"), kw.pop("actors", ("country:BRA",)),
                 kw.pop("targets", ("country:PRY",)), evidence=Evidence(sentence, 0, len(sentence)), trigger=trigger,
                 **kw)


@pytest.mark.parametrize("sentence, trigger, name, value", [
    ('"We will send troops if they ask us," the minister told Folha.', "send", "in_quote", 1.0),
    ("\u201cOur navies will train together,\u201d he said, adding that talks would follow.", "talks", "in_quote", 0.0),
    ("Brazil could send engineers to Paraguay if the floods worsen.", "send", "hedged", 1.0),
    ("Brazil sent 300 army engineers to Paraguay on Monday.", "sent", "hedged", 0.0),
    ("Brazil sent 300 army engineers to Paraguay on Monday.", "sent", "short_sentence", 1.0),
    ("Brazil sent troops.", "troops", "trigger_defense", 1.0),
    ("Brazil and Paraguay signed a memorandum on river patrols.", "signed a memorandum", "trigger_phrase", 1.0),
    ("Brazil and Paraguay signed a memorandum on river patrols.", "memorandum", "trigger_defense", 0.0),
])
def test_features_of_the_sentence_and_the_trigger(sentence, trigger, name, value):
    assert features(_said(sentence, trigger), 1.0)[name] == value


def test_features_of_the_parties():
    f = features(Event("cooperation", "occurred", ("org:embraer",), ("org:saab",)), 1.0)
    assert f["no_state"] == f["both_sides"] == f["parties:2"] == 1.0 and f["all_states"] == 0.0
    f = features(Event("alliance", "occurred", ("country:FIN",), asserted_by="org:ministry-of-defence"), 1.0)
    assert f["parties:1"] == f["all_states"] == f["asserted:body"] == 1.0 and f["both_sides"] == 0.0


@pytest.mark.parametrize("better, worse", [
    # a date and a place told with the fact make it surer than the bare fact
    (Event("exercise", "occurred", ("country:IDN",), ("country:AUS",), when="2024-09", where="place:darwin"),
     Event("exercise", "occurred", ("country:IDN",), ("country:AUS",))),
    # companies on both sides (a business deal) are less sure than states
    (Event("agreement", "occurred", ("country:KOR",), ("country:POL",)),
     Event("agreement", "occurred", ("org:hanwha",), ("org:pgz",))),
    # a body the text cites is a weaker source than the narration itself
    (Event("threat", "occurred", ("country:CHN",), ("country:PHL",)),
     Event("threat", "occurred", ("country:CHN",), ("country:PHL",), asserted_by="org:global-times")),
])
def test_general_features_order_events(better, worse):
    assert event_confidence(better, 0.9) > event_confidence(worse, 0.9)


def test_the_event_type_is_not_a_feature():
    """How often a type is right differs from one set of articles to the next: the score does not weigh it."""
    a = Event("meeting", "occurred", ("country:USA",), ("country:JPN",))
    b = Event("conflict", "occurred", ("country:USA",), ("country:JPN",))
    assert event_confidence(a, 0.9) == event_confidence(b, 0.9)
