"""Tenth session, helper "voices": page-head dates in any common order and spelling, who asserts a reported fact,
and the status of facts the parse puts under a plan, a refusal or a suspension. Invented sentences and page heads in
several outlets' styles, negatives included."""
from __future__ import annotations

import datetime as dt

import pytest

from pactwatch.clean import clean
from pactwatch.metadata import extract_metadata
from pactwatch.model import RawDocument
from pactwatch.settings import Settings

STORY = ("The defence ministers of the two countries signed a memorandum on military cooperation on Thursday, "
         "agreeing to hold joint exercises next year and to exchange officers between their staff colleges, "
         "officials said after the talks in the capital.")
MORE = ("The talks followed a visit by the chief of the general staff in the spring, during which the two sides "
        "discussed training and the purchase of equipment for the army and the air force.")


def _published(head: str) -> dt.date | None:
    text = f"{head}\n\n{STORY}\n\n{MORE}\n"
    doc = clean(RawDocument("x", "x.txt", text), Settings())
    return extract_metadata(doc).published


@pytest.mark.parametrize("head, day", [
    # separators of numeric dates: bars, dots with spaces (year first), middle dots, two-digit years
    ("The Andean Herald\n21 | 03 | 2025\nPOLITICS | DEFENCE\n\nPeru and Chile sign defence pact", "2025-03-21"),
    ("Seoul Daily\nDiplomacy > Defense\n2025. 3. 21. 14:20\n\nSeoul and Manila sign defence pact", "2025-03-21"),
    ("Budapest Ledger\n2025. 03. 21.\n\nHungary and Poland sign defence pact", "2025-03-21"),
    ("Nordic Wire\n21 · 03 · 2025\n\nFinland and Norway sign defence pact", "2025-03-21"),
    ("Gulf Morning\nNews · 21.03.25 · 10:05\n\nOman and Qatar sign defence pact", "2025-03-21"),
    ("Balkan Post\n21/03/25\n\nSerbia and Hungary sign defence pact", "2025-03-21"),
    # month spelled, the year after a slash, an apostrophe or a JavaScript date string
    ("Horn Standard\n\nEthiopia and Kenya sign defence pact\n\nNairobi, March 21/2025 – " + STORY, "2025-03-21"),
    ("CHANNEL 9 NEWS\nEvening Transcript\nMar 21 '25 · 6:00 PM ET\n\nLeaders sign defence pact", "2025-03-21"),
    ("Sports Desk\n21/Mar/2025 - 23:47\n\nLeaders sign defence pact", "2025-03-21"),
    ("Helsinki Post\nFri Mar 21 2025 10:47:03 GMT+0200 (Eastern European Standard Time)\n\nFinland signs pact",
     "2025-03-21"),
    # a live page's date line with its own words after a dash; a date under a section label above the headline
    ("Caucasus Live\nLIVE: Leaders meet in Washington\nMar 21st, 2025 — live coverage, last entry 23:50 local time",
     "2025-03-21"),
    ("The Colombo Ledger\nLatest News\nPosted on Friday 21 March 2025 at 20:15 hrs\n\nDefence MoU signed: "
     "opposition demands text\n\nBy Our Political Correspondent", "2025-03-21"),
    ("Lagos Chronicle\nTop Stories\n21 March 2025\n\nNigeria and Ghana sign defence pact", "2025-03-21"),
])
def test_page_head_dates(head, day):
    assert str(_published(head)) == day


@pytest.mark.parametrize("head", [
    # a reference number is no date; nor is a version or a score
    "Ministry of Defence\nRef. No. 12/03/2019\n\nPress release: defence pact signed",
    "Ministry of Defence\nCircular No. 21.03.2019\n\nPress release: defence pact signed",
])
def test_reference_numbers_are_no_dates(head):
    assert _published(head) is None


def test_key_dates_after_the_story_are_not_the_page_date():
    text = (f"Peru and Chile sign defence pact\n\n{STORY}\n\nKey dates\n\n1 July 2025\n\n{MORE}\n")
    doc = clean(RawDocument("x", "x.txt", text), Settings())
    assert extract_metadata(doc).published is None


# --------------------------------------------------------------------------- sources (asserted_by)

from helpers import events_of  # noqa: E402

NEWS_HEAD = "World\nBy Staff\nPublished 6 March 2025\nDefence officials met on Monday.\n"


def _sources(text: str, etype: str, head: str = NEWS_HEAD) -> set[str | None]:
    return {e.asserted_by for e in events_of(text, etype, head=head)}


@pytest.mark.parametrize("text, etype, who", [
    # the trigger is the speech act itself and its subject names no one: who reports it
    ("Ghana's president welcomed the deal, while President Nana Mensah said that both nations would ask the African "
     "Union to send observers.", "request", "person:nana-mensah"),
    # the parser hangs the speaker on a name before him: the verb of saying has no subject of its own
    ("At the summit of the Economic Community of West African States in Abuja, Senegal's President Amadou Fall "
     "proposed that the member states hold regular joint military exercises.", "exercise", "person:amadou-fall"),
    # a titled name, subject of a verb of saying or accusing
    ("Deputy Kofi Mensah-Boateng said Ghana and Togo would hold joint military exercises in May.", "exercise",
     "person:kofi-mensah-boateng"),
    ("Spokeswoman Ama Serwaa Owusu accused Togo of threatening Ghana with an invasion.", "threat",
     "person:ama-serwaa-owusu"),
])
def test_reporting_speaker_from_the_parse(text, etype, who):
    assert who in _sources(text, etype)


@pytest.mark.parametrize("text, etype", [
    # a verb of saying in a clause that only qualifies a word of the fact reports nothing of it
    ("Egyptian troops have arrived in Mogadishu, according to Somali officials, a move that President Abiy Ahmed "
     "has warned against for a year.", "deployment"),
    ("Egyptian troops have arrived in Mogadishu, a deployment which Prime Minister Abiy Ahmed has criticised.",
     "deployment"),
])
def test_speech_in_a_relative_clause_reports_nothing(text, etype):
    assert "person:abiy-ahmed" not in _sources(text, etype)


def test_according_to_a_states_officials_is_the_state():
    text = "Egyptian troops have arrived in Mogadishu to join the African Union mission, according to Somali officials."
    assert _sources(text, "deployment") == {"country:SOM"}


TRANSCRIPT_HEAD = ("EVENING NEWS\nFull Episode Transcript\nMar 5 '25 · 6:00 PM ET\n\nTruce holds on the border\n\n"
                   "Transcript\n\n")


def test_transcript_anchors_narrate_and_guests_speak():
    text = ("ANNA BERG: Good evening. I'm Anna Berg.\n\n"
            "ANNA BERG: A truce between Sudan and Chad appears to be holding. Tom Reyes begins our coverage.\n\n"
            "TOM REYES: This morning Chad fired artillery at Sudanese positions near the border town of Adre.\n\n"
            "KHALID OMAR (Sudanese Foreign Minister): Sudan will deploy more troops to the border if Chad attacks again."
            "\n\nANNA BERG: Tom, what do we know about talks?\n\n"
            "TOM REYES: Anna, the African Union envoy, Moussa Diallo, told me that Sudan and Chad will hold talks in "
            "Addis Ababa next week.\n")
    art = events_of(text, head=TRANSCRIPT_HEAD)
    attack = [e for e in art if e.type == "conflict" and "artillery" in e.evidence.sentence]
    assert attack and {e.asserted_by for e in attack} == {None}  # the correspondent narrates
    talks = [e for e in art if e.type == "meeting" and "told me" in e.evidence.sentence]
    assert talks and {e.asserted_by for e in talks} == {"person:moussa-diallo"}  # not "Anna", addressed


def test_interview_labels_keep_their_answerer():
    text = ("The Coastal Times spoke with Defence Minister Lena Holm about the navy.\n\n"
            "Tom Reyes: Will Norway join the drills?\n\n"
            "Lena Holm: Norway and Denmark will hold joint naval exercises in the Baltic in June.\n\n"
            "Tom Reyes: And the budget?\n\nLena Holm: It will grow next year.\n")
    found = events_of(text, "exercise", head=NEWS_HEAD)
    assert found and {e.asserted_by for e in found} == {"person:lena-holm"}


@pytest.mark.parametrize("lead, interview", [
    ("When asked about the drills, the minister said Ghana would take part.", False),
    ("Asked about the base, President Ruto said no decision had been taken.", False),
    ("The Nairobi Post asked General Omondi about the mission and this year's exercises.", True),
    ("We asked the minister about the new base.", True),
    ("Our correspondent asked the admiral about the patrols.", True),
])
def test_an_interview_is_asked_by_the_outlet(lead, interview):
    from pactwatch.quotes import _INTERVIEW

    assert bool(_INTERVIEW.search(lead)) is interview


# --------------------------------------------------------------------------- status

from helpers import status_at  # noqa: E402


@pytest.mark.parametrize("sentence, word, status", [
    # what an agreement provides for, envisages or commits its parties to is planned by it
    ("The declaration commits the three countries to cooperate on the production of ammunition.", "cooperate",
     "planned"),
    ("The memorandum provides for joint training of special forces.", "training", "planned"),
    ("It also provides for closer cooperation in cyber defence.", "cooperation", "planned"),
    ("The accord envisages joint patrols along the border.", "patrols", "planned"),
    ("The new plan commits Germany to station a brigade in Lithuania.", "station", "planned"),
    # a mutual-defence commitment of an agreement is in force: an alliance that exists
    ("The declaration, signed in 2021, commits the two states to assist each other if either is attacked.", "assist",
     "occurred"),
    ("The treaty, which obliges each side to defend the other if it is attacked, was signed in 2019.", "defend",
     "occurred"),
    # not what a party provides, nor a content denied
    ("The United States provided Ukraine with training for its pilots.", "training", "occurred"),
    ("The agreement does not provide for joint patrols.", "patrols", "denied"),
    # a suspension of an agreement or of its implementation: denied
    ("Thailand has suspended the implementation of the joint declaration with Cambodia.", "declaration", "denied"),
    ("Niger suspended the application of the defence agreement with France.", "agreement", "denied"),
    ("Thailand did not suspend the implementation of the declaration.", "declaration", "occurred"),
    # what a past act worked to push back took place; what one works to deter did not, nor "any attack"
    ("North Korea sent troops to Kursk last year to help push back a Ukrainian incursion.", "incursion", "occurred"),
    ("The battalion was deployed in May to repel the rebel offensive.", "offensive", "occurred"),
    ("Poland bought the tanks to deter a Russian attack.", "attack", "possible"),
])
def test_status_of_contents_suspensions_and_resisted_acts(sentence, word, status):
    assert status_at(sentence, word) == status


@pytest.mark.parametrize("sentence, word", [
    ("Poland will deploy troops to repel any Russian attack.", "attack"),
    ("The air defences stand ready to repel a possible attack.", "attack"),
])
def test_a_hypothetical_act_to_repel_did_not_occur(sentence, word):
    assert status_at(sentence, word) != "occurred"


def test_a_caption_inside_an_interview_turn_is_nobodys():
    from pactwatch.model import Mention
    from pactwatch.quotes import QUESTION, turn_at

    text = ("Q: Will Norway join the drills?\nLena Holm: Norway will take part in the drills in June.\n"
            "Photo: Norwegian troops at the drills in Finnmark in 2024.\nQ: And the budget?\nLena Holm: It grows.\n")
    lena = [Mention("person:lena-holm", text.index("Lena"), text.index("Lena") + 9, "Lena Holm", "ner")]
    assert turn_at(text, lena, text.index("Norway will")) == "person:lena-holm"
    assert turn_at(text, lena, text.index("Norwegian troops")) == QUESTION
