"""Recall of the thirteenth session: a state's arms contract refused by the agreement lexicon's 'excludes_object'
(a contract is a company's unless states sign it with each other, trigger_context._between_states) although both
states are named: the partner's "with" phrase deeper in the object ("signed a contract for 30 jets with France"),
the subject of the verb the signing is coordinated with ("Serbia bought drones and signed a contract with France"),
states counted as the subject ("the two countries signed a contract"). And the negatives: contracts of companies,
clubs and players, a contract with a shipyard.

Sentences are written for these tests, with other states and words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

CONTRACTS = [
    # wire: the partner after what is bought
    ("Greece signed a contract for 24 Rafale fighter jets with France in 2021.", {"country:GRC", "country:FRA"}),
    # broadsheet: the signing coordinated with another act of the same state
    ("Peru bought Korean trainer jets in 2019 and signed a contract with Spain for two patrol boats last year.",
     {"country:PER", "country:ESP"}),
    # regional daily: states counted as the subject
    ("Kazakhstan and Turkey have deepened their defence ties. In 2024 the two countries signed a contract for the "
     "joint production of drones.", {"country:KAZ", "country:TUR"}),
]


@pytest.mark.parametrize("text, sides", CONTRACTS)
def test_a_contract_between_states_is_an_agreement(text, sides):
    found = events_of(text, "agreement")
    assert any(sides <= parties(e) for e in found), [(e.actors, e.targets) for e in found]


NOT_BETWEEN_STATES = [
    # sports pages: players counted
    "Kazakhstan and Turkey met in a friendly. Both players signed a contract for two more seasons.",
    # a company as the partner
    "The Greek navy signed a contract with a shipyard in Piraeus for two corvettes.",
    # companies counted, a state only where the turbines go
    "The two companies signed a contract for 12 turbines with Germany.",
    # the coordinated verb's subject is a company
    "Airbus opened a plant in Tianjin and signed a contract with China Eastern for 40 jets.",
]


@pytest.mark.parametrize("text", NOT_BETWEEN_STATES)
def test_a_contract_of_companies_or_players_is_no_agreement(text):
    assert not events_of(text, "agreement"), events_of(text)


# what forces do or are doing under an agreement is told, no provision of it (nesting._told_done)
@pytest.mark.parametrize("text, sides", [
    # regional daily: a participle on the forces
    ("Tanzania, which keeps about 1,500 soldiers in Mozambique's Cabo Delgado province fighting the Islamic State under "
     "a deal with Maputo, did not comment.", {"country:TZA", "org:isis"}),
    # wire: a progressive
    ("Under the 2022 accord, Kenyan soldiers are fighting al-Shabaab alongside Somali forces.",
     {"country:KEN", "org:al-shabaab"}),
])
def test_a_fight_told_under_an_agreement_is_a_war(text, sides):
    wars = events_of(text, "conflict")
    assert any(sides <= parties(e) for e in wars), [(e.actors, e.targets) for e in wars]


@pytest.mark.parametrize("text", [
    # a gerund the provision names
    "Under the treaty, Kenya and Somalia commit to defending each other against an armed attack by a third state.",
    # what would be going on
    "Under the draft accord, Kenyan soldiers would be fighting al-Shabaab alongside Somali forces.",
])
def test_a_fight_an_agreement_provides_for_is_no_war(text):
    assert not events_of(text, "conflict"), events_of(text)
