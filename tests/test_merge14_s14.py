"""One event per fact, session 14: how two events of one type told in one sentence are merged.

Two triggers standing in two clauses with subjects of their own are two facts ("Kenya asked ..., and Uganda urged
..."; "paused all deliveries ..., and two days later it halted ..."), whatever parties they share; of two triggers
of one fact, the one higher in the sentence (the main clause's, not a relative clause's) gives the status.

Sentences are written for these tests, with other states and words than any gold."""
from __future__ import annotations

import pytest

from pactwatch.events import merge_events
from pactwatch.model import Event, Evidence


def _event(etype: str, sentence: str, actors: tuple[str, ...], targets: tuple[str, ...], trigger: str,
           status: str = "occurred") -> Event:
    assert trigger in sentence
    return Event(etype, status, actors, targets, trigger=trigger,
                 evidence=Evidence(sentence=sentence, clean_start=0, clean_end=len(sentence)))


TWO_CLAUSES = [
    # wire: two requests, two askers
    ("request", "Kenya asked Uganda to close the border crossing at Busia, and Uganda urged South Sudan to disarm the "
     "militias along the frontier.", ("country:KEN",), ("country:UGA",), "asked",
     ("country:UGA",), ("country:SSD",), "urged", "occurred", "occurred"),
    # broadsheet: one supplier, two acts told by two subjects ("it" is the ministry again, the act another)
    ("cooperation", "Norway paused all arms deliveries to Georgia on Monday, and two days later it halted the joint "
     "training of Georgian officers.", ("country:NOR",), ("country:GEO",), "deliveries",
     ("country:NOR",), ("country:GEO",), "training", "denied", "denied"),
    # regional: what has been supplied and what is to be bought
    ("cooperation", "Spain and Italy have jointly supplied air defence radars to Moldova since 2022, and officials said "
     "both countries have agreed to order new radars for their own armies.", ("country:ESP", "country:ITA"),
     ("country:MDA",), "supplied", ("country:ESP",), ("country:ITA",), "order", "occurred", "planned"),
]


@pytest.mark.parametrize("etype, sentence, a1, t1, g1, a2, t2, g2, s1, s2", TWO_CLAUSES)
def test_two_clauses_with_their_own_subjects_are_two_facts(etype, sentence, a1, t1, g1, a2, t2, g2, s1, s2):
    merged = merge_events([_event(etype, sentence, a1, t1, g1, s1), _event(etype, sentence, a2, t2, g2, s2)])
    assert len(merged) == 2, merged
    assert {ev.status for ev in merged} == {s1, s2}


ONE_FACT = [
    # two verbs of one subject: one visit
    ("meeting", "Chilean President Boric visited Lima and discussed with Peruvian leaders a joint border "
     "patrol.", ("country:CHL",), ("country:PER",), "visited", ("country:CHL",), ("country:PER",), "discussed",
     "occurred", "occurred", "occurred"),
    # a relative clause qualifying the mission: the mission Ghana's troops will join
    ("deployment", "The government agreed that Ghanaian troops will join the new regional stabilisation mission in "
     "Burkina Faso, which replaced the earlier force in March.", ("country:GHA",), ("country:BFA",), "mission",
     ("country:GHA",), ("country:BFA",), "replaced", "planned", "occurred", "planned"),
    # the same claim told again by one of its makers, with the same verb
    ("threat", "Ecuador and Colombia accused Venezuela of sheltering smugglers, and Colombia accused it of arming "
     "them.", ("country:ECU", "country:COL"), ("country:VEN",), "accused", ("country:COL",), ("country:VEN",),
     "accused it", "occurred", "occurred", "occurred"),
    # two clauses whose subjects are things, not parties: one partnership, told by the ambassador
    ("cooperation", "The ratification of the treaty opens a new era in our strategic partnership, and the treaty "
     "will deepen military cooperation between Norway and Estonia.", ("country:NOR",), ("country:EST",),
     "strategic partnership", ("country:NOR",), ("country:EST",), "military cooperation", "occurred", "planned",
     "planned"),
    # the trigger is its own clause's subject
    ("cooperation", "Japan is our trusted partner, and our naval cooperation is not aimed at any third "
     "country.", ("country:JPN",), ("country:IDN",), "trusted partner", ("country:JPN",), ("country:IDN",),
     "naval cooperation", "occurred", "occurred", "occurred"),
    # the main clause tells what takes place; what the base will be is its relative clause's
    ("deployment", "The Netherlands still rotates fighter jets through the Siauliai air base in Lithuania, which is "
     "being expanded into what will be the largest air base in the region.", ("country:NLD",), ("country:LTU",),
     "rotates", ("country:NLD",), ("country:LTU",), "largest air base", "occurred", "planned", "occurred"),
]


@pytest.mark.parametrize("etype, sentence, a1, t1, g1, a2, t2, g2, s1, s2, status", ONE_FACT)
def test_one_fact_takes_the_status_of_its_main_clause(etype, sentence, a1, t1, g1, a2, t2, g2, s1, s2, status):
    merged = merge_events([_event(etype, sentence, a1, t1, g1, s1), _event(etype, sentence, a2, t2, g2, s2)])
    assert len(merged) == 1, merged
    assert merged[0].status == status
