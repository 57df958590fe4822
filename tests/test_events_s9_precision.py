"""Extras the precision work of the ninth session removes (events.nesting, events.merging): an attack or threat an
agreement provides for, not one that happened. Sentences invented, in several outlets' styles; each rule also has
a sentence where the fact stays."""
from __future__ import annotations

import pytest
from helpers import events_of


def _in(text: str, etype: str, start: str) -> list:
    """The events of ``etype`` whose evidence sentence starts with ``start``."""
    return [e for e in events_of(text, etype) if e.evidence.sentence.startswith(start)]


@pytest.mark.parametrize("text, start", [
    # wire: what a defence treaty covers, the verb's subject the treaty
    ("Paris has repeatedly said that the 1947 Defence Treaty with London covers armed attacks on British ships "
     "anywhere in the Channel.", "Paris has"),
    # broadsheet: a clause "under which" on the pact
    ("In Lima on Monday, the presidents of Chile and Peru signed the Atacama Treaty, a defence pact under which an "
     "attack on either country would be treated as a threat to both.", "In Lima"),
    # agency: what the accord commits a side to
    ("Kenya and Uganda signed a security accord on Monday. The accord commits Uganda to respond to attacks by Somali "
     "militants on Kenyan border posts.", "The accord commits"),
])
def test_an_attack_an_agreement_provides_for_is_no_conflict(text, start):
    assert not _in(text, "conflict", start), events_of(text)
    assert not _in(text, "threat", start), events_of(text)


@pytest.mark.parametrize("text, start", [
    # a verb placing the agreement among other facts: the attack happened
    ("Serbia and Hungary signed a border accord on Friday. The accord follows armed attacks by Croatian forces on "
     "Serbian border posts.", "The accord follows"),
    # a clause with its own subject beside the agreement's ("the pact holds, but X attacked Y")
    ("The 2019 pact between Ghana and Togo still stands, but Togolese troops attacked Ghanaian border posts on "
     "Sunday.", "The 2019 pact"),
])
def test_an_attack_beside_an_agreement_stays(text, start):
    assert _in(text, "conflict", start), events_of(text)


def test_what_an_agreement_plans_stays_planned_cooperation():
    # the gold sets give an agreement's planned cooperation as events too: only hazards are its provisions
    text = "The pact aims to develop defence cooperation between Chile and Peru."
    assert _in(text, "cooperation", "The pact aims"), events_of(text)


@pytest.mark.parametrize("text, later", [
    # wire: a condemnation's sentence names the attack again; its states are no sides of the strike
    ("Azerbaijani jets struck a government building in Armenia on Tuesday, killing six. Gulf Cooperation Council "
     "Secretary-General Jasem Albudaiwi said the attack was an aggression against all GCC member states.", "Gulf"),
    # broadsheet: a government told of the strike beforehand is no side of it
    ("Turkish jets struck a convoy in northern Iraq on Tuesday, killing six. The Kremlin said Moscow had been "
     "informed by the Turkish military shortly before the attack.", "The Kremlin"),
])
def test_an_attack_named_again_is_the_attack_reported(text, later):
    conflicts = events_of(text, "conflict")
    assert len(conflicts) == 1, conflicts
    assert not conflicts[0].evidence.sentence.startswith(later)


def test_an_attack_placed_by_its_own_phrase_is_told_anew():
    # "the war in Yemen" in a later sentence is a fact with a place of its own, not the strike told before
    text = ("Saudi jets struck a Houthi depot near the Omani border on Sunday. Washington pledged to bring a peaceful "
            "end to the war in Yemen.")
    assert any(e.evidence.sentence.startswith("Washington") for e in events_of(text, "conflict")), events_of(text)


def test_a_bare_exercise_is_the_one_reported_not_the_next_edition():
    # "the exercise" after "the next exercise will be held in 2027" is the exercise the article reports
    text = ("Kazakh and Kyrgyz troops completed a joint tactical exercise near Osh this week. The defence minister "
            "said the next exercise would be held in Kazakhstan in 2027. On Monday several local channels reported "
            "that Russian troops would be stationed at the Kant airbase after the exercise.")
    exercises = events_of(text, "exercise")
    assert not [e for e in exercises if e.evidence.sentence.startswith("On Monday")], exercises
    assert len(exercises) == 2, exercises  # the one held, the next one


@pytest.mark.parametrize("text", [
    # wire dateline: the talks' verb ends "without agreement"
    "YEREVAN: Talks between Armenia and Azerbaijan in Geneva ended without agreement on Friday, officials said.",
    # agency: "broke up without an agreement"
    "Talks between Sudan and South Sudan in Addis Ababa broke up without an agreement on Tuesday.",
    # broadsheet: the meeting verb's "without reaching a deal"
    "Serbia and Kosovo met in Brussels on Monday without reaching a deal on the border.",
])
def test_what_talks_ended_without_is_no_agreement(text):
    assert events_of(text, "meeting"), events_of(text)
    assert not events_of(text, "agreement"), events_of(text)


def test_an_agreement_the_talks_reached_stays():
    text = "Serbia and Kosovo met in Brussels on Monday and signed a border deal."
    assert events_of(text, "meeting") and events_of(text, "agreement"), events_of(text)


@pytest.mark.parametrize("word, is_one", [
    ("negotiations", True), ("Negotiation", True), ("talks", True), ("negotiating", True), ("negotiated", True),
    ("hold talks", True), ("summit", False), ("meeting", False), ("visit", False),
])
def test_the_one_list_of_negotiation_words(word, is_one):
    from pactwatch.events.nesting import negotiation_word

    assert negotiation_word(word) is is_one


def test_talks_on_an_agreement_not_yet_concluded_are_its_negotiation():
    # merging reads nesting's list across sentences: the talks of the agreement proposed are no meeting of their own
    text = ("Kazakhstan and Turkey are preparing a new defence agreement, officials said on Monday. Negotiations "
            "between Kazakhstan and Turkey continue, the ministry said.")
    assert events_of(text, "agreement") and not events_of(text, "meeting"), events_of(text)


@pytest.mark.parametrize("text, later", [
    # regional: "It is the first ... deployment" rates the deployment told in the lead
    ("Germany's brigade stationed in Lithuania will reach full readiness by 2027. It is the first permanent "
     "deployment of a German combat brigade abroad since the Second World War.", "It is"),
    # wire: "This was the largest exercise ..." rates the drills told before
    ("Polish and Lithuanian troops held a joint exercise near the Suwalki Gap on Monday. This was the largest "
     "exercise of the two armies since 1991.", "This was"),
])
def test_a_rating_of_the_fact_told_before_is_that_fact(text, later):
    etype = "deployment" if "deployment" in text else "exercise"
    found = events_of(text, etype)
    assert len(found) == 1 and not found[0].evidence.sentence.startswith(later), found


def test_a_rating_that_names_other_parties_tells_its_own_fact():
    # "It is the first such pact ..., following similar arrangements with Australia and Britain": those stay
    text = ("Japan and the Philippines brought their reciprocal access agreement into force on Wednesday. It is the "
            "first such pact Japan has concluded with an Asian country, following similar arrangements with Australia "
            "and Britain.")
    assert any(e.evidence.sentence.startswith("It is") for e in events_of(text, "agreement")), events_of(text)


@pytest.mark.parametrize("text", [
    # wire: the session asked for is the request's object
    "Armenia has requested an urgent session of the UN Security Council to discuss the Azerbaijani shelling.",
    # agency: the meeting in the clause of what is asked
    "Ecuador has asked the UN Security Council to hold an emergency meeting as fighting with Peru entered a third day.",
])
def test_a_meeting_asked_for_is_the_request(text):
    assert events_of(text, "request") and not events_of(text, "meeting"), events_of(text)


def test_a_meeting_setting_a_request_stays():
    # the call is where the request is made, a meeting of its own
    text = ("In a video call with Nordic leaders on Tuesday, Zelensky asked Denmark, Sweden and Norway to fund more "
            "air defence systems.")
    assert events_of(text, "meeting") and events_of(text, "request"), events_of(text)
