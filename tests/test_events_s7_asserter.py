"""Who asserts a fact (asserted_by), blind4's classes B1-B3 (/work/notes/blind4/classes.md): the answerer of an
interview (Q&A) by the label before his answer, a body named again as "the agency" or "the department", a person
who rejects or turns something down, and the subject of a stance verb over an adverbial clause.

Sentences are written for these tests in the styles of several outlets (wire, regional, interview Q&A, government
readout), with other states, persons and words than any gold."""
from __future__ import annotations

import pytest
from helpers import events_of

INTERVIEW = "Interview\nBy Staff\nPublished 6 January 2026\n"


def _by(events, etype):
    return {e.asserted_by for e in events if e.type == etype}


# B1: an interview's answers are the answerer's claims, whatever the label looks like
@pytest.mark.parametrize("head, text, etype, speaker", [
    # "<Surname>:" (a weekly's Q&A), the interviewee named in the standfirst
    (INTERVIEW + "Estonia's defence minister Hanno Pevkur spoke to us about the region.\n",
     "Q: Will Finland send troops?\nPevkur: Finland already has 300 soldiers in Tapa, and Sweden will deploy a "
     "company to Voru in May.", "deployment", "person:hanno-pevkur"),
    # "A:" answers: the person the standfirst names
    (INTERVIEW + "The Georgian foreign minister Ilia Darchiashvili talked to us about Russia.\n",
     "Q: What about Russia?\nA: Russia still keeps thousands of troops in Abkhazia, and Turkey holds drills with us "
     "every year.", "exercise", "person:ilia-darchiashvili"),
    # a surname in capitals (a state broadcaster's transcript)
    (INTERVIEW + "We spoke with Mongolian President Ukhnaagiin Khurelsukh about defence.\n",
     "QUESTION: Is Mongolia joining any bloc?\nKHURELSUKH: Mongolia will hold the Khaan Quest exercise with the "
     "United States again this summer.", "exercise", "person:ukhnaagiin-khurelsukh"),
])
def test_interview_answer_is_the_answerers(head, text, etype, speaker):
    assert _by(events_of(text, head=head), etype) == {speaker}


def test_interview_question_is_nobodys_claim():
    head = INTERVIEW + "Estonia's defence minister Hanno Pevkur spoke to us about the region.\n"
    text = ("Q: Latvia signed a defence pact with Lithuania in March; will Estonia join it?\n"
            "Pevkur: We will decide in the autumn.")
    asked = [e for e in events_of(text, head=head) if "Latvia" in e.evidence.sentence]
    assert all(e.asserted_by != "person:hanno-pevkur" for e in asked)


def test_colon_openers_that_are_no_labels_make_no_interview():
    """A news article with "Source:" and "Photo:" lines is no interview: its narrated facts have no answerer."""
    head = "World\nBy Staff\nPublished 6 January 2026\nSource: Reuters\n"
    text = ("Defence Minister Hanno Pevkur visited Riga on Monday.\nPhoto: archive\n"
            "Latvia and Lithuania held joint drills near Daugavpils in May.")
    assert _by(events_of(text, head=head), "exercise") == {None}


# B2: a body named again by its head noun, at the end of a sentence
@pytest.mark.parametrize("text, etype, body", [
    ("The Ghanaian Department of Defence briefed reporters on Monday. Ghana will send 300 peacekeepers to Togo next "
     "month, the department said.", "deployment", "org:ghanaian-department-of-defence"),
])
def test_body_named_again_is_the_source(text, etype, body):
    assert _by(events_of(text), etype) == {body}


# B3: a person who rejects or turns something down claims it
@pytest.mark.parametrize("text, etype, person", [
    ("President William Ruto rejected any possibility of Kenyan troops being deployed to Sudan.", "deployment",
     "person:william-ruto"),
])
def test_person_refusing_is_the_source(text, etype, person):
    assert _by(events_of(text), etype) == {person}


def test_stance_over_an_adverbial_clause():
    """"both leaders affirmed their resolve to keep supporting X as it defends itself from Y's invasion": the invasion
    in the adverbial clause is claimed by who affirms it (the first of the two leaders)."""
    text = ("President Alar Karis met Prime Minister Dorin Recean in Tallinn on Monday. Both leaders affirmed their "
            "resolve to keep supporting Ukraine as it defends itself from Russia's invasion.")
    found = [e for e in events_of(text, "conflict") if "invasion" in e.evidence.sentence]
    assert found and {e.asserted_by for e in found} == {"person:alar-karis"}
