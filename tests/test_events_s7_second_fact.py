"""The second fact of a sentence (issue 11, blind4 M2/M3/M5): a coordinated clause with a subject of its own, a clause
after a semicolon, a clause set against the first by "while", and facts told by words the first reading missed
(forces hosted, a base that closed, mercenaries sent, an answer in kind). Forces hosted are a deployment, not
a meeting: the meeting reading of "host" gives way when its object is what the deployment reading wants.

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media, live
blog), with other states and other words than the development and blind gold. The clause with its own
subject (coordinated, after "while" or before a semicolon) is its own fact since the tenth session (nesting.py)."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


def _with(events, *states):
    return [e for e in events if set(states) <= parties(e)]


@pytest.mark.parametrize("sentence, first, second", [
    # wire: two deployments, one per clause, each with its own subject
    ("Norway leads the multinational contingent in Lithuania, and Portugal commands the allied contingent in "
     "Estonia.",
     ("country:NOR", "country:LTU"), ("country:PRT", "country:EST")),
    # regional: "while" sets the second clause against the first
    ("Turkey deployed drones to Libya while Russia sent mercenaries to Mali, officials said.",
     ("country:TUR", "country:LBY"), ("country:RUS", "country:MLI")),
])
def test_each_clause_with_its_own_subject_is_its_own_deployment(sentence, first, second):
    deployments = events_of(sentence, "deployment")
    assert _with(deployments, *first), deployments
    assert _with(deployments, *second), deployments


@pytest.mark.parametrize("sentence", [
    # live blog: an attack and the answer in the next clause
    "Chile shelled Bolivia's border posts overnight, and Bolivia responded with strikes on air bases in Chile.",
    # broadsheet
    "Eritrean artillery pounded Ethiopian positions near the town, and Ethiopia hit back with drone strikes on "
    "Eritrean depots.",
])
def test_a_response_in_a_coordinated_clause_is_a_second_conflict(sentence):
    conflicts = events_of(sentence, "conflict")
    directions = {(a, t) for e in conflicts for a in e.actors for t in e.targets}
    assert len(conflicts) >= 2, conflicts
    assert any((b, a) in directions for a, b in directions), directions


@pytest.mark.parametrize("sentence, actor, host", [
    ("Moscow has sent mercenaries to Mali, according to Western diplomats.", "country:RUS", "country:MLI"),
    ("The Italian logistics hub in Djibouti closed in 2012.", "country:ITA", "country:DJI"),
    ("France's last base in Niger shut down in December, state television reported.", "country:FRA", "country:NER"),
])
def test_forces_sent_led_or_a_base_closed_are_a_deployment(sentence, actor, host):
    deployments = events_of(sentence, "deployment")
    assert deployments, sentence
    assert {actor, host} <= parties(deployments[0]), deployments


def test_a_base_closing_in_the_future_is_a_planned_deployment():
    deployments = events_of("France will close its military base in Chad by the end of the year.", "deployment")
    assert deployments and deployments[0].status == "planned"


@pytest.mark.parametrize("sentence", [
    "Germany sent officers to Brussels for the budget talks.",  # officials to a meeting, no forces
    "The factory in Ohio closed in 2012 after the carmaker pulled out.",  # a plant, no base
    "The refugee camp near the border closed last year.",  # a camp, no base
])
def test_no_deployment_without_forces_or_a_base(sentence):
    assert not events_of(sentence, "deployment"), sentence


@pytest.mark.parametrize("sentence, fleet_host", [
    ("Bahrain hosts the US Fifth Fleet, the Pentagon said.", "country:BHR"),
    ("Djibouti hosts about 4,000 American troops at Camp Lemonnier.", "country:DJI"),
])
def test_forces_hosted_are_no_meeting(sentence, fleet_host):
    assert not events_of(sentence, "meeting"), sentence


def test_a_meeting_hosted_stays_a_meeting():
    meetings = events_of("Kazakhstan will host the defence ministers of Uzbekistan and Kyrgyzstan in Astana in May.",
                         "meeting")
    assert meetings and "country:KAZ" in parties(meetings[0])


@pytest.mark.parametrize("sentence", [
    "The border between Ghana and Togo has been quiet, without a single incident since 2020.",
    "The frontier with Peru has been calm for years, the Chilean army said.",
])
def test_a_quiet_border_is_no_conflict(sentence):
    assert not events_of(sentence, "conflict"), sentence


def test_an_answer_in_kind_with_no_party_is_no_conflict():
    assert not events_of("Our forces are answering in kind, the spokesman said.", "conflict")


def test_an_answer_in_kind_by_a_named_side_is_a_conflict():
    conflicts = events_of("Pakistani artillery fired across the line overnight; Indian forces answered in kind, the "
                          "army said.", "conflict")
    assert any("country:IND" in e.actors for e in conflicts), conflicts


def test_hitting_back_at_critics_is_no_conflict():
    assert not events_of("The Peruvian minister hit back at critics of the defence budget on Tuesday.", "conflict")


@pytest.mark.parametrize("sentence", [
    "A Polish battalion will join the alliance's Steadfast exercise in Romania next month.",
    "Moldovan officers joined the bloc's summit in Prague as observers.",
])
def test_joining_a_bloc_s_exercise_or_summit_is_no_membership(sentence):
    assert not events_of(sentence, "alliance"), sentence


def test_joining_the_bloc_stays_an_alliance():
    alliances = events_of("Finland joined NATO in April 2023, the foreign ministry said.", "alliance")
    assert alliances and "country:FIN" in parties(alliances[0])
