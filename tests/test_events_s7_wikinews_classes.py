"""General classes found among the Wikinews development set's misses and party errors (seventh session; the
classification is in /work/notes/s7/wikinews_misses.md).

An attack's target named through a participle on its weapon or object ("fired missiles aimed at Eritrean army
camps", "rockets targeting Indian outposts"): the participle says where the act goes, it is no other clause, so
the state it names is the target.

Sentences are written for these tests, in the styles of several outlets (wire copy, broadsheets, regional
dailies, state media, live blogs); their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize("text, doer, target", [
    # wire style: a participle "aimed at" on the weapon
    ("Ethiopia fired missiles aimed at Eritrean army camps on Thursday.", "country:ETH", "country:ERI"),
    # regional daily: "targeting" on the weapon, a demonym on the object
    ("India fired rockets targeting Pakistani outposts overnight, local officials said.", "country:IND",
     "country:PAK"),
    # broadsheet: a state named in the aimed-at phrase
    ("Last week Azerbaijan launched drones directed at positions held by Armenia, the ministry said.",
     "country:AZE", "country:ARM"),
    # live blog: "aimed at" a place of the other state
    ("10:42 Venezuela has fired shells aimed at a Colombian border post, reports say.", "country:VEN",
     "country:COL"),
])
def test_the_state_an_attack_is_aimed_at_is_its_target(text, doer, target):
    found = events_of(text, "conflict")
    assert found, text
    assert doer in found[0].actors, found[0]
    assert target in found[0].targets, found[0]


@pytest.mark.parametrize("text, outsider", [
    # an agreement "aimed at" a third state: the state it is aimed at is no party to it
    ("Mexico and Canada signed a security accord aimed at curbing Chinese influence.", "country:CHN"),
    # cooperation aimed at a third state's threat: no party either
    ("Japan and Australia agreed to deepen cooperation aimed at deterring North Korea.", "country:PRK"),
])
def test_aiming_participles_add_no_party_to_peaceful_acts(text, outsider):
    for ev in events_of(text):
        if ev.type in ("agreement", "cooperation"):
            assert outsider not in set(ev.actors) | set(ev.targets), ev
