"""Rules of the ninth session's facts helper (round 2): two facts folded into one, and words out of context.

- Fire aimed at a state's attackers is not their fire told again: an exchange of fire or a retaliation is two attacks
  (merging keeps a conflict aimed at the other's attacker, and at none of its targets, apart).
- "signed an agreement on X and a memorandum on Y": the noun added by "and a(n)" is another document (merging keeps two
  agreement nouns of one sentence apart); an apposition ("a pact, an agreement that ...") stays one.
- What a merged cooperation supplies is what any of its tellings supplies: a later purchase of another thing is
  another fact.
- A form of address ("His Royal Highness") is no organisation; an office's name ("Secretary of War") is no war.
- A ship as the visitor is a port call, a press or news conference no meeting, "meets the interests of" no meeting;
  "will never attack anyone" no conflict; intelligence sharing between two states is cooperation without a military
  word near it.

Sentences are written for these tests; their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


def test_fire_returned_is_a_second_attack():
    found = events_of("Armenia shelled Azerbaijani positions near Lachin on Monday. Azerbaijani troops fired 20 mortar "
                      "rounds at Armenian posts, the ministry in Baku said.", "conflict")
    assert {(e.actors, e.targets) for e in found} >= {(("country:ARM",), ("country:AZE",)),
                                                      (("country:AZE",), ("country:ARM",))}, found


def test_the_same_attack_told_again_stays_one():
    found = events_of("Armenia shelled Azerbaijani positions near Lachin on Monday. Armenian artillery also hit "
                      "Azerbaijani posts near Kalbajar, the ministry in Baku said.", "conflict")
    assert len(found) == 1, found


def test_a_memorandum_added_by_and_is_another_agreement():
    found = events_of("Chile and Peru signed an agreement on defence cooperation and a memorandum on cyber security.",
                      "agreement")
    assert len(found) == 2, found
    assert all(parties(e) == {"country:CHL", "country:PER"} for e in found), found


def test_an_apposition_is_the_same_agreement():
    found = events_of("Chile and Peru signed a defence pact, an agreement that commits both to consult.", "agreement")
    assert len(found) == 1, found


def test_a_second_named_document_after_a_long_first_one():
    found = events_of("Ghana and Togo also signed a Joint Declaration on the completion of talks on border security and "
                      "a Strategic Framework for Maritime Policing.", "agreement")
    assert len(found) == 2, found


def test_a_form_of_address_is_no_organisation():
    found = events_of("His Royal Highness the Crown Prince of Jordan and the French President held official talks in "
                      "Amman on defence cooperation.", "meeting")
    assert found
    assert not any(p.startswith("org:") for p in found[0].actors + found[0].targets), found[0]
    assert {"country:JOR", "country:FRA"} <= parties(found[0]), found[0]


def test_an_office_name_is_no_war():
    assert not events_of("The talks were attended by Chile's defence minister and the Peruvian Secretary of War, "
                         "Luis Ortega.", "conflict")
    assert events_of("Russia waged war on Ukraine in 2022.", "conflict")


def test_a_purchase_of_another_thing_is_another_cooperation():
    found = events_of("Finland and Sweden will work together to strengthen deterrence. They will be buying F-16s from the "
                      "United States. Finland also agreed to purchase 40 howitzers from Sweden.", "cooperation")
    assert len(found) == 2 and found[-1].trigger == "purchase", found


@pytest.mark.parametrize("text", [
    "A Japanese destroyer visited Ream in Cambodia on Tuesday, the Japanese embassy said.",
    "The Indian Navy's INS Delhi visited Manila this week.",
    "Chinese and Russian defence ministers held a joint press conference in Beijing on Tuesday.",
    "The agreement meets the interests of both Russia and China.",
])
def test_words_out_of_context_are_no_meeting(text):
    assert not events_of(text, "meeting"), text


def test_a_navy_chief_visiting_is_a_meeting():
    assert events_of("Japan's navy chief visited Manila on Tuesday.", "meeting")


def test_never_attacking_anyone_is_no_conflict():
    assert not events_of("China will never attack anyone, the Chinese defence minister told Vietnam.", "conflict")
    assert events_of("Russia attacked Ukraine in February 2022.", "conflict")


def test_intelligence_sharing_is_cooperation():
    found = events_of("Japan and the Philippines agreed to share intelligence.", "cooperation")
    assert found and parties(found[0]) == {"country:JPN", "country:PHL"}, found


def test_a_relative_clause_with_its_own_subject_tells_its_own_fact():
    found = events_of("Israel struck Iranian air defences in October, which Iran answered with a missile attack on "
                      "Israel.", "conflict")
    assert {(e.actors, e.targets) for e in found} == {(("country:ISR",), ("country:IRN",)),
                                                      (("country:IRN",), ("country:ISR",))}, found


def test_a_relative_clause_on_the_fact_itself_stays_one_fact():
    found = events_of("Chad deployed 500 soldiers to Niger in May, a deployment that will last a year.", "deployment")
    assert len(found) == 1, found


def test_a_relative_clause_on_a_named_state_tells_its_act():
    found = events_of("Chad sent 500 troops to Niger in May, followed by Benin, which deployed 200 soldiers to Niger in "
                      "June.", "deployment")
    assert {e.actors for e in found} == {("country:TCD",), ("country:BEN",)}, found


def test_followed_by_a_similar_accord_is_a_second_agreement():
    found = events_of("Egypt signed a defence pact with Sudan in March, followed by a similar accord with Somalia in "
                      "August.", "agreement")
    assert {e.targets for e in found} == {("country:SDN",), ("country:SOM",)}, found
