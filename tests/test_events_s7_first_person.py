"""Who "we" and "our" are (issue 11, point 1; blind4's P1: one side dropped): the state a page speaks for (a
ministry's press release, a state medium), the speaker of a quotation, the person who answers in an interview.

Sentences are written for these tests, in the styles of several outlets (a ministry's press release, a state news
agency, an interview Q&A, wire copy with a quote); their states and words are none of the development or held-out
sets'."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

from pactwatch.events.context import _answer_spans, _own_state
from pactwatch.gazetteer import load_gazetteer

MINISTRY_HEAD = "Ministry of Defence of the Republic of Uzbekistan\nPress release\n12 March 2026\n"


@pytest.mark.parametrize("text, publisher, state", [
    # a ministry's press release: the ministry's name alone on the first line
    ("Ministry of Defence of the Republic of Uzbekistan\nPress release\nOur troops ...", None, "country:UZB"),
    ("Press Service of the Ministry of Foreign Affairs of Azerbaijan\nBaku, 3 May\n...", None, "country:AZE"),
    # a publisher that is a state body, or a state medium
    ("Title\nText.", "Ministry of Defence of Kyrgyzstan", "country:KGZ"),
    ("Title\nText.", "KCNA", "country:PRK"),
    ("Title\nText.", "The White House", "country:USA"),
    # a news outlet, a headline naming a ministry as its subject: nobody's voice
    ("Title\nText.", "Reuters", None),
    ("Kazakh Defence Ministry says troops will stay\nText.", None, None),
    ("Ministry of Defence\nPress release\n...", None, None),  # no state named
])
def test_the_state_a_page_speaks_for(text, publisher, state):
    assert _own_state(text, publisher, load_gazetteer()) == state


@pytest.mark.parametrize("text, doer, other", [
    # press release style: "our troops in X" take part in drills with X
    ("Our troops in Tajikistan will take part in joint drills with the Tajik army next week.", "country:UZB",
     "country:TJK"),
    # "we signed with X"
    ("We signed a memorandum on military education with Kazakhstan on Monday.", "country:UZB", "country:KAZ"),
    # "our minister will attend" a bloc's meeting
    ("Our minister will attend the meeting of CSTO defence ministers in Minsk next month.", "country:UZB",
     "org:csto"),
])
def test_our_in_a_ministry_press_release_is_its_state(text, doer, other):
    found = events_of(text, head=MINISTRY_HEAD)
    assert found, text
    assert doer in found[0].actors and other in parties(found[0]), found[0]


KCNA_HEAD = ("Commentary slams war drills\nBy KCNA\nPublished 6 January 2026\n"
             "The military of the United States and south Korea staged war drills near the border this week.\n")


@pytest.mark.parametrize("text, etype, doer, other", [
    # state news agency style: the agency's own state is "our army"
    ("Our army shot down a South Korean drone over the border on Monday.", "conflict", "country:PRK", "country:KOR"),
    ("Our army will hold joint drills with the Russian army next month.", "exercise", "country:PRK", "country:RUS"),
])
def test_our_in_a_state_agency_dispatch_is_its_state(text, etype, doer, other):
    found = [e for e in events_of(text, etype, head=KCNA_HEAD) if other in parties(e)]
    assert found
    assert found[0].actors == (doer,) and found[0].targets == (other,), found[0]


def test_our_in_a_newspaper_narration_is_nobody():
    # wire style: "our" in narration of an outlet that speaks for no state names no party
    found = events_of("Our correspondent reports that Chile held joint drills with Peru.", "exercise")
    assert found
    assert parties(found[0]) == {"country:CHL", "country:PER"}, found[0]


INTERVIEW_HEAD = ("Interview with the Kyrgyz defence minister\nBy Staff\nPublished 6 January 2026\n"
                  "Kyrgyz Defence Minister Baktybek Asanov answered questions on Monday.\n")


@pytest.mark.parametrize("text", [
    # Q&A with the interviewee's surname as the label
    "Q: What are the army's plans for the autumn?\nAsanov: Our units will hold joint exercises with Russian forces "
    "in September.",
    # Q&A with "Question:" / "Answer:" labels
    "Question: What are the army's plans for the autumn?\nAnswer: We will hold joint exercises with Russian forces "
    "in September.",
    # an unlabelled answer: the paragraph right after a question, bare or opened by a dash
    "How will the army spend the autumn?\nOur units will hold joint exercises with Russian forces in September.",
    "How will the army spend the autumn?\n— We will hold joint exercises with Russian forces in September.",
])
def test_an_interview_answer_speaks_for_the_interviewee(text):
    found = events_of(text, "exercise", head=INTERVIEW_HEAD)
    assert found
    assert found[0].actors == ("country:KGZ",) and "country:RUS" in found[0].targets, found[0]
    assert found[0].asserted_by == "person:baktybek-asanov", found[0]


def test_a_question_is_nobodys_answer(nlp):
    from helpers import analyse_text

    text = "Q: Will the army hold drills?\nA: We will hold them with Russia.\nAsanov: Yes, in September."
    a = analyse_text(nlp, "Defence Minister Baktybek Asanov spoke.\n" + text)
    spans = _answer_spans(a.cleaned.text, a.ents)
    said = [a.cleaned.text[s:e] for s, e, _w in spans]
    assert "We will hold them with Russia." in said and "Yes, in September." in said
    assert not any("Will the army" in s for s in said)


def test_a_border_clash_told_by_the_interviewee():
    head = ("Interview: Tajik general on border security\nBy Staff\nPublished 6 January 2026\n"
            "Tajik Defence Minister Sherali Mirzo spoke to reporters.\n")
    found = events_of("Q: How do you see the border?\nMirzo: Our border troops clashed with Afghan fighters twice "
                      "this year.", "conflict", head=head)
    assert found
    assert found[0].actors == ("country:TJK",) and found[0].targets == ("country:AFG",), found[0]


def test_we_urge_in_a_quote_is_the_speakers_state():
    # wire style: a minister's quote
    found = events_of("Kyrgyz Defence Minister Baktybek Asanov spoke to reporters on Monday. \"We urge Tajikistan to "
                      "withdraw its troops from the border,\" Asanov said.", "request")
    assert found
    assert found[0].actors == ("country:KGZ",) and found[0].targets == ("country:TJK",), found[0]



def test_a_question_mark_outside_an_interview_makes_no_answer(nlp):
    from helpers import analyse_text

    text = "Will the border stay calm?\nOur units will hold joint exercises in September."
    a = analyse_text(nlp, "Border tension grows\nDefence Minister Baktybek Asanov spoke.\n" + text)
    assert _answer_spans(a.cleaned.text, a.ents) == []
