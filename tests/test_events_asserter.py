"""Who asserts a fact (``asserted_by``, GUIDE §3): the author of a letter or message claims all it narrates.

Documents written for these tests in the styles of government releases, with other states and names
than the development gold."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument

LETTER = """Letter to the Speaker of the House Regarding the Deployment of Forces to Chad
Published: 2031-03-02

Dear Madam Speaker:

On February 27, 2031, I directed the deployment of approximately 200 United States military personnel to Chad.
The United States and Chad will hold joint military exercises near N'Djamena in April.
Our forces will remain deployed in Chad until the security situation no longer requires their presence.

Sincerely,

MARGARET L. OKAFOR
"""

MESSAGE = """A Message to the Senate on the Defense Cooperation Agreement with Ghana
Published: 2031-05-11

I transmit herewith, for the advice and consent of the Senate, the Defense Cooperation Agreement between the
United States of America and the Republic of Ghana, signed at Accra on May 2, 2031.
The Agreement will deepen military cooperation between the United States and Ghana.

DANIEL H. PRICE

THE WHITE HOUSE, May 11, 2031.
"""

READOUT = """Readout of the Secretary's Meeting with the Foreign Minister of Norway
Published: 2031-06-01

The Secretary met today with the Foreign Minister of Norway to discuss Arctic security.
The United States and Norway agreed to expand naval cooperation in the High North.

ARCTIC SECURITY
"""


def _article(text: str):
    return analyse_raws([RawDocument("letter", "letter.txt", text)])[0]


def test_the_signer_of_a_letter_asserts_what_it_narrates():
    events = _article(LETTER).events
    assert events
    assert {e.asserted_by for e in events} == {"person:margaret-l-okafor"}


def test_the_signer_of_a_message_asserts_what_it_narrates():
    events = _article(MESSAGE).events
    assert events
    assert {e.asserted_by for e in events} == {"person:daniel-h-price"}


def test_a_heading_in_capitals_is_no_signature_of_a_readout():
    """A readout narrates: a closing line in capitals is a heading, and no author claims its facts."""
    assert all(e.asserted_by != "person:arctic-security" for e in _article(READOUT).events)


def _events(text: str):
    lead = "World\nBy Staff\nPublished 6 January 2031\n"
    return analyse_raws([RawDocument("n", "n.txt", lead + text + "\n")])[0].events


@pytest.mark.parametrize("text, etype, asserter", [
    # readout style: "he" is the subject of the sentence before, not the counterpart named last
    ("President Gustavo Petro met with President Daniel Noboa of Ecuador in Bogota today. He underscored "
     "Colombia's commitment to deepen defense cooperation with Ecuador.", "cooperation", "person:gustavo-petro"),
    # wire style, "she"
    ("Defence Minister Anna Berg met her Danish counterpart Lars Holm in Oslo on Monday. She reaffirmed Norway's "
     "plan to hold joint naval exercises with Denmark next year.", "exercise", "person:anna-berg"),
    # "he" in what a named person says is that person, not the last one named before (readout style)
    ("President Gustavo Petro met with President Daniel Noboa of Ecuador in Bogota today. President Noboa thanked "
     "Colombia for its support. The President said he looked forward to deeper defense cooperation with Ecuador.",
     "cooperation", "person:gustavo-petro"),
    # the content of a view or position, however deep the trigger sits in it (statement style)
    ("President Gustavo Petro reaffirmed his view that a negotiated settlement is the only viable path to achieving "
     "a lasting end to the armed conflict between Colombia and Venezuela.", "conflict", "person:gustavo-petro"),
])
def test_he_or_she_is_the_subject_named_before(text, etype, asserter):
    last = text.rsplit(". ", 1)[-1][:20]
    assert {e.asserted_by for e in _events(text) if e.type == etype and last in e.evidence.sentence} == {asserter}
