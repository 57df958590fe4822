"""Cooperation told without a cooperation word (issue 11, seventh session): arms named by their maker's state
("received Brazilian-made armoured cars", "the patrol ship built for Ghana"), a handover of weapons, a state's arms
makers building abroad, a joint body two sides set up, forces fighting alongside another party, an undertaking
named by hyphened states, an economic or political alliance with states (events/shapes.py,
data/triggers/cooperation.json).

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media,
press release, live blog), with other states and other words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, pair", [
    # arms named by the maker's state (wire, regional daily, state media)
    ("Ecuador received a first batch of Spanish-made armoured trucks on Tuesday, the army said.",
     {"country:ECU", "country:ESP"}),
    ("The Kenyan navy has ordered two Dutch-built offshore patrol vessels, officials in Nairobi confirmed.",
     {"country:KEN", "country:NLD"}),
    ("The Mongolian armed forces acquired Japanese-made transport aircraft this year, MONTSAME reported.",
     {"country:MNG", "country:JPN"}),
    # hardware built for a state
    ("Slovenia's navy grows. The third fast patrol boat built for Slovenia by a Finnish yard was launched in Turku.",
     {"country:SVN"}),
    ("Benin and France are old partners. The handover of the survey ship built for Benin took place at a French "
     "yard on Monday.", {"country:BEN"}),
    # a handover of weapons as a noun (broadsheet)
    ("Warsaw completed the handover of 30 howitzers to Kyiv last week, Ukraine's army said.",
     {"country:POL", "country:UKR"}),
    # a state's arms makers stand for it (broadsheet, wire)
    ("Italian arms makers want to build armoured vehicles in Brazil, Brazil's defence minister said.",
     {"country:ITA", "country:BRA"}),
    ("Israel's defence firms will produce drones in India under the new plan, New Delhi said.",
     {"country:ISR", "country:IND"}),
    # a joint body two sides set up (wire, press release)
    ("Vietnam and the Philippines signed a coast guard pact. The two sides will set up a joint coordination "
     "centre in Manila.", {"country:VNM", "country:PHL"}),
    ("Senegal and Mauritania agreed to establish a joint intelligence unit on the river border.",
     {"country:SEN", "country:MRT"}),
    ("Greece and Bulgaria keep a joint police station at the crossing, Sofia said.", {"country:GRC", "country:BGR"}),
    # forces fighting alongside another party
    ("Eritrean troops fighting alongside the Ethiopian army entered the town, Tigrayan officials said.",
     {"country:ERI", "country:ETH"}),
    ("Chadian soldiers have battled alongside Nigerien forces near the lake since March, Niger said.",
     {"country:TCD", "country:NER"}),
    # an undertaking named by hyphened states
    ("The Swedish-Finnish-Norwegian cooperation on air defence grows; the Swedish-Finnish effort to build radars "
     "started in 2023.", {"country:SWE", "country:FIN"}),
    ("The Italian-Japanese-British fighter programme will deliver its first jet in 2035, Rome said.",
     {"country:ITA", "country:JPN", "country:GBR"}),
    # an economic or political alliance with states
    ("Egypt sought a political and economic alliance with Gulf countries and with Jordan, Cairo said.",
     {"country:EGY", "country:JOR"}),
])
def test_cooperation_told_without_a_cooperation_word(text, pair):
    coop = events_of(text, "cooperation")
    assert any(pair <= parties(e) for e in coop), coop


@pytest.mark.parametrize("text", [
    # goods that are no arms, power handed over
    "Kenya received a batch of Chinese-made buses for its commuter lines, Beijing's embassy said.",
    "Consumers in Chile bought more Korean-made cars than ever, Chile's trade body said of Seoul's exports.",
    "The handover of power in Nigeria after the vote passed calmly, Ghana's president said.",
    # companies without arms are no state
    "A Spanish firm will build hotels in Chile, Chile's tourism minister said in Madrid.",
    "Japanese carmakers want to build factories in Mexico, Mexico's economy minister said after talks with Tokyo.",
    # what two states have in common is no joint body
    "Chile and Argentina maintain a common border of 5,000 km, Santiago said.",
    # a domestic political alliance
    "The ruling party's political alliance with the Greens collapsed, the Czech and Slovak press reported.",
])
def test_no_cooperation_here(text):
    assert not events_of(text, "cooperation")


@pytest.mark.parametrize("text", [
    "Vietnam and the Philippines issued a joint statement on the South China Sea.",
    "A Spanish firm and a Chilean company will set up a joint venture to build ships in Chile.",
])
def test_a_joint_statement_or_a_company_venture_is_no_joint_body(text):
    assert not [e for e in events_of(text, "cooperation") if e.trigger.lower().startswith(("set", "issue"))]


def test_an_economic_alliance_with_states_is_no_military_alliance():
    assert not events_of("Egypt sought a political and economic alliance with Gulf countries and with Jordan, Cairo "
                         "said.", "alliance")
