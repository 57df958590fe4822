"""Triggers and event types of the sixth session (issue 11, point 3, and recall): warnings without the word
threat, named exercises and joint patrols, allies of a state, a mutual-defence pact, boots on the ground, a
question that is no request, and what a request or an exercise holds inside it.

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media,
press release), with other states and other words than the development and blind gold; each class has sentences
that must NOT fire (sport, business, domestic news)."""
from __future__ import annotations

import pytest
from helpers import events_of, parties
from test_events import typed_statuses
from test_events_triggers_recall import _types

from pactwatch.events.lexicon import load_lexicon

# -------------------------------------------------------------------------- warnings without the word threat

@pytest.mark.parametrize("sentence", [
    "Caracas said it would consider any Guyanese oil platform in the disputed waters a legitimate target.",
    "The general warned that Moscow would regard Western instructors in Ukraine as legitimate targets.",
    "Addis Ababa has said that any dam on the river built without its consent would be a casus belli.",
    "Tehran would see an Azerbaijani base near its border as a threat, the official told IRNA.",
    "Warsaw views the Iskander missiles in Kaliningrad as a direct threat, the defence minister said.",
])
def test_targets_casus_belli_and_threats_seen_as_such_are_threats(nlp, sentence):
    assert "threat" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence, pair", [
    ("Seoul conveyed serious concern to Tokyo over the planned release of the treated water.",
     {"country:KOR", "country:JPN"}),
    ("The Thai foreign ministry expressed deep concern over Cambodian troop movements along the border.",
     {"country:THA", "country:KHM"}),
    ("Baghdad voiced grave concern about Turkey's strikes in the Kurdistan region, a statement said.",
     {"country:IRQ", "country:TUR"}),
])
def test_grave_concern_conveyed_to_a_state_or_about_its_act_is_a_threat(sentence, pair):
    threats = events_of(sentence, "threat")
    assert threats and parties(threats[0]) == pair


@pytest.mark.parametrize("sentence", [
    "The minister expressed deep concern over the floods in the north of the country.",
    "Supporters voiced serious concern about the club's finances after the relegation.",
    "Investors are concerned about the bank's exposure to commercial property.",
    "The company expressed grave concern about the situation in its factories.",
])
def test_concern_about_no_state_is_no_threat(nlp, sentence):
    assert "threat" not in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The coach sees the new offside rule as a threat to the game.",
    "The striker was a legitimate target for criticism after the defeat, the pundit said.",
])
def test_warning_words_in_sport_make_no_event(sentence):
    assert not events_of(sentence, "threat")


# -------------------------------------------------------------------------- exercises

@pytest.mark.parametrize("sentence, status", [
    ("The next Indra Navy exercise will be held off Vladivostok in 2027, the Indian navy said.", "planned"),
    ("The previous Cope Thunder exercise took place in Luzon last spring.", "occurred"),
    ("Indian and French aircraft flew a joint air patrol over the Indian Ocean on Thursday.", "occurred"),
    ("The two navies have held regular joint naval patrols in the Strait of Malacca since 2004.", "occurred"),
])
def test_named_exercises_and_joint_patrols_are_exercises(nlp, sentence, status):
    assert ("exercise", status) in typed_statuses(nlp, sentence)


def test_a_joint_air_patrol_has_both_air_forces():
    drills = events_of("Indian and French aircraft flew a joint air patrol over the Indian Ocean on Thursday.",
                       "exercise")
    assert drills and parties(drills[0]) == {"country:IND", "country:FRA"}


def test_joint_border_patrols_are_security_cooperation():
    coop = events_of("Uzbekistan and Tajikistan agreed to resume joint border patrols along the Fergana valley.",
                     "cooperation")
    assert coop and parties(coop[0]) == {"country:UZB", "country:TJK"}
    assert not events_of("Uzbekistan and Tajikistan agreed to resume joint border patrols along the Fergana valley.",
                         "exercise")


@pytest.mark.parametrize("sentence", [
    "Police stepped up patrols in the city centre after the match.",
    "The next Pilates exercise is harder than it looks, the trainer said.",
])
def test_patrols_and_exercises_at_home_make_no_event(nlp, sentence):
    assert not events_of(sentence)


def test_forces_taking_part_in_an_exercise_are_the_exercise():
    """"held with the participation of troops from A, B and C" is who takes part in the exercise, no deployment."""
    text = ("The Steppe Shield exercise, held with the participation of special forces of Kazakhstan, Kyrgyzstan "
            "and Tajikistan, ended on Friday, the ministry said.")
    assert {e.type for e in events_of(text)} == {"exercise"}


# -------------------------------------------------------------------------- alliances

@pytest.mark.parametrize("sentence", [
    "Jordan and Morocco are close allies of the United States.",
    "Oman, a longtime ally of Britain, hosts a joint training area.",
])
def test_allies_of_a_state_are_an_alliance_whatever_the_qualifier(nlp, sentence):
    assert "alliance" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Medvedev, a close ally of the president, said the vote was fair.",
    "The senator's close allies in the party backed the bill.",
])
def test_close_allies_of_a_person_are_no_alliance(nlp, sentence):
    assert "alliance" not in _types(nlp, sentence)


# -------------------------------------------------------------------------- deployments

@pytest.mark.parametrize("sentence, status", [
    ("Tallinn said it was ready to put boots on the ground in Ukraine once a ceasefire holds.", "proposed"),
    ("The senator said Washington would never put boots on the ground in Venezuela.", "denied"),
])
def test_boots_on_the_ground_are_a_deployment(nlp, sentence, status):
    assert ("deployment", status) in typed_statuses(nlp, sentence)


def test_boots_make_a_sentence_a_candidate_by_boots_not_ground():
    surface = load_lexicon().surface
    assert "boots" in surface and "ground" not in surface


# -------------------------------------------------------------------------- questions and requests

@pytest.mark.parametrize("sentence", [
    "Journalists asked whether Egypt would invite Chinese troops to the base.",
    "The senator asked if Japan would send more ships to the strait.",
])
def test_asking_whether_is_a_question_not_a_request(nlp, sentence):
    assert "request" not in _types(nlp, sentence)


def test_asking_a_state_to_act_stays_a_request(nlp):
    assert "request" in _types(nlp, "Kyiv asked Berlin to send more air defence systems.")


@pytest.mark.parametrize("sentence", [
    "Moldova never asked Romania to occupy Transnistria.",
    "The rebels urged Ankara to attack the border posts.",
])
def test_an_attack_asked_for_is_the_request_not_a_conflict(nlp, sentence):
    types = _types(nlp, sentence)
    assert "request" in types and "conflict" not in types


# -------------------------------------------------------------------------- neutrality, backers, expulsions

@pytest.mark.parametrize("sentence", [
    "Ireland's military neutrality is not in question, the defence minister said after the NATO talks.",
    "Vienna reaffirmed its permanent neutrality as the defence ministers met in Salzburg.",
    "Mongolia's policy of non-alignment rules out foreign bases, the defence minister said.",
])
def test_a_states_neutrality_is_an_alliance_for_the_status_stage_to_deny(nlp, sentence):
    assert "alliance" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The regulator defended net neutrality on Monday.",
    "The referee's neutrality was questioned after the match.",
    "The broadcaster's editorial neutrality is required by law.",
])
def test_neutrality_of_a_rule_a_person_or_a_broadcaster_is_no_alliance(sentence):
    assert not events_of(sentence, "alliance")


def test_the_backer_of_a_military_mission_cooperates_with_it():
    coop = events_of("Hungary is the main financial backer of the EU military training mission in Mali.",
                     "cooperation")
    assert coop and "country:HUN" in coop[0].actors


def test_a_backer_of_a_stadium_is_no_cooperation(nlp):
    assert "cooperation" not in _types(nlp, "The fund is the main backer of the new stadium, the club said.")


def test_an_envoy_ordered_to_leave_is_expelled_a_threat():
    threats = events_of("Niger's junta ordered the French ambassador to leave the country within 48 hours.",
                        "threat")
    assert threats and threats[0].actors == ("country:NER",) and threats[0].targets == ("country:FRA",)


@pytest.mark.parametrize("sentence", [
    "The coach ordered the players to leave the pitch.",
    "The judge ordered the company to pay damages.",
])
def test_other_orders_to_leave_are_no_threat(nlp, sentence):
    assert "threat" not in _types(nlp, sentence)


def test_a_mutual_defence_treaty_is_an_agreement_and_an_alliance(nlp):
    """GUIDE: a mutual-defence treaty gives an agreement and an alliance; the defence pledge qualifying the treaty
    is not swallowed by it as "a defence cooperation agreement" is."""
    assert {"agreement", "alliance"} <= _types(nlp, "In 1953 Seoul and Washington signed a mutual defence treaty.")
    assert {"agreement", "alliance"} <= _types(nlp, "Manila invoked its collective defense pact with Canberra.")
    assert "cooperation" not in _types(nlp, "Rome and Tunis signed a defence cooperation agreement.")


# -------------------------------------------------------------------------- market demand, deterring threats

@pytest.mark.parametrize("sentence", [
    "The plant could meet rising industrial demand for the metal, the Japanese ministry said.",
    "Under the pact the two nations will mine deep-sea minerals that could meet decades' worth of energy demand.",
])
def test_a_markets_demand_is_no_request(nlp, sentence):
    assert "request" not in _types(nlp, sentence)


def test_a_states_demand_stays_a_request(nlp):
    assert "request" in _types(nlp, "Hanoi rejected Beijing's demand that Vietnamese fishing boats leave the reef.")


@pytest.mark.parametrize("sentence, threat", [
    ("The new US brigade in Lithuania will deter threats against our NATO allies.", False),
    ("Vilnius said the brigade would deter Russian aggression on the eastern flank.", True),
    ("The drills are meant to deter Pyongyang, the Japanese defence ministry said.", True),
])
def test_deterring_threats_in_general_warns_nobody(nlp, sentence, threat):
    assert ("threat" in _types(nlp, sentence)) is threat


# -------------------------------------------------------------------------- what an exercise plays out

@pytest.mark.parametrize("sentence", [
    "Units of Kazakhstan and Kyrgyzstan practised repelling an attack during the drills, the defence ministry said.",
    "The exercise simulated an invasion by a notional enemy, the Lithuanian army said.",
    "Troops of Armenia and Russia repelled a mock assault on the airfield during the drill.",
    "Marines rehearsed the defence of the port against a simulated air raid.",
])
def test_an_attack_an_exercise_plays_out_is_no_conflict(nlp, sentence):
    assert "conflict" not in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Russian troops attacked Ukrainian positions near Bakhmut, the Ukrainian army said.",
    "Sudanese troops repelled an assault by the Rapid Support Forces on the airfield.",
])
def test_real_attacks_stay_conflicts(nlp, sentence):
    assert "conflict" in _types(nlp, sentence)


def test_training_together_during_an_exercise_is_the_exercise():
    text = "Naval units of Greece and Egypt trained together during the Medusa exercise, the defence ministry said."
    assert [e.type for e in events_of(text)] == ["exercise"]


def test_participation_in_blocs_is_an_alliance(nlp):
    """A plural bloc word names a bloc too ("does not allow participation in blocs")."""
    assert "alliance" in _types(nlp, "Our military doctrine does not allow participation in blocs, the minister said.")


# -------------------------------------------------------------------------- coordinated verbs

def test_a_verb_coordinated_with_its_own_object_tells_a_further_fact():
    text = "Chile agreed to buy Swedish frigates and take delivery of Spanish helicopters next year."
    coop = events_of(text, "cooperation")
    assert {p for e in coop for p in e.targets} == {"country:SWE", "country:ESP"} and len(coop) == 2


def test_two_verbs_sharing_one_object_are_one_fact():
    assert len(events_of("Poland and Lithuania will sign and ratify the defence treaty this year.", "agreement")) == 1
