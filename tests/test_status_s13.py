"""Status, session 13: an invitation to join another's drills proposes the joining whenever they are; what a cooperation
or a body is about ("a working group on cooperation", "cooperation in joint exercises") takes its status; an act
dated to a time still to come is planned; a clause the parser takes for a relative one but that a report says is
read as the report's content; an agreement whose negotiation begins or goes on is proposed; a truce agreed to is
reached; a proposal, offer or demand the other side turns down is denied.

Sentences are written for these tests, with other states and words than any gold, in the styles of several outlets
(wire, broadsheet, state media, readout, interview)."""
from __future__ import annotations

import pytest
from helpers import status_at

CASES = [
    # an invitation to observe, take part in or send troops to another's drills proposes the joining
    ("The Chilean navy invited Peruvian officers to observe a joint exercise off Valparaíso next month.", "exercise",
     "proposed"),
    ("Officials said Lima has invited Bolivia to send a platoon to the UNITAS drills next year.", "drills", "proposed"),
    ('Colonel Ríos said that the Ecuadorian side invites the Colombian air force to take part in the "Condor-2026" '
     "exercises to be held in Manta in June.", "exercises", "proposed"),
    # an invitation to the invitee's own visit, or to a summit, at a time is arranged
    ("The Chilean president invited his Peruvian counterpart to pay a visit to Lima next year.", "visit", "planned"),
    ("The Ghanaian president invited his Togolese counterpart to take part in the regional summit in Accra in May.",
     "summit", "planned"),
    # what a cooperation or a body is about takes its status: no setting
    ("Kenya proposed setting up a joint working group on cooperation in maritime security.", "cooperation",
     "proposed"),
    ("The two ministries will expand cooperation in cyber defence and in joint training and exercises, the statement "
     "said.", "exercises", "planned"),
    ("The two countries have deepened their cooperation in joint exercises since 2019.", "exercises", "occurred"),
    ("Kenya will expand its cooperation with Somalia in the fight against al-Shabaab.", "fight", "occurred"),
    ("That demand has been rejected by the Secretary-General and by every country contributing troops, including "
     "Fiji.", "contributing", "occurred"),
    # an act dated to a time still to come is planned
    ("The joint naval exercise next month will test the two fleets' air defences.", "exercise", "planned"),
    ("That is why the joint exercise in the Osh region next spring matters so much to Bishkek.", "exercise",
     "planned"),
    ("The Kenyan foreign minister, who met his Ethiopian counterpart on Monday, travels on to Asmara tomorrow for "
     "talks with Eritrean officials.", "talks", "planned"),
    ("Peru sends two frigates to the drills next week.", "drills", "planned"),
    ("Peru sent two frigates to the drills last week.", "drills", "occurred"),
    ("The talks held yesterday focused on drones.", "talks", "occurred"),
    # a report's content the parser takes for a relative clause: denied with the report
    ("The announcement comes weeks after Manila had to deny a report that Beijing had requested access to a naval "
     "base in Palawan.", "requested", "denied"),
    ("The agreement that Russia signed in 2020 will expire next year.", "signed", "occurred"),
    # an agreement whose negotiation begins or goes on is being negotiated: proposed
    ("Tokyo and Ottawa would start negotiating a frigate agreement this year, the minister said.", "agreement",
     "proposed"),
    ("Negotiations for similar agreements with Chile and Peru are ongoing, the ministry said.", "agreements",
     "proposed"),
    ("Talks on a defence pact with Ghana are continuing, officials said.", "pact", "proposed"),
    ("Qatar negotiated a ceasefire between the two sides.", "ceasefire", "occurred"),
    ("The two sides will not start negotiating a defence pact.", "pact", "denied"),
    # a truce or an agreement agreed to is reached, as one agreed on; a construction agreed to is planned
    ("The two countries agreed to an immediate ceasefire at talks in Kuala Lumpur on Monday.", "ceasefire",
     "occurred"),
    ("Kenya and Somalia have agreed to a truce along the border.", "truce", "occurred"),
    ("The rebels did not agree to the ceasefire.", "ceasefire", "denied"),
    ("The foreign ministers agreed to a future meeting in Crete.", "meeting", "planned"),
    ("The United States has agreed to the construction of a Qatari air base in Idaho.", "base", "planned"),
    # a proposal, offer or demand the other side turns down is denied
    ("Azerbaijan's foreign minister said Baku would sign the treaty only after Armenia removed the reference from its "
     "constitution, a demand Yerevan has called unacceptable.", "demand", "denied"),
    ("Baku would sign the treaty only after Yerevan removed the claim from its constitution, a demand that Armenia has "
     "called unacceptable.", "demand", "denied"),
    ('The president said in March that Chile was ready to send troops to Peru if Lima asked, an offer Lima said it had '
     '"noted" but had no plans to take up.', "send", "denied"),
    ("Chile proposed joint naval drills, a proposal Lima rejected on Friday.", "drills", "denied"),
    ("Azerbaijan's foreign minister said Baku would sign the treaty only after Armenia removed the reference from its "
     "constitution, a demand Yerevan has called unacceptable.", "sign", "planned"),
    ("The Kremlin offered to host the talks, an offer that Kyiv dismissed as a stunt.", "talks", "denied"),
    ("Chile proposed joint naval drills, a proposal Lima did not reject.", "drills", "proposed"),
    ("Ghana offered to send engineers to the mission, an offer Nigeria welcomed.", "send", "proposed"),
    ("The AU has asked the Security Council to fund the mission, a request opposed by the United States.", "asked",
     "occurred"),
]


@pytest.mark.parametrize("sentence, word, status", CASES)
def test_status(sentence, word, status):
    assert status_at(sentence, word) == status
