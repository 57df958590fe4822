"""Quotes in an interview (Q&A): a quotation in an answer with no attribution of its own is the answerer's, by the
label before the answer ("Pevkur:", "KHURELSUKH:", "A:"); one in a question is no one's the article names (blind4
B1). A text whose colon openers are no speaker labels ("Source:", "Photo:") is no interview.

Texts are written for these tests in the styles of several outlets (a weekly's Q&A, a state broadcaster's
transcript, a news site's interview), with other persons and words than any gold."""
from __future__ import annotations

import pytest
from helpers import quotes_of

from pactwatch.quotes import turn_at


def _speaker(quotes, words: str):
    return next(q.speaker for q in quotes if words in q.text)


@pytest.mark.parametrize("text, words, speaker", [
    # a surname in capitals before the answer (transcript)
    ("We spoke with Mongolian President Ukhnaagiin Khurelsukh about defence.\n"
     "QUESTION: Is Mongolia joining any bloc?\n"
     'KHURELSUKH: Mongolia will hold drills again this summer. "Our neighbours have nothing to fear from these '
     'drills with our friends."', "nothing to fear", "person:ukhnaagiin-khurelsukh"),
    # "A:" answers are the standfirst's interviewee (news site)
    ("The Georgian foreign minister Ilia Darchiashvili talked to us about the region.\n"
     "Q: What about Russia?\n"
     'A: Russia keeps troops in Abkhazia. "We will never accept a foreign base in Poti, never."',
     "foreign base in Poti", "person:ilia-darchiashvili"),
    # a full name as the label, an answer running on in a second paragraph (weekly)
    ("Estonia's defence minister Hanno Pevkur spoke to our reporter in Tallinn.\n"
     "Interviewer: How is cooperation with Finland?\n"
     "Hanno Pevkur: It is excellent.\n"
     'And it grows every year. "Our Nordic neighbours have never let us down."',
     "never let us down", "person:hanno-pevkur"),
])
def test_quote_in_answer_is_the_answerers(nlp, text, words, speaker):
    _a, quotes = quotes_of(nlp, text)
    assert _speaker(quotes, words) == speaker


def test_quote_in_question_is_not_the_answerers(nlp):
    text = ("Estonia's defence minister Hanno Pevkur spoke to our reporter in Tallinn.\n"
            'Q: Moscow calls your drills "a rehearsal for an attack on Russia." Is it?\n'
            "Pevkur: No. They are defensive.")
    _a, quotes = quotes_of(nlp, text)
    assert _speaker(quotes, "rehearsal for an attack") != "person:hanno-pevkur"


def test_outlet_label_asks(nlp):
    """The outlet's label ("TCA:") beside the answerer's ("Pevkur:") marks the questions: a quotation there is not
    the answerer's, one in his answer is."""
    text = ("Estonia's defence minister Hanno Pevkur spoke to our reporter in Tallinn.\n"
            'TCA: Moscow calls your drills "a rehearsal for an attack on Russia." Is it?\n'
            'Pevkur: No. "Our drills are defensive and always will be."\n'
            "TCA: And Finland?\n"
            "Pevkur: We train together every year.")
    a, quotes = quotes_of(nlp, text)
    assert _speaker(quotes, "rehearsal for an attack") != "person:hanno-pevkur"
    assert _speaker(quotes, "defensive and always") == "person:hanno-pevkur"
    assert turn_at(a.cleaned.text, a.ents.mentions, a.cleaned.text.index("And Finland")) == ""


def test_attribution_in_answer_still_wins(nlp):
    """A quotation the answer attributes to someone else keeps that speaker."""
    text = ("The Georgian foreign minister Ilia Darchiashvili talked to us about the region.\n"
            "Q: What did Ankara say?\n"
            'A: President Recep Tayyip Erdogan told me, "Turkey will always stand by Georgia in the Black Sea."')
    _a, quotes = quotes_of(nlp, text)
    assert _speaker(quotes, "always stand by Georgia") == "person:recep-tayyip-erdogan"


def test_colon_openers_are_no_interview(nlp):
    text = ("Source: Reuters\nPhoto: archive\n"
            'The ministry said the drills would go ahead. "We will not be intimidated by anyone," it added.')
    a, _quotes = quotes_of(nlp, text)
    assert turn_at(a.cleaned.text, a.ents.mentions, len(a.cleaned.text) - 5) is None


def test_one_datelined_label_is_no_interview(nlp):
    """An Indian outlet's dateline "NEW DELHI:" opens one paragraph: no turns."""
    text = "NEW DELHI: India and France will hold joint naval drills off Goa in May, officials said."
    a, _quotes = quotes_of(nlp, text)
    assert turn_at(a.cleaned.text, a.ents.mentions, len(a.cleaned.text) - 5) is None
