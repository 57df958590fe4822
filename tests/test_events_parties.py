"""Parties of an event come from the trigger's own arguments in the parse (issue 11, point 1).

Sentences are written for these tests, in the styles of several outlets (wire copy, readouts,
regional dailies); each article has a defense lead so that it is relevant."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument

LEAD = "Defense news\nBy Staff Reporter\nPublished 6 January 2026\nMilitary and security officials spoke on Monday.\n"


def _events(sentence: str, etype: str):
    art = analyse_raws([RawDocument("p", "p.txt", LEAD + sentence + "\n")])[0]
    return [e for e in art.events if e.type == etype]


def _parties(sentence: str, etype: str) -> set[str]:
    evs = _events(sentence, etype)
    assert evs, f"no {etype} event"
    return set(evs[0].actors) | set(evs[0].targets)


@pytest.mark.parametrize("sentence, etype, parties", [
    # a bystander in another clause is no party (Defense News style)
    ("Poland will deploy two more brigades to its eastern border after Russia invaded Ukraine.",
     "deployment", {"country:POL"}),
    # a state named in a purpose clause is no party of the cooperation (readout style)
    ("Japan and Australia agreed to deepen defense cooperation to deter Chinese coercion against the Philippines.",
     "cooperation", {"country:JPN", "country:AUS"}),
    # the possessor is the actor, the state the war is in the target (The Hill style)
    ("The senators condemned Russia's war in Ukraine.", "conflict", {"country:RUS", "country:UKR"}),
    # a state's institution stands for the state (Dawn style)
    ("The Turkish Foreign Ministry and Greece held talks in Ankara on maritime disputes.",
     "meeting", {"country:TUR", "country:GRC"}),
    # a name inside a name is no party: the Sea of Japan is where the drill is (Xinhua style)
    ("Russia and China held joint naval drills in the Sea of Japan on Tuesday.",
     "exercise", {"country:RUS", "country:CHN"}),
    # a clause on the trigger itself is its own: the states it names are the agreement's (Trend style)
    ("A new memorandum strengthening military cooperation between Azerbaijan and Turkey has been approved.",
     "agreement", {"country:AZE", "country:TUR"}),
])
def test_parties_are_the_triggers_arguments(sentence, etype, parties):
    assert _parties(sentence, etype) == parties


def test_a_news_agency_quoted_is_no_party():
    """'According to Yonhap, quoting KCNA, North Korea fired artillery': the agencies report it."""
    parties = _parties("According to Yonhap news agency, North Korean troops attacked South Korean positions "
                       "near the border.", "conflict")
    assert not {p for p in parties if "yonhap" in p}


def test_an_unnamed_office_holder_acts_for_the_articles_state():
    """White House readout style: 'The President' is the state the article is mostly about."""
    text = ("The United States and the United States Army remain committed. The President met with Prime Minister "
            "Fumio Kishida of Japan to discuss the alliance and United States security commitments.")
    parties = _parties(text, "meeting")
    assert {"country:USA", "country:JPN"} <= parties


def test_the_author_of_a_statement_is_its_state():
    """Statement style: 'I spoke with President X' and 'we will continue' are the article's state."""
    text = ("The United States stands with Ukraine, and the United States will keep its promise. I spoke with "
            "President Volodymyr Zelenskyy of Ukraine today about more security assistance.")
    assert {"country:USA", "country:UKR"} <= _parties(text, "meeting")


def test_the_two_leaders_are_those_who_met():
    """Readout style: 'the two leaders' are the parties of the meeting reported first, not the most named states."""
    text = ("President Joe Biden met with Prime Minister Naftali Bennett of Israel at the White House. Iran and Iran's "
            "proxies were discussed, and Iran's nuclear program. The two leaders committed to deepen defense "
            "cooperation.")
    assert _parties(text, "cooperation") == {"country:USA", "country:ISR"}


@pytest.mark.parametrize("sentence, etype, parties", [
    # who condemns someone else's act asserts it, is no party of it (wire style, a state as the speaker)
    ("The United States strongly condemns Iran's missile attack on Iraq's Kurdistan region.",
     "conflict", {"country:IRN", "country:IRQ"}),
    # the trigger names its doer with "of": the commentator is no party (Yonhap style)
    ("Japan condemned the deployment of North Korean troops to Russia.", "deployment",
     {"country:PRK", "country:RUS"}),
    # a verb coordinated with a verb of saying shares its subject, not its objects (Delfi style)
    ("Poland's foreign minister voiced concern over the Russian military build-up near Ukraine's borders and "
     "called on Russia to pull back its troops.", "request", {"country:POL", "country:RUS"}),
    # every person of a coordinated subject stands for their state (Dawn style)
    ("Britain and France held talks on security. Prime Minister Keir Starmer and President Emmanuel Macron agreed "
     "to deepen military cooperation.", "cooperation", {"country:GBR", "country:FRA"}),
])
def test_the_one_who_says_it_and_coordinated_subjects(sentence, etype, parties):
    assert _parties(sentence, etype) == parties


def test_a_speaker_who_stresses_a_need_proposes_it():
    """'X stressed the importance of joint drills': X's state is the actor, not a subject of another clause."""
    text = ("Kazakhstan and Uzbekistan signed a treaty. President Kassym-Jomart Tokayev of Kazakhstan said the "
            "partnership has grown, stressing the importance of joint military exercises with Uzbekistan.")
    assert "country:KAZ" in set(_events(text, "exercise")[0].actors)


def test_they_and_coordinated_offices_are_those_who_met():
    """Readout style: after 'X met with Y', 'they' and 'the Vice President and the President' are the two sides."""
    text = ("Vice President Kamala Harris met with President Yoon Suk Yeol of the Republic of Korea in Seoul to "
            "discuss the alliance between the United States and the Republic of Korea. The Vice President and the "
            "President agreed to deepen bilateral defense cooperation. They condemned North Korea's ballistic "
            "missile launches.")
    assert _parties(text, "cooperation") == {"country:USA", "country:KOR"}
    threat = _events(text, "threat")[0]
    assert {"country:USA", "country:KOR"} <= set(threat.actors) | set(threat.targets)
    assert "country:PRK" in threat.targets


def test_a_name_of_two_states_joined_by_a_hyphen_is_their_relation():
    """'The U.S.-Japan Alliance': the two states are the parties, the name is no body of its own."""
    text = "President Joe Biden said the U.S.-Japan Alliance is the cornerstone of peace and security in the region."
    assert _parties(text, "alliance") == {"country:USA", "country:JPN"}


def _doc_events(text: str, etype: str):
    art = analyse_raws([RawDocument("a", "a.txt", text)])[0]
    return [e for e in art.events if e.type == etype]


@pytest.mark.parametrize("text, etype, asserter", [
    # readout style: "The President conveyed ..." is asserted by the president the readout names
    ("Readout of President Joe Biden's Meeting with Prime Minister Naftali Bennett of Israel\n\n"
     "President Joe Biden met today with Prime Minister Naftali Bennett of Israel to discuss security. "
     "The President conveyed his ironclad support for Israel's security and for defense cooperation with "
     "Israel.\n", "cooperation", "person:joe-biden"),
    # statement style: "I have ordered the deployment ..." is asserted by the person the title names
    ("Statement by Prime Minister Jacinda Ardern on New Zealand's Support for Ukraine\n\n"
     "Russia's invasion of Ukraine is a grave violation of international law. I have ordered the deployment "
     "of New Zealand Defence Force personnel to the United Kingdom to train Ukrainian soldiers.\n",
     "deployment", "person:jacinda-ardern"),
])
def test_who_asserts_a_readout_or_a_statement(text, etype, asserter):
    evs = _doc_events(text, etype)
    assert evs and evs[0].asserted_by == asserter


def test_a_named_subject_of_a_stance_verb_asserts_it_and_a_bare_narration_has_no_asserter():
    """Wire style: 'Minister X reaffirmed ...' is X's claim; 'Troops from A and B held drills' is the outlet's."""
    text = ("Indonesia and Australia hold talks\n\nIndonesian Defence Minister Prabowo Subianto reaffirmed the "
            "defence cooperation agreement with Australia on Tuesday. Troops from Indonesia and Australia held "
            "joint military exercises in Darwin.\n")
    agreement = _doc_events(text, "agreement")
    assert agreement and agreement[0].asserted_by == "person:prabowo-subianto"
    exercise = _doc_events(text, "exercise")
    assert exercise and exercise[0].asserted_by is None


@pytest.mark.parametrize("sentence, etype, parties", [
    # a noun phrase that names its doer holds its own parties, not the clause's subject (statement style)
    ("The United States stands shoulder-to-shoulder with Estonia to counter Russia's war on Ukraine.",
     "conflict", {"country:RUS", "country:UKR"}),
    # the doer through a quantity (Yonhap style)
    ("Seoul condemned the deployment of thousands of North Korean troops to Russia.", "deployment",
     {"country:PRK", "country:RUS"}),
    # what a membership noun's possessor names is the other side ("NATO's 32nd Ally", Delfi style)
    ("Lithuania welcomed Sweden as NATO's newest ally on Thursday.", "alliance", {"country:SWE", "org:nato"}),
])
def test_a_noun_phrase_that_names_its_doer(sentence, etype, parties):
    assert _parties(sentence, etype) == parties


def test_a_statement_asserts_all_it_narrates():
    """Statement style: the author named in the title claims what the statement narrates, 'I' or not."""
    text = ("Statement from President Joe Biden on the Anniversary of the Attack on the United Arab Emirates\n\n"
            "One year ago, Houthi drones attacked civilian sites in the United Arab Emirates. The United States "
            "will continue to support the security of the UAE, including providing military assistance.\n")
    evs = _doc_events(text, "conflict") + _doc_events(text, "cooperation")
    assert evs and {e.asserted_by for e in evs} == {"person:joe-biden"}


def test_the_doers_of_a_signing_are_the_agreements_parties():
    """Readout style: 'X applauded Japan and Australia's signing of the Reciprocal Access Agreement'."""
    text = ("President Joe Biden applauded Japan and Australia's signing of the Reciprocal Access Agreement, "
            "which will enable closer defense cooperation.")
    assert _parties(text, "agreement") == {"country:JPN", "country:AUS"}


def test_he_is_the_last_person_named():
    """Statement style: 'Putin ...; he has threatened our NATO allies' is Russia's threat, not the author's."""
    text = ("Statement from President Joe Biden on Russia's Assault\n\nOvernight, Russian President Vladimir Putin "
            "launched missiles at Ukraine. He has threatened some of our NATO Allies as well.\n")
    threat = _doc_events(text, "threat")
    assert threat and threat[0].actors == ("country:RUS",)
