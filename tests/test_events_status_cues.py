"""Event status from cue words and the parse (issue 11, point 4), class by class: withdrawal and rejection deny an
agreement, what is weighed or asked about is possible, intentions and plans are planned, invitations and open
channels propose, and negations that are about the saying leave the fact alone.

Sentences are written for these tests in the styles of several outlets (Reuters, AP, Dawn, TASS, Anadolu,
a ministry statement, a readout), with other states and words than the development gold."""
from __future__ import annotations

import pytest
from helpers import status_at


@pytest.mark.parametrize("sentence, word, status", [
    # withdrawing from, pulling out of, scrapping or voting down an agreement denies it (Reuters, AP, TASS)
    ("Washington pulled out of the arms control treaty with Moscow in 2019.", "treaty", "denied"),
    ("Mali withdrew from the defence pact with France last year, the junta said.", "pact", "denied"),
    ("The Niger junta announced its withdrawal from the regional security alliance.", "alliance", "denied"),
    ("Russia suspended its participation in the New START treaty, the Kremlin said.", "treaty", "denied"),
    ("Niger scrapped the military cooperation agreement with the United States.", "agreement", "denied"),
    ("Lawmakers in Chisinau voted against the agreement with Romania on Tuesday.", "agreement", "denied"),
    ("The Georgian parliament voted down the memorandum with Azerbaijan.", "memorandum", "denied"),
    ("Britain walked away from the talks with Argentina.", "talks", "denied"),
    ("The navy called off the joint drills with Singapore after the storm.", "drills", "denied"),
    # ... and rejecting or not ratifying it does too (Dawn, Anadolu)
    ("The National Assembly rejected the memorandum signed with Kabul.", "memorandum", "denied"),
    ("The Moldovan parliament did not ratify the memorandum on military cooperation with Romania.", "memorandum",
     "denied"),
    # a withdrawal only threatened, weighed or refused leaves the agreement standing
    ("Niger will not withdraw from the defence agreement, the minister said.", "agreement", "occurred"),
    ("Moscow threatened to withdraw from the treaty.", "treaty", "occurred"),
    # leaving a bloc ends a membership; leaving a summit early does not undo the summit
    ("Burkina Faso left the regional bloc in January.", "bloc", "denied"),
    ("The Russian delegation left the summit early.", "summit", "occurred"),
    # withdrawing troops is a deployment (GUIDE): no denial of the base
    ("US troops withdrew from the base in Niger.", "base", "occurred"),
    # cancelled is denied, postponed still to come (Yonhap, AP)
    ("The summit was cancelled after the coup.", "summit", "denied"),
    ("Seoul postponed the joint drills with Washington until autumn.", "drills", "planned"),
    ("The summit was postponed until next year.", "summit", "planned"),
    # what a party failed to do did not come about; what it failed to prevent did (Reuters)
    ("The two sides failed to reach an agreement on border security.", "agreement", "denied"),
    ("Egypt failed to prevent attacks on the border.", "attacks", "occurred"),
    # what is being considered or weighed is speculated about (a spokesperson, AP)
    ("A spokesperson said a joint exercise with Japan is being considered.", "exercise", "possible"),
    ("Washington is weighing the deployment of additional troops to Poland.", "deployment", "possible"),
    ("Seoul is mulling a defence pact with Canberra, officials said.", "pact", "possible"),
    # ... not what something is considered to be, nor "considering X" as "given X"
    ("The alliance is considered the cornerstone of regional security.", "alliance", "occurred"),
    ("Considering the close cooperation between our armies, we will hold joint drills in 2027.", "cooperation",
     "occurred"),
    # "would be held" reported by a spokesperson is the reported future: planned (TASS)
    ("A Kremlin spokesman said the naval exercise with China would be held next month.", "exercise", "planned"),
    # yes/no questions and embedded "whether" put the fact in doubt (op-ed, AP)
    ("Will Egypt join the military alliance?", "alliance", "possible"),
    ("Could Pakistan sign a defence pact with Saudi Arabia?", "pact", "possible"),
    ("Is Japan ready to host US missiles?", "host", "possible"),
    ("Reporters asked whether Turkey would send troops to Libya.", "troops", "possible"),
    # a wh-question presupposes what it asks about; "why not" proposes (Anadolu)
    ("Why did Russia invade Ukraine?", "invade", "occurred"),
    ("Why not cooperate in this area as well?", "cooperate", "proposed"),
    # conditionals are possible (Dawn, Reuters)
    ("If Ankara attacks Kurdish forces, Washington would respond.", "attacks", "possible"),
    ("Should Iran attack Israel, the United States would defend it.", "attack", "possible"),
    # invitations and open channels propose a meeting (ministry statement, Anadolu)
    ("Ankara invited Athens to open a dialogue on maritime borders.", "dialogue", "proposed"),
    ("The ministry said Greece keeps channels to Ankara open for dialogue.", "dialogue", "proposed"),
    # plans and intentions are planned (a ministry statement, Reuters)
    ("Seoul said Pyongyang was preparing plans to attack border posts.", "attack", "planned"),
    ("The two countries intend to hold joint naval drills next year.", "drills", "planned"),
    ("Chile and Peru agreed to start talks on a defence cooperation pact.", "pact", "planned"),
    ("Kenya is committed to deploying police officers to Haiti.", "deploying", "planned"),
    # what a party will host is planned, whatever the role it is named in
    ("Japan will serve as host of the summit next year.", "summit", "planned"),
    # a negation that is about the saying or judging leaves the fact alone (Reuters)
    ("India has not condemned the war in Ukraine.", "war", "occurred"),
    ("Beijing did not comment on the drills near Taiwan.", "drills", "occurred"),
    # denying or rejecting a claim denies what the claim says (TASS, a ministry statement)
    ("Moscow rejected claims that its forces attacked the convoy.", "attacked", "denied"),
    ("The foreign ministry denied that its troops shelled the village.", "shelled", "denied"),
    # "neither confirmed nor denied" denies nothing (wire style)
    ("Israel neither confirmed nor denied that it carried out the strike.", "strike", "occurred"),
    # the second of a "neither ... nor" pair is denied like the first (TASS, Tanjug)
    ("Serbia will join neither the EU nor the alliance, the minister said.", "alliance", "denied"),
    ("Both NATO and the alliance of Gulf states held drills.", "alliance", "occurred"),
    # a denied plan or a ruled-out alliance is denied; not ruled out, possible (Kyodo, TASS)
    ("Tokyo has no plans to send troops to the Middle East, the defence minister said.", "troops", "denied"),
    ("The minister did not rule out a military alliance with Moscow.", "alliance", "possible"),
    # a negative subject denies its clause (Reuters, a ministry statement); "no fewer than" is a quantity (AP)
    ("No warships will be sent to the Red Sea, the defence ministry said.", "sent", "denied"),
    ("Nobody is asking Ghana to deploy soldiers.", "soldiers", "denied"),
    ("Neither Austria nor Malta sent troops to the mission.", "troops", "denied"),
    ("Not a single soldier will be sent to Mali, the junta said.", "sent", "denied"),
    ("No fewer than 2,000 soldiers were deployed to the frontier.", "soldiers", "occurred"),
    ("Not only Poland but also Estonia sent troops to the exercise.", "troops", "occurred"),
    ("No less than 40 warships took part in the drills.", "warships", "occurred"),
    # no interest in, no appetite or plans for, no part in an act refuses it (Kyodo, Dawn, TASS)
    ("Ecuador has shown no interest in a security pact with Colombia.", "pact", "denied"),
    ("Neither Slovakia nor Cyprus has shown any appetite for a naval coalition.", "coalition", "denied"),
    ("Oslo has not expressed any interest in the alliance.", "alliance", "denied"),
    ("Kazakhstan will take no part in the naval drills, the ministry said.", "drills", "denied"),
    ("There are no plans for a joint patrol with Hanoi.", "patrol", "denied"),
    # ... but interest without a negation seeks the pact (proposed: data/status.json aspirations), and a "no" that is
    # an idiom promises
    ("Ecuador has shown interest in a security pact with Colombia.", "pact", "proposed"),
    ("Kazakhstan took part in the naval drills last year.", "drills", "occurred"),
    ("It was no secret that Warsaw will send troops to the border.", "troops", "planned"),
    ("Berlin will spare no effort in supplying air defence to Kyiv.", "supplying", "planned"),
    # what a dismissed or rejected report or suggestion says is denied; not dismissed, possible (AP, IRNA)
    ("The minister dismissed suggestions that Kenya would send troops to Haiti.", "troops", "denied"),
    ("Tehran rejected reports that it had supplied drones to Moscow.", "supplied", "denied"),
    ("The minister did not dismiss suggestions that Kenya would send troops to Haiti.", "troops", "possible"),
    # what a party takes part in is what the cues are about, not a setting (Yonhap, Reuters)
    ("Oman declined to participate in the talks.", "talks", "denied"),
    ("Seoul refused to take part in the naval exercise.", "exercise", "denied"),
    ("Fiji will take part in the drills next year.", "drills", "planned"),
    ("Troops from Fiji took part in the exercise.", "exercise", "occurred"),
    ("Soldiers wounded in the attack were flown home.", "attack", "occurred"),
    # a modal is possible, readiness an offer (Bernama, a readout)
    ("The navies may sign a memorandum on search and rescue.", "memorandum", "possible"),
    ("Wellington stands ready to share intelligence with Suva.", "share", "proposed"),
])
def test_status_cue_classes(sentence, word, status):
    assert status_at(sentence, word) == status
