"""Who the sides of an event are, seventh round (issue 11, point 1; blind4's P1-P3): the accused of an accusation
do what they are accused of (not the accuser), a visitor's host named as the place he arrives in, what a force
replaces is no side of it, "it" in an "as"/"while" clause and "its" on an act stand for the subject before them,
and a state body named without its state stands for the state the page speaks
for.

Sentences are written for these tests, in the styles of several outlets (wire copy, broadsheets, regional
dailies, state media, press releases); their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, doers, other", [
    # wire style: an unnamed accuser, two suppliers
    ("The ministry accused Iran and Syria of supplying weapons to Hezbollah.", {"country:IRN", "country:SYR"},
     "org:hezbollah"),
    # broadsheet style: a named accuser, "blamed ... for"
    ("Colombia blamed Venezuela for supplying rifles to the Houthis.", {"country:VEN"}, "org:houthis"),
])
def test_the_accused_do_what_they_are_accused_of(text, doers, other):
    found = [e for e in events_of(text, "cooperation") if other in e.targets]
    assert found, text
    assert set(found[0].actors) == doers, found[0]
    assert not {"country:COL"} & parties(found[0]), found[0]


def test_what_the_accused_did_is_no_side_of_the_accusation():
    # regional daily style: the accusation's sides are the accuser and the accused, not who was armed
    found = events_of("Georgia accused Iran of supplying drones to Russia.", "threat")
    assert found
    assert found[0].actors == ("country:GEO",) and found[0].targets == ("country:IRN",), found[0]


@pytest.mark.parametrize("text, visitor, host", [
    # wire style: a minister arrives for talks
    ("Poland's defence minister arrived in Lithuania on Tuesday for talks on air defence.", "country:POL",
     "country:LTU"),
    # state media style: a state visit
    ("The Kenyan president arrived in Ethiopia for a two-day state visit.", "country:KEN", "country:ETH"),
])
def test_the_state_a_visitor_arrives_in_hosts_the_talks(text, visitor, host):
    found = events_of(text, "meeting")
    assert found
    assert found[0].actors == (visitor,) and found[0].targets == (host,), found[0]


def test_where_a_leader_met_another_is_no_side():
    # "met in X" names only where two others met
    found = events_of("The Chilean and Peruvian presidents met in Brazil on Monday.", "meeting")
    assert found
    assert "country:BRA" not in parties(found[0]), found[0]


@pytest.mark.parametrize("text, sides, gone", [
    # broadsheet style: a mission replaces a predecessor force
    ("The EU mission in Mali replaced the French-led Takuba force in 2023.", {"org:eu", "country:MLI"}, "country:FRA"),
    # press release style: a force relieves another
    ("A Rwandan contingent replaced the Ghanaian battalion in South Sudan last year.", {"country:RWA", "country:SSD"},
     "country:GHA"),
])
def test_what_a_force_replaces_is_no_side(text, sides, gone):
    found = events_of(text, "deployment")
    assert found
    assert gone not in parties(found[0]) and sides <= parties(found[0]), found[0]


def test_it_in_an_as_clause_is_the_subject_above():
    # wire style: "as it buys" is the subject of the clause above, not the state named last
    found = events_of("Kazakhstan is looking for alternatives to Moscow as it buys helicopters from France.",
                      "cooperation")
    assert found
    assert parties(found[0]) == {"country:KAZ", "country:FRA"}, found[0]


def test_it_in_a_purpose_clause_is_still_the_last_party():
    # ("so it can defend itself": the recipient, as before)
    found = events_of("Germany delivered air defence systems to Moldova so it can protect its airspace.",
                      "cooperation")
    assert found
    assert parties(found[0]) == {"country:DEU", "country:MDA"}, found[0]


def test_its_on_an_act_is_the_subject_of_the_sentence_before():
    # regional daily style: "Its agreement with X" opens the next sentence
    found = events_of("Uzbekistan's army is modernising fast. Its agreement with South Korea covers armoured "
                      "vehicles.", "agreement")
    assert found
    assert parties(found[0]) == {"country:UZB", "country:KOR"}, found[0]


def test_an_unnamed_state_body_stands_for_the_state_the_page_speaks_for():
    # a government's own site: "the National Security Council" is its state's
    head = ("Readout of the National Security Council's meeting\nThe White House\nPublished 6 January 2026\n"
            "Military and defence officials met on Monday.\n")
    found = events_of("The National Security Council hosted a delegation from Romania for talks on missile "
                      "defence.", "meeting", head=head)
    assert found
    assert parties(found[0]) == {"country:USA", "country:ROU"}, found[0]


@pytest.mark.parametrize("text", [
    # a company's branch named after a state is no state (an entertainment trap, a defence firm)
    "HYBE America signed a partnership with a Japanese label on Monday.",
    "BAE Systems Australia signed a supply contract with a Japanese shipyard.",
])
def test_a_company_branch_named_after_a_state_is_no_state(text):
    from helpers import article_of

    art = article_of(text)
    assert "country:USA" not in {m.entity_id for m in art.mentions if m.text == "America"}
    assert not [e for e in art.events if {"country:USA", "country:AUS"} & parties(e)], art.events


@pytest.mark.parametrize("text, sides", [
    # wire style: the other choice is no side
    ("Kazakhstan is looking for alternatives to Moscow as it buys helicopters from France.",
     {"country:KAZ", "country:FRA"}),
    # broadsheet style: "rather than"
    ("Serbia bought air defence systems from China rather than Russia.", {"country:SRB", "country:CHN"}),
])
def test_the_other_choice_is_no_side(text, sides):
    found = events_of(text, "cooperation")
    assert found
    assert parties(found[0]) == sides, found[0]


def test_the_war_a_supply_is_for_is_no_side_of_the_supply():
    # statement style: drones for "its war" in a third state
    found = events_of("Iran has been providing drones to Russia for its war of aggression in Ukraine.")
    supply = [e for e in found if e.type == "cooperation"]
    war = [e for e in found if e.type == "conflict"]
    assert supply and parties(supply[0]) == {"country:IRN", "country:RUS"}, supply
    # "its war" is Russia's, against Ukraine; the supplier is no side of it
    assert war and war[0].actors == ("country:RUS",) and war[0].targets == ("country:UKR",), war


@pytest.mark.parametrize("text, sides", [
    # wire style: a broker named by "brokered by"
    ("Armenia and Azerbaijan signed a peace agreement brokered by the United States.", {"country:ARM", "country:AZE"}),
    # regional style: "under the mediation of"
    ("Sudan and South Sudan signed a deal under the mediation of Ethiopia.", {"country:SDN", "country:SSD"}),
])
def test_who_brokers_an_agreement_is_no_party_to_it(text, sides):
    found = events_of(text, "agreement")
    assert found
    assert parties(found[0]) == sides, found[0]


@pytest.mark.parametrize("text, sides", [
    # broadsheet style: troops in a host fighting an armed group
    ("Kenyan troops in Somalia have been fighting the Islamic State since 2011.", {"country:KEN", "org:isis"}),
    ("French troops in Niger fought Boko Haram fighters last year.", {"country:FRA", "org:boko-haram"}),
])
def test_the_host_of_troops_fighting_a_group_is_no_side_of_the_fight(text, sides):
    found = events_of(text, "conflict")
    assert found
    assert parties(found[0]) == sides, found[0]


def test_a_war_in_a_state_without_a_named_enemy_is_against_it():
    found = events_of("Turkish troops are fighting in Syria.", "conflict")
    assert found
    assert parties(found[0]) == {"country:TUR", "country:SYR"}, found[0]


def test_fighters_of_two_groups_are_both_doers():
    # wire style: the second of two coordinated armed groups is a doer too
    found = events_of("Fighters of Hamas and Islamic Jihad fired rockets at Israel.", "conflict")
    assert found
    assert set(found[0].actors) == {"org:hamas", "org:islamic-jihad"} and found[0].targets == ("country:ISR",), found[0]


@pytest.mark.parametrize("text, state, other", [
    # a state's armed forces named by their own name stand for the state
    ("The IDF struck Hezbollah positions on Tuesday.", "country:ISR", "org:hezbollah"),
    ("The People's Liberation Army held drills around Taiwan.", "country:CHN", "country:TWN"),
])
def test_a_states_armed_forces_stand_for_it(text, state, other):
    found = events_of(text)
    assert found
    assert found[0].actors == (state,) and other in found[0].targets, found[0]


@pytest.mark.parametrize("text, sides", [
    # regional daily style: "its" on the subject opens the next sentence
    ("Turkmenistan has kept out of all blocs. Its representatives held talks with the Kazakh government on Monday.",
     {"country:TKM", "country:KAZ"}),
    ("China's navy is growing. Its warships held drills with Russia last week.", {"country:CHN", "country:RUS"}),
])
def test_its_on_the_subject_is_whom_the_sentence_before_is_about(text, sides):
    found = [e for e in events_of(text) if e.type in ("meeting", "exercise")]
    assert found
    assert parties(found[0]) == sides, found[0]


def test_the_state_of_what_an_attack_targets_is_still_its_target():
    # press release style: the object names sites "in" a state, which is the target
    found = events_of("In an attack launched from Yemen on Monday, drones targeted an oil depot in Saudi Arabia.",
                      "conflict")
    assert found
    assert "country:SAU" in found[0].targets, found[0]


@pytest.mark.parametrize("text, etype, sides", [
    # trade press style: a war that only dates an order
    ("Poland signed a contract on Monday with South Korea for 180 more K2 tanks, the second such order since "
     "Russia's full-scale invasion of Ukraine.", "agreement", {"country:POL", "country:KOR"}),
    # wire style: "a year after" the war
    ("Finland joined NATO in 2023, a year after Russia's invasion of Ukraine.", "alliance", {"country:FIN", "org:nato"}),
])
def test_a_war_that_dates_an_act_is_no_side_of_it(text, etype, sides):
    found = events_of(text, etype)
    assert found
    assert parties(found[0]) == sides, found[0]


@pytest.mark.parametrize("text, etype, sides", [
    # wire style: "they" after a sentence whose subject lists several states
    ("Egypt, Greece, Cyprus and France denounced the maritime accord on Wednesday. They called on Turkey to halt its "
     "drilling.", "request", {"country:EGY", "country:GRC", "country:CYP", "country:FRA", "country:TUR"}),
    # regional daily style: an opening time phrase before the list
    ("On Monday, Estonia, Latvia and Lithuania signed a defence pact. They also agreed to hold joint drills next year.",
     "exercise", {"country:EST", "country:LVA", "country:LTU"}),
])
def test_they_after_a_list_of_states_is_that_list(text, etype, sides):
    found = events_of(text, etype)
    assert found
    assert parties(found[0]) == sides, found[0]
