"""Conflicts of the seventh session (issue 11, point 3): hostilities told without an attack verb, and words of
war that are no war. A coalition against a named party fights it; a ceasefire breached or violated is fire
exchanged; a boat ramming a vessel and armed men firing on a patrol attack it; a strike or an attack that names
what a weapon or a unit is for ("a precision-strike weapon", "attack helicopters") is no attack; a war named as a
kind in a clause of what may come ("could pull us into a foreign war", "to avoid a war") is nobody's war yet.

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, live blog,
state media), with other states and other words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("sentence, pair", [
    ("The ceasefire between India and Pakistan was breached several times on Sunday, officials said.",
     {"country:IND", "country:PAK"}),
    ("Armenian and Azerbaijani units violated the truce along the border twice overnight.",
     {"country:ARM", "country:AZE"}),
    ("A Chinese maritime militia boat rammed a Philippine coast guard vessel near the shoal, Manila said.",
     {"country:CHN", "country:PHL"}),
    ("Venezuelan soldiers fired on a Guyanese patrol near the Cuyuni river, Georgetown said.",
     {"country:VEN", "country:GUY"}),
])
def test_hostilities_without_an_attack_verb_are_a_conflict(sentence, pair):
    conflicts = events_of(sentence, "conflict")
    assert conflicts and parties(conflicts[0]) & pair


@pytest.mark.parametrize("sentence, party", [
    ("Britain joined the US-led coalition against the Houthis in January.", "org:houthis"),
    ("The coalition against the Islamic State includes more than 80 countries, including Iraq and Jordan.",
     "org:isis"),
])
def test_a_coalition_against_a_named_party_fights_it(sentence, party):
    conflicts = events_of(sentence, "conflict")
    assert conflicts and party in parties(conflicts[0])


@pytest.mark.parametrize("sentence", [
    "Chile's army is developing a precision-strike weapon with Brazil, the ministry said.",
    "Poland ordered 96 Apache attack helicopters from the United States.",
    "The US Navy's carrier strike group arrived in Souda Bay, Greece said.",
    "Italian police fired on a car that ran a checkpoint near the French border.",
    "A Serbian opposition leader said the pact with Russia could pull us into a foreign war.",
    "Diplomats from Egypt and Ethiopia worked hard to avoid a war over the dam.",
])
def test_words_of_war_that_are_no_war(sentence):
    assert not events_of(sentence, "conflict")


def test_a_war_launched_is_still_a_war():
    conflicts = events_of("Russia launched a war against Ukraine in February 2022.", "conflict")
    assert conflicts and parties(conflicts[0]) == {"country:RUS", "country:UKR"}


@pytest.mark.parametrize("sentence, pair", [
    ("Turkey downed a Russian jet near the Syrian border in 2015.", {"country:TUR", "country:RUS"}),
    ("Ukraine sank the Russian flagship Moskva in April 2022.", {"country:UKR", "country:RUS"}),
    ("Nigerien soldiers neutralised 25 terrorists near the border with Burkina Faso.", {"country:NER"}),
    ("Azerbaijani troops advanced into Armenian territory overnight.", {"country:AZE", "country:ARM"}),
    ("Russia's naval blockade of Ukrainian ports ended with the grain deal.", {"country:RUS", "country:UKR"}),
    ("Ukrainian gunners shot the Russian drone down over Kharkiv, Kyiv said.", {"country:UKR", "country:RUS"}),
])
def test_downed_sunk_neutralised_advanced_blockaded_are_a_conflict(sentence, pair):
    conflicts = events_of(sentence, "conflict")
    assert conflicts and parties(conflicts[0]) & pair == pair


def test_a_truckers_blockade_is_no_conflict():
    assert not events_of("A blockade by truckers at the crossing between Canada and the United States ended.",
                         "conflict")
