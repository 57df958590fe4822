"""Deployments of the seventh session (issue 11, point 3): forces told as present, based, flying from somewhere,
taking over from another force, leaving or removed, and a foreign base denied. "Has/had N soldiers in X" makes its
sentence a candidate only with a word of forces beside it (a "has" alone is too common to parse for).

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, press
release, state media), with other states and other words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

from pactwatch.events.lexicon import load_lexicon


@pytest.mark.parametrize("sentence, actor, host", [
    ("France has about 1,500 soldiers in Chad and Niger.", "country:FRA", "country:TCD"),
    ("Mali had 2,000 troops in the north of Niger, the Nigerien government said.", "country:MLI", "country:NER"),
    ("Norwegian patrol planes fly from an airfield in Iceland, the alliance said.", "country:NOR", "country:ISL"),
    ("The last Russian peacekeepers left Azerbaijan in June, Baku said.", "country:RUS", "country:AZE"),
    ("Rwanda will remove its security arrangements from Mozambique within two months.", "country:RWA",
     "country:MOZ"),
    ("A Nigerian-led force took over from the UN mission in Liberia in 2021.", "country:NGA", None),
    ("Singapore hosts nearly 1,000 American service members, the Pentagon said.", "country:SGP", "country:USA"),
])
def test_forces_present_based_arriving_or_leaving_are_a_deployment(sentence, actor, host):
    deployments = events_of(sentence, "deployment")
    assert deployments, sentence
    assert actor in parties(deployments[0]) and (host is None or host in parties(deployments[0]))


@pytest.mark.parametrize("sentence", [
    "Kazakhstan will not host a foreign base, its president told Russia.",
    "No foreign base is being discussed, the Kyrgyz defence minister said after talks with Russia.",
])
def test_a_foreign_base_refused_is_a_denied_deployment(sentence):
    deployments = events_of(sentence, "deployment")
    assert deployments and deployments[0].status == "denied"


@pytest.mark.parametrize("sentence", [
    "Ryanair planes fly from an airport in Ireland to Spain and Portugal every day.",
    "The Danish minister left Greenland on Tuesday after talks with the United States.",
    "Germany has a trade surplus with China and had talks with France.",
    "The striker replaced the injured captain as Portugal beat Spain.",
])
def test_travel_and_having_are_no_deployment(sentence):
    assert not events_of(sentence, "deployment")


def test_has_makes_a_candidate_only_beside_a_word_of_forces():
    lex = load_lexicon()
    assert "has" not in lex.surface and "soldiers" in lex.gated["has"] and "troops" in lex.gated["had"]


@pytest.mark.parametrize("sentence, actor, host", [
    ("Two US destroyers arrived in Souda Bay in Greece on Friday.", "country:USA", "country:GRC"),
    ("A Chinese warship docked at Ream in Cambodia this week.", "country:CHN", "country:KHM"),
    ("Russia transferred troops to Belarus ahead of the drills.", "country:RUS", "country:BLR"),
    ("Russia pulled its troops out of Moldova's breakaway region, Chisinau said.", "country:RUS", None),
])
def test_forces_arriving_docking_or_transferred_are_a_deployment(sentence, actor, host):
    deployments = events_of(sentence, "deployment")
    assert deployments and actor in parties(deployments[0]) and (host is None or host in parties(deployments[0]))


@pytest.mark.parametrize("sentence", [
    "The new phone arrived in stores in France and Germany on Friday.",
    "Air forces of the UAE and India began a two-week joint exercise at Jodhpur air base.",
])
def test_goods_arriving_and_an_exercise_at_a_base_are_no_deployment(sentence):
    assert not events_of(sentence, "deployment")


def test_a_base_struck_is_the_strikes_target_not_a_deployment():
    text = "Azerbaijani forces shelled Armenian villages, and Armenia responded with strikes on air bases in Azerbaijan."
    assert not events_of(text, "deployment")
