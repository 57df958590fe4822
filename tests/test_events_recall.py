"""Event recall (issue 11, point 3): triggers the lexicon lacked and facts one sentence holds beside another.

Sentences are written for these tests, in the styles of several outlets (wire copy, readouts, fact sheets)."""
from __future__ import annotations

import pytest
from helpers import events_of
from test_events import typed_statuses


@pytest.mark.parametrize("sentence, etype, status", [
    # a memorandum of understanding is an agreement (fact-sheet, Daily Nation styles)
    ("Finalizing an MOU on maritime security between the two coast guards.", "agreement", "occurred"),
    ("Kenya and Rwanda signed an MOU on police training in Kigali on Friday.", "agreement", "occurred"),
    # a military build-up is a deployment (Reuters, Kyiv Independent styles)
    ("NATO voiced concern over the Belarusian military build-up along the Polish border.", "deployment", "occurred"),
    ("Satellite images show a buildup of Chinese troops near the Indian frontier.", "deployment", "occurred"),
    ("Minsk denied any military buildup near the border.", "deployment", "denied"),
    # sending forces, activating commands are deployments (The Hill, Defense News styles)
    ("London sent additional warships to the Red Sea last month.", "deployment", "occurred"),
    ("Rome agreed on sending Italian soldiers to Lebanon.", "deployment", "planned"),
    ("The Pentagon activated a new Army headquarters in Poland this week.", "deployment", "occurred"),
    ("The alliance moved to activate its defensive plans for the eastern flank.", "deployment", "occurred"),
])
def test_new_triggers_give_their_type(nlp, sentence, etype, status):
    assert (etype, status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence, absent", [
    # the same words in other trades are no events (business, local news styles)
    ("The company sent a letter to its shareholders on Monday.", "deployment"),
    ("Germany will send more engineers to help rebuild the bridge.", "deployment"),
    ("The debt build-up worried investors in Frankfurt.", "deployment"),
    ("The county will activate its flood emergency plan if the river rises.", "deployment"),
    # what an agreement is on or for is its subject, not a second fact (fact-sheet, Xinhua styles)
    ("Finalizing an MOU on cyber cooperation between the two ministries.", "cooperation"),
    ("Hanoi and Manila signed a framework agreement to strengthen maritime security cooperation.", "cooperation"),
    ("Seoul and Canberra signed a memorandum strengthening defense industry cooperation.", "cooperation"),
])
def test_new_triggers_stay_out_of_other_contexts(nlp, sentence, absent):
    assert absent not in {t for t, _ in typed_statuses(nlp, sentence)}


def test_a_fact_coordinated_with_a_signing_is_its_own(nlp):
    """'signed a deal and pledged closer cooperation': two facts, the pledge is no subject of the deal."""
    found = typed_statuses(nlp, "Egypt and Greece signed a deal and pledged closer military cooperation.")
    assert {"agreement", "cooperation"} <= {t for t, _ in found}


@pytest.mark.parametrize("sentence, etype, status", [
    # what is provided is the giving (readout style): extended deterrence provided is cooperation
    ("The president reaffirmed his commitment to provide extended deterrence to South Korea.", "cooperation",
     "planned"),
    # applying for membership is asking to be let in (Delfi, Yle styles)
    ("In May, Austria and Ireland made the decision to apply for full NATO membership.", "request", "occurred"),
    ("Georgia applied to join NATO in 2008.", "request", "occurred"),
    # a dialogue named by its parties is a meeting (Vietnam News, PIB styles)
    ("The two sides will hold the U.S.-Vietnam Strategic Dialogue in March.", "meeting", "planned"),
    # calls rejected, renewed or made for something are requests (Al Jazeera, UN News styles)
    ("The Houthis rejected these calls and launched new attacks on shipping.", "request", "denied"),
    ("The UN renewed its calls for a ceasefire in Sudan.", "request", "occurred"),
    # an operation to evacuate is a deployment (France 24 style)
    ("French forces conducted an operation to evacuate citizens from Niger.", "deployment", "occurred"),
    # a commitment to a state's security is cooperation (Times of Israel, LRT styles)
    ("The chancellor underscored Germany's commitment to Lithuania's security.", "cooperation", "occurred"),
])
def test_types_read_from_what_the_trigger_governs(nlp, sentence, etype, status):
    assert (etype, status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence, absent", [
    ("The president reaffirmed his commitment to provide extended deterrence to South Korea.", "alliance"),
    ("In May, Austria and Ireland made the decision to apply for full NATO membership.", "alliance"),
    ("The retailer's operation to expand in Asia was costly.", "deployment"),
    ("The company reaffirmed its commitment to customer security.", "cooperation"),
    ("The minister reaffirmed her commitment to reform.", "cooperation"),
    ("Leaders held a call on Monday with the chancellor.", "request"),
    ("The coach answered a call from the club's president.", "request"),
    ("Armenia may one day seek to join the alliance.", "request"),
])
def test_governed_types_stay_in_their_context(nlp, sentence, absent):
    assert absent not in {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, etype", [
    # an acronym is a name the coalition fights (Rudaw style); talks "within X and with Y" (DW style)
    ("The coalition came to Syria to fight ISIL in 2014.", "conflict"),
    ("The minister said the decision followed talks in Brussels and with Turkey.", "meeting"),
    # allies defended are allies (readout style)
    ("The minister reaffirmed Britain's commitment to defending its Gulf allies.", "alliance"),
])
def test_names_and_partners_the_parse_hangs_elsewhere(nlp, sentence, etype):
    assert etype in {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, absent", [
    # a disease is no enemy; what a relative clause says of the object is not the object; a president's own
    # memorandum is a domestic order (The Straits Times, readout, fact-sheet styles)
    ("Singapore and the United States will redouble joint efforts to fight COVID-19.", "conflict"),
    ("The two countries pledged to fight HIV in the region.", "conflict"),
    ("They committed to encourage economic engagement that benefits both countries.", "request"),
    ("Today, the President signed a National Security Presidential Memorandum on Iran.", "agreement"),
])
def test_out_of_context_objects_give_no_event(nlp, sentence, absent):
    assert absent not in {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, etype", [
    # forces provided, contributed or committed are deployments (UN News, Defense News styles)
    ("Brazil will contribute 500 troops to the mission in Haiti.", "deployment"),
    ("Washington committed additional forces to the eastern flank.", "deployment"),
    ("The plan keeps one battlegroup in Lithuania while also providing forces in the NATO battlegroups.",
     "deployment"),
])
def test_forces_given_are_deployments(nlp, sentence, etype):
    assert etype in {t for t, _ in typed_statuses(nlp, sentence)}


def test_air_strikes_with_an_air_force_are_no_forces_sent(nlp):
    found = typed_statuses(nlp, "In 2015, Riyadh began providing airstrikes with the Royal Saudi Air Force.")
    assert "deployment" not in {t for t, _ in found}


FACT_SHEET = "FACT SHEET: Italy and Albania Deepen Their Defense Partnership\nRome, 3 March 2026\n"


def test_a_subjectless_fact_sheet_line_is_the_author_states():
    """Fact-sheet style: 'Stationing two squadrons in X.' is the article's principal state's deployment to X."""
    evs = events_of("Italy and Albania agreed on Monday to deepen their defense partnership. Italy will expand "
                    "its military presence in the region.\nStationing two Italian helicopter squadrons in Albania.",
                    "deployment", head=FACT_SHEET)
    dep = [e for e in evs if "Stationing" in e.evidence.sentence]
    assert dep and dep[0].actors == ("country:ITA",) and "country:ALB" in dep[0].targets


def test_rescuers_in_a_country_host_nothing():
    """Wire style: soldiers leading rescue operations in a state nobody sent them to are no deployment to it."""
    evs = events_of("Soldiers and police are leading rescue operations in Indonesia after a strong earthquake.",
                    "deployment", head=FACT_SHEET)
    assert not [e for e in evs if "country:IDN" in e.targets]


def test_a_verb_coordinated_with_a_request_is_its_own_fact(nlp):
    """Kathimerini style: what they 'deemed' after calling on Ankara is no part of the call."""
    found = typed_statuses(nlp, "They called on Turkey to halt its drilling, and deemed that the agreement on "
                                "sending Turkish soldiers to Libya goes against the resolution.")
    assert {"request", "deployment"} <= {t for t, _ in found}


def test_a_war_named_by_its_own_side_is_kept():
    """Address style: 'to end America's longest war' is a conflict whose other side goes unsaid; a tsunami that
    killed is none."""
    evs = events_of("It is time to end Italy's longest war and bring our troops home.\n"
                    "The Albanian people who were fighting to defend their country were commended.\n"
                    "In 2004, a tsunami that killed thousands struck Albania.", "conflict", head=FACT_SHEET)
    sides = {e.actors for e in evs}
    assert ("country:ITA",) in sides and ("country:ALB",) in sides and len(sides) == 2


@pytest.mark.parametrize("sentence, present", [
    # a capitalised plural keeps its form as lemma: "Allies" is read as "allies" are (readout, address styles)
    ("Washington proudly welcomed the Nordic states as Allies in NATO.", True),
    ("And as Allies, we will continue to defend every inch of NATO territory.", True),
    ("The senator's political Allies rallied behind him.", False),
])
def test_capitalised_allies_are_allies(nlp, sentence, present):
    assert ("alliance" in {t for t, _ in typed_statuses(nlp, sentence)}) is present


@pytest.mark.parametrize("sentence, etype", [
    # military capabilities delivered are cooperation (Defense News, readout styles)
    ("Since 2022, Berlin has placed the highest priority on delivering critical military capabilities to Kyiv.",
     "cooperation"),
    ("Washington will continue to provide Taipei with the capabilities to defend itself.", "cooperation"),
    # a summit's conclusions denounced are an accusation (Anadolu style)
    ("The foreign ministry denounced the conclusions of the summit in Cairo.", "threat"),
    # a dialogue opened or resumed is a meeting (Kathimerini, Dawn styles)
    ("To resolve differences, Ankara invited the countries to open dialogue.", "meeting"),
    ("India and Pakistan agreed to resume dialogue next month.", "meeting"),
])
def test_capabilities_conclusions_and_dialogues(nlp, sentence, etype):
    assert etype in {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, absent", [
    ("The company will provide customers with new cloud capabilities.", "cooperation"),
    ("The coach held a discussion about tactics.", "meeting"),
])
def test_capabilities_and_discussions_out_of_context(nlp, sentence, absent):
    assert absent not in {t for t, _ in typed_statuses(nlp, sentence)}
