"""Recall of the twelfth session (issue 11): trigger words the context rules refused although their sentence told the
fact (the class "trigger rejected by a context rule" of /work/notes/s12/recall-findings.md).

* an exercise noun qualified deep in its modifiers ("the Condor joint counter-piracy exercise"), named by a proper
  name in quotation marks ('the next "Southern Shield" exercise'), or by a force ("a special forces exercise", "the
  rapid reaction force exercise");
* ties that reached or were raised to the level of an alliance are an alliance;
* a verb that needs a military word finds it in the subject it shares with the verb it completes or is coordinated
  with ("Soldiers from Kenya took over the camp and began withdrawing");
* concerns conveyed to a state or raised about its act ("conveyed its concerns to Lima") are a threat
  without an intensifier;
* and their negatives: a drill of a company's sales division, a partnership of companies at the level of an alliance,
  a withdrawal from a race by a candidate.

Sentences are written for these tests, with other states and words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

CL_PE = {"country:CHL", "country:PER"}

FOUND = [
    # exercises qualified deep in their modifiers, named, or told by a force
    ("Chile and Peru agreed to hold the next round of the Condor joint counter-piracy exercise in Lima in May.",
     "exercise", CL_PE),
    ('The next "Southern Shield" exercise between Chile and Peru will take place in Arica in 2027, the ministry said.',
     "exercise", CL_PE),
    ("A Chilean and Peruvian special forces exercise ended in Arica on Friday.", "exercise", CL_PE),
    ("Ghana and Togo will host the regional rapid reaction force exercise in Lome next spring.", "exercise",
     {"country:GHA", "country:TGO"}),
    # the level of an alliance
    ("Speaking in Lima, the Peruvian president said that relations between Peru and Chile had reached the level of an "
     "alliance.", "alliance", CL_PE),
    ("Relations between Peru and Chile were raised to the level of an alliance in 2020.", "alliance", CL_PE),
    # a military word in the subject a verb shares
    ("Soldiers from Kenya took over the camp in March and began withdrawing from Somalia in June.", "deployment",
     {"country:KEN", "country:SOM"}),
    # concerns conveyed or raised
    ("Chile said it had conveyed its concerns to Lima, while the EU called on all parties to exercise restraint.",
     "threat", CL_PE),
    ("Chilean officials have repeatedly raised concerns about the Peruvian radar station in the north.", "threat",
     CL_PE),
]


@pytest.mark.parametrize("sentence, etype, sides", FOUND)
def test_the_fact_is_found(sentence, etype, sides):
    found = events_of(sentence, etype)
    assert found and any(sides <= parties(e) for e in found), [(e.type, e.actors, e.targets) for e in found]


NOT_FOUND = [
    ("The Kenyan and Ugandan sales division exercise went well, the retailer said.", "exercise"),
    ("Chile and Peru said the budget review was a painful exercise for both treasuries.", "exercise"),
    ("The two Chilean carriers said their partnership had reached the level of an alliance.", "alliance"),
    ("The Chilean candidate began withdrawing from the race in June, after the scandal in Peru.", "deployment"),
    ("Chile and Peru promised closer coordination of their football leagues' calendars in the fields of broadcasting "
     "and ticketing.", "cooperation"),
    ("Chilean officials raised concerns about the weather in Peru.", "threat"),
    ("Analysts raised concerns about inflation in Chile and Peru.", "threat"),
]


@pytest.mark.parametrize("sentence, etype", NOT_FOUND)
def test_no_fact_of_the_type(sentence, etype):
    assert not events_of(sentence, etype)
