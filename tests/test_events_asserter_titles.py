"""Who asserts a fact (``asserted_by``, GUIDE §3) in a statement, remarks or a readout: the author its title names
("Statement of|by|from X on ..."), never a person the title names after "with", "to", "from", "and", "on", "for" or
"between" (the statement's subject or the other party, not its speaker).

Titles and bodies written for these tests in the styles of several governments' releases, with other states and
names than the development gold."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument


def _events(title: str, body: str):
    text = f"{title}\nPublished: 2031-04-14\n\n{body}\n"
    return analyse_raws([RawDocument("t", "t.txt", text)])[0].events


def _asserters(title: str, body: str, etype: str) -> set:
    events = [e for e in _events(title, body) if e.type == etype]
    assert events, f"no {etype} event"
    return {e.asserted_by for e in events}


# the body speaks as "I"/"we": its author claims what it says
FIRST_PERSON_EXERCISE = ("Today I spoke with President Tomas Varga of Hungary. We agreed that Austria and Hungary will "
                         "hold joint military exercises in the autumn.")


@pytest.mark.parametrize("title, etype, body, author", [
    # White House style: the author is named before the title turns to the call
    ("Statement by President Elena Marquez on the Danube Summit and Call with President Tomas Varga",
     "exercise", FIRST_PERSON_EXERCISE, "person:elena-marquez"),
    # "from" right after "Statement" names the author, not the subject
    ("Statement from President Elena Marquez on Her Call with President Tomas Varga of Hungary",
     "exercise", FIRST_PERSON_EXERCISE, "person:elena-marquez"),
    # a readout: the person whose meeting it is, not the minister met
    ("Readout of Secretary Amina Okafor's Meeting with Foreign Minister Karim Haddad of Jordan",
     "exercise", "Secretary Okafor met today with Foreign Minister Karim Haddad in Amman. "
                 "We agreed that Canada and Jordan will hold joint naval exercises in the Gulf of Aqaba in May.",
     "person:amina-okafor"),
    # a foreign ministry: "for" and "and" within the minister's portfolio do not turn to the subject
    ("Statement by the Minister for Foreign Affairs and Trade Mereana Tane on the Call with Minister Kofi Mensah",
     "cooperation", "We agreed that New Zealand and Ghana will expand defence cooperation and hold regular "
                    "consultations on maritime security.", "person:mereana-tane"),
])
def test_the_author_is_named_before_the_subject(title, etype, body, author):
    assert _asserters(title, body, etype) == {author}


@pytest.mark.parametrize("title, etype, body, other", [
    # White House style, the author an office without a name: not the president called
    ("Statement of the President on the Danube Summit and Call with President Tomas Varga",
     "exercise", FIRST_PERSON_EXERCISE, "person:tomas-varga"),
    # a foreign ministry's spokesperson on a call: not the minister called
    ("Statement by the Spokesperson on the Call with Minister Kofi Mensah",
     "cooperation", "We welcome the call. We agreed that Senegal and Ghana will expand defence cooperation "
                    "and hold regular consultations on maritime security.", "person:kofi-mensah"),
    # "and": the second person of the title is the other party
    ("Remarks of the Chancellor and Prime Minister Ingrid Solberg at a Joint Press Conference",
     "exercise", "We agreed today that Germany and Norway will hold joint naval exercises in the North Sea next spring.",
     "person:ingrid-solberg"),
    # "between": the two who met, neither the author of the readout
    ("Readout of the Meeting between Minister Ruth Adeyemi and Minister Paolo Conti",
     "exercise", "We agreed that Nigeria and Italy will hold joint naval exercises in the Gulf of Guinea in June.",
     "person:ruth-adeyemi"),
    # "to": a message to a person is not that person's
    ("Message of the Prime Minister to President Lucia Ferreira on the Anniversary of Relations",
     "cooperation", "We agreed that Brazil and Portugal will deepen their defence cooperation in the years ahead.",
     "person:lucia-ferreira"),
])
def test_a_person_after_with_to_and_between_is_not_the_author(title, etype, body, other):
    assert other not in _asserters(title, body, etype)


def test_a_kremlin_telephone_conversation_is_not_the_counterpart_s():
    """A Kremlin-style title names the counterpart after "with": he does not narrate the call."""
    title = "Telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh"
    body = ("Vladimir Putin had a telephone conversation with President of Mongolia Ukhnaagiin Khurelsukh. "
            "The two leaders agreed to hold joint military exercises in the summer.")
    assert "person:ukhnaagiin-khurelsukh" not in _asserters(title, body, "exercise")


def _news_events(text: str):
    lead = "World\nBy Staff\nPublished 6 January 2031\n"
    return analyse_raws([RawDocument("n", "n.txt", lead + text + "\n")])[0].events


@pytest.mark.parametrize("text, asserter", [
    # wire style: the body named as the source after what it says
    ("Troops of Chad and Niger will hold joint military exercises near Lake Chad in March, the Chadian Defence "
     "Ministry said in a statement on Monday.", "org:chadian-defense-ministry"),
    # "the statement said": the one the sentence before says issued it, a body or a person
    ("The Chadian Defence Ministry issued a statement on Monday. Troops of Chad and Niger will hold joint military "
     "exercises near Lake Chad in March, the statement said.", "org:chadian-defense-ministry"),
    ("Defence Minister Amadou Kone released a statement on Friday. Mali and Guinea will hold joint military "
     "exercises near the border next month, the statement said.", "person:amadou-kone"),
    # the sentence before names no statement: nobody is known to have issued it
    ("Mali and Guinea signed a border accord in Conakry. Mali and Guinea will hold joint military exercises near "
     "the border next month, the statement said.", None),
])
def test_a_statement_named_after_what_it_says_is_its_issuer_s(text, asserter):
    events = [e for e in _news_events(text) if e.type == "exercise"]
    assert events
    assert {e.asserted_by for e in events} == {asserter}
