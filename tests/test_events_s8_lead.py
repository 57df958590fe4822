"""Condemning or denouncing an act names its doer as the one accused: "condemn" takes the same objects as
"denounce" (attacks, strikes, raids, drills, pacts), in several outlets' styles; a condemnation of a non-state act or
with no state named is no threat."""
from __future__ import annotations

import pytest
from helpers import events_of

CONDEMNED = [
    # wire
    ("Chile on Monday condemned Bolivia's attack on its border post near Ollagüe.", "country:CHL", "country:BOL"),
    # broadsheet, a raid named by its doer's adjective
    ("Ghana condemned the Togolese raid on a fishing village, calling it a breach of its sovereignty.",
     "country:GHA", "country:TGO"),
    # state media, drills of two others
    ("Beijing's foreign ministry condemned the joint drills of Vietnam and the Philippines near the Spratlys.",
     "country:CHN", "country:VNM"),
    # regional paper, a pact between two others
    ("Armenia strongly condemned the new defence pact between Azerbaijan and Pakistan.", "country:ARM", "country:AZE"),
]


@pytest.mark.parametrize("sentence, accuser, accused", CONDEMNED)
def test_condemning_a_states_act_is_a_threat_against_it(sentence, accuser, accused):
    threats = events_of(sentence, "threat")
    assert threats, events_of(sentence)
    assert accuser in threats[0].actors and accused in threats[0].targets, threats[0]


@pytest.mark.parametrize("sentence", [
    "The football federation condemned the attack on the referee after Sunday's match.",
    "Residents condemned the strike by bus drivers that left commuters stranded.",
    # no doer named: the condemnation accuses nobody (the trigger alone is typed threat, the event needs a target)
    "The ministers condemned the attack on the embassy.",
])
def test_condemning_what_no_state_did_is_no_threat(sentence):
    assert not events_of(sentence, "threat"), events_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Building on the Vilnius summit in May, Chile and Peru agreed to expand cooperation on maritime security.",
    "After the Washington talks last week, Kenya and Ethiopia agreed to resume joint patrols.",
    "Diplomats said the Nairobi meeting had cleared the way for a deal between Sudan and South Sudan.",
])
def test_a_meeting_named_by_its_city_has_no_side_in_that_city(sentence):
    """A capital before a meeting noun is where it met ("the Vilnius summit"), not the state of that capital as its
    side (wire, readout, broadsheet)."""
    hosts = {"country:LTU", "country:USA", "country:KEN"}
    assert not [e for e in events_of(sentence, "meeting") if set(e.actors + e.targets) <= hosts], events_of(sentence)


@pytest.mark.parametrize("text", [
    "Floods hit Sindh\nKARACHI: Army troops were called in to help rescue families after floods hit Sindh on Sunday, "
    "officials said.\nThe Chinese and Turkish governments sent relief goods.\nAt least 40 people died.\n",
    "Storm in the south\nODESA, Ukraine (AP) — Army units were sent to help clear roads after a storm on Sunday, "
    "officials said.\nThe Polish and Danish governments sent generators.\nNo one was hurt.\n",
])
def test_the_city_of_a_dateline_is_no_side(text):
    """Where a story was filed ("KARACHI:", "ODESA, Ukraine (AP) —") is no party of what it tells: a disaster story
    with a dateline city yields no event."""
    assert not events_of(text), events_of(text)


def test_a_capital_opening_a_sentence_is_no_dateline():
    """Only a dateline's mark after a city ("KARACHI:", "ODESA, Ukraine (AP) —") makes it where the story was filed;
    a city that opens a line as the subject of its sentence is a side (wire)."""
    drills = events_of("Moscow, Beijing and Tehran held joint naval drills in the Gulf of Oman on Tuesday.", "exercise")
    assert drills and {"country:RUS", "country:CHN", "country:IRN"} <= set(drills[0].actors + drills[0].targets)


def test_a_war_report_told_in_plain_words_is_about_defense():
    """A war report of four sentences whose defence words are mostly ones other fields also use ("drones",
    "attacked", "soldiers", "invasion", "strike") keeps its events: the figures-of-speech rule of relevance.py (a price
    "war", a shipping "alliance") must not take it for another field's story (regional live-blog style)."""
    text = ("Drones hit Odesa\nRussian drones attacked Odesa overnight, the regional governor said.\n"
            "Ukraine's army said its soldiers repelled an attack near the border with Belarus.\n"
            "Russia has waged war on Ukraine since its invasion in February 2022.\n"
            "The strike hit an apartment block and wounded six people, officials said.\n")
    assert events_of(text, "conflict"), events_of(text)
