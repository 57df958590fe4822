"""Plural descriptions of the pair in focus (issue 11, point 1, round 2): "the two sides", "the navies of the two
countries", "their forces", "X and Y's navies", a counterpart named only by a title. They stand for the two states
the article is about at that point, never a third state named as a topic.

Sentences are written for these tests, in the styles of several outlets (wire copy, regional dailies, defence
weeklies); each article has a defense lead so that it is relevant."""
from __future__ import annotations

import pytest
from helpers import events_of
from helpers import parties as sides

LEAD = "Defense news\nBy Staff Reporter\nPublished 6 January 2026\nMilitary and security officials spoke on Monday.\n"


def _parties_of(text: str, etype: str) -> list[set[str]]:
    """The parties of each event of type ``etype`` in the article ``LEAD + text``."""
    return [sides(e) for e in events_of(text, etype, head=LEAD)]


@pytest.mark.parametrize("text, parties", [
    # a body of the two countries (Xinhua style)
    ("Brazil and Chile will deepen defence ties, officials said. The navies of the two countries will hold joint "
     "exercises in the Pacific in March.", {"country:BRA", "country:CHL"}),
    # a lower-case qualifier between the count and the noun (Al-Ahram style)
    ("Egypt and Jordan discussed regional security in Cairo. The armies of the two brotherly countries will conduct "
     "joint drills next month.", {"country:EGY", "country:JOR"}),
    ("Nepal and Bhutan agreed to expand cooperation. The two neighbouring countries will hold joint military "
     "exercises in 2027.", {"country:NPL", "country:BTN"}),
    # "their forces" after a pair (Morocco World News style)
    ("Morocco and Senegal held talks on maritime security in Dakar on Monday. Their forces will hold joint "
     "exercises in June.", {"country:MAR", "country:SEN"}),
    # the pair a sentence joins, not the state it names as a topic (Philippine daily style)
    ("Vietnam and the Philippines discussed China's conduct in the South China Sea on Monday. The coast guards of "
     "the two countries will hold joint drills in July.", {"country:VNM", "country:PHL"}),
    # "the two sides" counts two, though the meeting before named a third state (Inquirer style)
    ("Vietnam and the Philippines discussed China's conduct in the South China Sea on Monday. The two sides agreed "
     "to hold joint naval exercises in July.", {"country:VNM", "country:PHL"}),
    # a sentence whose only party word is a plural body is parsed (triggers.OFFICE_WORDS)
    ("Vietnam and the Philippines signed a defence pact, and China protested. Both navies will hold joint "
     "drills in July.", {"country:VNM", "country:PHL"}),
])
def test_a_plural_body_of_the_pair_in_focus_is_the_pair(text, parties):
    assert _parties_of(text, "exercise") == [parties]


def test_a_plural_body_without_a_pair_in_focus_gives_no_pair():
    """'Their forces' when the text names no pair: no states are guessed."""
    assert not any(p for p in _parties_of("Officials spoke of training. Their forces will hold joint exercises in June.",
                                          "exercise"))


@pytest.mark.parametrize("sentence, parties", [
    # "X and Y's <body>" (Nigerian daily style)
    ("Ghana and Nigeria's navies will hold joint exercises in the Gulf of Guinea next month.",
     {"country:GHA", "country:NGA"}),
    # "<demonym> and <demonym> troops" (Bangkok Post style)
    ("Thai and Malaysian troops will hold joint exercises along the border in May.", {"country:THA", "country:MYS"}),
])
def test_coordinated_states_on_one_body_are_both_parties(sentence, parties):
    assert _parties_of(sentence, "exercise") == [parties]


@pytest.mark.parametrize("sentence, parties", [
    # a state named only on the guest's title, the guest's state otherwise unsaid (ANSA style)
    ("Italian Defence Minister Marco Rossi received the French Minister of the Armed Forces, Jean Dupont, in Rome "
     "on Tuesday for talks on military cooperation.", {"country:ITA", "country:FRA"}),
    # an unnamed visitor (Kathimerini style)
    ("Greek Defence Minister Nikos Papas met the visiting Egyptian defence chief in Athens on Monday.",
     {"country:GRC", "country:EGY"}),
    # both named with their states (PAP style): unchanged
    ("Polish President Anna Nowak hosted Lithuanian Defence Minister Jonas Kazlauskas in Warsaw for talks on air "
     "defence.", {"country:POL", "country:LTU"}),
])
def test_a_state_on_the_counterparts_title_is_the_other_side(sentence, parties):
    assert parties in _parties_of(sentence, "meeting")


@pytest.mark.parametrize("text, parties", [
    # the victims' state is whom an attack is done to, not its doer (Dawn style)
    ("Pakistan and China held security talks on Monday. Five Chinese engineers were killed in an attack on their "
     "convoy in Balochistan on Sunday.", {"country:CHN"}),
    # (Hurriyet style)
    ("Turkey and Iraq discussed border security on Monday. Two Turkish soldiers were wounded in a rocket attack by "
     "Kurdish militants in northern Iraq.", {"country:TUR", "country:IRQ"}),
    # victims who died (The Express Tribune style); an attack as the subject (Dawn style)
    ("Pakistan and China held security talks on Monday. Five Chinese nationals died in a suicide attack on their "
     "convoy in Besham.", {"country:CHN"}),
    ("Pakistan and China held security talks on Monday. An attack on a convoy of Chinese engineers in Balochistan "
     "killed five people on Sunday.", {"country:CHN"}),
])
def test_the_victims_state_is_the_attacks_target(text, parties):
    found = events_of(text, "conflict", head=LEAD)
    assert [sides(e) for e in found] == [parties]
    assert not any(set(e.actors) & {"country:CHN", "country:TUR"} for e in found)


@pytest.mark.parametrize("sentence", [
    # where the accused are based is no side of the attack, nor who denies the charge (Hindustan Times style)
    "India blamed the bombing on militants based in Pakistan, a charge Pakistan denies.",
    # (Kabul Times style)
    "Kabul blamed the suicide attack on fighters based in Pakistan, which Pakistan rejected.",
    # who accuses is no party either, nor where the accused operate from (The Hindu style)
    "New Delhi accused militants operating from Pakistani soil of carrying out the attack on the Indian convoy.",
])
def test_where_the_accused_are_based_is_no_party_of_the_attack(sentence):
    assert not any("country:PAK" in p for p in _parties_of(sentence, "conflict"))


def test_whom_an_attack_is_laid_on_is_its_doer():
    """Wire style: 'blamed the bombing on Pakistan' accuses Pakistan; it is no target of its own bombing."""
    evs = events_of("India blamed the bombing in Kashmir on Pakistan.", head=LEAD)
    assert {"country:IND", "country:PAK"} in [sides(e) for e in evs if e.type == "threat"]
    assert not any("country:PAK" in e.targets for e in evs if e.type == "conflict")


def test_a_subordinate_clause_with_its_own_subject_holds_its_own_parties():
    """Regional daily style: Turkey's drills 'while' the ministers met are Turkey's; the ministers' states are
    the meeting's, not the drills'."""
    evs = events_of("The Greek and Cypriot defence ministers met in Nicosia on Monday, while Turkey held naval drills "
                    "nearby.", head=LEAD)
    assert {"country:GRC", "country:CYP"} in [sides(e) for e in evs if e.type == "meeting"]
    assert all(not sides(e) & {"country:GRC", "country:CYP"} for e in evs if e.type == "exercise")


@pytest.mark.parametrize("sentence, etype", [
    # the pair described among the trigger's own words, not as its subject (Addis Standard, Daily Nation styles)
    ("Military cooperation between the two countries has grown steadily.", "cooperation"),
    ("A joint exercise between the two sides is planned for June.", "exercise"),
    ("The exercise will involve troops from both countries.", "exercise"),
    ("Officials said joint military exercises by the two armies would start in June.", "exercise"),
])
def test_a_plural_description_of_the_pair_among_the_triggers_words(sentence, etype):
    evs = events_of("Kenya and Ethiopia held talks on border security in Nairobi on Monday. " + sentence, etype, head=LEAD)
    found = [sides(e) for e in evs if e.evidence.sentence == sentence]
    assert found == [{"country:KEN", "country:ETH"}]


@pytest.mark.parametrize("text, etype, parties", [
    # officials or delegations "from" the pair (Jakarta Post style)
    ("Indonesia and Malaysia signed a border pact on Monday. Officials from both sides will hold joint military "
     "exercises next year.", "exercise", {"country:IDN", "country:MYS"}),
    ("Indonesia and Malaysia signed a border pact on Monday. Delegations from the two countries held talks on "
     "maritime security in Jakarta.", "meeting", {"country:IDN", "country:MYS"}),
    # the pair last joined, not a third state the sentence between names (Hindustan Times style)
    ("India and France expand ties\n\nNew Delhi - India and France agreed on Monday to deepen defence cooperation. "
     "Russia, a long-time supplier of arms to India, was not mentioned. The two countries will also hold joint air "
     "force exercises in 2027.", "exercise", {"country:IND", "country:FRA"}),
])
def test_the_pair_in_focus_is_the_pair_last_joined(text, etype, parties):
    found = _parties_of(text, etype)
    assert parties in found
    assert not any("country:RUS" in p for p in found)


@pytest.mark.parametrize("text, parties", [
    # "they" after a sentence a pair of states opens (Bernama style; a dateline first: Daily Monitor style)
    ("Indonesia and Malaysia signed a border pact on Monday. They also agreed to hold joint military exercises "
     "next year.", {"country:IDN", "country:MYS"}),
    ("KAMPALA - Uganda and Rwanda signed a security pact on Friday. They will hold joint military exercises in "
     "2027.", {"country:UGA", "country:RWA"}),
])
def test_they_after_a_sentence_a_pair_opens_is_the_pair(text, parties):
    assert parties in _parties_of(text, "exercise")


def test_they_after_a_pair_that_is_not_the_subject_is_no_pair():
    """'They' after a sentence whose subject is no pair of states stands for no pair."""
    found = _parties_of("Rebels attacked bases in Mali and Niger on Monday. They will hold joint military exercises "
                        "in 2027.", "exercise")
    assert {"country:MLI", "country:NER"} not in found


@pytest.mark.parametrize("sentence, etype, parties", [
    # demonyms of states the gazetteer lacked (Daily Monitor, Senego styles)
    ("Kenyan President William Ruto hosted the Ugandan army commander, Muhoozi Kainerugaba, in Nairobi on Monday.",
     "meeting", {"country:KEN", "country:UGA"}),
    ("Senegalese and Malian troops will hold joint exercises near the border in May.", "exercise",
     {"country:SEN", "country:MLI"}),
])
def test_demonyms_of_smaller_states_name_them(sentence, etype, parties):
    assert parties in _parties_of(sentence, etype)


def test_a_building_ner_took_for_a_body_is_no_party():
    """Daily Nation style: 'at State House' is where the meeting is, not a side of it."""
    found = _parties_of("Kenyan President William Ruto hosted the Ugandan army commander, Muhoozi Kainerugaba, at "
                        "State House on Monday.", "meeting")
    assert found == [{"country:KEN", "country:UGA"}]


@pytest.mark.parametrize("text, parties", [
    # a state whose coast or waters an exercise is held off or in is where it is, no side (Le360, Kathimerini styles)
    ("Morocco and Senegal held talks on maritime security in Dakar on Monday. Their forces will hold joint exercises "
     "off the coast of Mauritania in June.", {"country:MAR", "country:SEN"}),
    ("Croatia and Italy signed a naval pact on Monday. The two navies will hold joint drills in the waters of "
     "Montenegro in June.", {"country:HRV", "country:ITA"}),
])
def test_a_state_whose_coast_an_exercise_is_off_is_no_side(text, parties):
    assert _parties_of(text, "exercise") == [parties]
