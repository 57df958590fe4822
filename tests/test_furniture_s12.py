"""Clean stage, session 12: page furniture that used to survive cleaning (photo captions and credits inside the body,
labelled and unlabelled blocks of related headlines after the story, time-stamped headlines, channel pitches)
leaves the text; the story's own short last paragraph, its lists, a fact sheet and a sign-off quote stay."""
from __future__ import annotations

import pytest

from pactwatch.clean import clean
from pactwatch.model import CleanDocument, RawDocument
from pactwatch.settings import Settings

SETTINGS = Settings()

TITLE = "Ruritania and Valdora agree to patrol their shared river border together"
BODY = [
    "The defence ministers of Ruritania and Valdora agreed on Monday to run joint patrols along the river that "
    "forms their border, a step both governments said would curb smuggling and illegal crossings.",
    "Under the arrangement, boats from both navies will share a command post in the town of Ostrel and exchange "
    "radar data in real time, officials said after the meeting in the Valdoran capital.",
    "The two countries fought a brief border war three decades ago and signed a peace treaty only in 2004, "
    "which makes the new cooperation a notable shift, analysts said.",
]


def cleaned(*extra_after: str, inside: str | None = None) -> str:
    """The clean text of a page: the title, the story (``inside`` after its first paragraph), then ``extra_after``."""
    body = [BODY[0], *([inside] if inside else []), *BODY[1:]]
    doc = clean(RawDocument("t", "t.txt", "\n\n".join([TITLE, *body, *extra_after])), SETTINGS)
    assert isinstance(doc, CleanDocument)
    for para in BODY:
        assert para in doc.text
    return doc.text


@pytest.mark.parametrize("caption", [
    "Photo caption: Two patrol boats moor at the quay in Ostrel on Monday. (Navy press office)",
    "[Photo: Soldiers of both armies during the ceremony at the river crossing. Credit: Defence Ministry]",
    "(Photo caption: A patrol boat off the northern bank on Sunday. Photo courtesy of the Border Guard)",
    "Photo: The ministers shake hands after the signing in the capital, March 3, 2026. (AB Photo/Jan Novak)",
    "AGENCY/Photo: The ministers at the talks before the plenary session. (Press Office)",
    "Sailors of the two navies at the command post in Ostrel. Photo credit: Valdoran Navy press service",
    "The two ministers after the signing in the capital. Photograph: Jan Novak/Agency Images",
    "The defence ministers at the talks in the capital. Photo by the Ministry of Defence of Valdora",
    "A Valdoran patrol boat on the river near Ostrel, March 2, 2026. (JAN NOVAK/AGENCY via Getty Images)",
])
def test_a_photo_caption_inside_the_body_is_furniture(caption: str) -> None:
    assert caption not in cleaned(inside=caption)


@pytest.mark.parametrize("line", [
    "Subscribe to our Telegram channel: @valdoranews",
    "Subscribe to the Daily Courier's channel on WhatsApp",
    "Follow the Valdora Herald on Telegram",
    "Sign up for our morning briefing",
])
def test_a_channel_or_newsletter_pitch_is_furniture(line: str) -> None:
    assert line not in cleaned(line)


def test_a_sentence_about_a_photo_or_a_credit_stays() -> None:
    line = ("The ministry published a photo of the two boats and said the patrols had already earned credit from "
            "the river towns, whose mayors welcomed them.")
    assert line in cleaned(inside=line)


@pytest.mark.parametrize("heading", ["More from the Valdora Herald:", "Read also:", "Related articles"])
def test_a_labelled_block_of_headlines_is_furniture(heading: str) -> None:
    items = ['- Ruritania to host regional "Iron Bridge" exercise',
             '- Minister: "Our navy will get the boats it needs"',
             "- Is this the end of Valdora's neutrality?"]
    text = cleaned(heading, "\n".join(items))
    assert heading not in text
    for item in items:
        assert item not in text


def test_a_headline_stamped_with_a_time_ago_is_furniture() -> None:
    line = "Valdora and Ostria sign drone deal · 3 hours ago"
    assert line not in cleaned(line)


def test_an_unlabelled_run_of_headlines_after_the_last_paragraph_is_furniture() -> None:
    items = ["Ruritania opens new naval base on the southern coast",
             "Valdora buys twelve helicopters from a European maker",
             "Border talks stall over fishing rights in the delta"]
    text = cleaned(*items)
    for item in items:
        assert item not in text


def test_a_short_last_paragraph_stays() -> None:
    assert "The patrols start in May." in cleaned("The patrols start in May.")


def test_a_bulleted_list_introduced_in_the_body_stays() -> None:
    items = ["- Joint patrols on the river from May", "- A shared command post in Ostrel",
             "- Real-time exchange of radar data between the navies"]
    intro = "The agreement covers three areas:"
    text = cleaned(inside=intro + "\n" + "\n".join(items))
    for item in items:
        assert item in text


def test_a_fact_sheet_under_its_heading_stays() -> None:
    items = ["- Founded in 1994 by Ruritania, Valdora and Ostria",
             "- Secretariat based in the Valdoran capital",
             "- Ostria became an observer in 2011, Lemuria in 2019"]
    text = cleaned("River Compact at a glance", "\n".join(items))
    for item in items:
        assert item in text


def test_a_sign_off_quote_stays() -> None:
    quote = '"We will guard this river together, as neighbours should," the minister said.'
    assert quote in cleaned(quote)


def test_a_quoted_headline_sentence_does_not_join_a_block_of_links() -> None:
    line = 'The minister closed the meeting with a promise: "We are ready."'
    assert line in cleaned("Related:", line)


def test_cleaning_stays_idempotent_with_furniture_removed() -> None:
    first = cleaned("Read also:", "- Ruritania to host regional exercise",
                    inside="Photo: Two boats at the quay. Credit: Navy")
    again = clean(RawDocument("t", "t.txt", first), SETTINGS)
    assert isinstance(again, CleanDocument)
    assert again.text == first


def test_plain_facts_under_a_short_heading_stay() -> None:
    items = ["Founded in 1994 by Ruritania, Valdora and Ostria",
             "Secretariat based in the Valdoran capital since 2001",
             "Ostria became an observer in 2011, Lemuria in 2019"]
    text = cleaned("Key facts", *items)
    for item in items:
        assert item in text


def test_two_headline_like_lines_are_too_few_for_a_block() -> None:
    items = ["Ruritania opens new naval base on the southern coast",
             "Valdora buys twelve helicopters from a European maker"]
    text = cleaned(*items)
    for item in items:
        assert item in text


@pytest.mark.parametrize("tail", [["Related topics: Valdora, Ruritania, border"],
                                  ["Related Topics", "Valdora", "Ruritania"],
                                  ["KEYWORDS", "Valdora, Ruritania, river patrols, navy"]])
def test_a_block_of_topic_tags_is_furniture(tail: list[str]) -> None:
    lines = cleaned(*tail).split("\n")
    for line in tail:
        assert line not in lines
