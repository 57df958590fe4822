"""Status of the kinds blind5 found wrong (/work/notes/blind5/classes.md S1-S4) and the directive above "continue":
proposals and modals of what ought to be (should, ought to, put forward, float, moot, table), consideration
(looking at, looking into, considering joining), stages (initialled: occurred, as the shared gold has it), endings by other words (let lapse, expired,
tore up), obligations ("were to leave"), and directives (ordered / instructed / directed X to ...).

Sentences are written for these tests, with other states and words than any gold, in the styles of several outlets
(wire, broadsheet, state media, readout)."""
from __future__ import annotations

import pytest
from helpers import events_of, status_at

CASES = [
    # S1 modals of what ought to be: proposed; "should" before its subject is a condition
    ("The minister said the Baltic navies ought to hold exercises together from 2029.", "exercises", "proposed"),
    ("Finland's president said the two armies should hold joint exercises every year.", "exercises", "proposed"),
    ("Finland's president said the two armies should not hold joint exercises.", "exercises", "denied"),
    ("Should Russia attack Finland, Sweden would send troops.", "attack", "possible"),
    ("It should be recalled that a defence pact between Ghana and Togo was signed in 2010.", "pact", "occurred"),
    ("We should not forget that Latvian and Estonian troops train together every year.", "train", "occurred"),
    # S1 proposal verbs, over the event or over a plan noun
    ("Morocco put forward a plan for joint patrols with Mauritania.", "patrols", "proposed"),
    ("Senegal floated a joint naval patrol with Gambia.", "patrol", "proposed"),
    ("Uruguay tabled a draft security pact with Paraguay at the meeting.", "pact", "proposed"),
    # S1 consideration through a phrasal verb or a gerund: possible
    ("Chile is looking at buying Swedish fighter jets.", "buying", "possible"),
    ("Vietnam is looking into a purchase of Indian missiles.", "purchase", "possible"),
    ("Indonesia is considering joining the exercise led by Australia.", "exercise", "possible"),
    ("Hanoi is weighing the purchase of Indian missiles.", "purchase", "possible"),
    ("Seoul is studying the purchase of Polish howitzers.", "purchase", "possible"),
    ("A joint patrol with Benin is being assessed by the Togolese navy.", "patrol", "possible"),
    ("The inspectors examined the deployment of Rwandan troops in Mozambique.", "deployment", "occurred"),
    ("He is looking at the joint exercise as a model for the region.", "exercise", "occurred"),
    ("Estonia is reviewing its defence pact with Finland.", "pact", "occurred"),
    # initialling is a stage that happened: occurred, as the project's shared gold has it ("the initialing of the
    # peace agreement ... two months ago"), though the made-up sets' writers gave it planned
    ("Armenia and Georgia initialled the draft border deal on Tuesday.", "deal", "occurred"),
    ("The Serbian government hails the initialling of the accord with Hungary.", "accord", "occurred"),
    ("The ministers signed the initialled text in June.", "text", "occurred"),
    # S3 ending by other words
    ("Honduras let the security agreement with Nicaragua lapse.", "agreement", "denied"),
    ("The defence pact between Bolivia and Paraguay expired in 2019.", "pact", "denied"),
    ("The two governments allowed the treaty to expire in 2020.", "treaty", "denied"),
    ("The treaty expires in 2031.", "treaty", "occurred"),
    ("The truce between Armenia and Azerbaijan collapsed within hours.", "truce", "denied"),
    ("The ceasefire between Armenia and Azerbaijan expires at midnight.", "ceasefire", "occurred"),
    ("Mali tore up its defence accord with France.", "accord", "denied"),
    # S4 obligations: "be to" with the event as the subject
    ("The Colombian troops were to leave Panama within 90 days.", "troops", "planned"),
    ("The Kenyan contingent was to stay in Haiti until 2027.", "contingent", "planned"),
    # directives: planned, also above "continue"
    ("The king ordered the navy to hold joint drills with Oman.", "drills", "planned"),
    ("The president directed the defence secretary to continue to provide weapons to Ukraine.", "provide", "planned"),
    ("The prime minister instructed the army to deploy troops to the border with Sudan.", "deploy", "planned"),
    ("Poland continues to provide weapons to Ukraine.", "provide", "occurred"),
    # a directive dated to a year on the verb is a background fact: done
    ("In early 2022, the president ordered the army to reinforce the eastern flank, sending forces to Romania.",
     "sending", "occurred"),
    ("In 2023, the king ordered the navy to hold joint drills with Oman.", "drills", "occurred"),
    ("The king ordered troops to the border with Yemen.", "troops", "occurred"),
    # maintaining: what is maintained exists, whatever the future
    ("Poland will maintain its troops in Lithuania.", "maintain", "occurred"),
]


@pytest.mark.parametrize("sentence, word, status", CASES)
def test_status(sentence, word, status):
    assert status_at(sentence, word) == status


@pytest.mark.parametrize("text, etype, status", [
    ("Chile is looking at buying Swedish fighter jets.", "cooperation", "possible"),
    ("Ecuador and Peru initialed a defence cooperation agreement in Lima.", "agreement", "occurred"),
    ("Honduras let the security agreement with Nicaragua lapse.", "agreement", "denied"),
    ("The Colombian troops were to leave Panama within 90 days.", "deployment", "planned"),
    ("Morocco put forward a plan for joint patrols with Mauritania.", "exercise", "proposed"),
])
def test_status_through_the_pipeline(text, etype, status):
    assert [e.status for e in events_of(text, etype)] == [status]
