"""More than one fact in a sentence, and threats told with other verbs (tenth session, facts helper).

- A second clause with a named subject of its own, joined by "and"/"but" or set beside the first by "while", tells its
  own fact, whatever the type (nesting.py ``_second_clause``); a definite noun there ("signed the Accords") is the
  document the first clause told, signed by another hand.
- A clause a semicolon ends is its own sentence, though the parse hangs it on the clause after the semicolon
  ("Iran fired missiles at the base; the missiles were intercepted").
- One verb with several partners tells a fact with each of them apart when the document noun is plural ("signed
  cooperation plans with A and B") or the "with" is said again for each ("with A, under X, and with B, under Y"); a
  singular document with a list of partners stays one (a trilateral text).
- Verbs of censure and of menace are one class each in the threat lexicon (``data/triggers/threat.json``): whatever
  the verb of the class, a state censured or menaced by another is a threat; the class needs a name or a state's act
  as its object, so a coach, a striker or a studio censured is none.
- The verbs that adopt a text and the verbs that hold a drill are read from the data.

Sentences are invented for these tests, in several outlets' styles (wire, broadsheet, regional, state media, live
blog), with states and words none of the development or held-out sets use for these facts."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

from pactwatch.events.lexicon import load_lexicon


def _with(events, *states):
    return [e for e in events if set(states) <= parties(e)]


@pytest.mark.parametrize("sentence, etype, first, second", [
    # broadsheet: a series of treaties, the second clause's subject its own
    ("Chile and Peru signed a defence pact in 2019, and Bolivia and Paraguay followed with their own treaty in 2021.",
     "agreement", ("country:CHL", "country:PER"), ("country:BOL", "country:PRY")),
    # wire: "while" sets a second deployment beside the first
    ("Ghana deployed 300 troops to Mali, while Togo sent 200 soldiers to Niger, officials said.",
     "deployment", ("country:GHA", "country:MLI"), ("country:TGO", "country:NER")),
    # regional: "but" and a second subject
    ("Mongolia held naval drills with Japan in May, but Kazakhstan held joint naval drills with Uzbekistan in June.",
     "exercise", ("country:MNG", "country:JPN"), ("country:KAZ", "country:UZB")),
])
def test_a_second_clause_with_its_own_subject_is_its_own_fact(sentence, etype, first, second):
    found = events_of(sentence, etype)
    assert _with(found, *first), found
    assert _with(found, *second), found


def test_one_text_signed_by_two_hands_stays_one_agreement():
    found = events_of("Minister Diallo signed the Accords on behalf of Senegal, while Minister Mensah signed the Accords "
                      "on behalf of Ghana.", "agreement")
    assert len(found) == 1, found


@pytest.mark.parametrize("sentence, actor, target", [
    # live blog: the parse hangs the clause before the semicolon on the one after it
    ("Overnight, Iran fired missiles at Israeli air bases; most of the missiles were intercepted.",
     "country:IRN", "country:ISR"),
    ("Eritrean artillery shelled Ethiopian positions near Zalambessa; no casualties were reported.",
     "country:ERI", "country:ETH"),
])
def test_a_clause_before_a_semicolon_keeps_its_fact(sentence, actor, target):
    found = events_of(sentence, "conflict")
    assert any(actor in e.actors and target in e.targets for e in found), found


@pytest.mark.parametrize("sentence, actor, partners", [
    # state media: a plural document, a list of partners
    ("Mongolia has signed military cooperation plans for 2026 with Japan and South Korea.",
     "country:MNG", ("country:JPN", "country:KOR")),
    # wire: the "with" said again for each partner
    ("Norway signed defence agreements this year with Sweden, under the Nordic framework, and with Denmark, under a "
     "separate accord.", "country:NOR", ("country:SWE", "country:DNK")),
    # regional
    ("Ghana now has status of forces agreements with Togo, Benin and Burkina Faso, the ministry said.",
     "country:GHA", ("country:TGO", "country:BEN", "country:BFA")),
])
def test_one_verb_with_several_partners_tells_a_document_with_each(sentence, actor, partners):
    found = events_of(sentence, "agreement")
    for p in partners:
        assert any(parties(e) == {actor, p} for e in found), (p, found)


@pytest.mark.parametrize("sentence, states", [
    # a singular text with a list of partners is one trilateral document
    ("Mongolia signed a trilateral agreement with Japan and South Korea on Monday.",
     {"country:MNG", "country:JPN", "country:KOR"}),
    # several signers: who signed with whom is not told
    ("Chile and Peru signed agreements with Bolivia and Ecuador on border security.",
     {"country:CHL", "country:PER", "country:BOL", "country:ECU"}),
])
def test_one_document_or_several_signers_stay_one_agreement(sentence, states):
    found = events_of(sentence, "agreement")
    assert len(found) == 1 and parties(found[0]) == states, found


@pytest.mark.parametrize("sentence, actor, target", [
    ("The Egyptian foreign minister admonished Ethiopia over the dam on Tuesday.", "country:EGY", "country:ETH"),
    ("Seoul berated Pyongyang for the latest missile launch, Yonhap reported.", "country:KOR", "country:PRK"),
    ("Vietnam chided China over its naval manoeuvres in the Paracels.", "country:VNM", "country:CHN"),
    ("Ankara upbraided Athens for militarising the Aegean islands.", "country:TUR", "country:GRC"),
    ("The Indian army blasted Pakistan for the ceasefire violations along the Line of Control.", "country:IND",
     "country:PAK"),
    ("Beijing reprimanded Manila for the incursion near the shoal.", "country:CHN", "country:PHL"),
    ("The Kremlin hit out at Helsinki over the new defence pact.", "country:RUS", "country:FIN"),
    ("In a statement, Caracas menaced Guyana with annexation of the Essequibo.", "country:VEN", "country:GUY"),
])
def test_verbs_of_censure_and_menace_are_threats(sentence, actor, target):
    found = events_of(sentence, "threat")
    assert any(actor in e.actors and target in e.targets for e in found), found


@pytest.mark.parametrize("sentence", [
    "The coach admonished his players after the derby defeat.",  # sport
    "The striker blasted the referee after the match in Madrid.",
    "Critics lashed out at the studio over the film's ending.",  # culture
    "Shareholders berated the board over the merger with a Danish rival.",  # business
    "The regulator reprimanded the bank over its lending practices.",
    "The team bullied its opponents in the second half, scoring three goals.",
    "Researchers chided the journal for publishing the flawed virus study.",  # science
])
def test_censure_of_no_state_is_no_threat(sentence):
    assert not events_of(sentence, "threat"), sentence


def test_hitting_out_at_a_state_is_no_attack():
    assert not events_of("The Kremlin hit out at Helsinki over the new defence pact.", "conflict")


def test_adopting_and_holding_verbs_are_the_data_s():
    lex = load_lexicon()
    assert lex.word_lists["adopting_verbs"] <= set(lex.triggers["agreement"]["sign_verbs"])
    assert {"conduct", "hold", "stage", "staged", "carry", "perform", "complete", "undertake"} <= \
        lex.word_lists["holding_verbs"]
