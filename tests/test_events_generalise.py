"""Event types in other outlets' phrasings (issue 11 point 3, generalisation): warnings and accusations without the
word "threat", deals between states, rotations, joint production, information shared, what a meeting, a request
or an accusation is about.

Sentences are written for these tests, in the styles of several outlets (wire copy, ministry statements, readouts,
defense trade press); none is taken from an evaluation set."""
from __future__ import annotations

import pytest
from helpers import events_of, parties
from test_events import typed_statuses


def _types(nlp, sentence: str) -> set[str]:
    return {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, etype, status", [
    # warnings and accusations (Xinhua, MFA statement, Yonhap styles)
    ("Beijing warned that Manila was sending a wrong signal to separatist forces.", "threat", "occurred"),
    ("Ankara warned that the arms sale would damage relations between the two allies.", "threat", "occurred"),
    ("Tehran remains the main threat to stability in the Gulf, the minister said.", "threat", "occurred"),
    ("Tokyo condemned the launch as a clear provocation.", "threat", "occurred"),
    ("Seoul accused Pyongyang of using the drills to threaten its neighbours.", "threat", "occurred"),
    ("Hanoi said the patrols harm the interests of coastal states.", "threat", "occurred"),
    # speaking out against an attack, a group labelled or branded a terrorist one (Al Jazeera, Anadolu styles)
    ("The Jordanian prime minister spoke out against the strike on Syrian territory.", "threat", "occurred"),
    ("In 2019, the Canadian government labeled the group as a terrorist organization.", "threat", "occurred"),
    ("Ankara branded the militia a terrorist group.", "threat", "occurred"),
    # deals between states (Defense News, Arab News, Anadolu styles)
    ("Romania signed a contract with the United States for Abrams tanks.", "agreement", "occurred"),
    ("Bahrain and Qatar restored ties under a deal brokered by Saudi Arabia.", "agreement", "occurred"),
    ("The two ministers agreed to begin negotiations on a new defence agreement.", "agreement", "planned"),
    # rotations and units stationed (Stars and Stripes, Delfi styles)
    ("The United States plans to rotate an armored brigade to Lithuania.", "deployment", "planned"),
    ("The British army will rotate a battalion to Estonia next spring.", "deployment", "planned"),
    ("A Dutch battalion has been stationed there since 2019.", "deployment", "occurred"),
    # cooperation in other words (Kyiv Independent, NHK, Astana Times styles)
    ("Prague and Bratislava agreed to study joint production of artillery shells.", "cooperation", "planned"),
    ("Canberra was sharing intelligence on the missile launch with Wellington.", "cooperation", "occurred"),
    ("Mongolia takes part in NATO's Partnership for Peace programme.", "cooperation", "occurred"),
    ("Italy is supplying missile batteries to Egypt's navy.", "cooperation", "occurred"),
    # an alliance named in apposition (Trend, APA styles)
    ("The two presidents said they would always stand together under the Baku Declaration, the alliance pact.",
     "alliance", "occurred"),
    # soldiers killed in an attack (Dawn style)
    ("Four Nigerien soldiers were killed in a suicide attack on their convoy.", "conflict", "occurred"),
])
def test_other_phrasings_give_their_type(nlp, sentence, etype, status):
    assert (etype, status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence, absent", [
    # a law signed is no agreement between states (The Hill style)
    ("The president signed into law a package of military assistance for Israel.", "agreement"),
    # what a meeting is about or discusses is the meeting (readout styles; GUIDE: "discussed security" is a meeting)
    ("The ministers held talks on regional security and joint training.", "cooperation"),
    ("The prime minister received the envoy, where they discussed defence cooperation.", "cooperation"),
    # negotiations on an agreement are the agreement (TASS style)
    ("Baku and Astana agreed to begin talks on a new security treaty.", "meeting"),
    # what a request asks for has not happened (Kyiv Post style)
    ("Chisinau appealed to partners to supply more air defense systems.", "cooperation"),
    # a missile fired into the sea is a test, no conflict (NHK, Yonhap styles)
    ("North Korea fired a ballistic missile toward the sea on Tuesday.", "conflict"),
    ("Pyongyang fired two cruise missiles into the sea off its west coast.", "conflict"),
    # a partnership valued is no new fact (MFA statement style)
    ("Budapest valued its strategic partnership with Belgrade.", "cooperation"),
    # an attack someone is accused of preparing is the accusation (RIA style)
    ("He spoke of Baku, which he accuses of preparing an attack on Yerevan.", "conflict"),
    # deals of companies and clubs are no agreements (business, sport pages)
    ("Airbus signed a contract with Poland for helicopters.", "agreement"),
    ("The defence ministry signed a contract with Hanwha for howitzers.", "agreement"),
    ("The club signed a contract with the striker until 2027.", "agreement"),
    # speaking out against a tax, a film labelled a masterpiece (culture, politics pages)
    ("The singer spoke out against the new tax on Monday.", "threat"),
    ("The magazine labeled the film as a masterpiece.", "threat"),
    # sharing information without anything military is no cooperation (business page)
    ("The bank was sharing information with its auditors.", "cooperation"),
    ("The bank shared information with German regulators about the fraud.", "cooperation"),
])
def test_other_phrasings_stay_out(nlp, sentence, absent):
    assert absent not in _types(nlp, sentence)


@pytest.mark.parametrize("sentence, etype", [
    # giving discussed is still a cooperation, accusing of an attack still gives the attack, a request keeps its own
    ("The leaders discussed U.S. support for training Ukrainian pilots on F-16 jets.", "cooperation"),
    ("Moscow accused Kyiv of attacking its positions near Belgorod with drones.", "conflict"),
    ("Chisinau appealed to partners to supply more air defense systems.", "request"),
])
def test_what_the_nesting_keeps(nlp, sentence, etype):
    assert etype in _types(nlp, sentence)


# a lead that makes the article relevant, whatever the sentence under test
EXERCISES_HEAD = ("World\nBy Staff\nPublished 6 January 2026\n"
                  "The armed forces of several states held joint military exercises, defence officials said.\n")


@pytest.mark.parametrize("sentence, etype, sides", [
    # a contract between two states, read without NER in the parsed sentence (Defense News, Yonhap styles)
    ("Romania signed a contract with South Korea for K9 howitzers, the Romanian defence ministry said.", "agreement",
     {"country:ROU", "country:KOR"}),
    ("The Norwegian defence ministry signed a contract with Germany for new submarines.", "agreement",
     {"country:NOR", "country:DEU"}),
    # a programme whose name holds a cooperation word, taken part in or joined (Astana Times, Trend styles)
    ("Mongolia takes part in NATO's Partnership for Peace programme, the Mongolian defence ministry said.",
     "cooperation", {"country:MNG", "org:nato"}),
    ("Azerbaijan joined NATO's Partnership for Peace programme in 1994, the Azerbaijani defence ministry said.",
     "cooperation",
     {"country:AZE"}),
])
def test_deals_and_programmes_in_an_article(sentence, etype, sides):
    assert any(sides <= parties(e) for e in events_of(sentence, etype, head=EXERCISES_HEAD))


def test_information_shared_with_a_state_is_intelligence_cooperation():
    """No military word needed when the "with" phrase names a state, wherever the parser hangs it (NHK style)."""
    evs = events_of("Tokyo was sharing information on the launch with Seoul, Japan's defence ministry said.",
                    "cooperation", head=EXERCISES_HEAD)
    assert any("intelligence" in e.sectors and {"country:JPN", "country:KOR"} <= parties(e) for e in evs)


@pytest.mark.parametrize("sentence", [
    "Lockheed Martin signed a contract with Poland for fighter jets, the company said.",
    "The Romanian defence ministry signed a contract with Rheinmetall for ammunition.",
])
def test_a_company_contract_is_no_agreement(sentence):
    assert not events_of(sentence, "agreement", head=EXERCISES_HEAD)
