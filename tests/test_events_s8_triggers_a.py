"""Triggers of the eighth session, "triggers A" (issue 11): deployments, conflicts, exercises and threats told in
wordings the lexicon missed on unseen news (the classes of /work/notes/blind5/classes.md, M1, M3, M4, M7, X2).

* deployments ended by departure or expulsion ("the last unit quit <state>", "threw out the foreign troops"), built
  up ("masses warships off"), rotated ("will be relieved by"), hosted ("still have foreign sailors on their soil",
  "is home to 10,000 American soldiers", "hosts a Russian air base": no meeting), or forces staying or said to be
  somewhere ("remain in Moldova's Transnistria region", "some 900 French soldiers are in Chad");
* conflicts told by an incursion into another's airspace or waters (verb or noun, the craft armed or a state's), by
  vessels with water cannon, by a "hit" of a weapon, by a missile slamming into a target or bombs dropped;
* exercises named with their hyphened year ("Union Shield-2025") that states take part in, and an edition of a series
  bringing forces together ("the 2026 round brought together 500 soldiers of ...");
* threats: calling a party's act an assault or a war accuses it; striking a state off a list, closing airspace or
  ports to it and banning its flights are sanctions; a state's sabotage or coercion;
* words out of context: "strike" qualifying an arsenal or an option, an attack named among dangers ("dangers from X,
  narcotics and hacking attacks"), a worker's strike, a sports attack, a price war.

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media,
press release), with other states and other words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

# -------------------------------------------------------------------------- deployments: departure, expulsion, build-up


@pytest.mark.parametrize("sentence, deployer, host", [
    ("The final Dutch unit quit Mali on 2 May, the defence ministry in The Hague said.", "country:NLD", "country:MLI"),
    ("The last Belgian soldiers left Kabul in December.", "country:BEL", "country:AFG"),
    ("Burkina Faso kicked out French special forces in January.", "country:FRA", "country:BFA"),
    ("In 2023 the junta in Niger threw out the French troops.", "country:FRA", "country:NER"),
    ("Russia masses warships off the coast of Norway, Oslo's defence chief warned.", "country:RUS", "country:NOR"),
    ("Belarus is amassing troops near the Polish border, Warsaw says.", "country:BLR", "country:POL"),
    ("The Kenyan contingent in Haiti will be relieved by Jamaican troops in March.", "country:KEN", "country:HTI"),
    ("Only Chile and, to a lesser degree, Peru still have Spanish sailors on their soil.", "country:ESP",
     "country:CHL"),
])
def test_deployment_told_by_departure_expulsion_buildup_or_rotation(sentence, deployer, host):
    deps = events_of(sentence, "deployment")
    assert deps and any({deployer, host} <= parties(e) for e in deps)


@pytest.mark.parametrize("sentence", [
    "The CEO quit Mexico after a row with the board.",
    "The family left Kabul for Germany in 2021.",
    "Fans massed outside the stadium in Madrid before the match against Portugal.",
    "The coach relieved the goalkeeper of his duties before the game against Spain.",
    "The firm will quit the Russian market, it said.",
    "Accenture is deploying 500 staff to Poland to support the bank.",
    "Apple ousted its chief from the board in Ireland.",
])
def test_civilian_departures_and_gatherings_are_no_deployment(sentence):
    assert not events_of(sentence, "deployment")


# -------------------------------------------------------------------------- conflicts: incursions, vessels, hits


@pytest.mark.parametrize("sentence, attacker, attacked", [
    ("Turkish jets violated Greek airspace 40 times last month.", "country:TUR", "country:GRC"),
    ("Romania has several times recorded Russian drones crossing into its skies.", "country:RUS", "country:ROU"),
    ("Chinese coast guard ships entered Japan's territorial waters near the disputed islands.", "country:CHN",
     "country:JPN"),
    ("A Chinese coast guard cutter sprayed a Philippine supply boat with water cannon on Saturday.", "country:CHN",
     "country:PHL"),
    ("Chinese vessels fired water cannon at a Vietnamese fishing boat, Hanoi said.", "country:CHN", "country:VNM"),
    ("A direct hit by a Russian missile destroyed a Ukrainian command post.", "country:RUS", "country:UKR"),
])
def test_conflict_told_by_incursion_water_cannon_or_hit(sentence, attacker, attacked):
    conflicts = events_of(sentence, "conflict")
    assert any(attacker in e.actors and attacked in parties(e) for e in conflicts)


@pytest.mark.parametrize("sentence", [
    "A Lufthansa airliner strayed into Russian airspace before landing in Finland.",
    "Flights from Germany will cross Polish airspace again from May.",
    "Police in France used water cannon against protesters from Belgium.",
    "The film was a direct hit at the box office in Spain and France.",
    "Workers at the Spanish port went on strike on Monday over pay talks with Portugal's operator.",
    "The French striker attacked the German defence in the second half.",
    "A price war between Korean and Japanese carmakers hit profits.",
    "The two ministers agreed to jointly assess their long-range strike arsenals.",
    "Poland wants more strike options against Russia, its minister said.",
])
def test_civil_flights_police_sport_and_weapons_named_by_strike_are_no_conflict(sentence):
    assert not events_of(sentence, "conflict")


def test_an_attack_named_among_dangers_is_no_conflict():
    text = "Kyrgyzstan faces dangers from Afghanistan, narcotics and hacking attacks, the council said."
    assert not events_of(text, "conflict")


# -------------------------------------------------------------------------- threats: what an act is called, sanctions


@pytest.mark.parametrize("sentence, accuser, accused", [
    ("Hungary described Romania's steps as an assault on its independence.", "country:HUN", "country:ROU"),
    ("Caracas branded the US sanctions an act of economic war.", "country:VEN", "country:USA"),
])
def test_calling_an_act_an_assault_is_a_threat(sentence, accuser, accused):
    assert not events_of(sentence, "conflict")
    threats = events_of(sentence, "threat")
    assert any(accuser in e.actors and accused in e.targets for e in threats)


def test_calling_an_attack_an_act_of_aggression_keeps_the_attack():
    text = "Kyiv called the Russian shelling of Ukraine's border towns an act of aggression."
    assert any("country:RUS" in e.actors for e in events_of(text, "conflict"))


def test_a_state_struck_off_a_list_is_sanctioned_not_attacked():
    text = "Ankara struck Sweden off a list of partners in May and in June sanctioned its defence minister."
    assert not events_of(text, "conflict")
    assert any("country:TUR" in e.actors and "country:SWE" in e.targets for e in events_of(text, "threat"))


# -------------------------------------------------------------------------- exercises: editions and named years


@pytest.mark.parametrize("sentence, a, b", [
    ("Steppe Eagle-2027, with Kazakhstan and Uzbekistan taking part, is set for June.", "country:KAZ",
     "country:UZB"),
    ("Troops from Armenia and Russia took part in Union Shield-2025.", "country:ARM", "country:RUS"),
    ("The 2026 round, in May, brought together 500 soldiers of Chile, Peru and Bolivia.", "country:CHL",
     "country:PER"),
    ("This year's edition involved 3,000 troops from Ghana, Togo and Benin.", "country:GHA", "country:TGO"),
])
def test_exercise_told_by_edition_or_named_year(sentence, a, b):
    assert any({a, b} <= parties(e) for e in events_of(sentence, "exercise"))


def test_taking_part_in_a_named_year_is_planned_when_future():
    text = "Kazakhstan and Uzbekistan will take part in Steppe Eagle-2027 in June."
    assert [e.status for e in events_of(text, "exercise")] == ["planned"]


@pytest.mark.parametrize("sentence", [
    "Expo-2027, with Serbia and Hungary taking part, opens in May.",
    "The 2026 edition of the festival brought together artists from Ghana and Togo.",
    "Officials from Kazakhstan and Turkey discussed the Kazakhstan-2050 strategy.",
])
def test_fairs_festivals_and_plans_named_by_year_are_no_exercise(sentence):
    assert not events_of(sentence, "exercise")


# -------------------------------------------------------------------------- exercises staged; threats by sabotage


def test_an_edition_staged_with_soldiers_is_an_exercise_but_a_round_of_talks_is_not():
    assert events_of("The 2021 round was staged near Arica by Chile and Peru, with 800 soldiers.", "exercise")
    assert not events_of("The previous round was held in Geneva by the US and Iran.", "exercise")


@pytest.mark.parametrize("sentence, actor, target", [
    ("Estonia refused to be cowed by Russia's sabotage and hacking.", "country:RUS", "country:EST"),
    ("Beijing's coercion of Manila must stop, Washington said.", "country:CHN", "country:PHL"),
])
def test_a_states_sabotage_or_coercion_is_a_threat(sentence, actor, target):
    assert any(actor in e.actors and target in e.targets for e in events_of(sentence, "threat"))


# -------------------------------------------------------------------------- conflicts: weapons slamming, bombs dropped


@pytest.mark.parametrize("sentence, attacker, attacked", [
    ("Sudanese army drones struck a market in Chad, N'Djamena said.", "country:SDN", "country:TCD"),
    ("Iranian missiles struck a US base in Iraq.", "country:IRN", "country:USA"),
    ("A Russian missile slammed into a Ukrainian apartment block.", "country:RUS", "country:UKR"),
    ("Myanmar jets dropped bombs on a Thai border village.", "country:MMR", "country:THA"),
    ("The Chinese navy seized a Taiwanese fishing boat near Kinmen.", "country:CHN", "country:TWN"),
])
def test_conflict_told_by_weapons_hitting_or_forces_seizing(sentence, attacker, attacked):
    assert any(attacker in e.actors and attacked in parties(e) for e in events_of(sentence, "conflict"))


@pytest.mark.parametrize("sentence", [
    "A drunk driver from Poland crashed into a house in Germany.",
    "The Spanish firm dropped its bid for a French rival.",
    "A storm struck a market town in France and Belgium.",
    "The Brazilian striker slammed into the German goalkeeper.",
    "Gunfire erupted at a school in Texas, police said, as Mexican officials visited.",
])
def test_cars_firms_storms_and_players_are_no_conflict(sentence):
    assert not events_of(sentence, "conflict")


# -------------------------------------------------------------------------- deployments: hosting, housing, staying


@pytest.mark.parametrize("sentence, deployer, host", [
    ("Poland is home to about 10,000 American soldiers.", "country:USA", "country:POL"),
    ("The base in Qatar is home to 8,000 US personnel.", "country:USA", "country:QAT"),
    ("About 1,500 Russian soldiers remain in Moldova's Transnistria region.", "country:RUS", "country:MDA"),
])
def test_deployment_told_by_the_host_or_by_forces_staying(sentence, deployer, host):
    assert any({deployer, host} <= parties(e) for e in events_of(sentence, "deployment"))


@pytest.mark.parametrize("sentence", [
    "Germany is home to 3 million people of Turkish origin.",
    "Two French soldiers remain in hospital in Paris after the crash in Mali.",
    "Tensions remain high between Serbia and Kosovo.",
    "The new law will allow Indian workers to stay in Britain for two years.",
    "Italy will permit Chinese firms to bid for its ports.",
])
def test_people_paintings_patients_and_workers_are_no_deployment(sentence):
    assert not events_of(sentence, "deployment")


# -------------------------------------------------------------------------- threats: closures and bans; visiting forces


@pytest.mark.parametrize("sentence, actor, target", [
    ("Algeria closed its airspace to Moroccan aircraft.", "country:DZA", "country:MAR"),
    ("Mali banned flights from France in August.", "country:MLI", "country:FRA"),
    ("Poland closed its border crossings with Belarus.", "country:POL", "country:BLR"),
])
def test_airspace_closed_or_flights_banned_is_a_sanction(sentence, actor, target):
    assert any(actor in e.actors and target in e.targets for e in events_of(sentence, "threat"))


@pytest.mark.parametrize("sentence", [
    "The Spanish firm closed its port office in Portugal.",
    "Storms closed ports in France and Spain.",
])
def test_a_firm_or_a_storm_closing_is_no_sanction(sentence):
    assert not events_of(sentence, "threat")


def test_visiting_forces_meet_nobody():
    assert not events_of("It governs how visiting soldiers from Japan enter Australia.", "meeting")
    assert events_of("The visiting Japanese minister met Australian officials.", "meeting")


def test_a_led_exercise_is_an_exercise():
    assert any("country:JOR" in parties(e) for e in events_of("Jordan joined the US-led exercise in Egypt in September.",
                                                             "exercise"))


@pytest.mark.parametrize("sentence, deployer, host", [
    ("Kyrgyzstan hosts a Russian air base at Kant.", "country:RUS", "country:KGZ"),
    ("Djibouti hosts a Chinese naval base.", "country:CHN", "country:DJI"),
])
def test_a_hosted_base_is_its_deployment_and_no_meeting(sentence, deployer, host):
    assert not events_of(sentence, "meeting")
    assert any(deployer in e.actors and host in e.targets for e in events_of(sentence, "deployment"))


def test_a_hosted_summit_is_still_a_meeting():
    assert events_of("Qatar hosted talks between the US and Iran.", "meeting")


# -------------------------------------------------------------------------- deployments: forces said to be somewhere


@pytest.mark.parametrize("sentence, deployer, host, status", [
    ("Some 900 French soldiers are in Chad, the ministry said.", "country:FRA", "country:TCD", "occurred"),
    ("There are no Russian soldiers in Belarus, Minsk insisted.", "country:RUS", "country:BLR", "denied"),
])
def test_forces_said_to_be_in_a_state_are_deployed_there(sentence, deployer, host, status):
    assert [(e.actors, e.targets, e.status) for e in events_of(sentence, "deployment")] == [
        ((deployer,), (host,), status)]


@pytest.mark.parametrize("sentence", [
    "There are 3,000 Turkish students in Germany.",
    "The French soldiers are in good spirits, Paris said.",
    "There were Spanish fans in Lisbon for the match against Portugal.",
])
def test_students_moods_and_fans_are_no_deployment(sentence):
    assert not events_of(sentence, "deployment")
