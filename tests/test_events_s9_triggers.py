"""Facts missed for want of a trigger (issue 11, ninth session, the styles6 miss classes): naval drills told in their
own genre's words ("a joint sail", "a maritime cooperative activity", "a passage exercise"), an exercise held by
forces whatever its qualifier, an exercise noun the parse took for a verb, a joint statement the parties adopt or
sign, a state's officers studying, training or teaching at another state's military school, what a party puts or
places at another's disposal, a warning cautioned to a state in a "that" clause, a drill named with its year as a word of its own ("Sea
Breeze 2026 began") (events/triggers.py, events/shapes.py,
events/trigger_context.py, data/triggers/exercise.json, agreement.json, cooperation.json, threat.json).

Sentences are written for these tests, in the styles of several outlets (wire, navy release, regional paper, state
media, broadsheet), with other states and other words than the development and blind gold; the negatives are a
budget drill, a sailing race, statements said or issued, drills nobody armed holds, a state's own academy, students
at a university, money at a ministry's disposal and analysts' caution."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("etype, text, pair", [
    # naval drills in the navies' own words (navy release, regional paper)
    ("exercise", "Japanese destroyer JS Ikazuchi carried out a joint sail with a Vietnamese frigate off Cam Ranh on "
     "Tuesday, the navy said.", {"country:JPN", "country:VNM"}),
    ("exercise", "The second Australia-Indonesia maritime cooperative activity took place in the Arafura Sea last "
     "week.", {"country:AUS", "country:IDN"}),
    ("exercise", "A Canadian frigate and a Thai corvette held a passage exercise in the Andaman Sea.",
     {"country:CAN", "country:THA"}),
    # an exercise held by forces, whatever its qualifier (wire, state media)
    ("exercise", "Omani and British warships conducted an exercise in the Gulf of Oman on Sunday.",
     {"country:OMN", "country:GBR"}),
    ("exercise", "Egyptian and Greek destroyers staged a communications exercise south of Crete.",
     {"country:EGY", "country:GRC"}),
    # the parse's verb "exercise" after a determiner and an adjective is the noun (broadsheet)
    ("exercise", "Last year Brazil hosted the first Brazil-Argentina riverine exercise on the Parana.",
     {"country:BRA", "country:ARG"}),
    # a joint statement the parties sign or adopt is an agreement (state media, press release)
    ("agreement", "A joint statement on border security was signed by Kenya and Ethiopia in Nairobi.",
     {"country:KEN", "country:ETH"}),
    ("agreement", "Mongolia and South Korea held talks in Ulaanbaatar. The two presidents then adopted a joint "
     "statement.", {"country:MNG", "country:KOR"}),
    # officers or cadets of one state at another's military school (state media, regional paper)
    ("cooperation", "Under the protocol, Mongolian officers will study at Chinese military academies from next year.",
     {"country:MNG", "country:CHN"}),
    ("cooperation", "Zambian cadets now train at the Indian Military Academy in Dehradun, the ministry said.",
     {"country:ZMB", "country:IND"}),
    ("cooperation", "Since 2019 officers of the Armed Forces of Georgia have taught at the Military Academy of "
     "Moldova.", {"country:GEO", "country:MDA"}),
    # support put or placed at another party's disposal (wire, live blog)
    ("cooperation", "Poland has placed its airports at Ukraine's disposal for the deliveries.",
     {"country:POL", "country:UKR"}),
    ("cooperation", "The emir said Kuwait would put all its capabilities at the disposal of Bahrain.",
     {"country:KWT", "country:BHR"}),
    # a warning cautioned to a state in a "that" clause, as one warned (wire)
    ("threat", "Beijing cautioned Tokyo on Friday that further patrols near the islands would be met firmly.",
     {"country:CHN", "country:JPN"}),
    # a drill named with its year as a word of its own, begun or joined by forces (wire, regional paper)
    ("exercise", "Sea Breeze 2026 began on Monday with sailors from Georgia and Romania.",
     {"country:GEO", "country:ROU"}),
    ("exercise", "Troops from Kyrgyzstan and Tajikistan took part in Frontier 2025 near Osh.",
     {"country:KGZ", "country:TJK"}),
    # a drill named with its hyphened year, with the participation of states (state media)
    ("exercise", "Shared Resolve-2027 with the participation of Thailand and Indonesia will start in February.",
     {"country:THA", "country:IDN"}),
])
def test_found(etype, text, pair):
    evs = events_of(text, etype)
    assert any(pair <= parties(e) for e in evs), [(e.type, e.actors, e.targets, e.trigger) for e in evs]


@pytest.mark.parametrize("etype, text", [
    # sails and activities that are no drill between states (sports, business, local news)
    ("exercise", "Team New Zealand won the opening sail of the regatta off Auckland."),
    ("exercise", "Italy's tourism board said cooperative activity among hotels rose in July."),
    # an exercise nobody armed holds, or a qualifier-less exercise of a ministry (broadsheet, wire)
    ("exercise", "Portugal's finance ministry conducted an exercise to map its spending on Tuesday."),
    ("exercise", "The Dutch schools held a fire exercise on Monday, the city of Utrecht said."),
    # the verb "exercise" stays a verb (wire)
    ("exercise", "Ukraine will exercise its right to self-defence, Kyiv said."),
    ("exercise", "China urged India to exercise restraint along the border."),
    # a joint statement said or issued is a communication, no agreement (wire, state media)
    ("agreement", "Chile and Peru said in a joint statement that talks would resume in March."),
    ("agreement", "Ghana and Togo issued a joint statement on the border after the meeting in Lome."),
    # a state's own academy, students at a university (regional paper, broadsheet)
    ("cooperation", "Nepali officers study at the Nepal Military Academy in Kharipati."),
    ("cooperation", "Vietnamese students study at Australian universities in growing numbers."),
    ("cooperation", "Ecuadorian officers trained at a university in Leeds last year."),
    # what is at one's own disposal (wire)
    ("cooperation", "Norway's defence ministry has 40 million euros at its disposal for the programme."),
    # caution about no party, or a clause that is no "that" clause (wire)
    ("threat", "Analysts in Tokyo cautioned that the data were incomplete."),
    # a fair, a pilgrimage or a month with its year, begun with no forces (wire)
    ("exercise", "Expo 2030 began on Monday with visitors from Saudi Arabia and Japan."),
    ("exercise", "Hajj 2026 began on Tuesday with pilgrims from Indonesia and Malaysia."),
    # a plan named with its year, with a state's participation (state media)
    ("exercise", "Vision-2030 with the participation of Saudi Arabia and Egypt will start in January."),
])
def test_not_found(etype, text):
    evs = events_of(text, etype)
    assert not evs, [(e.type, e.actors, e.targets, e.trigger) for e in evs]
