"""Event recall through triggers and types (issue 11, point 3): facts that no trigger reported.

Sentences are written for these tests, in the styles of several outlets (Reuters, Dawn, Xinhua, Anadolu,
The Hill, Defense News), with other states and other words than the development gold; each class has
sentences that must NOT fire (sport, business, domestic news)."""
from __future__ import annotations

import pytest
from test_events import typed_statuses

from pactwatch.events import candidate_sentences
from pactwatch.events.lexicon import load_lexicon


def _types(nlp, sentence: str) -> set[str]:
    return {t for t, _ in typed_statuses(nlp, sentence)}


# -------------------------------------------------------------------------- candidate sentences

@pytest.mark.parametrize("word", ["expelled", "expelling", "equipped", "shot", "sold", "bought", "initialled"])
def test_inflected_forms_make_a_sentence_a_candidate(word):
    """A verb that doubles its last consonant ("expel" -> "expelled") or is irregular ("sell" -> "sold") still
    makes its sentence one worth parsing: the parser never saw "Nairobi expelled two Somali diplomats"."""
    assert word in load_lexicon().surface


def test_an_expulsion_in_the_past_tense_is_parsed(nlp):
    with nlp.select_pipes(enable=["senter", "ner"]):
        doc = nlp("Markets were calm on Monday. Nairobi expelled two Somali diplomats over the border row.")
    assert candidate_sentences(doc) == [1]


# -------------------------------------------------------------------------- conflicts

@pytest.mark.parametrize("sentence, status", [
    # what an attack is done to: installations and people, not only states and armies (Reuters, Anadolu style)
    ("Israel denied targeting the Iranian consulate in Damascus.", "denied"),
    ("Moscow denied striking the hospital in Kharkiv, calling the reports a provocation.", "denied"),
    ("Hezbollah was developing plans to attack Israeli bases along the frontier, the army said.", "planned"),
    ("Ethiopian jets bombed a refinery near the Eritrean border on Sunday.", "occurred"),
    # a passive attack with an armed agent (Dawn, Xinhua style)
    ("The tanker was attacked by drones launched from Yemen, the maritime agency said.", "occurred"),
    ("A police convoy was ambushed by militants near the Afghan border.", "occurred"),
    ("Two Indian outposts were shelled by Pakistani troops overnight.", "occurred"),
])
def test_attacks_on_installations_and_passive_attacks_are_conflicts(nlp, sentence, status):
    assert ("conflict", status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The striker was attacked by the press after the defeat.",
    "The retailer targeted young shoppers with its new campaign.",
    "The senator attacked the bill as a giveaway to banks.",
    "The club will target the championship next season.",
    "The hospital was struck by a power cut on Monday.",
])
def test_attacks_in_other_senses_are_no_conflicts(nlp, sentence):
    assert "conflict" not in _types(nlp, sentence)


def test_protesters_attacked_by_police_are_no_conflict(nlp):
    assert "conflict" not in _types(nlp, "Dozens of protesters were attacked by riot police in the capital.")


# -------------------------------------------------------------------------- threats: diplomatic censure

@pytest.mark.parametrize("sentence", [
    "The Foreign Office summoned the Russian ambassador over the poisoning.",  # BBC style
    "Islamabad summoned the Afghan charge d'affaires to lodge a strong protest.",  # Dawn style
    "Ankara summoned the Dutch envoy on Sunday over the rally ban.",  # Anadolu style
    "Nairobi expelled two Somali diplomats, accusing Mogadishu of meddling.",
    "Baghdad described the strike as a flagrant violation of Iraqi sovereignty.",
    "Cairo declared the maritime deal between Ankara and Tripoli null and void.",
    "The United States levied sanctions on two Iranian commanders.",
])
def test_diplomatic_censure_is_a_threat(nlp, sentence):
    assert "threat" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The board summoned the chief executive to explain the losses.",
    "The court summoned the former ambassador's driver as a witness.",
    "The league imposed a transfer ban on the club.",
])
def test_summons_and_bans_at_home_are_no_threats(nlp, sentence):
    assert "threat" not in _types(nlp, sentence)


# -------------------------------------------------------------------------- cooperation: supply and investment

@pytest.mark.parametrize("sentence, status", [
    ("Turkey shipped armed drones to Azerbaijan last year.", "occurred"),  # Reuters style
    ("South Korea will export K9 howitzers to Egypt under the deal.", "planned"),  # Yonhap style
    ("Slovakia transferred its MiG-29 fighter jets to Ukraine.", "occurred"),
    ("Lithuania donated 50 armored vehicles to Kyiv, the ministry said.", "occurred"),  # Delfi style
    ("Seoul and Riyadh plan to jointly invest in shipbuilding.", "planned"),
    ("Japan and India will invest $5 billion together in defence projects.", "planned"),
    ("Egypt and Greece pledged close coordination to counter terrorism in the region.", "planned"),  # Xinhua style
])
def test_supply_investment_and_coordination_between_states_are_cooperation(nlp, sentence, status):
    assert ("cooperation", status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Amazon shipped record numbers of parcels in December.",
    "The winery exports its wine to China and Japan.",
    "Germany will invest billions in its railways.",
    "The bank transferred the funds to an account in Cyprus.",
    "The charity donated blankets to flood victims.",
    "Their coordination in midfield impressed the coach.",
])
def test_supply_and_investment_by_firms_and_charities_are_no_cooperation(nlp, sentence):
    assert "cooperation" not in _types(nlp, sentence)


def test_investing_together_needs_states(nlp):
    """'Invest together' is a cooperation trigger; a couple's investment has no state to take part in it."""
    from test_events import _events_of

    text = ("Defence news\nThe couple invested together in a beach house near the naval base at Souda, "
            "where NATO warships and troops train.\n")
    assert not [e for e in _events_of(text) if e.type == "cooperation"]


# -------------------------------------------------------------------------- one fact per phrase, not per sentence

def test_a_deployment_in_a_further_coordinated_noun_is_its_own_fact(nlp):
    """Readout style: the force activated and the allies' pledge to deploy brigades are two deployments, though the
    pledge hangs on the first one's object in the parse."""
    from pactwatch.events import _find_triggers, _outermost

    doc = nlp("Berlin welcomed the decision to activate the rapid reaction force as well as the pledge by Warsaw to "
              "deploy two brigades to Lithuania.")
    kept = _outermost(doc, _find_triggers(doc, load_lexicon(), accept=True))
    assert {p for t, p, _i, _j in kept if t == "deployment"} >= {"activate", "deploy"}


def test_a_deployment_inside_another_ones_phrase_is_still_one(nlp):
    assert typed_statuses(nlp, "No participation by Kenya in any peacekeeping mission is envisioned.") == {
        ("deployment", "denied")}


# -------------------------------------------------------------------------- which sentences are parsed

def test_office_words_are_derived_from_the_parties_group_bodies():
    """One list: every plural body that parties.json says stands for the states in focus ('group_bodies') makes its
    sentence a candidate, but the plurals of war news that name no pair ("forces", "troops")."""
    from pactwatch.events.context import party_rules
    from pactwatch.events.triggers import OFFICE_WORDS, UNCOUNTED_BODIES, _plural

    bodies = {_plural(b.split()[-1]) for b in party_rules()["group_bodies"]}
    assert bodies - UNCOUNTED_BODIES <= OFFICE_WORDS
    assert {"navies", "armies", "ministries", "guards", "chiefs", "delegations"} <= OFFICE_WORDS
    assert not {"forces", "troops"} & OFFICE_WORDS
    assert {"president", "secretary", "i"} <= OFFICE_WORDS  # the office holders stay


@pytest.mark.parametrize("text", [
    "Both coast guards will hold joint drills in the strait next month.",
    "The two navies began joint drills off the coast on Monday.",
    "The defence chiefs of the two countries agreed to expand military exercises.",
])
def test_a_sentence_whose_only_party_word_is_a_plural_body_is_parsed(nlp, text):
    from helpers import analyse_text

    a = analyse_text(nlp, "Coastal security\n\nNavies of the region keep watch. " + text)
    cands = candidate_sentences(a.sdoc, a.ents, relevance=1.0)
    assert any(text[:20] in s.text for i, s in enumerate(a.sdoc.sents) if i in cands)


def test_a_sentence_whose_only_party_word_is_troops_is_not_parsed(nlp):
    from helpers import analyse_text

    a = analyse_text(nlp, "Frontline report\n\nThe border was quiet on Sunday. Troops clashed near the river at dawn.")
    cands = candidate_sentences(a.sdoc, a.ents, relevance=1.0)
    assert not any("Troops clashed" in s.text for i, s in enumerate(a.sdoc.sents) if i in cands)


# -------------------------------------------------------------------------- hyphenated triggers, withdrawals

@pytest.mark.parametrize("sentence", [
    "Britain and France will deepen defence co-operation, the ministers said.",  # BBC spelling
    "Cyprus and Greece agreed to co-operate on maritime security.",
    "Seoul and Warsaw launched the co-production of K2 tanks in Poland.",  # Defense News style
    "The two countries will co-produce howitzers under the deal.",
])
def test_hyphenated_triggers_match_the_tokens_spacy_splits_them_into(nlp, sentence):
    assert "cooperation" in _types(nlp, sentence)


def test_a_farmers_co_operative_is_no_cooperation(nlp):
    assert "cooperation" not in _types(nlp, "The farmers' co-operative sold its grain to a mill.")


@pytest.mark.parametrize("sentence, status", [
    ("Washington will withdraw 2,500 troops from Iraq by September.", "planned"),  # The Hill style
    ("The withdrawal of French forces from Mali was completed on Monday.", "occurred"),  # AFP style
    ("Moscow announced a partial pullout of its forces from the Kherson region.", "occurred"),
    ("Our coalition partners will withdraw alongside our forces.", "planned"),
])
def test_withdrawing_forces_is_a_deployment(nlp, sentence, status):
    """GUIDE: withdrawing troops from another state is a deployment (occurred or planned)."""
    assert ("deployment", status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Russia withdrew from the CFE Treaty in 2023.",  # the treaty, not forces
    "The senator withdrew from the race on Friday.",
    "The army withdrew its support for the president.",
    "Kyiv withdrew its ambassador from Minsk.",
    "Customers made a record withdrawal from the bank's cash machines.",
])
def test_other_withdrawals_are_no_deployment(nlp, sentence):
    assert "deployment" not in _types(nlp, sentence)


def _kept(nlp, sentence: str):
    from pactwatch.events import _find_triggers, _outermost

    doc = nlp(sentence)
    return _outermost(doc, _find_triggers(doc, load_lexicon(), accept=True))


def test_a_fact_sheet_heading_is_not_a_second_fact_when_the_sentence_states_it(nlp):
    """Fact-sheet style: the heading's 'COOPERATION' and the sentence's 'cooperation' are one cooperation, read
    from the sentence after the colon."""
    kept = _kept(nlp, "STRENGTHENING DEFENSE COOPERATION: Japan and the Philippines agreed to expand defense "
                      "cooperation and hold joint drills.")
    coops = [t for t in kept if t[0] == "cooperation"]
    assert len(coops) == 1 and coops[0][1] == "cooperation" and kept[0][2] > 3


def test_a_fact_sheet_heading_gives_the_type_the_sentence_leaves_unsaid(nlp):
    kept = _kept(nlp, "DEEPENING DEFENSE COOPERATION: Australia committed to new defense investments.")
    assert [t[0] for t in kept] == ["cooperation"]


@pytest.mark.parametrize("sentence", [
    "Zelensky thanked the continued support of Canada and other partners for Ukraine's defence.",
    "The minister underscored the support of Japan for the Philippines' maritime security.",
])
def test_support_of_a_named_state_is_cooperation(nlp, sentence):
    """The Hill / readout style: the state giving support named after the noun ('the support of X for Y')."""
    assert "cooperation" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The coach praised the support of the fans.",
    "The plan won the support of Congress.",
    "The airline flies cargo to Syria in support of Bashar al-Assad.",
])
def test_support_of_others_is_no_cooperation(nlp, sentence):
    assert "cooperation" not in _types(nlp, sentence)


def test_what_an_agreement_reaffirms_is_no_provision(nlp):
    """Readout style: an agreement 'that reaffirms' a presence reports the deployments it names; one 'which
    stipulates' military aid states a provision, no event of its own."""
    assert "deployment" in _types(nlp, "Manila and Canberra reached agreements that reaffirm their security ties, "
                                       "including through rotational deployments of Australian aircraft to Manila.")
    assert _types(nlp, "The Shusha Declaration, which stipulates military aid against threats and attacks, "
                       "was signed in 2021.") == {"agreement"}


@pytest.mark.parametrize("sentence", [
    "Armenia rejected the agreement signed by Baku and Ankara as null and void.",  # Armenpress style
    "Beijing denounced the pact signed by Manila and Tokyo as a provocation.",  # Global Times style
])
def test_what_a_state_calls_another_states_deal_is_a_threat_not_a_provision(nlp, sentence):
    """The parser hangs 'as ...' on 'signed'; the words in it characterise the deal, they are none of its provisions."""
    assert "threat" in _types(nlp, sentence)


@pytest.mark.parametrize("sentence, status", [
    ("Since February, Canberra has contributed $1 billion to the U.S. Government to expand the submarine "
     "industrial base.", "occurred"),  # fact-sheet style
    ("Berlin will fund the purchase of three Patriot air defense systems for Kyiv.", "planned"),  # DW style
    ("Norway and Denmark will co-finance the F-16 training of Ukrainian pilots.", "planned"),
])
def test_paying_for_weapons_of_another_state_is_cooperation(nlp, sentence, status):
    assert ("cooperation", status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence, types", [
    ("Italy contributed 500 troops to the UN mission in Lebanon.", {"deployment"}),  # troops stay a deployment
    ("The foundation will fund research into rare diseases.", set()),
    ("The city financed the new stadium with a bond issue.", set()),
])
def test_other_contributions_and_funding(nlp, sentence, types):
    assert _types(nlp, sentence) == types


# -------------------------------------------------------------------------- business, space, places, institutions

@pytest.mark.parametrize("sentence, absent", [
    # a deal between companies is no event (business wires, Bloomberg style)
    ("Qantas Airways joined the Oneworld alliance in 1999.", "alliance"),
    ("Vietnam Airlines became a member of the SkyTeam alliance in 2010.", "alliance"),
    ("The airline signed a joint-venture agreement with Air Canada on Monday.", "agreement"),
    ("Turkish Airlines signed a codeshare agreement with Uzbekistan Airways.", "agreement"),
    ("Delta and Korean Air signed a joint venture agreement covering flights between Canada and Japan.", "agreement"),
    # satellites are deployed into orbit, not troops (space desks, Space.com style)
    ("The satellite was deployed into orbit on Tuesday.", "deployment"),
    ("The Falcon 9 rocket carried satellites for Bhutan and Rwanda and deployed them into orbit.", "deployment"),
    ("The rocket deployed 40 small satellites into low Earth orbit.", "deployment"),
    ("The spacecraft deployed its solar panels after launch.", "deployment"),
    # a place name is no unity (Sudan Tribune style)
    ("Clashes erupted in Unity state between rival militias.", "cooperation"),
    # a war college or museum is no war (Dawn, Kyiv Independent style)
    ("Officers graduated from the Pakistani war college in Rawalpindi.", "conflict"),
    ("Students at the National War College met with the defense secretary of Jordan.", "conflict"),
    ("The war museum in Kyiv reopened on Monday.", "conflict"),
])
def test_companies_satellites_places_and_institutions_make_no_event(nlp, sentence, absent):
    assert absent not in _types(nlp, sentence)


@pytest.mark.parametrize("sentence, etype", [
    # states still join alliances, sign agreements, deploy troops
    ("Montenegro joined NATO in 2017.", "alliance"),
    ("Finland joined the military alliance in April.", "alliance"),
    ("Armenia and Azerbaijan signed a peace agreement in Washington.", "agreement"),
    ("Kenya signed a defense agreement with Somalia.", "agreement"),
    ("Poland deployed troops to the Belarus border.", "deployment"),
    ("Britain deployed warships to the Red Sea.", "deployment"),
    # a diplomatic downgrade is a sanction (Le Monde, Al Jazeera style)
    ("Niger recalled its ambassador from Paris.", "threat"),
    ("Ghana decided to recall its ambassador to Togo.", "threat"),
    ("Algeria downgraded diplomatic relations with Spain.", "threat"),
    ("Canada closed its embassy in Tehran in protest.", "threat"),
    ("Bolivia severed diplomatic ties with Israel over the offensive.", "threat"),
])
def test_states_still_join_sign_deploy_and_downgrades_are_threats(nlp, sentence, etype):
    assert etype in _types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Algeria downgraded diplomatic relations with Spain.",
    "Bolivia severed diplomatic ties with Israel over the offensive.",
])
def test_a_downgrade_is_no_cooperation(nlp, sentence):
    assert "cooperation" not in _types(nlp, sentence)
