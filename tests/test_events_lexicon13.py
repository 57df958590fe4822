"""Trigger words the lexicon lacked (issue 11, thirteenth session): intelligence sharing and exchanges of
information, joint development and acquisitions of arms, arms offered; maximum or military pressure and resolute
or forceful measures against a state; security guarantees and allied relations; invoking a treaty article; forces
entering another state's territory (data/triggers/*.json, events/shapes.py).

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media,
press release, trade press), with other states and other words than the development and blind gold; each word also
in a non-defence use that stays eventless."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, pair", [
    # intelligence sharing, exchanges of information (wire, press release, regional daily)
    ("Kenya and Uganda agreed on closer intelligence sharing between their militaries, Nairobi said on Monday.",
     {"country:KEN", "country:UGA"}),
    ("Peru and Chile will step up the exchange of information between their armed forces on the border, "
     "the Peruvian defence ministry said.", {"country:PER", "country:CHL"}),
    ("Lithuania's defence minister praised the information exchange with Poland's military intelligence.",
     {"country:LTU", "country:POL"}),
    # joint development and acquisition of arms (trade press, broadsheet)
    ("Seoul and Warsaw are pursuing the joint development of a new armoured vehicle and its missiles, Yonhap said.",
     {"country:KOR", "country:POL"}),
    ("Vietnam is weighing the acquisition of Indian-built BrahMos missiles, officials in Hanoi told reporters after "
     "talks with India.", {"country:VNM", "country:IND"}),
    # arms offered
    ("Sweden has offered 24 Gripen fighter jets to the Philippines, the Swedish embassy in Manila said.",
     {"country:SWE", "country:PHL"}),
])
def test_cooperation_words_the_lexicon_lacked(text, pair):
    coop = events_of(text, "cooperation")
    assert any(pair <= parties(e) for e in coop), coop


@pytest.mark.parametrize("text", [
    # the same words outside defence
    "Hospitals in Kenya and Uganda agreed on closer information sharing about patients, the health ministry said.",
    "The exchange of information between the two universities in Peru and Chile grew, the rectors said.",
    "Students from Indonesia and Malaysia visited each other under a cultural exchange programme.",
    "Seoul and Warsaw signed a memorandum on the joint development of a new electric car battery.",
    "The acquisition of the Vietnamese brewery by an Indian group was approved in Hanoi on Monday.",
    "Sweden has offered scholarships to students from the Philippines, the Swedish embassy in Manila said.",
])
def test_no_cooperation_in_other_fields(text):
    assert not events_of(text, "cooperation")


@pytest.mark.parametrize("text, pair", [
    # resolute or forceful measures against a state (state media, wire)
    ("Beijing will take resolute and forceful measures against Manila if it lands troops on the shoal, Xinhua said.",
     {"country:CHN", "country:PHL"}),
    ("Washington is stepping up military pressure on Pyongyang, the US envoy told Seoul's Yonhap news agency.",
     {"country:USA", "country:PRK"}),
    # a campaign of maximum pressure on a state (press release)
    ("The United States will restore maximum pressure on Venezuela, the White House said on Tuesday.",
     {"country:USA", "country:VEN"}),
])
def test_threat_words_the_lexicon_lacked(text, pair):
    threats = events_of(text, "threat")
    assert any(pair <= parties(e) for e in threats), threats


@pytest.mark.parametrize("text", [
    "The maximum pressure in the tyres of the Chilean bus was checked by Argentine engineers.",
    "Norway's doctors warned of high blood pressure among workers, the Oslo health board said.",
    "Portugal took resolute measures against the floods, and Spain sent pumps, Lisbon's mayor said.",
])
def test_no_threat_from_pressure_elsewhere(text):
    assert not events_of(text, "threat")


@pytest.mark.parametrize("text, pair", [
    # security guarantees, allied relations (broadsheet, regional daily, wire)
    ("Britain and France offered security guarantees to Moldova, the two governments said in London.",
     {"country:GBR", "country:MDA"}),
    ("Belarus and Russia signed a treaty on allied relations in Minsk, state media reported.",
     {"country:BLR", "country:RUS"}),
    ("Tajikistan and Kyrgyzstan adopted a declaration on allied interaction, the Kyrgyz presidency said.",
     {"country:TJK", "country:KGZ"}),
])
def test_alliance_words_the_lexicon_lacked(text, pair):
    alliances = events_of(text, "alliance")
    assert any(pair <= parties(e) for e in alliances), alliances


@pytest.mark.parametrize("text", [
    "Canada and Mexico's social security guarantees for retirees were debated in Ottawa, the minister said.",
    "Allied Health, a Canadian firm, opened a clinic in Mexico, the company said in Toronto.",
])
def test_no_alliance_in_other_fields(text):
    assert not events_of(text, "alliance")


@pytest.mark.parametrize("text, actor", [
    ("Latvia invoked Article 4 of NATO's treaty after the drone incursion, Riga said.", "country:LVA"),
    ("Finland formally invoked the mutual defence clause of the EU treaty on Tuesday, Helsinki said.", "country:FIN"),
])
def test_invoking_a_treaty_article_is_a_request(text, actor):
    requests = events_of(text, "request")
    assert any(actor in e.actors for e in requests), requests


@pytest.mark.parametrize("text", [
    "Latvia's finance minister invoked the memory of the 1990s crisis in a speech in Riga.",
    "Finland invoked an old saying about winter in its tourism campaign, Helsinki said.",
])
def test_invoking_anything_else_is_no_request(text):
    assert not events_of(text, "request")


@pytest.mark.parametrize("text, pair", [
    ("Eritrean troops entered Ethiopian territory near Badme on Sunday, Addis Ababa said.",
     {"country:ERI", "country:ETH"}),
    ("Armenia said Azerbaijani forces had crossed into Armenian territory in the night.",
     {"country:ARM", "country:AZE"}),
])
def test_forces_entering_a_states_territory_attack_it(text, pair):
    conflicts = events_of(text, "conflict")
    assert any(pair <= parties(e) for e in conflicts), conflicts


@pytest.mark.parametrize("text", [
    "Ethiopian tourists entered Kenyan territory on a safari tour, Nairobi's tourism board said.",
    "Brazilian grain entered Argentine territory by truck, the Argentine customs office said.",
])
def test_no_attack_by_people_or_goods_entering_a_territory(text):
    assert not events_of(text, "conflict")


@pytest.mark.parametrize("text", [
    "Georgia demanded security guarantees from NATO before the summit, Tbilisi said.",
    "Ukrainian President Volodymyr Zelenskyy has asked Europeans for security guarantees, Kyiv said.",
])
def test_security_guarantees_asked_for_are_no_alliance(text):
    assert not events_of(text, "alliance")


def test_a_truce_demanded_is_no_agreement():
    assert not events_of("Lebanon demanded a truce from Israel after the strikes, Beirut said.", "agreement")


def test_forces_offered_are_a_deployment_not_an_arms_offer():
    text = "Norway and Denmark offered frigates and 300 sailors to the NATO mission in the Baltic."
    assert events_of(text, "deployment")
    assert not [e for e in events_of(text, "cooperation") if e.trigger.lower().startswith("offer")]
