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

# ------------------------------------------------------------------------------------ exercises qualified or named


@pytest.mark.parametrize("sentence, sides", [
    ("Chile and Peru agreed to hold the next round of the Condor joint counter-piracy exercise in Lima in May.",
     {"country:CHL", "country:PER"}),
    ('The next "Southern Shield" exercise between Chile and Peru will take place in Arica in 2027, the ministry said.',
     {"country:CHL", "country:PER"}),
    ("A Chilean and Peruvian special forces exercise ended in Arica on Friday.", {"country:CHL", "country:PER"}),
    ("Ghana and Togo will host the regional rapid reaction force exercise in Lome next spring.",
     {"country:GHA", "country:TGO"}),
])
def test_an_exercise_qualified_deep_in_its_modifiers_or_named_is_one(sentence, sides):
    drills = events_of(sentence, "exercise")
    assert drills and any(sides <= parties(e) for e in drills)


@pytest.mark.parametrize("sentence", [
    "The Kenyan and Ugandan sales division exercise went well, the retailer said.",
    "Chile and Peru said the budget review was a painful exercise for both treasuries.",
])
def test_an_exercise_of_another_trade_is_none(sentence):
    assert not events_of(sentence, "exercise")


# ----------------------------------------------------------------------------------------- the level of an alliance


@pytest.mark.parametrize("sentence", [
    "Speaking in Lima, the Peruvian president said that relations between Peru and Chile had reached the level of an "
    "alliance.",
    "Relations between Peru and Chile were raised to the level of an alliance in 2020.",
])
def test_ties_at_the_level_of_an_alliance_are_an_alliance(sentence):
    alliances = events_of(sentence, "alliance")
    assert alliances and {"country:CHL", "country:PER"} <= parties(alliances[0])


def test_companies_at_the_level_of_an_alliance_are_no_alliance():
    assert not events_of("The two Chilean carriers said their partnership had reached the level of an alliance.",
                         "alliance")


# ------------------------------------------------------------------------------- a military word in the subject


@pytest.mark.parametrize("sentence, etype, sides", [
    ("Soldiers from Kenya took over the camp in March and began withdrawing from Somalia in June.", "deployment",
     {"country:KEN", "country:SOM"}),
])
def test_a_military_word_in_the_shared_subject_counts(sentence, etype, sides):
    found = events_of(sentence, etype)
    assert found and any(sides <= parties(e) for e in found)


@pytest.mark.parametrize("sentence, etype", [
    ("The Chilean candidate began withdrawing from the race in June, after the scandal in Peru.", "deployment"),
    ("Chile and Peru promised closer coordination of their football leagues' calendars in the fields of broadcasting "
     "and ticketing.", "cooperation"),
])
def test_no_military_word_no_event(sentence, etype):
    assert not events_of(sentence, etype)


# ------------------------------------------------------------------------------------------ concerns conveyed


@pytest.mark.parametrize("sentence", [
    "Chile said it had conveyed its concerns to Lima, while the EU called on all parties to exercise restraint.",
    "Chilean officials have repeatedly raised concerns about the Peruvian radar station in the north.",
])
def test_concerns_conveyed_to_a_state_or_raised_about_its_act_are_a_threat(sentence):
    threats = events_of(sentence, "threat")
    assert threats and {"country:CHL", "country:PER"} <= parties(threats[0])


@pytest.mark.parametrize("sentence", [
    "Chilean officials raised concerns about the weather in Peru.",
    "Analysts raised concerns about inflation in Chile and Peru.",
])
def test_concerns_about_no_party_are_no_threat(sentence):
    assert not events_of(sentence, "threat")
