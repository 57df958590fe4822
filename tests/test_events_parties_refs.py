"""Who a party is (issue 11, point 1): a state's organs are the state, names that are no body are no
party, and plural references ("the two leaders", "they", "both sides") are the states in focus.

Sentences are written for these tests, in the styles of several outlets (readouts, wire copy, regional
dailies); each article has a defense lead so that it is relevant."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument

LEAD = "Defense news\nBy Staff Reporter\nPublished 6 January 2026\nMilitary and security officials spoke on Monday.\n"


def _article(text: str, lead: bool = True):
    return analyse_raws([RawDocument("r", "r.txt", (LEAD if lead else "") + text + "\n")])[0]


def _parties_of(art, etype: str) -> list[set[str]]:
    return [set(e.actors) | set(e.targets) for e in art.events if e.type == etype]


@pytest.mark.parametrize("sentence, etype, parties", [
    # an organ named without its state is the state (Defense News style)
    ("The U.S. Department of Defense and Norway held talks on Arctic security in Oslo.", "meeting",
     {"country:USA", "country:NOR"}),
    # a leader's administration is his state (The Hill style)
    ("The Obama Administration and India agreed to expand defense cooperation.", "cooperation",
     {"country:USA", "country:IND"}),
    # an acronym the text spells as a state's name is that state (ANI style)
    ("Kenya and Papua New Guinea (PNG) signed a security agreement. PNG will deploy police officers to Kenya "
     "next year.", "deployment", {"country:PNG", "country:KEN"}),
])
def test_a_states_organ_or_abbreviation_is_the_state(sentence, etype, parties):
    assert parties in _parties_of(_article(sentence), etype)


@pytest.mark.parametrize("sentence, etype, junk", [
    # a programme's name NER takes for an organisation (Xinhua style)
    ("Vietnam and Cambodia launched Digital Border Security Cooperation, a programme to deepen defense "
     "cooperation with Laos.", "cooperation", "org:digital-border-security-cooperation"),
    # a funding line (The Hill style)
    ("Colombia and Ecuador agreed to expand military cooperation with Foreign Military Financing from Spain.",
     "cooperation", "org:foreign-military-financing"),
])
def test_a_name_that_is_no_body_is_no_party(sentence, etype, junk):
    art = _article(sentence)
    assert junk in {e.id for e in art.entities}  # the name is there, as an organisation
    found = _parties_of(art, etype)
    assert found and not any(junk in p for p in found)


def test_a_ministrys_spokesperson_speaks_for_its_state():
    """Wire style: what a State Department spokesperson urges in a quotation is the state's request."""
    art = _article("Statement on Iraq\n\nA Department of State spokesperson, Jane Miller, said the United States "
                   "was concerned. \"We strongly urge Iraqi leaders to protect coalition troops,\" she said.",
                   lead=False)
    assert {"country:USA", "country:IRQ"} in _parties_of(art, "request")


def test_the_president_is_the_state_of_whom_the_readout_names_so():
    """Readout style: 'The President conveyed ...' is the state of the president the readout names, not the
    state the readout mentions most (here Iran, a topic of the call)."""
    art = _article("Readout of President Emmanuel Macron's Call with President Cyril Ramaphosa of South Africa\n\n"
                   "President Emmanuel Macron spoke today with President Cyril Ramaphosa of South Africa. Iran and "
                   "Iran's missile program were discussed, and Iran's drones near Iran's coast. The President conveyed "
                   "his strong support for South Africa's maritime security.", lead=False)
    assert {"country:FRA", "country:ZAF"} in _parties_of(art, "cooperation")


@pytest.mark.parametrize("text, etype, parties", [
    # "our" on the trigger's own phrase is the author's state (statement style)
    ("Statement by Prime Minister Keir Starmer on Drone Incursions\n\nMilitary drones entered NATO airspace over "
     "Norway on Monday. Norwegian radars, a hallmark of our long security partnership, tracked the drones over the "
     "North Sea.", "cooperation", {"country:GBR", "country:NOR"}),
    # "with our Allies": the author's state is the other side (letter style)
    ("Statement by Prime Minister Keir Starmer on the Arctic\n\nRussian submarines were tracked near Iceland on "
     "Monday. This decision was taken in close consultation with our NATO allies.", "meeting",
     {"country:GBR", "org:nato"}),
])
def test_our_on_the_triggers_phrase_is_the_authors_state(text, etype, parties):
    assert parties in _parties_of(_article(text, lead=False), etype)


@pytest.mark.parametrize("sentence, parties", [
    # the helper in the clause above is no party of the war; "it" is the state named last (The Hill style)
    ("Britain has sent air defense systems to Moldova so it can defend itself against Russian aggression.",
     {"country:RUS", "country:MDA"}),
    # the clause's subject resists the attack: it is the other side (wire style)
    ("Kyiv repelled Russian attacks near Kharkiv overnight.", {"country:RUS", "country:UKR"}),
])
def test_a_war_named_by_its_doer_and_who_is_its_other_side(sentence, parties):
    assert _parties_of(_article(sentence), "conflict") == [parties]


def test_the_three_countries_are_the_three_states_in_focus():
    """Regional daily style: a counted plural subject stands for as many states as it counts."""
    art = _article("Brazil, Argentina and Uruguay signed a defense pact in Montevideo last year, and Brazil praised "
                   "Argentina and Uruguay for it. The three countries will hold joint naval exercises in 2027.")
    assert _parties_of(art, "exercise") == [{"country:BRA", "country:ARG", "country:URY"}]


@pytest.mark.parametrize("sentence, etype, parties", [
    # a group a demonym qualifies is not the state, nor whoever backs it (wire style)
    ("Some Libyan militias backed by Russia have made threats against Italian ships in the Mediterranean.",
     "threat", {"country:ITA"}),
    ("Syrian rebels attacked Turkish troops near Idlib on Sunday.", "conflict", {"country:TUR"}),
])
def test_a_group_a_demonym_qualifies_is_no_state(sentence, etype, parties):
    assert _parties_of(_article(sentence), etype) == [parties]


@pytest.mark.parametrize("sentence, etype, parties", [
    # who supports talks between two states is no party of them (Trend style)
    ("Uzbekistan will fully support peace talks between Armenia and Azerbaijan.", "meeting",
     {"country:ARM", "country:AZE"}),
    # who discusses an agreement between two states is no party of it (Xinhua style)
    ("Mongolian officials discussed the new border security agreement between Kazakhstan and Kyrgyzstan with "
     "Chinese envoys.", "agreement", {"country:KAZ", "country:KGZ"}),
])
def test_between_x_and_y_on_the_trigger_names_its_parties(sentence, etype, parties):
    assert parties in _parties_of(_article(sentence), etype)


@pytest.mark.parametrize("text, acronym, long_form", [
    ("Chile and Bolivia (BOL) met", "BOL", None),  # no initials of the name
    ("Kenya and the Democratic Republic of the Congo (DRC) signed", "DRC", "Democratic Republic of the Congo"),
    ("under a Memorandum of Understanding (MOU) on", "MOU", "Memorandum of Understanding"),
    ("Estonia quit the Treaty on Naval Forces in the Baltic (TNB) in May", "TNB", "Treaty on Naval Forces in the Baltic"),
    ("the Gulf Cooperation Council (GCC), said", "GCC", "Gulf Cooperation Council"),
])
def test_the_name_an_acronym_abbreviates(text, acronym, long_form):
    from pactwatch.events.context import _long_form

    assert _long_form(text, acronym) == long_form


def test_allies_are_no_members_of_an_armed_group_the_article_is_about():
    """Wire style: 'allies' stands for the bloc the article is about only when it has member states; here
    the most named organisation is an armed group, no bloc."""
    art = _article("Hezbollah fired rockets at Israel on Monday, and Hezbollah claimed the attack. The United States "
                   "has been urging allies such as France to ban all of Hezbollah's activities.")
    assert _parties_of(art, "request") == [{"country:USA", "country:FRA"}]


def test_whom_a_request_asks_is_the_subject_of_what_it_asks():
    """Regional daily style: 'urged that Russian border guards leave' asks Russia."""
    art = _article("The Armenian parliament urged that Russian border guards leave the airport in Yerevan, the "
                   "Armenian foreign ministry said on behalf of Armenia.")
    assert any("country:RUS" in e.targets for e in art.events if e.type == "request")


def test_the_delegation_is_the_state_that_sent_it():
    """Readout style: 'The delegation presented ...' acts for the state whose delegation the readout tells of."""
    art = _article("Readout of the Australian Delegation's Visit to Tonga\n\nAn Australian interagency delegation "
                   "traveled to Tonga and Fiji for meetings with senior officials. The delegation presented new "
                   "initiatives to deepen maritime security cooperation with Tonga.", lead=False)
    assert {"country:AUS", "country:TON"} in _parties_of(art, "cooperation")


def test_our_allies_are_the_speakers_not_the_bloc_the_article_names():
    """Statement style: 'Canada and our allies have delivered' does not make NATO, named most, a party."""
    art = _article("Statement by Prime Minister Mark Carney on Ukraine\n\nNATO leaders met in Brussels, and NATO "
                   "condemned the strikes. Ukraine deployed the air defense systems that Canada and our allies have "
                   "delivered to Ukraine over the past year.", lead=False)
    assert _parties_of(art, "cooperation") == [{"country:CAN", "country:UKR"}]


@pytest.mark.parametrize("sentence", [
    # whom a partnership prevents from acting is no side of it (Kathimerini style)
    "Greek and Cypriot officials said their partnership remains a cornerstone in preventing Turkey from drilling "
    "near Cyprus.",
    # cooperation "against" a state (Delfi style)
    "Poland and Lithuania deepened military cooperation against Russia on Tuesday.",
])
def test_whom_a_cooperation_counters_is_no_side_of_it(sentence):
    found = _parties_of(_article(sentence), "cooperation")
    assert found and not any({"country:TUR", "country:RUS"} & p for p in found)


@pytest.mark.parametrize("sentence, etype, parties", [
    # what a deployment answers is no side of it (Defense News style)
    ("Canada will deploy two more frigates to the Baltic Sea in response to Russia's aggression against Ukraine.",
     "deployment", {"country:CAN"}),
    # what a cooperation happens amid (NHK style)
    ("Japan and Australia deepened defense cooperation amid China's pressure on Taiwan.", "cooperation",
     {"country:JPN", "country:AUS"}),
])
def test_what_an_act_answers_is_no_side_of_it(sentence, etype, parties):
    assert _parties_of(_article(sentence), etype) == [parties]


def test_a_generic_group_in_another_clause_is_not_the_triggers():
    """Interview style: the member states wished for in the next clause are no party of the alliance with Russia."""
    art = _article("The Collective Security Treaty Organization held a summit in Minsk, and Kazakhstan is a member of "
                   "the Collective Security Treaty Organization. \"We cooperate with Russia in the format of a military "
                   "alliance, and it would be good if the member states also started cooperating in this direction,\" "
                   "Tokayev said.")
    alliances = _parties_of(art, "alliance")  # Kazakhstan's membership of the CSTO is an alliance of its own
    assert {"country:KAZ", "country:RUS"} in alliances
    assert not any(p > {"country:KAZ", "country:RUS"} for p in alliances), alliances


def test_our_three_governments_are_the_three_states_in_focus():
    """Joint statement style: 'our three governments' counts the states the statement is about."""
    art = _article("Ghana, Togo and Benin signed a maritime security pact in Lome last year, and Ghana thanked Togo "
                   "and Benin. Our three governments will hold joint naval exercises in the Gulf of Guinea, the "
                   "statement said.")
    assert _parties_of(art, "exercise") == [{"country:GHA", "country:TGO", "country:BEN"}]
