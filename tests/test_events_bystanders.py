"""Bystanders of an event (issue 11): an organisation NER guessed that is a word of another name in the parse (the
title of an agreement, an exercise's or an operation's own name, the make of a weapon) is no party, and a state's body
named beside its state leaves the state as the party. Sentences written for these tests in the styles of wire copy,
ministry readouts, regional dailies and defence weeklies, through the real pipeline, with negatives.

Each article has a defense lead so that it is relevant."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument

LEAD = "Defense news\nBy Staff Reporter\nPublished 6 January 2026\nMilitary and security officials spoke on Monday.\n"


def _article(text: str):
    return analyse_raws([RawDocument("x", "x.txt", LEAD + text + "\n")])[0]


def _parties_of(art, etype: str) -> list[set[str]]:
    return [set(e.actors) | set(e.targets) for e in art.events if e.type == etype]


# --- a word of another name ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, etype, parties", [
    # wire style: a guessed organisation in a treaty's title ("on ...") is a word of the title
    ("Kazakhstan and Kyrgyzstan signed a Treaty on Allied Relations in March, the ministry said.", "agreement",
     {"country:KAZ", "country:KGZ"}),
    # ministry readout style: the title's list ("for A and B")
    ("Vietnam signed the Framework for Maritime Security and Blue Economy with Japan.", "agreement",
     {"country:VNM", "country:JPN"}),
    # defence weekly style: a make of aircraft on the noun it names
    ("Greek pilots will join the Desert Falcon exercise with Egypt, flying Rafale jets alongside Egyptian MiG-29 "
     "squadrons.", "exercise", {"country:GRC", "country:EGY"}),
])
def test_a_word_of_another_name_is_no_party(sentence, etype, parties):
    assert parties in _parties_of(_article(sentence), etype)


def test_an_organisation_named_as_an_exercise_is_no_party():
    """Regional daily style: NER's organisation "Sea Breeze Naval Exercise" is the exercise, not a side of it."""
    art = _article("Ukraine and Georgia hosted the Sea Breeze Naval Exercise with Turkish ships in Odesa.")
    assert all("org:sea-breeze-naval-exercise" not in p for etype in ("exercise", "meeting")
               for p in _parties_of(art, etype))


@pytest.mark.parametrize("sentence, etype, party", [
    # a bloc the gazetteer knows on an exercise is a side of it
    ("Serbia took part in NATO drills in Bosnia.", "exercise", "org:nato"),
    # the states "between" a title's words are its parties (a title's own words are not)
    ("Manila and Canberra have implemented the Status of Visiting Forces Agreement between the Philippines and "
     "Australia since 2012.", "agreement", "country:AUS"),
])
def test_parties_beside_a_name_stay(sentence, etype, party):
    assert any(party in p for p in _parties_of(_article(sentence), etype))


# --- a state's body beside its state ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, etype, parties", [
    # France 24 style: the possessor is the state the force is
    ("Russia's Africa Corps now has about 2,500 personnel in Mali.", "deployment", {"country:RUS", "country:MLI"}),
    # Civil.ge style: two bodies, each named with its own state
    ("Georgia's Border Police signed a memorandum on border security with Armenia's National Security Service.",
     "agreement", {"country:GEO", "country:ARM"}),
    # Dawn style: a unit of a state's navy, with its state named through the navy
    ("The Pakistani Navy's Special Service Group held a joint drill with Saudi forces.", "exercise",
     {"country:PAK", "country:SAU"}),
])
def test_a_body_named_with_its_state_is_that_state(sentence, etype, parties):
    assert parties in _parties_of(_article(sentence), etype)


def test_an_agency_of_a_state_is_that_state():
    """Straits Times style: "the X Agency of Singapore" beside Singapore's partner: Singapore signs."""
    art = _article("The Cyber Security Agency of Singapore and Japan signed a memorandum on cyber threats.")
    assert {"country:SGP", "country:JPN"} in _parties_of(art, "agreement")
    assert all(not any(x.startswith("org:") for x in p) for p in _parties_of(art, "agreement"))


def test_a_body_whose_state_is_no_party_stays():
    """Libya Observer style: a parliament of a state that is not itself named as a party is the party."""
    art = _article("The Libyan House of Representatives held talks with Egypt in Cairo.")
    assert any("org:libyan-house-of-representatives" in p for p in _parties_of(art, "meeting"))


@pytest.mark.parametrize("sentence, etype, parties", [
    # wire style: "fighters" of a make with a number are aircraft
    ("Greek pilots flew alongside Egyptian F-16 fighters and Jordanian Mirage 2000 jets in a joint drill with Egypt.",
     "exercise", {"country:GRC", "country:EGY", "country:JOR"}),
    # Express Tribune style: an armed group's fighters are the group
    ("Islamabad accuses the Taliban government of harbouring TTP fighters who have killed hundreds of Pakistani "
     "soldiers.", "conflict", {"org:ttp", "country:PAK"}),
])
def test_a_group_s_fighters_are_the_group_a_make_s_fighters_are_aircraft(sentence, etype, parties):
    assert parties in _parties_of(_article(sentence), etype)


# --- names of another coordinated clause ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, etype, parties", [
    # Eurasianet style: each coordinated clause with a subject of its own has its own sides
    ("Uzbekistan has bought drones from Israel, and Tajikistan assembles Chinese armoured vehicles under licence.",
     "cooperation", {"country:TJK", "country:CHN"}),
    ("Uzbekistan has bought drones from Israel, and Tajikistan assembles Chinese armoured vehicles under licence.",
     "cooperation", {"country:UZB", "country:ISR"}),
    # background paragraph style: the war of the first clause is no side of the deployment of the second
    ("Russia invaded Ukraine in 2022 and NATO responded by deploying troops to Poland.", "deployment",
     {"org:nato", "country:POL"}),
    # Central Asia analysis style: the second treaty is the second clause's
    # (an "allied treaty" would be an alliance since the lexicon's 'allied treaty': a treaty of cooperation here)
    ("Kazakhstan and Uzbekistan signed a defence treaty in 2021, and Uzbekistan and Azerbaijan followed with their "
     "own cooperation treaty in 2024.", "agreement", {"country:UZB", "country:AZE"}),
])
def test_a_coordinated_clause_with_its_own_subject_has_its_own_sides(sentence, etype, parties):
    assert parties in _parties_of(_article(sentence), etype)


def test_a_coordinated_verb_without_a_subject_shares_the_clause_s_names():
    """Readout style: "met X ... and signed" is one clause's subject; the names of the first verb stay its own."""
    art = _article("Indonesian Defence Minister Sjafrie Sjamsoeddin met Malaysian officials in Jakarta and signed a "
                   "defence cooperation agreement with Malaysia.")
    assert {"country:IDN", "country:MYS"} in _parties_of(art, "agreement")


def test_a_coordinated_clause_whose_subject_refers_back_keeps_the_names_it_refers_to():
    """Parliament report style: "the armies of the two countries" are the states of the clause before."""
    art = _article("The deputy chairman recalled that Georgia and Armenia signed a defence treaty in 2022 and that the "
                   "armed forces of the two countries held their first joint staff exercise in Tbilisi in 2024.")
    assert any({"country:GEO", "country:ARM"} <= p for p in _parties_of(art, "exercise"))
