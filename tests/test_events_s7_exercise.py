"""Exercises told without the word "exercise" or "drills" as the object of holding (issue 11, seventh session): units
that trained, practised or drilled together, a named drill as the subject of its sentence, a named exercise being
prepared (data/triggers/exercise.json).

Sentences are written for these tests, in the styles of several outlets (wire, regional, state media, live blog),
with other states and other words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties
from test_events import typed_statuses


@pytest.mark.parametrize("text, pair", [
    # regional daily
    ("Estonian and Finnish marines trained together on the islands of the gulf in June.",
     {"country:EST", "country:FIN"}),
    # state media
    ("Servicemen of Tajikistan and Kyrgyzstan practised together at a range near the border, the ministry said.",
     {"country:TJK", "country:KGZ"}),
    # live blog
    ("10:42 Paratroopers from Belgium and the Netherlands trained jointly near Eindhoven this morning.",
     {"country:BEL", "country:NLD"}),
])
def test_units_training_together_hold_an_exercise(text, pair):
    drills = events_of(text, "exercise")
    assert drills and pair <= parties(drills[0])
    assert not events_of(text, "cooperation")  # the exercise, not training cooperation


NAMED = "Azerbaijani and Turkish commandos wrapped up the Unbreakable Brotherhood 2026 exercise on Friday."


def test_a_named_exercise_with_its_year_is_an_exercise(nlp):
    """Wire style: the name and the year hung apart from the noun by the parser; no cooperation from the name."""
    assert {t for t, _ in typed_statuses(nlp, NAMED)} == {"exercise"}


@pytest.mark.xfail(reason="parties: an exercise's own name recognised as an organisation is taken as its party and "
                          "the subject's states are dropped (parties.py)")
def test_a_named_exercise_s_parties_are_the_subject_s_states():
    drills = events_of(NAMED, "exercise")
    assert drills and {"country:AZE", "country:TUR"} <= parties(drills[0])


@pytest.mark.parametrize("text, pair", [
    ("Georgian and American soldiers wrapped up the Noble Partner 2025 exercise on Friday.",
     {"country:GEO", "country:USA"}),
    # forces of two states rehearsing a scenario (state media)
    ("Servicemen from Uzbekistan and Tajikistan rehearsed a joint counter-terrorist operation near Termez.",
     {"country:UZB", "country:TJK"}),
])
def test_named_exercises_and_rehearsals_of_two_states(text, pair):
    drills = events_of(text, "exercise")
    assert drills and pair <= parties(drills[0])
    assert not events_of(text, "cooperation")


def test_a_named_drill_as_the_subject_of_its_sentence_is_an_exercise():
    """Wire style: the drill is what the sentence is about, its parties in a relative clause."""
    text = ("The Nomadic Shield drill, in which units of Mongolia, Kazakhstan and Tajikistan took part, ended in "
            "Mongolia on Friday.")
    drills = events_of(text, "exercise")
    assert drills and {"country:MNG", "country:KAZ", "country:TJK"} <= parties(drills[0])


def test_training_a_partner_s_troops_stays_cooperation():
    """Training another state's forces is training cooperation, not a joint exercise."""
    text = "British instructors trained Ukrainian recruits in Kent, the Ukrainian army said."
    assert not events_of(text, "exercise")


def test_what_units_practise_during_a_named_exercise_is_that_exercise():
    """Regional style: the practising verb adds no second exercise beside the one its clause names."""
    text = "Naval units of Oman and India practised boarding drills during the Naseem Al Bahr exercise."
    drills = events_of(text, "exercise")
    assert len(drills) == 1 and {"country:OMN", "country:IND"} <= parties(drills[0])
