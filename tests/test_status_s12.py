"""Status, session 12: a past act in a clause of its own (a clause of time, a coordinated clause with its own subject,
a participle on a noun) keeps its own status; what sets something is no plan; a reported future reaches a verb
coordinated with it; ending or abrogating an agreement denies it; what a proposal provides for is proposed and a
treaty's mutual-defence commitment is in force; "preparations continue for" plans the event; an invitation naming a
time or a summit a relative clause schedules is planned; what parties are close to is possible.

Sentences are written for these tests, with other states and words than any gold, in the styles of several outlets
(wire, broadsheet, state media, readout)."""
from __future__ import annotations

import pytest
from helpers import events_of, status_at

CASES = [
    # a past act in a clause of its own keeps its status, whatever the other clause plans or aims at
    ("Norwegian and Danish marines will hold drills in March, and Finnish and Swedish troops trained together in "
     "May.", "trained", "occurred"),
    ("Norwegian and Danish marines will hold drills in March, and Finnish troops will train in May.", "train",
     "planned"),
    ("The French brigade stationed in Estonia will reach full strength by 2028.", "stationed", "occurred"),
    ("Analysts say the pact is also aimed at limiting Chinese influence after Beijing signed a police agreement with "
     "Fiji in 2021.", "signed", "occurred"),
    ("Kenya will send more police after the UN approves the mission.", "approves", "planned"),
    ("Chile denied that Peru sent troops to the border.", "sent", "denied"),
    # what sets the lines is no plan
    ("Kenya wants troops to pull back to the lines set by the 2003 agreement.", "agreement", "occurred"),
    # a reported future reaches a verb coordinated with the reported one
    ("The ministers said Ghana would inform the African Union and would ask Nigeria to convene a meeting.", "ask",
     "planned"),
    # ending or abrogating an agreement denies it; a war that ended took place
    ("Niger ended the defence cooperation agreement with France in 2023.", "agreement", "denied"),
    ("The 2001 security pact was abrogated by Mali in 2012.", "pact", "denied"),
    ("The war ended in 2003.", "war", "occurred"),
    # what a proposal provides for is proposed, what a plan provides for planned; a mutual-defence commitment stands
    ("The proposal envisages the withdrawal of Rwandan troops from the border.", "withdrawal", "proposed"),
    ("The plan envisages the withdrawal of Rwandan troops from the border.", "withdrawal", "planned"),
    ("Peru and Chile signed a treaty committing the two states to defend each other if either is attacked.",
     "defend", "occurred"),
    ("The treaty obliges both states to come to each other's aid.", "aid", "occurred"),
    ("The declaration commits the three countries to cooperate on ammunition.", "cooperate", "planned"),
    ("It also commits the two nations to consult each other on maritime threats.", "consult", "planned"),
    # preparations for an event plan it; the preparing is what continues
    ("Preparations continue for the joint exercise, which will be held in Oman in May.", "exercise", "planned"),
    ("They discussed preparations for the upcoming visit by the Chilean president.", "visit", "planned"),
    ("Peru continues to support Ukraine's defence.", "support", "occurred"),
    ("Military cooperation between the two countries continues.", "cooperation", "occurred"),
    # an invitation that names a time, or to a summit a relative clause schedules, is arranged: planned
    ("The leader invited his counterpart to the summit, which is to be held in Baku in August.", "summit", "planned"),
    ("The Chilean president invited his Peruvian counterpart to pay a visit to Lima next year.", "visit", "planned"),
    ("The Chilean president invited his Peruvian counterpart to visit Lima.", "visit", "proposed"),
    ("They invited the two countries to open a dialogue.", "dialogue", "proposed"),
    ("The summit, which is to be held in Baku, will focus on energy.", "summit", "planned"),
    # what parties are close to, on the verge of or nearing is not yet there: possible
    ("The envoy said the two sides were very close to a security agreement.", "agreement", "possible"),
    ("Peru and Chile are on the verge of a defence pact.", "pact", "possible"),
    ("The two countries came close to war in 2019.", "war", "possible"),
    ("The sides are nearing a deal on the border.", "deal", "possible"),
    ("Peru moved its troops close to the border.", "troops", "occurred"),
    ("The talks took place close to the border.", "talks", "occurred"),
]


@pytest.mark.parametrize("sentence, word, status", CASES)
def test_status(sentence, word, status):
    assert status_at(sentence, word) == status


@pytest.mark.parametrize("text, etype, status", [
    ("Peru's interior minister said after the vote that Peru would ask Spain for more patrol boats.", "request",
     "planned"),
])
def test_status_through_the_pipeline(text, etype, status):
    assert [e.status for e in events_of(text, etype)][:1] == [status]
