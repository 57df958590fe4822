"""The events stage: trigger types and statuses on parsed sentences (real spaCy pipeline)."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.events import (
    _find_triggers,
    _in_question,
    _outermost,
    _proposal_fallback,
    _status,
    load_lexicon,
)
from pactwatch.model import RawDocument


def typed_statuses(nlp, sentence: str) -> set[tuple[str, str]]:
    lex = load_lexicon()
    doc = nlp(sentence)
    trig = [t for t in _find_triggers(doc, lex, accept=True) if not _in_question(doc, t[2])]
    trig = _outermost(doc, trig) or _proposal_fallback(doc)
    return {(t[0], _status(doc, t[2], t[3], lex)) for t in trig}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # statuses: negation, denial verbs, proposals, modals, plans
        ("He clarified that he is not proposing the creation of any military organization.", ("alliance", "denied")),
        ("The minister ruled out joining any military alliance.", ("alliance", "denied")),
        ("Poland and Lithuania held joint military exercises near the border last week.", ("exercise", "occurred")),
        ("Kazakhstan proposed holding joint naval drills in the Caspian Sea next year.", ("exercise", "proposed")),
        ("Such a document could be signed tomorrow by Azerbaijan and Uzbekistan.", ("agreement", "possible")),
        ("The two countries will sign a defense cooperation agreement in March.", ("agreement", "planned")),
        ("Until these questions are clarified, no participation by Azerbaijan in any mission is envisioned.",
         ("deployment", "denied")),
        ("Azerbaijan cannot join any military bloc.", ("alliance", "denied")),
        ("However, this does not exclude bilateral military cooperation with other countries.",
         ("cooperation", "possible")),
        ("Why not cooperate in this area as well?", ("cooperation", "proposed")),
        ("The memorandum was approved by the parliament on Tuesday.", ("agreement", "occurred")),
        ("Indonesia never sent troops to the mission.", ("deployment", "denied")),
        ("The summit will be held in Astana in November.", ("meeting", "planned")),
        ("Japan and the Philippines signed a reciprocal access agreement on Monday.", ("agreement", "occurred")),
        ("The president warned that the buildup was a direct threat to the country.", ("threat", "occurred")),
        ("Armenia and Azerbaijan fought two wars over Karabakh.", ("conflict", "occurred")),
        ("Germany has not signed the treaty.", ("agreement", "denied")),
        ("Hungary called for the creation of a European army.", ("alliance", "proposed")),
        ("Türkiye is the only country that is an ally to both Russia and Azerbaijan.", ("alliance", "occurred")),
        # an answer is a claim even when the sentence reports the question
        ("Asked about the drills, the minister said Poland will send troops to Lithuania.", ("deployment", "planned")),
        ("The ministry did not say which units took part in the joint exercises.", ("exercise", "occurred")),
        # "would": a future reported in the past is a plan; a conditional, a possibility
        ("The minister said Poland would send troops to Lithuania.", ("deployment", "planned")),
        ("The defense minister told reporters that the two navies would hold joint exercises in May.",
         ("exercise", "planned")),
        ("Poland would send troops to Lithuania if asked.", ("deployment", "possible")),
        ("Both countries initialled the border agreement in Washington.", ("agreement", "occurred")),
        ("Kazakhstan and Uzbekistan are strategic partners in the region.", ("cooperation", "occurred")),
    ],
)
def test_type_and_status(nlp, sentence, expected):
    assert expected in typed_statuses(nlp, sentence)


@pytest.mark.parametrize(
    "sentence, absent_type",
    [
        ("If there is a general agreement, then we will see these results this year.", "agreement"),
        ("The company asked reporters about the quarterly results.", "request"),
        ("She did a breathing exercise before the interview.", "exercise"),
        ("The football team played a friendly match in Baku.", "conflict"),
        # what a question asks, or leaves open, is nobody's claim
        ("Reporters asked whether Poland would send troops to the mission.", "deployment"),
        ("It remains unclear who will send troops to the border.", "deployment"),
        ("Asked if the two navies would hold joint drills, the admiral declined to comment.", "exercise"),
        # a trigger used as another part of speech than the lexicon lists it as
        ("According to the ministry, the talks in Ankara were constructive.", "agreement"),
        ("Initial results from the inquiry into the shooting were released on Friday.", "agreement"),
        ("Police stations across the country were closed during the strike.", "deployment"),
        ("The firm and its business partners reported record profits.", "cooperation"),
    ],
)
def test_no_event_without_context(nlp, sentence, absent_type):
    assert absent_type not in {t for t, _ in typed_statuses(nlp, sentence)}


def test_nested_same_type_trigger_gives_one_event(nlp):
    got = typed_statuses(nlp, "No participation by Azerbaijan in any peacekeeping mission is envisioned.")
    assert got == {("deployment", "denied")}


def test_candidate_sentences_only_keep_trigger_sentences(nlp):
    from pactwatch.events import candidate_sentences

    with nlp.select_pipes(enable=["senter", "ner"]):
        doc = nlp("The weather was fine. Turkey and Azerbaijan held joint drills. Fans cheered in the stadium.")
    assert candidate_sentences(doc) == [1]


def _events_of(text: str):
    """The events of one article, through the real pipeline."""
    return analyse_raws([RawDocument("w", "w.txt", text)])[0].events


def test_cooperation_that_is_an_alliance_is_one_event(nlp):
    """GUIDE: cooperation is what no other type names; the alliance it is stays, alone."""
    text = ("Ties\nPresident Aliyev said: \"We cooperate with Türkiye in the format of a formal military "
            "alliance.\" He spoke in Baku on Monday.\n")
    types = [e.type for e in _events_of(text) if "formal" in e.evidence.sentence]
    assert "alliance" in types and "cooperation" not in types


WHEN_WHERE = "Regional news\nBy Staff\nPublished 6 January 2026\n"


@pytest.mark.parametrize("sentence, etype, when, where", [
    # the summit's place and the exercises' year are not each other's
    ("In his address at the 12th summit of the Organization of Turkic States, held in the Kazakh city of "
     "Almaty, Aliyev proposed holding joint military exercises among its member states in 2027.",
     "meeting", None, "place:almaty"),
    ("In his address at the 12th summit of the Organization of Turkic States, held in the Kazakh city of "
     "Almaty, Aliyev proposed holding joint military exercises among its member states in 2027.",
     "exercise", "2027", None),
    # the country a place noun names is not the place when the place is named
    ("Turkiye and Azerbaijan held joint drills in the Azerbaijani city of Gabala on Monday.",
     "exercise", "2026-01-05", "place:gabala"),
    # a date in a clause about something else ("released late Monday") dates that, not the event
    ("In an interview released late Monday, the minister said Georgia and Azerbaijan signed a defense "
     "agreement in 2019.", "agreement", "2019", None),
    # what is going on now happens on the day of the report
    ("Kazakhstan is hosting a summit of the Organization of Turkic States.", "meeting", "2026-01-06", None),
])
def test_event_time_and_place_belong_to_their_own_event(sentence, etype, when, where):
    events = [e for e in _events_of(WHEN_WHERE + sentence + "\n") if e.type == etype]
    assert events, f"no {etype} event"
    assert (events[0].when, events[0].where) == (when, where)


def test_a_date_on_the_verb_of_a_noun_event_dates_both():
    """'a partnership and assistance agreement was signed on 16 August 2010': the signing
    dates the agreement and the partnership it creates."""
    events = _events_of(WHEN_WHERE + "It should be recalled that a strategic partnership and mutual assistance "
                        "agreement between Turkey and Azerbaijan was signed as early as August 16, 2010.\n")
    assert {(e.type, e.when) for e in events} >= {("agreement", "2010-08-16"), ("cooperation", "2010-08-16")}


def test_the_summit_mentioned_again_is_the_same_meeting():
    """'The summit gathers leaders from ...' adds its participants to the summit already reported."""
    text = (WHEN_WHERE + "Kazakhstan is hosting the summit of the Organization of Turkic States in Almaty.\n"
            "The summit gathers leaders from Turkiye, Kyrgyzstan, Uzbekistan and Hungary.\n")
    meetings = [e for e in _events_of(text) if e.type == "meeting"]
    assert len(meetings) == 1
    parties = set(meetings[0].actors) | set(meetings[0].targets)
    assert {"country:KAZ", "country:TUR", "country:HUN"} <= parties
    assert (meetings[0].when, meetings[0].where) == ("2026-01-06", "place:almaty")


def test_a_negation_on_the_auxiliary_denies(nlp):
    """Wire style: 'had not, as of yesterday, announced any plans to remove the troops' (the parser hangs
    'not' on 'had' when a phrase comes between)."""
    assert ("deployment", "denied") in typed_statuses(
        nlp, "The United States had not, as of yesterday, announced any plans to remove the troops.")


@pytest.mark.parametrize("sentence, etype, status", [
    # a negation on a verb above a clause is about that verb, unless it is a verb of belief (Rudaw, AP styles)
    ("Coalition forces are in Iraq at the invitation of the Government of Iraq to defeat ISIS remnants;\" read the "
     "statement; \"we will not be deterred by these attacks.\"", "deployment", "occurred"),
    ("The minister said that Poland would not send troops to Ukraine.", "deployment", "denied"),
    ("Germany has not signed the treaty.", "agreement", "denied"),
])
def test_a_negation_above_a_clause_stays_on_its_verb(nlp, sentence, etype, status):
    assert (etype, status) in typed_statuses(nlp, sentence)


def test_a_proposal_without_a_trigger_word_is_proposed(nlp):
    """Trend/Azertac style: 'Aliyev proposed that the member states coordinate their positions' names no
    trigger word; the proposal itself is the event, and it is proposed, not occurred."""
    assert typed_statuses(nlp, "Aliyev proposed that the Turkic states coordinate their positions at the UN.") == {
        ("cooperation", "proposed")}
