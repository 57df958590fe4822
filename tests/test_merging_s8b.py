"""Merging and nesting, session 8 round 2: an earlier or later edition of an exercise ("the last such manoeuvres were
staged in 2019") is its own fact, not a comment on the one reported; a measure (an expulsion, a recall, sanctions) and
a verbal claim of one claimant are two acts; a time clause ("..., after a deal to hold annual exercises") does not give
the fact it dates its own status. The "of" phrase of a signed document ("a plan of military cooperation") as what the
document is on (one agreement) is not applied (xfail below).

Sentences are written for these tests in several outlets' styles (wire, ministry release, broadsheet, regional), with
other states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, when", [
    # wire
    ("Chile and Peru held joint naval drills off Lima on Monday. The last such manoeuvres were staged in Callao in "
     "2019.", "2019"),
    # regional paper
    ("Kenya and Uganda began joint border exercises on Tuesday. The next such drills will be held in 2027, officials "
     "said.", "2027"),
])
def test_another_edition_at_another_time_is_its_own_exercise(text, when):
    exercises = events_of(text, "exercise")
    assert len(exercises) == 2, exercises
    assert any(e.when == when for e in exercises)


def test_a_comment_on_the_drills_reported_stays_one_exercise():
    text = ("Serbia and Hungary began joint air defence drills near Subotica on Monday. The drills were not directed "
            "at any third country, the ministry said.")
    assert len(events_of(text, "exercise")) == 1


@pytest.mark.parametrize("text, trigger", [
    # broadsheet
    ("Greece called the accord between Turkey and Libya null and void. Athens also expelled the Libyan ambassador on "
     "Friday.", "expelled"),
    # ministry release
    ("Lithuania strongly condemned the Belarusian border provocation. Vilnius later expelled two Belarusian "
     "diplomats.", "expelled"),
])
def test_a_measure_and_a_word_of_one_claimant_are_two_acts(text, trigger):
    threats = events_of(text, "threat")
    assert len(threats) == 2, threats
    assert any(e.trigger == trigger for e in threats)


@pytest.mark.parametrize("text", [
    # regional
    "The first joint drill of Kazakhstan and Uzbekistan took place in 2023, after a deal to hold annual exercises.",
    # wire
    "Joint patrols by Ghana and Togo began in March, following an accord to hold monthly patrols.",
])
def test_a_time_clause_does_not_make_the_fact_it_dates_planned(text):
    exercises = events_of(text, "exercise")
    assert exercises and all(e.status == "occurred" for e in exercises), exercises


def test_a_plan_told_without_time_clause_stays_planned():
    text = "Vietnam and Laos committed to expanding defence cooperation."
    cooperation = events_of(text, "cooperation")
    assert cooperation and cooperation[0].status == "planned", cooperation


@pytest.mark.xfail(reason="nesting of a signed document's 'of' phrase (notes/s8/patches/merging-b-of-phrase-nesting.diff) "
                   "not applied: A/B -1 fp on styles3 and styles5 but -1 tp on styles4 and -1 right status on styles2, "
                   "a convention the older sets' gold does not share", strict=True)
@pytest.mark.parametrize("text, pair", [
    # ministry release
    ("The defence ministers of Armenia and Greece signed a plan of bilateral military cooperation for 2026.",
     {"country:ARM", "country:GRC"}),
    # state media
    ("A programme of naval cooperation between Chile and Peru was signed in Lima on Thursday.",
     {"country:CHL", "country:PER"}),
])
def test_the_of_phrase_of_a_signed_document_is_its_subject(text, pair):
    assert [e for e in events_of(text, "agreement") if pair <= parties(e)]
    assert not events_of(text, "cooperation")
