"""Triggers of the sixth session, third round (issue 11, point 3): two accusations in one sentence, each verb with
its own subject and object ("A accused B of ..., while B blamed A for ..."), are two threats, not the second nested
in the first; an accusation made by each of two sides against the other ("both sides blamed each other") is a
threat between the sides in focus, not a pledge's "anyone" ("if either is attacked, both will defend each other").

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media),
with other states and other words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of

# -------------------------------------------------------------------------- two accusations, opposite directions


@pytest.mark.parametrize("sentence, a, b", [
    ("Guyana accused Venezuela of massing troops near the border, while Venezuela blamed Guyana for stoking "
     "tension.", "country:GUY", "country:VEN"),
    ("Thailand accused Cambodia of laying new landmines, whereas Cambodia blamed Thailand for the shelling.",
     "country:THA", "country:KHM"),
    ("Lithuania's foreign ministry accused Belarus of orchestrating the migrant crisis, and Belarus accused "
     "Lithuania of provoking it.", "country:LTU", "country:BLR"),
])
def test_each_accusing_verb_with_its_own_subject_is_its_own_threat(sentence, a, b):
    threats = {(e.actors, e.targets) for e in events_of(sentence, "threat")}
    assert threats == {((a,), (b,)), ((b,), (a,))}


@pytest.mark.parametrize("sentence", [
    "Iran accused Israel of plotting an attack on its nuclear sites, state television said.",
    "Seoul's defence ministry accused North Korea of preparing a provocation and of threatening its islands.",
])
def test_what_one_accusation_says_stays_part_of_it(sentence):
    assert len(events_of(sentence, "threat")) == 1


# -------------------------------------------------------------------------- each side against the other


@pytest.mark.parametrize("text, pair", [
    ("Fighting flared between Armenia and Azerbaijan overnight. Both sides blamed each other for the escalation.",
     {"country:ARM", "country:AZE"}),
    ("Clashes erupted between Tajik and Kyrgyz border guards on Thursday. The two sides accused one another of "
     "opening fire first.", {"country:TJK", "country:KGZ"}),
])
def test_both_sides_accusing_each_other_is_a_threat_between_them(text, pair):
    threats = events_of(text, "threat")
    assert threats and set(threats[0].actors) | set(threats[0].targets) == pair


@pytest.mark.parametrize("sentence", [
    "The treaty says that if either is attacked, both will defend each other.",
    "Under the pact an attack on one is an attack on both, and both must come to each other's aid.",
])
def test_a_pledge_about_anyone_is_still_no_threat(sentence):
    assert not events_of(sentence, "threat")


# -------------------------------------------------------------------------- neutrality in a clause with another act


@pytest.mark.parametrize("text, state", [
    ("Austria will not join NATO, its defence minister told troops at a military base. Austria reaffirmed its "
     "permanent neutrality as the ministers met in Salzburg.", "country:AUT"),
    ("Moldova's army will stay out of any military bloc, the defence ministry said on Tuesday. Moldova reaffirmed "
     "its neutrality while its president was visiting Bucharest.", "country:MDA"),
])
def test_neutrality_reaffirmed_beside_another_clause_is_still_the_states_alliance_fact(text, state):
    # in an article about defence; a one-line article about neutrality alone stays below the relevance bar
    assert any(state in e.actors for e in events_of(text, "alliance"))
