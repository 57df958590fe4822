"""Two facts that merging must not fold into one (session 7, short round): a fact ordered in a later sentence is a new
decision, not the one an earlier sentence reported done; a trip's meetings with other states are other meetings, even
when a later sentence's parties carry over a state from the context; and one fact told twice stays one.

Sentences are written for these tests, in the styles of a press release, a wire story, a regional paper and a readout;
the direct :func:`merge_events` cases pin the rule whatever the parse."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

from pactwatch.events.merging import merge_events
from pactwatch.model import Event, Evidence


def _event(etype: str, sentence: str, start: int, trigger: str, actors: tuple[str, ...], targets: tuple[str, ...],
           status: str = "occurred") -> Event:
    return Event(type=etype, status=status, actors=actors, targets=targets,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)),
                 trigger=trigger, confidence=0.5)


ORDERED = [
    pytest.param("Norway has delivered artillery ammunition to Estonia since the spring. "
                 "The prime minister has instructed the armed forces to provide further ammunition to the Estonian army.",
                 "country:NOR", "country:EST", id="press-release-instructed"),
    pytest.param("Canada delivered armoured vehicles to Latvia last year. "
                 "Ottawa has now ordered its defence department to supply more vehicles to the Latvian forces.",
                 "country:CAN", "country:LVA", id="wire-ordered"),
]


@pytest.mark.parametrize("text, actor, target", ORDERED)
def test_a_fact_ordered_later_is_not_the_fact_done(text, actor, target):
    facts = [e for e in events_of(text, "cooperation") if actor in parties(e) and target in parties(e)]
    assert len({e.evidence.clean_start for e in facts}) == 2


DELIVERING = "Since March, Australia has been delivering drones to Vanuatu."


@pytest.mark.parametrize("second, trigger, facts", [
    pytest.param("The minister has directed the agency to continue to provide drones to the Vanuatu police.", "provide",
                 2, id="directed-to-continue"),
    pytest.param("Australia has delivered 40 drones to Vanuatu so far, the ministry said.", "delivered", 1,
                 id="told-again"),
    # "the order to ..." names an order already told: no inflected ordering verb before the trigger
    pytest.param("Under the order to deliver drones to Vanuatu, Australia has sent 40 so far.", "deliver", 1,
                 id="the-order-named-again"),
])
def test_ordered_fact_stays_apart_whatever_the_parse(second, trigger, facts):
    events = [_event("cooperation", DELIVERING, 0, "delivering", ("country:AUS",), ("country:VUT",)),
              _event("cooperation", second, 60, trigger, ("country:AUS",), ("country:VUT",))]
    assert len(merge_events(events)) == facts


VISIT = "The Indian foreign minister visited Dhaka, Bangladesh, on Tuesday."
STOPS = "The trip followed a stop in Nepal, where he met with Prime Minister Sharma Oli."


def test_a_trip_stop_with_another_state_is_another_meeting():
    # the second meeting's parties carry Bangladesh over from the context; its sentence names Nepal, not Bangladesh
    events = [_event("meeting", VISIT, 0, "visited", ("country:IND",), ("country:BGD",)),
              _event("meeting", STOPS, 70, "met", ("country:IND",), ("country:NPL", "country:BGD"))]
    named = {0: frozenset({"country:IND", "country:BGD"}), 70: frozenset({"country:NPL", "country:IND"})}
    merged = merge_events(events, named=named)
    assert len(merged) == 2
    assert "country:NPL" in parties(merged[1])


def test_a_meeting_retold_with_one_more_state_named_is_one():
    # the later sentence names the first counterpart too: the same meeting, joined by another state
    later = "Bangladesh and India were joined by Nepal's envoy at the meeting in Dhaka."
    events = [_event("meeting", VISIT, 0, "visited", ("country:IND",), ("country:BGD",)),
              _event("meeting", later, 70, "meeting", ("country:BGD",), ("country:IND", "country:NPL"))]
    named = {0: frozenset({"country:IND", "country:BGD"}), 70: frozenset({"country:BGD", "country:IND", "country:NPL"})}
    assert len(merge_events(events, named=named)) == 1


def test_trip_readout_keeps_each_stop():
    text = ("On Monday, a Japanese delegation led by the deputy foreign minister visited Suva, Fiji. "
            "The visit came after a stop in Port Moresby, where the delegation met with Papua New Guinea's "
            "Prime Minister to discuss maritime security.")
    meetings = events_of(text, "meeting")
    assert any("country:FJI" in parties(m) for m in meetings)
    assert any("country:PNG" in parties(m) for m in meetings)
