"""One fact told twice and the second fact of a sentence (session 8, blind5 X3 and the second facts): a standfirst
restating the body (the paragraph under the headline, above the byline) adds no second event; talks or
negotiations on an agreement an earlier sentence told as not yet concluded are its negotiation, no meeting of their own;
talks after an agreement was signed are the meeting, and stay; a request received is no meeting received (nesting).

Sentences are written for these tests in several outlets' styles (wire, ministry release, broadsheet), with other
states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import article_of, events_of, parties


@pytest.mark.parametrize("text, other", [
    # wire
    ("Kazakhstan is negotiating a military-technical agreement with Turkey. Talks with Ankara will resume next month, "
     "the ministry said.", "country:TUR"),
    # ministry release
    ("Peru and Bolivia intend to conclude a border security accord this year. Negotiations with La Paz are continuing "
     "at expert level.", "country:BOL"),
    # broadsheet
    ("Vietnam may sign a coast guard cooperation pact with the Philippines, diplomats say. The negotiations with Manila "
     "have dragged on since March.", "country:PHL"),
])
def test_talks_on_an_agreement_not_yet_concluded_are_its_negotiation(text, other):
    agreements = events_of(text, "agreement")
    assert any(other in parties(e) for e in agreements), agreements
    assert not [e for e in events_of(text, "meeting") if other in parties(e)]


def test_talks_after_an_agreement_signed_stay_a_meeting():
    text = ("Ghana and Togo signed a defence cooperation agreement in Accra on Monday. The two presidents also held "
            "talks on border security.")
    assert events_of(text, "agreement")
    assert [e for e in events_of(text, "meeting") if {"country:GHA", "country:TGO"} <= parties(e)]


STANDFIRST_SUMMIT = """Chile and Peru leaders meet in Lima
The presidents of Chile and Peru met in Lima on Tuesday and agreed to hold joint naval drills next year.
By Ana Ruiz
Published 3 March 2026

LIMA — Chilean President Marta Soto and Peruvian President Jorge Vidal held talks in Lima on Tuesday on border security and defence cooperation.

The two leaders agreed that their navies would hold a joint exercise off the Peruvian coast in 2027, according to a joint statement.
"""

STANDFIRST_REQUEST = """Kenya asks Uganda for troops
Nairobi has formally requested Ugandan soldiers for the regional force in Somalia, officials say.
By Staff Writer
6 January 2026

NAIROBI - Kenya has asked Uganda to contribute two battalions to the African Union force in Somalia, the foreign ministry said on Monday.

The letter went to the Ugandan defence ministry, it said.
"""

STANDFIRST_OWN_FACT = """Latvia, Lithuania to hold border drills
The two Baltic states will also buy air defence systems from Norway, the ministries said.
By Staff Writer
6 January 2026

RIGA - Latvia and Lithuania will hold a joint border exercise in May, their defence ministries said on Monday.
"""


@pytest.mark.parametrize("text, etype", [(STANDFIRST_SUMMIT, "exercise"), (STANDFIRST_REQUEST, "request")])
def test_a_standfirst_restating_the_body_adds_no_second_event(text, etype):
    events = [e for e in article_of(text, head="").events if e.type == etype]
    assert len(events) == 1, events
    assert "\n" not in events[0].evidence.sentence.strip() and not events[0].evidence.sentence.startswith(
        ("The presidents", "Nairobi has")), events[0].evidence.sentence


def test_a_standfirst_telling_its_own_fact_keeps_it():
    events = article_of(STANDFIRST_OWN_FACT, head="").events
    assert any(e.type == "cooperation" and "country:NOR" in parties(e) for e in events), events
    assert any(e.type == "exercise" for e in events), events



@pytest.mark.parametrize("text, state", [
    # interview answer after a denial
    ("Estonia denied reports that Finland had requested Estonian troops for the border. 'We received no such request "
     "from Helsinki,' Estonia's defence minister told reporters.", "country:EST"),
    # wire
    ("Georgia's defence ministry said it had received a formal request from Armenia for two transport helicopters.",
     "country:GEO"),
])
def test_a_request_received_is_no_meeting(text, state):
    assert events_of(text, "request"), events_of(text)
    assert not events_of(text, "meeting")
