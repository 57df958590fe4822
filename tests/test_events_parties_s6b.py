"""Who the sides of an event are, sixth round, second part (issue 11, point 1): names coordinated as the
subject of a deployment (or of an act done to another party) are all its doers; "they" after a sentence whose
subject is a pair of states stands for that pair, not for those who met earlier in the article; an outlet that
reports the news is no side of it.

Sentences are written for these tests, in the styles of several outlets (wire copy, broadsheets, regional
dailies, state media, press releases); their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, doers, other", [
    # wire style: two states pledge forces to a mission
    ("Italy and Poland have pledged troops to the mission.", {"country:ITA", "country:POL"}, set()),
    # broadsheet style: the mission's host is the other side
    ("Greek and Bulgarian troops will deploy to Romania next month.", {"country:GRC", "country:BGR"},
     {"country:ROU"}),
    # press release style: warships offered to a bloc's mission
    ("Spain and Portugal offered warships to the NATO mission.", {"country:ESP", "country:PRT"}, {"org:nato"}),
])
def test_coordinated_subjects_of_a_deployment_all_send(text, doers, other):
    found = events_of(text, "deployment")
    assert found, text
    assert set(found[0].actors) == doers, found[0]
    assert other <= set(found[0].targets), found[0]


def test_coordinated_subjects_of_an_act_done_to_another_are_its_doers():
    # regional daily style: assistance pledged to a third state
    found = events_of("Japan and Australia pledged military assistance to Tonga.", "cooperation")
    assert found
    assert set(found[0].actors) == {"country:JPN", "country:AUS"} and found[0].targets == ("country:TON",), found[0]


def test_a_joint_act_keeps_one_side_each():
    # a joint act done to nobody else keeps its two sides apart (actor and target)
    found = events_of("Chile and Peru held joint naval drills off the coast.", "exercise")
    assert found
    assert len(found[0].actors) == 1 and parties(found[0]) == {"country:CHL", "country:PER"}, found[0]


@pytest.mark.parametrize("text", [
    # wire style: a meeting earlier, then a pair signs and "they" agree
    "Kenyan and Rwandan officials met in Nairobi on Monday.\nUganda and Tanzania signed a defence pact on Tuesday. "
    "They agreed to hold joint naval drills next year.",
    # regional daily style: the pair's sentence opens with a time phrase
    "Kenyan and Rwandan officials met in Nairobi.\nOn Tuesday, Uganda and Tanzania signed a defence pact. "
    "They pledged to hold joint drills.",
])
def test_they_is_the_pair_of_the_sentence_before(text):
    found = events_of(text, "exercise")
    assert found
    assert parties(found[0]) == {"country:UGA", "country:TZA"}, found[0]


def test_they_after_a_meeting_without_a_pair_is_who_met():
    text = ("The Greek and Cypriot defence ministers met in Athens on Monday.\nThe talks covered maritime security. "
            "They agreed to hold joint naval drills next year.")
    found = events_of(text, "exercise")
    assert found and parties(found[0]) == {"country:GRC", "country:CYP"}, found


@pytest.mark.parametrize("text, sides, outlet", [
    # state media style: the broadcaster reports, citing a ministry
    ("State broadcaster VTV reported, citing the defence ministry, that Vietnamese and Lao troops held joint "
     "drills.", {"country:VNM", "country:LAO"}, "org:vtv"),
    # wire style: a broadcaster qualified by its state
    ("Vietnamese state broadcaster VTV reported that Vietnam and Laos signed a border agreement.",
     {"country:VNM", "country:LAO"}, "org:vtv"),
])
def test_an_outlet_that_reports_is_no_side(text, sides, outlet):
    found = events_of(text)
    assert found
    assert all(outlet not in parties(e) for e in found), found
    assert any(sides <= parties(e) for e in found), found


def test_a_bloc_that_says_what_others_did_is_no_side():
    # press release style: the alliance tells of two members' drills
    found = events_of("NATO said Poland and Lithuania held joint drills near the border.", "exercise")
    assert found and parties(found[0]) == {"country:POL", "country:LTU"}, found


@pytest.mark.parametrize("text, etype, doers, other", [
    # wire style: two states strike a third
    ("Britain and France launched strikes on Syrian army positions.", "conflict", {"country:GBR", "country:FRA"},
     {"country:SYR"}),
    # broadsheet style: a withdrawal by two states from a host
    ("Sweden and Finland withdrew their troops from Mali.", "deployment", {"country:SWE", "country:FIN"},
     {"country:MLI"}),
])
def test_coordinated_doers_of_an_act_on_a_third(text, etype, doers, other):
    found = events_of(text, etype)
    assert found and set(found[0].actors) == doers and set(found[0].targets) == other, found


def test_an_exchange_between_the_pair_keeps_one_side_each():
    # regional daily style: fire exchanged between the two subjects, nobody else
    found = events_of("Armenia and Azerbaijan exchanged fire along the border.", "conflict")
    assert found and len(found[0].actors) == 1 and parties(found[0]) == {"country:ARM", "country:AZE"}, found
