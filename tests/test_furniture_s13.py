"""Clean stage, session 13: further page furniture leaves the text (a channel pitch to "stay updated", a row of
action buttons, a wire's end mark), while the story's sentences that use the same words stay."""
from __future__ import annotations

import pytest

from pactwatch.clean import clean
from pactwatch.model import CleanDocument, RawDocument
from pactwatch.settings import Settings

TITLE = "Ruritania and Valdora agree to patrol their shared river border together"
BODY = [
    "The defence ministers of Ruritania and Valdora agreed on Monday to run joint patrols along the river that "
    "forms their border, a step both governments said would curb smuggling and illegal crossings.",
    "Under the arrangement, boats from both navies will share a command post in the town of Ostrel and exchange "
    "radar data in real time, officials said after the meeting in the Valdoran capital.",
]


def cleaned(line: str) -> str:
    doc = clean(RawDocument("t", "t.txt", "\n\n".join([TITLE, BODY[0], line, BODY[1]])), Settings())
    assert isinstance(doc, CleanDocument)
    assert all(para in doc.text for para in BODY)
    return doc.text


@pytest.mark.parametrize("line", [
    "Stay updated with Caspian Daily's Google News feed.",
    "Stay informed: follow our WhatsApp channel for the latest updates!",
    "Stay tuned to the Ostrel Herald app for alerts",
    "COMMENTS | SHARE",
    "Share · Print · Email",
    "Print / Comments / Save",
    "Enditem",
    "-END-",
    "# # #  ENDS  # # #",
])
def test_the_furniture_line_leaves_the_text(line):
    assert line not in cleaned(line)


@pytest.mark.parametrize("line", [
    "The two navies will stay in contact through the new channel, the ministry said in a statement on Monday.",
    "Officials said the patrols would end the smuggling of fuel across the river, which both sides blame for crime.",
    "The ministers will share intelligence on the gangs and print joint maps of the crossings, the statement said.",
])
def test_a_story_sentence_with_the_same_words_stays(line):
    assert line in cleaned(line)
