"""One event per fact (issue 11, point 5): repeats merge, distinct facts stay apart.

Articles are written for these tests, in the styles of several outlets."""
from __future__ import annotations

from test_events_types import _events


def test_two_triggers_of_one_fact_in_a_sentence_are_one_event():
    """Readout style: 'commitment to expanding collaboration' is one planned cooperation."""
    evs = [e for e in _events("Mr. Sullivan emphasized U.S. commitment to expanding security collaboration with "
                              "Thailand.") if e.type == "cooperation"]
    assert len(evs) == 1
    assert evs[0].status == "planned"


def test_a_deployment_repeated_in_the_body_is_one_event():
    """Wire style: the lead and a later paragraph report the same deployment."""
    text = ("Kenya will deploy 1,000 police officers to Haiti, the interior minister said on Tuesday.\n"
            "The deployment of the Kenyan police officers to Haiti will start in January, officials said.")
    evs = [e for e in _events(text) if e.type == "deployment"]
    assert len(evs) == 1
    assert {"country:KEN", "country:HTI"} <= set(evs[0].actors + evs[0].targets)


def test_meetings_with_different_counterparts_stay_apart():
    """'Met with the IMF, then with President Trump': two meetings, not one."""
    text = ("Greek Prime Minister Kyriakos Mitsotakis met with Turkish President Recep Tayyip Erdogan in Ankara on "
            "Monday.\nOn Tuesday Mitsotakis met with French President Emmanuel Macron in Paris.")
    meetings = [e for e in _events(text) if e.type == "meeting"]
    assert len(meetings) == 2
