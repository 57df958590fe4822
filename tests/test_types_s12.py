"""A second trigger word of a sentence that is part of another fact, no fact of another type (events.nesting): the
charge of an accusation, a force's part in an exercise, a meeting word naming an agreement's content, what talks
cover, what a mission is for. Sentences invented, in several outlets' styles; each rule has a sentence where the
second fact stays."""
from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize("text, gone, kept", [
    # the charge of an accusation. wire: a quoted attack
    ("Lithuanian Prime Minister Ona Petraitis accused Belarus of a \"hybrid attack\" on the border on Monday.",
     "conflict", "threat"),
    # regional daily: the charge in a clause of another verb, the attack quoted
    ("Latvia shut two border crossings on Friday, accusing Minsk of pushing migrants across as part of a \u201chybrid "
     "attack\u201d.", "conflict", "threat"),
    # embassy statement: the attack inside the accuser's quoted words
    ("The Russian embassy accused Norway of \"turning the Arctic into a springboard for aggression against Russia\" "
     "on Wednesday.", "conflict", "threat"),
    # broadsheet: a treaty breached
    ("The Chilean army accused Peruvian troops of breaching the 1929 Treaty of Lima along the border.",
     "agreement", "threat"),
    # agency: a treaty violated, ratified by both
    ("The Chilean army accused Peruvian forces of violating the 1929 Treaty of Lima, which both countries ratified.",
     "agreement", "threat"),
    # taking part in an exercise. ministry readout: a named exercise
    ("The ministers welcomed the participation of Chilean forces in Exercise Southern Star 2025 in Peru in May.",
     "deployment", None),
    # plan: each other's drills
    ("The plan provides for staff talks, training of Peruvian officers in Chile and participation in each other's "
     "exercises.", "deployment", None),
    # a meeting word naming an agreement's content. readout: a plan of consultations signed
    ("After the talks, the ministers of Chile and Peru signed a Plan of consultations between the two foreign "
     "ministries for 2026-2027.", "meeting:consultations", "agreement"),
    # wire: visiting forces agreements negotiated
    ("Chile is also negotiating visiting forces agreements with Peru and Brazil, the defence ministry said.",
     "meeting:visiting", "agreement"),
    # what talks cover. broadsheet: talks that cover it
    ("The defence ministers of Chile and Peru will meet in Lima next month for talks that will cover cooperation on "
     "drones.", "cooperation", "meeting"),
    # readout: met to review it
    ("The two defence ministers met in Ankara to review military cooperation between Chile and Peru.",
     "cooperation", "meeting"),
    # what a mission is for. wire: a mission to help fight
    ("The first 300 Ghanaian soldiers arrived in Bamako on Monday, the start of a mission to help Mali fight the "
     "insurgents in the north.", "conflict", "deployment"),
    # agency: troops sent to fight
    ("Pyongyang sent 10,000 troops to Russia to fight against Ukraine.", "conflict", "deployment"),
])
def test_a_nested_word_is_no_fact_of_its_own(text, gone, kept):
    """``gone`` is a type, or "type:word" for that type's event read from that word only."""
    etype, _, word = gone.partition(":")
    events = events_of(text)
    assert not [e for e in events if e.type == etype and word in e.trigger.lower()], events
    assert kept is None or kept in {e.type for e in events}, events


@pytest.mark.parametrize("text, kept", [
    # an attack told beside the accusation
    ("Eritrean troops shelled Ethiopian border posts on Sunday, and Addis Ababa accused Asmara of aggression.",
     "conflict"),
    # arms supplied, a charge the gold gives as a fact
    ("Moscow has accused Paris and Rome of prolonging the war by supplying weapons to Ukraine.", "cooperation"),
    # a mission joined
    ("Ghana announced its participation in the UN mission in South Sudan with 800 soldiers.", "deployment"),
    # a meeting beside the agreement
    ("The ministers of Chile and Peru held consultations in Lima and signed a plan of military cooperation.",
     "meeting"),
    # cooperation agreed at the meeting
    ("President Ana Ruiz of Chile met President Luis Prado of Peru in Lima on Monday and agreed to expand defence "
     "cooperation.", "cooperation"),
    # a fight told as done
    ("Ghanaian soldiers sent to Mali fought the insurgents near Gao on Monday.", "conflict"),
])
def test_the_second_fact_stays(text, kept):
    assert events_of(text, kept), events_of(text)
