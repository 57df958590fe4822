"""Party rules of the fourteenth session (parties14 helper): parties named in the event's own sentence.

- What a trigger verb takes as its open complement is its own act: whom "offered to help train Togolese border
  guards", "offered to supply Mongolia with drones" names is the other side (not when the trigger's object does
  the complement: "asked Spain to convene a meeting of the Joint Border Committee" asks Spain only).
- The state a summit or a drill is said to be held in is a side of it, beside the bloc that names it ("the next
  CSTO summit will be held in Armenia", "is scheduled for autumn in Laos").

Sentences are written for these tests; their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


def _at(text: str, etype: str):
    found = [e for e in events_of(text, etype)]
    assert found, (text, [(e.type, e.actors, e.targets) for e in events_of(text)])
    return found[0]


@pytest.mark.parametrize("text, etype, sides", [
    ("Ghana offered to help train Togolese border guards next year.", "cooperation", {"country:GHA", "country:TGO"}),
    ("The Turkish side offered to supply jets and to train Libyan pilots at its academies.", "cooperation",
     {"country:TUR", "country:LBY"}),
    ("The Chinese side offered to supply Mongolia with drones and radars on favourable terms.", "cooperation",
     {"country:CHN", "country:MNG"}),
])
def test_complement_of_the_trigger(text, etype, sides):
    ev = _at(text, etype)
    assert parties(ev) == sides, (ev.actors, ev.targets)


def test_no_side_deep_in_the_complement():
    # what the complement's object is "of" is no side of the helping
    text = "The package covers spare parts and will help maintain the readiness of Kenya's air force."
    assert not any("country:KEN" in parties(e) for e in events_of(text)), [(e.type, e.actors, e.targets)
                                                                          for e in events_of(text)]


@pytest.mark.parametrize("text, sides", [
    ("Portugal will ask Spain to convene a meeting of the Joint Border Committee.", {"country:PRT", "country:ESP"}),
    ("Senegal asked the United States to press Morocco to withdraw from two posts.", {"country:SEN", "country:USA"}),
])
def test_object_does_the_complement(text, sides):
    ev = _at(text, "request")
    assert parties(ev) == sides, (ev.actors, ev.targets)


@pytest.mark.parametrize("text, sides", [
    ("The next CSTO summit will be held in Armenia in 2026.", {"org:csto", "country:ARM"}),
    ("The next ASEAN summit is scheduled for autumn 2026 in Laos.", {"org:asean", "country:LAO"}),
])
def test_state_a_summit_is_held_in(text, sides):
    ev = _at(text, "meeting")
    assert parties(ev) == sides, (ev.actors, ev.targets)


@pytest.mark.parametrize("text, sides", [
    # one side known, the other only by where they meet (the host's capital)
    ("Japan and Australia signed a defence pact last year. Kato and Australian Defence Minister Richard Marles are "
     "expected to meet in Tokyo next month for talks on drones.", {"country:AUS", "country:JPN"}),
    ("Iraq and the United States signed a defence pact last year. Iraqi officials say a joint coordination committee "
     "will meet in Washington in January.", {"country:IRQ", "country:USA"}),
])
def test_host_of_a_meeting_with_one_side(text, sides):
    ev = [e for e in events_of(text, "meeting")][-1]
    assert parties(ev) == sides, (ev.actors, ev.targets)


def test_meeting_of_two_in_a_third_state():
    # both sides named: where they meet is no side
    ev = _at("President Ruto met President Museveni in Addis Ababa on Monday.", "meeting")
    assert parties(ev) == {"country:KEN", "country:UGA"}, (ev.actors, ev.targets)


@pytest.mark.parametrize("text, etype, side", [
    ("Kenyan troops arrived in Somalia at Mogadishu's request.", "request", "country:SOM"),
    ("Moscow hit out at Helsinki over the new defence pact with Washington.", "threat", "country:FIN"),
])
def test_capital_after_at_as_its_state(text, etype, side):
    ev = _at(text, etype)
    assert side in parties(ev), (ev.actors, ev.targets)


def test_bloc_summit_in_a_capital():
    # a bloc's summit held in a member's capital is the bloc's own; a state's lone side gets the host
    from pactwatch.events.complements import host_of_lone_side

    held = {"place:bishkek": "country:KGZ"}
    assert host_of_lone_side("place:bishkek", held, ["org:sco"]) is None
    assert host_of_lone_side("place:bishkek", held, ["country:KAZ"]) == "country:KGZ"
    assert host_of_lone_side("place:bishkek", held, ["country:KGZ"]) is None
    assert host_of_lone_side("place:osh", held, ["country:KAZ"]) is None  # not where the trigger happens


def test_host_of_another_bloc_drill():
    # who hosts a bloc's drill is a side of it beside the bloc
    ev = _at("Portugal would host the NATO exercise Atlantic Shield in the Azores next year.", "exercise")
    assert parties(ev) == {"country:PRT", "org:nato"}, (ev.actors, ev.targets)
