"""Event status (issue 11, point 4): the status of a fact from the words around its trigger.

Sentences are written for these tests, in the styles of several outlets (wire copy, readouts,
fact sheets, statements), with other states and words than the development gold."""
from __future__ import annotations

import pytest
from helpers import events_of, status_at


def _status_of(sentence: str, etype: str) -> set[str]:
    return {e.status for e in events_of(sentence, etype)}


@pytest.mark.parametrize("sentence, word, status", [
    # what a party is thanked or praised for has taken place (statement style)
    ("I want to thank the Estonian government for providing howitzers to Ukraine.", "providing", "occurred"),
    ("The minister praised Ghana for sending peacekeepers to Mali.", "sending", "occurred"),
    # "spare no effort" promises the act: no denial (statement style)
    ("We will spare no effort to supply Moldova with air defense systems.", "supply", "planned"),
    # an initiative launched exists: what it strengthens is no proposal (fact sheet style)
    ("Today the two presidents launched new initiatives to strengthen the Franco-German alliance.", "alliance",
     "occurred"),
    # a verb coordinated without a subject of its own shares the auxiliary of the first (readout style)
    ("Norway and Sweden will sign a framework accord and hold naval drills in the Baltic next spring.",
     "drills", "planned"),
    ("Kenya did not ratify the accord but joined the military alliance with Uganda.", "alliance", "occurred"),
    # purpose clauses under a plan word are planned (fact sheet style)
    ("Ghana and Togo intend to work together to train officers and cooperate on maritime security.",
     "cooperate", "planned"),
    # what a party works to deter or prevent has not happened (readout style)
    ("The leaders vowed to deter Chinese aggression against Taiwan.", "aggression", "possible"),
    ("Egypt and Sudan pledged to prevent attacks on the Nile dam.", "attacks", "possible"),
    # what is said to be unclear or doubted is speculated about (analysis style)
    ("Questions remain how much direct Russian assistance is received by the Malian army.", "assistance",
     "possible"),
    ("It is unclear whether Belarus supplied drones to Russia.", "supplied", "possible"),
])
def test_status_cues(sentence, word, status):
    assert status_at(sentence, word) == status


def test_a_deterrence_that_failed_is_no_possibility():
    """'Failed to deter' (negated averting) leaves the attack as reported, not speculated."""
    assert "possible" not in _status_of("Ethiopia did not prevent the attack on the Somali border post.", "conflict")


@pytest.mark.parametrize("sentence, etype, status", [
    # denials on the object and the negated noun (GUIDE: denied)
    ("Austria will join neither NATO nor any other military bloc, the chancellor said.", "alliance", "denied"),
    ("There will be no permanent Turkish bases in Azerbaijan, the minister told reporters.", "deployment", "denied"),
    # a negated verb of judging is about the judging: the war is reported, not denied
    ("Serbia has not condemned the war in Ukraine.", "conflict", "occurred"),
    # agreeing to start talks on an agreement plans it
    ("Chile and Peru agreed to start talks on a defense cooperation agreement.", "agreement", "planned"),
    # progressive present: it is under way
    ("Vietnam and Indonesia are launching a partnership on maritime security.", "cooperation", "occurred"),
])
def test_status_of_the_issue_examples(sentence, etype, status):
    assert _status_of(sentence, etype) == {status}


@pytest.mark.parametrize("sentence, word, status", [
    # the plan noun as the trigger: a commitment to act is planned, a commitment to a thing is in force
    ("Ottawa reaffirmed its commitment to expanding security cooperation with Warsaw.", "commitment", "planned"),
    ("Tokyo made a pledge to deepen maritime ties with Manila.", "pledge", "planned"),
    ("Paris reaffirmed its commitment to the security of Lebanon.", "commitment", "occurred"),
    # "no doubt" affirms
    ("There is no doubt that Eritrean troops attacked the convoy.", "attacked", "occurred"),
    ("Analysts doubt that Beijing will send troops to the border.", "troops", "possible"),
    # an agreement to act is the agreement reached
    ("Rome reached an agreement with Madrid to station two frigates in Cartagena.", "agreement", "occurred"),
    # a known alliance stays in force whatever is planned for it; joining one is planned (GUIDE: alliance)
    ("Seoul is making new investments that will strengthen the Korea-Philippines alliance.", "alliance", "occurred"),
    ("Ankara reaffirmed its commitment to defending its allies.", "allies", "occurred"),
    ("Stockholm will join the alliance next spring.", "alliance", "planned"),
    # support for a proposal is the proposal's status (GUIDE: proposed)
    ("Rome expressed strong support for Athens' proposed naval partnership.", "support", "proposed"),
    ("Rome expressed strong support for Greek defense.", "support", "occurred"),
])
def test_status_of_a_plan_noun_trigger(sentence, word, status):
    assert status_at(sentence, word) == status


@pytest.mark.parametrize("sentence, word, status", [
    # readiness and offers are proposals, not acts (wire, Xinhua and Dawn styles)
    ("Chile said it was ready to work with Peru to strengthen defense cooperation.", "cooperation", "proposed"),
    ("The Omani foreign minister said Muscat was willing to cooperate with Tehran on maritime security.",
     "cooperate", "proposed"),
    ("Rabat expressed its readiness to deepen military cooperation with Nouakchott.", "cooperation", "proposed"),
    ("Kazakhstan is open to joint exercises with Uzbekistan.", "exercises", "proposed"),
    ("The general inspected the combat readiness of the joint exercises with Uzbekistan.", "exercises", "occurred"),
    ("Indonesia offered to deploy troops to Gaza.", "deploy", "proposed"),
    # scheduled acts are planned, also in a clause of time (Delfi, The National styles)
    ("Norway and Finland were due to sign a defense cooperation agreement on Friday.", "agreement", "planned"),
    ("The strike came days before Kenya and Ethiopia were due to sign a security pact.", "pact", "planned"),
    ("Brazil and Argentina are set to sign a military cooperation treaty.", "treaty", "planned"),
    ("Japan is expected to sign a defense agreement with the Philippines next week.", "agreement", "planned"),
    # "due to" as a cause schedules nothing
    ("Turkey sent troops to Libya due to the threat from the rebel forces.", "troops", "occurred"),
    # an invitation proposes; accepted (or welcomed, in readouts) it plans (readout and ANI styles)
    ("President Ruto invited the Tanzanian president to visit Nairobi.", "visit", "proposed"),
    ("Prime Minister Modi invited President Lula to visit India in 2027, and Lula accepted the invitation.",
     "visit", "planned"),
    ("Lula accepted Modi's invitation to visit India next year.", "visit", "planned"),
    ("The chancellor welcomed the Vietnamese leader's invitation to visit Hanoi.", "visit", "planned"),
    ("President Tinubu extended an invitation to President Ramaphosa to visit Abuja, which Ramaphosa accepted.",
     "visit", "planned"),
    ("President Tinubu extended an invitation to President Ramaphosa to visit Abuja, which Ramaphosa declined.",
     "visit", "denied"),
    ("Macron invited Modi to hold talks in Paris, an invitation Modi accepted.", "talks", "planned"),
    # a war said not to end until ... goes on (Sputnik, Times of Israel styles)
    ("Israel will not end the war until Hamas is destroyed, the prime minister said.", "war", "occurred"),
    ("There will be no end to the fighting until Armenian forces leave, Aliyev said.", "fighting", "occurred"),
    ("The minister said Ankara would not halt its offensive until the militants were destroyed.", "offensive",
     "occurred"),
    ("Zelensky said the war would not end until Russia withdrew its troops.", "war", "occurred"),
    # a denial of the attack denies it; a denial of the charge leaves the charge and the attack as told
    ("The Russian defence ministry denied attacking civilians in Kharkiv.", "attacking", "denied"),
    ("Kyiv blamed the attack on Moscow, a charge Russia denies.", "blamed", "occurred"),
    ("Kyiv blamed the attack on Moscow, a charge Russia denies.", "attack", "occurred"),
])
def test_status_of_offers_schedules_invitations_and_denials(sentence, word, status):
    assert status_at(sentence, word) == status


@pytest.mark.parametrize("sentence, word, status", [
    # scheduling in other shapes: a mis-lemmatised "slated", "be to", the subject of "is due to be signed"
    ("The foreign ministers were slated to meet in Geneva.", "meet", "planned"),
    ("The agreement is due to be signed in Riga next month.", "signed", "planned"),
    ("Days before the two countries were to sign the treaty, the talks collapsed.", "sign", "planned"),
    ("Armenia and Azerbaijan are to sign a peace treaty in Washington.", "sign", "planned"),
    # "it is possible to sign" speculates (GUIDE: possible), it neither plans nor reports
    ("If the time comes, it is possible to sign such agreements with Gulf states as well.", "sign", "possible"),
    # an accusation the accused rejects was made; what it says is denied (Anadolu, AP styles)
    ("Tehran rejected accusations that it had supplied drones to Russia.", "accusations", "occurred"),
    ("Tehran rejected accusations that it had supplied drones to Russia.", "supplied", "denied"),
    ("Minsk denied the allegation that it had sent troops to Ukraine.", "sent", "denied"),
])
def test_status_of_schedules_and_rejected_accusations(sentence, word, status):
    assert status_at(sentence, word) == status
