"""Questions that propose or tell (ninth session, voices2): a rhetorical "why not X?", "why don't we X?", "shouldn't we
X?" is the speaker proposing X, not an open question; an interviewer's yes/no question that names both states itself
raises the fact in the open (possible) where one leaning on the interview for a party only asks. Sentences invented
for these tests, with other states than any gold set."""
from __future__ import annotations

import pytest
from helpers import events_of

from pactwatch.events.questions import _asked
from pactwatch.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize("sentence, word, asked", [
    ("Why not hold joint patrols with Ghana as well?", "patrols", False),
    ("Why don't we sign a defence pact with Togo?", "pact", False),
    ("Why should we not deepen cooperation with Benin?", "cooperation", False),
    ("Shouldn't we hold joint drills with Senegal?", "drills", False),
    ("Should we not expand cooperation with Gambia?", "cooperation", False),
    # an open question stays asked
    ("Why did Mali expel the French troops?", "troops", False),  # (a definite noun: given)
    ("Why will Niger send troops to the border?", "send", True),
    ("Will Guinean troops be deployed there?", "deployed", True),
    ("Does Liberia plan joint naval drills with Sierra Leone next year?", "drills", False),  # two states: told
])
def test_rhetorical_and_telling_questions(nlp, sentence, word, asked):
    doc = nlp(sentence)
    i = next(t.i for t in doc if t.text == word)
    assert _asked(doc, i) is asked


@pytest.mark.parametrize("text, etype", [
    ("Togo's defence minister spoke to reporters on Monday.\n\"Why not hold joint naval exercises with Ghana as "
     "well?\" he said.", "exercise"),
    ("Togo's defence minister spoke to reporters on Monday.\n\"Shouldn't we hold joint naval exercises with Ghana?\" "
     "he said.", "exercise"),
])
def test_rhetorical_question_proposes(text, etype):
    assert {e.status for e in events_of(text, etype)} == {"proposed"}


def test_two_state_question_is_possible_and_one_state_question_asks():
    text = ("Q: Is Liberia planning joint naval drills with Sierra Leone next year?\nA: We are still talking about it.\n"
            "Q: Will Guinean troops be deployed there?\nA: That is for the government to say.")
    exercises = events_of(text, "exercise")
    assert exercises and {e.status for e in exercises} == {"possible"}
    assert events_of(text, "deployment") == []



# an unlabelled interview whose lead calls it one: its answers are the interviewee's, named in the lead's prose,
# not the writer an "Author:" line names
def test_interviewee_is_named_in_the_lead_not_the_byline():
    head = ("Uruguay's army chief on peacekeeping\nThe Southern Post\n4 February 2027\nAuthor: Lucia Ferreyra\n\n"
            "In an interview, The Southern Post asked the commander of the Uruguayan army, General Mateo Dalmau, "
            "about the Congo mission and this year's exercises.\n\n")
    text = ("- General, how many soldiers serve in Congo now?\n\n"
            "- About 800. Uruguay will deploy 200 more peacekeepers to Goma in March.\n\n"
            "- And the drills with Brazil?\n\n"
            "- Uruguay and Brazil held joint military exercises near Rivera in November.\n")
    told = [e for e in events_of(text, head=head) if e.type in ("deployment", "exercise") and "?" not in
            e.evidence.sentence and "asked" not in e.evidence.sentence]
    assert told and {e.asserted_by for e in told} == {"person:mateo-dalmau"}
