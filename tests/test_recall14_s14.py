"""Missed facts (issue 11, fourteenth session, recall): a named exercise followed by "together with" its partners (a
verb phrase of the lexicon met on the noun), and a state's contract for arms signed with no second state named
(events/triggers.py, events/trigger_context.py).

Sentences are written for these tests, with other states and other words than the development and blind gold; each
rule also has a use outside defence that stays eventless."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, pair", [
    # a named exercise "together with" its partners: the noun is the exercise (interview, agency)
    ("In May our marines took part in the Cobra-2026 amphibious exercise together with Thai and Malaysian units.",
     {"country:THA", "country:MYS"}),
    ("Peruvian paratroopers joined the annual Southern Star exercise together with Chilean forces, the army said.",
     {"country:PER", "country:CHL"}),
])
def test_an_exercise_noun_before_together_is_the_exercise(text, pair):
    drills = events_of(text, "exercise")
    assert any(pair <= parties(e) for e in drills), drills


def test_exercise_together_as_a_verb_still_reads():
    drills = events_of("Chilean and Argentine marines exercise together every spring near Punta Arenas.", "exercise")
    assert any({"country:CHL", "country:ARG"} <= parties(e) for e in drills), drills


def test_breathing_exercises_together_are_no_drill():
    """The noun read alone keeps its own conditions: no military qualifier, no drill."""
    text = "Patients in Norway and Sweden did breathing exercises together with their nurses, the clinic said."
    assert not events_of(text, "exercise")


@pytest.mark.parametrize("text, pair", [
    # a state's contract for arms, the seller told by the weapon's origin (trade press, wire)
    ("Egypt's defence ministry signed a contract for 12 Italian frigates on Monday, the ministry said.",
     {"country:EGY", "country:ITA"}),
    ("Vietnam has signed a contract for 20 Indian-built BrahMos missiles, officials in Hanoi said.",
     {"country:VNM", "country:IND"}),
])
def test_a_states_contract_for_arms_is_an_agreement(text, pair):
    deals = events_of(text, "agreement")
    assert any(pair <= parties(e) for e in deals), deals


@pytest.mark.parametrize("text", [
    "Kenya signed a contract for 500 Chinese buses on Monday, the transport ministry said.",
    "Chile's health ministry signed a contract for a new Spanish payroll system, the ministry said.",
    "The Italian shipyard signed a contract for two cruise ships with a Norwegian operator.",
])
def test_contracts_for_other_goods_are_no_agreement(text):
    assert not events_of(text, "agreement")


@pytest.mark.parametrize("text, pair", [
    # a protest or complaint told to a named state (regional daily, wire)
    ("Vilnius has protested to Minsk over the balloons each time, the Lithuanian foreign ministry said.",
     {"country:LTU", "country:BLR"}),
    ("Manila complained to Beijing on Sunday about the blockade of its outpost at the shoal.",
     {"country:PHL", "country:CHN"}),
])
def test_a_protest_told_to_a_state_is_a_threat(text, pair):
    warnings = events_of(text, "threat")
    assert any(pair <= parties(e) for e in warnings), warnings


@pytest.mark.parametrize("text", [
    "Fans complained to the referee about the penalty in the match between Chile and Peru.",
    "Parents protested to the school board in Oslo over the new timetable.",
])
def test_complaints_to_no_state_are_no_threat(text):
    assert not events_of(text, "threat")


@pytest.mark.parametrize("text, pair", [
    # forces serving abroad or with a named force (wire, ministry release)
    ("About 800 Irish soldiers serve in Lebanon with the UN Interim Force, the Irish defence forces said.",
     {"country:IRL", "country:LBN"}),
    ("Fijian troops have served in South Sudan since 2011, the Fijian military said on Monday.",
     {"country:FJI", "country:SSD"}),
])
def test_forces_serving_abroad_are_a_deployment(text, pair):
    stays = events_of(text, "deployment")
    assert any(pair <= parties(e) for e in stays), stays


@pytest.mark.parametrize("text", [
    "Nepali soldiers who served in the British Army marched through London on Sunday.",
    "Kenyan pilots who serve in the Kenya Air Force spoke at the Nairobi show.",
    "Volunteers from Spain serve meals in Madrid with the Red Cross every winter.",
])
def test_serving_in_ones_own_service_or_outside_defence_is_no_deployment(text):
    assert not events_of(text, "deployment")


def test_drills_the_parse_tags_as_a_verb_are_still_drills():
    """'live-fire combat drills' as an object: a plural noun the tagger read as a verb (VBZ) with a noun's modifiers."""
    text = "Vietnam's navy held live-fire combat drills near the Paracel Islands on Sunday, angering China."
    assert any("country:VNM" in parties(e) for e in events_of(text, "exercise"))


def test_a_verb_in_the_third_person_stays_a_verb():
    text = "The Norwegian coach drills his players every morning in Oslo, the football club said."
    assert not events_of(text, "exercise")


def _trigger_types(nlp, sentence: str) -> set[str]:
    from pactwatch.events import _find_triggers, load_lexicon

    return {t[0] for t in _find_triggers(nlp(sentence), load_lexicon(), accept=True)}


def test_violations_of_an_agreement_are_an_accusation(nlp):
    """What a violation is of: an understanding or accord between states, as a ceasefire already was."""
    assert "threat" in _trigger_types(nlp, "A Cambodian spokesman said there had been repeated violations of the "
                                           "understanding reached between Thailand and Cambodia.")
    assert "threat" in _trigger_types(nlp, "Officials in Phnom Penh listed violations of the accord with Thailand.")


def test_violations_of_a_rental_agreement_are_no_threat():
    text = "The landlord in Oslo cited repeated violations of the rental agreement by the Swedish tenant."
    assert not events_of(text, "threat")


def test_a_threat_qualified_by_a_name_has_its_source(nlp):
    """'the ISIS threat', 'the Chinese threat': the name or nationality before the noun says whose it is."""
    assert "threat" in _trigger_types(nlp, "Lima will not give in to Russian sabotage, the Peruvian minister said.")
    text = "Estonia's defence minister said the Russian threat to Finland and Estonia was growing every month."
    assert any("country:RUS" in parties(e) for e in events_of(text, "threat"))


def test_a_threat_with_no_named_source_needs_one(nlp):
    assert "threat" not in _trigger_types(nlp, "Norway must prepare for the growing cyber threat, Oslo said.")


@pytest.mark.parametrize("sentence", [
    "The 2023 edition took place near the Chilean port of Arica, and last year the marines trained in Peru.",
    "This year's edition, held in May, involved around 900 troops from the four countries.",
])
def test_an_earlier_edition_held_or_taking_place_is_an_exercise(nlp, sentence):
    assert "exercise" in _trigger_types(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The 2025 round of talks took place in Geneva, where the delegations of Chile and Peru met.",
    "This year's edition of the festival, held in June, drew 600 artists from Chile and Peru.",
])
def test_editions_of_talks_or_festivals_are_no_exercise(nlp, sentence):
    assert "exercise" not in _trigger_types(nlp, sentence)


def test_an_exercise_of_a_past_year_held_is_an_edition(nlp):
    assert "exercise" in _trigger_types(nlp, "Last year's exercises were staged near the Greek port of Volos.")


def test_an_exercise_of_a_year_not_held_needs_its_qualifier(nlp):
    assert "exercise" not in _trigger_types(nlp, "Last year's exercises in the textbook were harder, pupils said.")


@pytest.mark.parametrize("sentence, pair", [
    ("Brazil and Sweden agreed on Monday to jointly produce Gripen fighters in Sao Paulo.",
     {"country:BRA", "country:SWE"}),
    ("The accord between Spain and Italy commits the two governments to jointly develop a long-range missile.",
     {"country:ESP", "country:ITA"}),
])
def test_what_two_sides_bind_themselves_to_do_jointly_is_cooperation(sentence, pair):
    assert any(pair <= parties(e) for e in events_of(sentence, "cooperation"))


def test_students_asked_to_work_jointly_are_no_sides():
    text = "The ministers asked the students to jointly prepare a report on Chile and Peru, the university said."
    assert not events_of(text, "cooperation")


def test_sending_a_states_military_abroad_is_a_deployment():
    text = "Mongolia is not going to send its military to Sudan or to any other war zone, the minister said."
    stays = events_of(text, "deployment")
    assert any({"country:MNG", "country:SDN"} <= parties(e) and e.status == "denied" for e in stays), stays


def test_the_army_sent_into_its_own_streets_is_no_deployment():
    text = "The president of Peru sent the army into the streets of Lima to stop the protests, local media said."
    assert not events_of(text, "deployment")
