"""Meetings, agreements, alliances and requests told without their usual words (issue 11, seventh session):
mediation and brokering, phone calls to officials, contracts inked by ministers, texts qualified as initialled,
names put to an accord, ties raised to an alliance, a bloc led by a state, a treaty of alliance, a mutual-assistance
clause, a request named as the ground of an act (events/shapes.py, data/triggers/{meeting,agreement,alliance,
request}.json).

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media,
press release, interview, live blog), with other states and other words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, etype, pair", [
    # meetings: brokering and mediating (broadsheet, wire), the mediator a party
    ("Switzerland brokered a quiet rapprochement between Armenia and Turkey last year.", "meeting",
     {"country:CHE", "country:ARM", "country:TUR"}),
    ("Kuwait has mediated between Saudi Arabia and Qatar since the spring, officials said.", "meeting",
     {"country:KWT", "country:SAU", "country:QAT"}),
    # a mediation named as a noun, its mediator in a participle (regional)
    ("Sudan and South Sudan disagree. Earlier mediation, the Addis track run by Ethiopia, collapsed.", "meeting",
     {"country:ETH"}),
    # calls to an official or a leader (press release, wire, state media)
    ("The Romanian defence minister telephoned his Moldovan counterpart on Sunday, the ministry said.", "meeting",
     {"country:ROU", "country:MDA"}),
    ("The Latvian chief of defence called his Estonian counterpart after the incident.", "meeting",
     {"country:LVA", "country:EST"}),
    ("President Tokayev phoned President Mirziyoyev to congratulate him, Akorda reported.", "meeting",
     {"country:KAZ", "country:UZB"}),
    # a telephone conversation, views exchanged (state media)
    ("Kazakh President Tokayev held a telephone conversation with Uzbek President Mirziyoyev on Tuesday.",
     "meeting", {"country:KAZ", "country:UZB"}),
    ("The foreign ministers of Cambodia and Thailand exchanged views on border security in Bangkok.", "meeting",
     {"country:KHM", "country:THA"}),
    # agreements: an initialled text, a contract inked by officials, "ink", names put to an accord
    ("Diplomats in Geneva praised the initialled border text between Kyrgyzstan and Tajikistan.", "agreement",
     {"country:KGZ", "country:TJK"}),
    ("Lithuania buys radars from Sweden. The supply contract was inked in Vilnius by the Lithuanian defence minister "
     "and his Swedish counterpart.", "agreement", {"country:LTU", "country:SWE"}),
    ("Georgia and Azerbaijan inked a memorandum on border security on Monday.", "agreement",
     {"country:GEO", "country:AZE"}),
    ("Ecuador and Colombia ended the dispute. The two ministers put their names to the accord at the foreign "
     "ministry in Quito.", "agreement", {"country:ECU", "country:COL"}),
    # alliances without a military word
    ("Relations between Serbia and Belarus were raised to an alliance by last year's declaration.", "alliance",
     {"country:SRB", "country:BLR"}),
    ("Burkina Faso and Mali concluded a treaty of alliance in Bamako in 2024.", "alliance",
     {"country:BFA", "country:MLI"}),
    ("The pact between Niger and Chad obliges each to come to the other's assistance if attacked.", "alliance",
     {"country:NER", "country:TCD"}),
    ("The Beijing-led bloc, which Pakistan and Iran have joined, met in Tianjin.", "alliance", {"country:CHN"}),
    # requests named as the ground of an act
    ("Uruguay and Paraguay will patrol the river. Uruguay will take part at the Paraguayan government's request.",
     "request", {"country:URY", "country:PRY"}),
    ("Senegalese troops entered Gambia in 2017 at the request of the Gambian government.", "request",
     {"country:SEN", "country:GMB"}),
    # telling a state's forces to go (regional)
    ("Niger told the American troops to leave its air bases by September, the US military said.", "request",
     {"country:NER", "country:USA"}),
])
def test_a_fact_told_without_its_usual_words(text, etype, pair):
    found = events_of(text, etype)
    assert any(pair <= parties(e) for e in found), found


@pytest.mark.parametrize("text, etype", [
    # calling someone something or on someone to act; a domestic mediation
    ("Chile's president called Peru's leader a danger to the region, and Lima recalled its envoy.", "meeting"),
    ("The Slovak premier called on Hungary to reopen the border crossing.", "meeting"),
    ("Mali hired a Russian militia called Wagner, and France withdrew its troops.", "meeting"),
    ("The court in Labour mediation between the union and the Bulgarian railway failed, Romania's press noted.",
     "meeting"),
    ("In a conversation with reporters, the Polish minister criticised Germany's plan.", "meeting"),
    # contracts of companies and players, laws signed
    ("The Belgian footballer inked a contract with a Dutch club on Friday, and Spain's clubs protested.",
     "agreement"),
    ("President Macron signed the defence budget bill, and Germany's minister welcomed it.", "agreement"),
    ("The Japanese firm inked a supply contract with a Thai company in Bangkok.", "agreement"),
    ("The defence ministry signed a contract with Hanwha for howitzers, Poland and Korea said.", "agreement"),
    # a company-led alliance, a treaty of alliance between firms
    ("The Toyota-led alliance of carmakers and a Korean supplier struck a treaty of alliance, Japan said.",
     "alliance"),
    # telling reporters what to expect
    ("The Estonian minister told reporters to leave the room before the briefing on Russia's drills.", "request"),
    # a request a provision allows
    ("The agreement allows Kenyan police to be deployed at Haiti's request.", "request"),
])
def test_no_such_fact_here(text, etype):
    assert not [e for e in events_of(text, etype) if e.trigger.lower() in (
        "called", "mediation", "conversation", "inked", "signed", "alliance", "bloc", "request", "told")]
