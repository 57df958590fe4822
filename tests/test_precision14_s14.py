"""Precision of the fourteenth session: trigger words that tell no fact of their own where they stand
(:mod:`pactwatch.events.asides`): a question put to someone is no request, a cooperation word in the title of a text or
a mission no cooperation of its own; and an alliance in place retold as its text's clause ("undertook to assist each
other", planned) is one alliance (:func:`pactwatch.events.distinct_facts._clause_of_standing`). And the facts that
stay: a request for an act, cooperation told, an alliance denied after it was told.

Sentences are written for these tests, with other states and words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

NO_FACT = [
    # a parliament's news page: the minister is asked about a base
    ("During the hearing, Defence Minister Tomasz Kral was asked about the American brigade stationed in Poland.",
     "request"),
    # a wire: the answer of a spokesman, led by the question
    ("Asked about the Chinese radar station on Tuesday, a Peruvian navy spokesman said the matter was closed.", "request"),
    # a state agency: a cooperation word in the text's title
    ("Lukashenko signed the law ratifying the Treaty on Strategic Partnership and Cooperation between Belarus and Cuba.",
     "cooperation"),
    # a regional daily: a cooperation word in the mission's title
    ("Burundian soldiers will take part in the new African Union Support and Stabilisation Mission in Somalia.",
     "cooperation"),
    # a defence weekly: "training" naming a place
    ("Some 800 Polish and Czech soldiers began the exercise at the Drawsko training ground on Monday.", "cooperation"),
    ("Under the 2022 agreement, Estonia builds barracks and training areas for the Danish battalion.", "cooperation"),
    # a wire: a war named by its place, the topic of talks
    ("The ministers' talks on Monday will also cover trade, migration and the war in Sudan.", "conflict"),
    # a building
    ("Japan has funded Fiji's new parliament wing and the national convention centre in Suva.", "agreement"),
    # an exercise's name
    ("Ghanaian and Dutch marines trained together in the Western Accord series of exercises in 2023.", "agreement"),
    # a lawmaker asks her own executive, in a verb coordinated with "said"
    ("Senator Ana Ruiz said the vote was rushed and demanded that the Executive report on the French troops.",
     "request"),
    # "meet" as answering
    ("Under the pact, Fiji and Tonga will act together to meet any common danger.", "meeting"),
    ("'Any further incursion by Belarus will be met,' the Lithuanian minister said.", "meeting"),
    # a weapon fired in a test or a drill
    ("Iranian media said the frigate Sahand would test-fire a cruise missile near Oman during the drill.", "conflict"),
    ("Brazilian marines joined Exercise UNITAS in Chile, which included the firing of an anti-ship missile.",
     "conflict"),
]


@pytest.mark.parametrize("text, etype", NO_FACT)
def test_a_question_or_a_title_word_tells_no_fact(text, etype):
    assert not events_of(text, etype), events_of(text, etype)


FACTS_STAY = [
    # asking for an act
    ("Ghana asked Nigeria to send two patrol boats to the Gulf of Guinea.", ("request",), {"country:GHA", "country:NGA"}),
    ("Moldova has asked Romania for help in guarding its border.", ("request",), {"country:MDA", "country:ROU"}),
    # a war with its side said
    ("Poland has supplied tanks to Ukraine since Russia's war in Ukraine began.", ("conflict",),
     {"country:RUS", "country:UKR"}),
    # a meeting
    ("The defence ministers of Fiji and Tonga will meet in Suva next week.", ("meeting",), {"country:FJI", "country:TON"}),
    # fire at a target during drills
    ("Chinese ships fired water cannon at a Philippine vessel during the drills.", ("conflict",),
     {"country:CHN", "country:PHL"}),
    # training given, and a training centre set up
    ("British instructors will train Kenyan soldiers at the Nanyuki camp.", ("cooperation",),
     {"country:GBR", "country:KEN"}),
    ("Turkey opened a military training centre for Somali soldiers in Mogadishu.", ("cooperation", "deployment"),
     {"country:TUR", "country:SOM"}),
    # a programme whose title ends in a lower-case word; a treaty on cooperation
    ("Serbia also takes part in NATO's Partnership for Peace programme.", ("cooperation",), {"country:SRB", "org:nato"}),
    ("Chile and Peru signed a treaty on defence cooperation in Lima.", ("cooperation", "agreement"),
     {"country:CHL", "country:PER"}),
]


@pytest.mark.parametrize("text, etypes, sides", FACTS_STAY)
def test_requests_and_cooperation_told_stay(text, etypes, sides):
    found = [e for e in events_of(text) if e.type in etypes]
    assert any(sides <= parties(e) for e in found), [(e.type, e.actors, e.targets) for e in found]


def test_an_alliance_retold_as_its_clause_is_one_alliance():
    text = ("Chile and Argentina signed a treaty of friendship and mutual defence in Santiago on Monday, binding the two "
            "countries together in a formal alliance. Under the treaty, the two countries undertook to assist each "
            "other if either is attacked by a third state.")
    found = [e for e in events_of(text, "alliance") if {"country:CHL", "country:ARG"} <= parties(e)]
    assert len(found) == 1 and found[0].status == "occurred", [(e.status, e.actors, e.targets) for e in found]


def test_an_alliance_denied_stays_apart():
    text = ("Kenya, Ethiopia's closest ally in the region, hosted the talks. Kenya will never join a military alliance "
            "with Ethiopia against Egypt, the foreign minister said.")
    statuses = {e.status for e in events_of(text, "alliance") if {"country:KEN", "country:ETH"} <= parties(e)}
    assert "occurred" in statuses and "denied" in statuses, statuses


def test_a_text_named_again_is_one_agreement_whatever_act_dates_it():
    text = ("Mongolia's parliament on Thursday ratified the framework agreement on military cooperation with Japan. "
            "The document was signed in Tokyo on 3 March 2025 during a visit by the Mongolian defence minister.")
    found = [e for e in events_of(text, "agreement") if {"country:MNG", "country:JPN"} <= parties(e)]
    assert len(found) == 1, [(e.status, e.when, e.evidence.sentence if e.evidence else None) for e in found]


def test_two_texts_of_two_dates_stay_two_agreements():
    text = ("Mongolia and Japan signed a defence cooperation memorandum in 2019. "
            "In March 2025 the two countries signed a treaty on the joint production of drones.")
    found = [e for e in events_of(text, "agreement") if {"country:MNG", "country:JPN"} <= parties(e)]
    assert len(found) == 2, [(e.status, e.when) for e in found]
