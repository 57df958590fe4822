"""Triggers for the facts unseen news tells without the usual words (issue 11, event recall on unseen news).

The classes are those of the former blind set (refusals, mutual-defence pledges, hostilities as nouns and unusual
verbs, criticism, offers, forces kept somewhere, membership of a bloc, exercises named by their own name ...),
described in general words. Every sentence here was written for these tests, in the styles of several outlets
(Reuters, AP, Dawn, Xinhua, TASS, Anadolu, Defense News, The National), with other states and other words than any
gold; each class has sentences that must NOT fire (sport, business, domestic news, the same word in another sense).
"""
from __future__ import annotations

import pytest
from helpers import events_of
from test_events import typed_statuses
from test_events_triggers_recall import _types

from pactwatch.events.lexicon import load_lexicon

# -------------------------------------------------------------------------- forces kept, hosted, accepted somewhere

@pytest.mark.parametrize("sentence, status", [
    ("France has about 1,500 troops in Chad, the defence ministry said.", "occurred"),  # AFP
    ("The African Union force now has 2,500 personnel in Somalia.", "occurred"),  # Reuters
    ("Paris has kept warplanes at the Niamey air base since 2013.", "occurred"),  # Le Monde in English
    ("Russia maintains about 1,500 soldiers in Transnistria.", "occurred"),  # Balkan Insight
    ("Poland hosts some 10,000 American troops on a rotational basis.", "occurred"),  # Defense News
    ("Washington maintains a military presence in northeastern Syria.", "occurred"),  # AP
    ("Belgrade will not accept foreign troops on its territory, Vucic said.", "denied"),  # TASS
    ("Serbia will not accept NATO's forces on its soil.", "denied"),
    ("Honiara said there would be no long-term military presence of China.", "denied"),  # ABC
])
def test_forces_kept_hosted_or_accepted_are_a_deployment(nlp, sentence, status):
    assert ("deployment", status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The army has 40,000 soldiers in reserve.",
    "The club has 30 players in its squad this season.",
    "The retailer has a presence in 40 countries.",
    "China's growing presence in Africa worries Western diplomats.",
    "Police maintained a heavy security presence at the match.",
    "The hotel accepted guests from Italy and Spain.",
])
def test_other_having_and_presence_are_no_deployment(nlp, sentence):
    assert "deployment" not in _types(nlp, sentence)


# -------------------------------------------------------------------------- membership of a bloc

@pytest.mark.parametrize("sentence, status", [
    ("Turkey, as a member of NATO, has obligations to its allies.", "occurred"),  # Anadolu
    ("Armenia already belongs to the CSTO, Pashinyan noted.", "occurred"),  # Armenpress
    ("Minsk's obligations lie within the CSTO, the ministry said.", "occurred"),  # BelTA
    ("NATO member Hungary blocked the statement on Tuesday.", "occurred"),  # Politico Europe
    ("Kazakhstan is a member of the Collective Security Treaty Organization.", "occurred"),  # Astana Times
    ("Ireland will not become a member of NATO, the Taoiseach said.", "denied"),  # Irish Times
    ("Serbia does not intend to become a member of any military alliance.", "denied"),
    ("Ankara, a NATO member, objected to the plan.", "occurred"),  # Hurriyet Daily News
    ("Helsinki became NATO's 31st member in April.", "occurred"),  # Yle
])
def test_membership_of_a_bloc_is_an_alliance(nlp, sentence, status):
    assert ("alliance", status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "He has been a member of parliament since 2010.",
    "France is a member of the European Union.",
    "The club belongs to the Premier League.",
    "The firm belongs to a retail alliance of grocers.",
    "Hungary has obligations under the treaty.",
    "NATO members met in Brussels on Thursday.",  # the bloc's members as the subject of another act
    "Members of the CSTO pledged support.",
])
def test_other_memberships_are_no_alliance(nlp, sentence):
    assert "alliance" not in _types(nlp, sentence)


# -------------------------------------------------------------------------- hostilities with unusual verbs

@pytest.mark.parametrize("sentence", [
    "Indian troops opened fire on Pakistani positions along the Line of Control.",  # Dawn
    "The two sides exchanged fire across the border overnight.",  # The Hindu
    "Ukrainian drones hit a refinery in Russia's Samara region.",  # Kyiv Independent
    "A Russian missile hit a hospital in Kharkiv on Friday.",  # AP
    "The refinery was hit by Ukrainian drones before dawn.",  # Reuters
    "The guards returned fire, killing two attackers.",
])
def test_hostilities_with_unusual_verbs_are_conflicts(nlp, sentence):
    assert "conflict" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Inflation hit Russia hard last year.",
    "The storm hit the base on Monday.",
    "Police opened fire on protesters in Nairobi.",
    "The striker hit the post twice in the first half.",
    "Sanctions hit Iran's economy.",
])
def test_other_hits_and_fire_are_no_conflicts(nlp, sentence):
    assert "conflict" not in _types(nlp, sentence)


def test_inflected_forms_of_the_new_verbs_make_a_sentence_a_candidate():
    assert {"kept", "hit", "defended"} <= load_lexicon().surface


# -------------------------------------------------------------------------- criticism of a state

@pytest.mark.parametrize("sentence", [
    "The ministry criticised Greece's purchases of fighter jets, saying they fuel an arms race.",  # Anadolu
    "Beijing criticized the deployment of the THAAD system in South Korea.",  # Xinhua
    "Moscow slammed Finland's decision to join NATO.",  # TASS
    "Cairo rebuked Ankara over the drilling.",  # Ahram Online
])
def test_criticising_a_state_or_its_act_is_a_threat(nlp, sentence):
    assert "threat" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The senator criticised the bill as a giveaway to banks.",
    "The coach criticised the referee after the match.",
    "The critic slammed the film.",
])
def test_other_criticism_is_no_threat(nlp, sentence):
    assert "threat" not in _types(nlp, sentence)


# -------------------------------------------------------------------------- mutual-defence pledges

@pytest.mark.parametrize("sentence", [
    "The allies pledge to assist each other if either faces an attack or a threat.",
    "Bishkek and Dushanbe are bound by a declaration obliging each to aid the other.",
    "The two states will come to each other's aid in case of aggression.",  # TASS
    "An armed attack on either would be regarded as a danger to both.",
    "Aggression against one is aggression against both, the pact says.",
    "The treaty raised relations between Moscow and Pyongyang to the level of allies.",  # Yonhap
    "Under the pact, Russia and North Korea must provide mutual military assistance.",
    "The 1961 treaty obliges Beijing and Pyongyang to defend each other.",  # SCMP
])
def test_a_pledge_of_mutual_defence_is_an_alliance(nlp, sentence):
    assert "alliance" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The allies pledge to assist each other if either faces an attack or a threat.",
    "An armed attack on either would be regarded as a danger to both.",
    "Aggression against one is aggression against both, the pact says.",
    "Whoever threatens Azerbaijan threatens Turkey.",
    "The two states will come to each other's aid in case of aggression.",
])
def test_the_pledges_attacks_and_threats_are_no_facts(nlp, sentence):
    assert not _types(nlp, sentence) & {"conflict", "threat"}


@pytest.mark.parametrize("sentence", [
    "The two countries agreed to help each other develop their economies.",
    "They pledged to help the other countries in the region.",
    "The neighbours help each other during the harvest.",
])
def test_other_mutual_help_is_no_alliance(nlp, sentence):
    assert "alliance" not in _types(nlp, sentence)


# -------------------------------------------------------------------------- offers, joint work, ceasefires

@pytest.mark.parametrize("sentence, etype", [
    ("Ankara stood ready to share its experience with Baku, the ministry said.", "cooperation"),  # Anadolu
    ("The parties are jointly implementing projects in energy and transport.", "cooperation"),  # Xinhua
    ("Astana and Tashkent will jointly produce drones at a plant near the border.", "cooperation"),  # Kun.uz
    ("The truce between the two militias took effect on Sunday.", "agreement"),  # AP
    ("Erdogan renewed his proposal for a ceasefire between the two countries.", "agreement"),  # Daily Sabah
    ("Qatar urged both sides to accept a ceasefire proposal drafted by Egypt.", "agreement"),
    ("The Sahel juntas have since formed a confederation.", "alliance"),  # RFI
])
def test_offers_joint_work_and_ceasefires(nlp, sentence, etype):
    assert etype in _types(nlp, sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("The couple jointly own the house.", "cooperation"),
    ("The firm shared data with investors after the share price fell.", "cooperation"),
    ("The mediators unveiled a 20-point ceasefire plan on Friday.", "agreement"),  # the plan is no ceasefire
    ("The UAE has called on the warring parties to agree to an immediate ceasefire.", "agreement"),  # the request
    ("Jerusalem insisted that any truce must ensure that the group cannot re-arm.", "agreement"),  # a condition
    ("The Confederation of African Football fined the club.", "alliance"),
])
def test_no_offer_joint_work_or_ceasefire_here(nlp, sentence, etype):
    assert etype not in _types(nlp, sentence)


# -------------------------------------------------------------------------- what only frames another fact

@pytest.mark.parametrize("sentence, etype", [
    ("The agreement allows Kenyan police to be deployed at Haiti's request.", "deployment"),  # a provision
    ("The agreement allows Kenyan police to be deployed at Haiti's request.", "request"),  # its ground
    ("The Kazakh parliament held a plenary session on Wednesday.", "meeting"),  # a domestic body
    ("The cabinet session approved the budget.", "meeting"),
])
def test_frames_of_other_facts_are_no_events(nlp, sentence, etype):
    assert etype not in _types(nlp, sentence)


@pytest.mark.parametrize("sentence, etype, status", [
    ("The treaty does not provide for stationing Russian troops in Belarus.", "deployment", "denied"),
    ("Mali sent a request for troops to Russia.", "request", "occurred"),
    ("The UN Security Council held an emergency session on Ukraine.", "meeting", "occurred"),
    ("The plan includes participation in each other's exercises.", "exercise", "occurred"),
])
def test_the_facts_beside_the_frames_stay(nlp, sentence, etype, status):
    assert (etype, status) in typed_statuses(nlp, sentence)


def test_hosting_a_meeting_as_a_setting_leaves_the_meeting_noun(nlp):
    """"Hosting the meeting, X suggested ...": the clause sets the scene of a proposal; the meeting is its own noun,
    which the merging stage can tell from an earlier mention ("the meeting")."""
    doc = nlp("Hosting the meeting, Tokayev suggested creating a joint naval fleet.")
    from pactwatch.events.triggers import _find_triggers
    assert [(t, p) for t, p, _i, _j in _find_triggers(doc, load_lexicon(), accept=True)] == [("meeting", "meeting")]


@pytest.mark.parametrize("sentence", [
    "Seventeen hours after the attack on one of his schools killed 40 people, the director spoke.",  # Guardian
    "The attack on one convoy killed five soldiers.",
])
def test_an_attack_on_one_of_several_things_is_an_attack(nlp, sentence):
    assert _types(nlp, sentence) == {"conflict"}


def test_an_agreement_framing_a_companys_work_is_still_the_states_agreement(nlp):
    """A fronted "Under an agreement signed in 2022, a company has been assembling ...": the company is the subject
    of the act the agreement frames, not a party to the agreement."""
    sentence = "Under an intergovernmental agreement signed in 2022, a Turkish company has been assembling drones here."
    assert "agreement" in _types(nlp, sentence)


# -------------------------------------------------------------------------- a verb's -ing form as a noun

@pytest.mark.parametrize("sentence, etype", [
    ("Moscow condemned the stationing of US troops in Poland.", "deployment"),  # TASS
    ("The sending of troops to Mali was approved by parliament.", "deployment"),  # RFI
    ("Its providing of drones to Russia should be condemned.", "cooperation"),
    ("The signing of the treaty took place in Baku.", "agreement"),  # APA
])
def test_a_trigger_verbs_ing_noun_is_its_event(nlp, sentence, etype):
    assert etype in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The sending of letters to voters began on Monday.",
    "The building of the stadium was delayed.",
])
def test_other_ing_nouns_are_no_events(nlp, sentence):
    assert not _types(nlp, sentence)


def test_ing_nouns_of_their_own_stay_nouns(nlp):
    """"The meeting of the two leaders", "the shelling of the city": the lexicon's own nouns, not the verbs."""
    from pactwatch.events.triggers import _find_triggers
    doc = nlp("The meeting of the two leaders came after the shelling of the city.")
    assert [p for _t, p, _i, _j in _find_triggers(doc, load_lexicon(), accept=True)] == ["meeting", "shelling"]


# -------------------------------------------------------------------------- protests, seizures, incursions, handovers

@pytest.mark.parametrize("sentence, etype", [
    ("Beijing lodged a protest with Manila over the incident.", "threat"),  # Global Times
    ("Hanoi protested Beijing's deployment of an oil rig.", "threat"),  # VnExpress
    ("Iranian commandos seized a British-flagged tanker in the Strait of Hormuz.", "conflict"),  # Reuters
    ("Russian troops crossed into Ukrainian territory near Sumy.", "conflict"),  # Kyiv Independent
    ("Turkish jets pounded Kurdish positions in northern Iraq.", "conflict"),  # Rudaw
    ("Israeli warplanes struck targets in southern Lebanon.", "conflict"),  # Times of Israel
    ("Russia handed Belarus a batch of Su-30 fighters.", "cooperation"),  # BelTA
    ("Armenia froze its participation in the CSTO.", "alliance"),  # Armenpress
])
def test_protests_seizures_incursions_and_handovers(nlp, sentence, etype):
    assert etype in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Protesters seized the square.",
    "Police seized drugs worth millions.",
    "Migrants crossed the border at night.",
    "Thousands joined protests in Tehran.",
    "The company captured a third of the market.",
    "Heavy rain pounded the capital.",
    "The teachers protested the reform.",
])
def test_other_seizures_crossings_and_protests_are_no_events(nlp, sentence):
    assert not _types(nlp, sentence)


# -------------------------------------------------------------------------- meetings, arming, interceptions

@pytest.mark.parametrize("sentence, etype", [
    ("Lavrov sat down with Wang Yi in Beijing.", "meeting"),  # TASS
    ("Tehran armed the Houthis with ballistic missiles.", "cooperation"),  # Al Arabiya
    ("Saudi air defences intercepted a missile fired from Yemen.", "conflict"),  # Arab News
])
def test_sitting_down_arming_and_intercepting(nlp, sentence, etype):
    assert etype in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The police intercepted a call from the suspect.",
    "The bilateral trade rose by a tenth.",
    "Armed men robbed the bank.",
    "The president conferred the medal on the rescuers.",
    "The navy will operate a conventionally-armed nuclear-powered submarine fleet.",
])
def test_other_interceptions_and_arms_are_no_events(nlp, sentence):
    assert not _types(nlp, sentence)


# -------------------------------------------------------------------------- vows and threats of attack

@pytest.mark.parametrize("sentence", [
    "Pyongyang vowed to retaliate against Seoul.",  # KCNA style
    "The army vowed to retaliate against Pakistan.",  # ISPR style
    "The Houthis vowed to strike Israel again.",  # Al Masirah
    "Iran threatened to attack US bases in the region.",  # Tasnim
])
def test_a_vow_or_threat_of_attack_is_a_threat_not_an_attack(nlp, sentence):
    types = _types(nlp, sentence)
    assert "threat" in types and "conflict" not in types


def test_a_vow_of_revenge_is_a_threat(nlp):
    assert "threat" in _types(nlp, "Hamas vowed revenge for the killing of its commander.")


@pytest.mark.parametrize("sentence", [
    "The minister vowed to fight corruption.",
    "The team vowed to win the cup.",
    "The president swore to defend the constitution.",
])
def test_other_vows_are_no_threats(nlp, sentence):
    assert "threat" not in _types(nlp, sentence)


@pytest.mark.parametrize("text", [
    "Azerbaijan and Turkey hold joint drills every year. Speaking to Russian state news agency RIA Novosti, "
    "Aliyev praised Turkey's role in the army's reform.",  # a regional daily quoting an interview
    "Japan and the Philippines signed a pact. The Japanese minister talked to reporters in Manila about it.",
    "Kenya sent police to Haiti. Ruto spoke with the Nation newspaper about the mission.",
])
def test_talking_to_the_press_is_no_meeting(text):
    assert not events_of(text, "meeting")


@pytest.mark.parametrize("text", [
    "Kazakh President Tokayev spoke to Uzbek President Mirziyoyev by phone on Monday.",
    "Erdogan spoke with Aliyev on Tuesday about the peace talks.",
])
def test_talking_to_a_counterpart_is_still_a_meeting(text):
    assert events_of(text, "meeting")
