"""What the ninth session's review found and the lead mended, each with the input that showed it: an attack on "one
of" a party's ships is an attack (no indefinite "nobody"); "the president of the football federation" is nobody's
office of a state (the state's name must be capitalised); an apostrophe is no quotation in a direct question; the page head's date is neither the story's
(a dateless dateline ends the head), nor the headline's own when a date line follows, nor one after today; "'98" is
1998. Sentences and pages invented for these tests."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import events_of, parties

from pactwatch.clean import clean
from pactwatch.events.asserter import HEAD_OF_STATE, OFFICE_OF
from pactwatch.events.questions import _direct_question
from pactwatch.metadata import _top_line_date, extract_metadata
from pactwatch.model import RawDocument
from pactwatch.nlp import load
from pactwatch.settings import Settings


def test_an_attack_on_one_of_a_states_ships_is_an_attack():
    found = events_of("Yemen's Houthi forces attacked one of the Greek tankers in the Red Sea on Monday, the Greek "
                      "navy said.", "conflict")
    assert found and "country:GRC" in parties(found[0])


def test_a_verb_of_attack_on_nobody_in_particular_stays_no_attack():
    assert not events_of("Foreign Minister Ivan Petrov said on Monday that Bulgaria will never attack anyone, "
                         "whatever its neighbours say.", "conflict")


@pytest.mark.parametrize("who, office", [("the president of the football federation", False),
                                         ("the President of Kazakhstan", True),
                                         ("the defence minister of Georgia", True),
                                         ("the head of the football state", False),
                                         ("the Head of the Turkmen State", True)])
def test_an_office_names_a_state_with_a_capital(who, office):
    assert bool(OFFICE_OF.fullmatch(who) or HEAD_OF_STATE.fullmatch(who)) is office


@pytest.mark.parametrize("sentence", ["TCA: Will American troops be deployed here at the ministry's request?",
                                      "Shouldn't the two navies patrol the strait together?"])
def test_an_apostrophe_is_no_quotation_in_a_direct_question(sentence):
    assert _direct_question(load()(sentence))


def test_a_quoted_question_is_still_the_speakers():
    assert not _direct_question(load()('He asked: "Why should we not hold drills with our neighbours?"'))


BODY = ("Ghana and Togo signed an agreement on joint coastal patrols on Monday in Accra, the two defence ministries "
        "said, after talks that had lasted two years.\n\nTogolese officers will train with Ghanaian units from June, "
        "while the two navies will share radar pictures off Lome.\n")


def _published(head: str, body: str = BODY):
    return extract_metadata(clean(RawDocument("t", "t.txt", f"{head}\n\n{body}"), Settings())).published


def test_no_head_date_after_the_story_began():
    text = ("Ghana and Togo agree on joint coastal patrols\n\nOfficials said - in a statement issued late on Monday "
            "by both defence ministries in their capitals - that the patrols would start soon.\n\nNext summit\n\n"
            "1 July 2025\n\n" + BODY)
    assert _top_line_date(text) is None


def test_the_headlines_own_date_yields_to_the_date_line():
    assert _published("Remembering The Attack Of September 11, 2001\nJane Doe | 2021 September 11") == \
        date(2021, 9, 11)


def test_a_date_after_today_is_no_publication_date():
    later = date.today() + timedelta(days=400)
    assert _published(f"Ghana and Togo agree on joint coastal patrols\nNext summit: {later:%d %B %Y}") is None


def test_a_two_digit_year_past_this_one_is_last_centurys():
    assert _published("Ghana and Togo agree on joint coastal patrols\n4 May '98") == date(1998, 5, 4)
