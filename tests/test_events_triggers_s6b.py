"""Triggers and event types of the sixth session, second round (issue 11, point 3, and recall): arms taken
delivery of, received, acquired or ordered (the supplier named by its adjective: "Turkish-made drones"), forces
pledged, promised or offered, a base named with its state ("a large US air base"), a state wanting another
state's guarantee, weapons or troops (a request), an agreement told as a cooperation plan, fighting as the
subject of its clause.

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media,
press release), with other states and other words than the development and blind gold; each class has sentences
that must NOT fire (sport, business, domestic news)."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

# -------------------------------------------------------------------------- arms by origin adjective


@pytest.mark.parametrize("sentence, pair", [
    ("Ghana has taken delivery of a batch of Turkish-made drones, the army said.", {"country:GHA", "country:TUR"}),
    ("Kenya took delivery of two French-built patrol boats.", {"country:KEN", "country:FRA"}),
    ("Algeria received two Russian-built submarines this month, state television reported.",
     {"country:DZA", "country:RUS"}),
    ("Nigeria received a second batch of Chinese-made armoured vehicles on Tuesday.", {"country:NGA", "country:CHN"}),
    ("Senegal acquired Turkish Bayraktar drones in 2022.", {"country:SEN", "country:TUR"}),
    ("Morocco has ordered 24 Chinese-made rocket launchers, according to the defence ministry.",
     {"country:MAR", "country:CHN"}),
])
def test_arms_received_acquired_or_ordered_from_a_supplier_named_by_its_adjective(sentence, pair):
    coop = events_of(sentence, "cooperation")
    assert coop and parties(coop[0]) == pair
    assert not events_of(sentence, "meeting")


@pytest.mark.parametrize("sentence", [
    "Uganda bought air-defence systems from Russia and patrol boats from China.",
    "Serbia purchased fighter jets from France and drones from China last year.",
])
def test_several_suppliers_of_one_purchase_are_all_parties(sentence):
    coop = events_of(sentence, "cooperation")
    assert coop and len(parties(coop[0])) == 3


@pytest.mark.parametrize("sentence", [
    "Bolivia received a loan from China to build a railway.",
    "The ministry ordered a review of the contract with the Chinese firm.",
    "The court ordered the release of the Turkish journalist.",
    "The club acquired the Brazilian striker for 40 million euros.",
    "The hospital received new Japanese scanners last week.",
])
def test_loans_reviews_players_and_scanners_are_no_arms_transfer_nor_meeting(sentence):
    assert not events_of(sentence)


# -------------------------------------------------------------------------- forces pledged, promised, hosted


@pytest.mark.parametrize("sentence", [
    "Italy has pledged 300 troops to the NATO force in Kosovo, the defence ministry said.",
    "Bangladesh promised two battalions of peacekeepers for the UN mission in South Sudan.",
    "Fiji offered soldiers to the UN force in Lebanon, the prime minister's office said.",
])
def test_forces_pledged_promised_or_offered_are_a_deployment(sentence):
    assert events_of(sentence, "deployment")


@pytest.mark.parametrize("sentence", [
    "The donor pledged 5 million dollars to the school.",
    "The minister promised a new hospital to the region.",
    "The club offered the Portuguese coach a two-year contract.",
])
def test_money_hospitals_and_contracts_pledged_are_no_deployment(sentence):
    assert not events_of(sentence, "deployment")


@pytest.mark.parametrize("sentence, pair", [
    ("Kuwait hosts several American military bases.", {"country:USA", "country:KWT"}),
    ("Djibouti hosts a large Chinese naval base at Doraleh.", {"country:CHN", "country:DJI"}),
    ("Oman has long hosted a British naval support facility and a large British army base.",
     {"country:GBR", "country:OMN"}),
])
def test_a_base_named_with_its_state_is_that_state_deployed_in_the_host(sentence, pair):
    deps = events_of(sentence, "deployment")
    assert deps and parties(deps[0]) == pair


def test_a_base_of_the_home_army_is_no_deployment_between_states():
    assert not events_of("The Nigerian army opened a large new military base near Maiduguri.", "deployment")


# -------------------------------------------------------------------------- a state wanting another state's act


@pytest.mark.parametrize("sentence, pair", [
    ("Kyiv wants a British security guarantee before any ceasefire, officials said.",
     {"country:UKR", "country:GBR"}),
    ("Taipei wants more American weapons, the official told reporters.", {"country:TWN", "country:USA"}),
    ("Tallinn wants German troops on its soil, the prime minister told the newspaper.",
     {"country:EST", "country:DEU"}),
    ("Manila wants Japanese help to patrol the disputed shoals.", {"country:PHL", "country:JPN"}),
])
def test_a_state_wanting_another_states_guarantee_weapons_troops_or_help_requests_them(sentence, pair):
    reqs = events_of(sentence, "request")
    assert reqs and parties(reqs[0]) == pair


@pytest.mark.parametrize("sentence", [
    "The coach wants more support from the fans.",
    "Most voters want lower taxes and better hospitals.",
    "The farmers want more help from the ministry after the floods.",
])
def test_wishes_of_fans_voters_and_farmers_are_no_request(sentence):
    assert not events_of(sentence, "request")


# -------------------------------------------------------------------------- hostilities as the subject


@pytest.mark.parametrize("sentence, pair", [
    ("Fighting between Sudanese and Chadian troops left dozens dead near the border.",
     {"country:SDN", "country:TCD"}),
    ("Fighting between Thai and Cambodian soldiers killed at least 12 people on Thursday, officials said.",
     {"country:THA", "country:KHM"}),
])
def test_fighting_as_the_subject_of_its_clause_is_a_conflict(sentence, pair):
    fights = events_of(sentence, "conflict")
    assert fights and parties(fights[0]) == pair


@pytest.mark.parametrize("sentence", [
    "Fighting in the league's relegation zone intensified after the weekend.",
    "Fighting for the title went down to the last race of the season.",
])
def test_fighting_in_sport_is_no_conflict(sentence):
    assert not events_of(sentence, "conflict")


def test_helping_a_people_acquire_weapons_is_no_purchase_without_a_buyer():
    text = ("Washington is helping the Ukrainians acquire longer-range air defence systems on which their crews "
            "are already trained.")
    assert all(e.trigger != "acquire" for e in events_of(text))


def test_helping_a_state_buy_weapons_is_still_a_purchase():
    coop = events_of("Berlin is helping Vilnius buy more tanks for the new brigade.", "cooperation")
    assert coop and parties(coop[0]) == {"country:DEU", "country:LTU"}


def test_a_speakers_own_wish_is_no_request_of_a_state():
    text = '"I don\'t want Turkish troops in there, that means a wider war," the Kurdish commander told reporters.'
    assert not events_of(text, "request")


# -------------------------------------------------------------------------- agreements told as a frame


@pytest.mark.parametrize("sentence, pair", [
    ("The drills were carried out in accordance with the annual cooperation plan between Belarus and Russia.",
     {"country:BLR", "country:RUS"}),
    ("The exercise was held under the military cooperation plan signed by Serbia and Hungary in March.",
     {"country:SRB", "country:HUN"}),
    ("Armenia and India signed a defence cooperation programme for 2026-2028, the ministry said.",
     {"country:ARM", "country:IND"}),
])
def test_a_cooperation_plan_or_programme_is_an_agreement(sentence, pair):
    deals = events_of(sentence, "agreement")
    assert deals and parties(deals[0]) == pair


@pytest.mark.parametrize("sentence", [
    "The two clubs agreed a cooperation plan for their youth academies.",
    "The city council adopted a five-year cooperation programme with local universities.",
])
def test_a_cooperation_plan_of_clubs_or_a_council_is_no_agreement_between_states(sentence):
    assert not events_of(sentence, "agreement")


# -------------------------------------------------------------------------- forces ordered out


@pytest.mark.parametrize("sentence, pair", [
    ("Mali ordered the UN mission to leave the country by the end of the year.", {"country:MLI", "org:un"}),
    ("Burkina Faso ordered French special forces to quit its territory, state television said.",
     {"country:BFA", "country:FRA"}),
])
def test_a_state_ordering_anothers_forces_out_requests_their_withdrawal(sentence, pair):
    reqs = events_of(sentence, "request")
    assert reqs and parties(reqs[0]) == pair


def test_an_envoy_ordered_out_stays_an_expulsion():
    text = "Niger ordered the French ambassador to leave the country within 48 hours."
    assert events_of(text, "threat") and not events_of(text, "request")


@pytest.mark.parametrize("sentence", [
    "The general ordered his troops to withdraw from the ridge.",
    "The referee ordered the players to leave the pitch.",
    "The president ordered troops to the border after the clashes.",
])
def test_troops_ordered_by_their_own_side_or_players_sent_off_are_no_request(sentence):
    assert not events_of(sentence, "request")


# -------------------------------------------------------------------------- the sides of a clash


@pytest.mark.parametrize("sentence", [
    "Clashes between Indian and Chinese troops left 20 dead in the Himalayan valley.",
    "Deadly clashes between Thai troops and Cambodian soldiers left four dead on Tuesday.",
])
def test_troops_between_whom_a_clash_is_fought_are_its_sides_not_a_deployment(sentence):
    assert events_of(sentence, "conflict") and not events_of(sentence, "deployment")


def test_troops_sent_after_a_clash_are_still_a_deployment():
    text = "Ankara sent troops to the border after clashes between Syrian and Kurdish forces."
    assert events_of(text, "deployment")
