"""Status classes of the last blind set (blind4 S1-S5 and the leftovers, /work/notes/blind4/classes.md): a denial told
by a verb other than "not" (bars, forbids, turned down, rebuffed, "baseless"), an act a party is kept from, an approved
"potential" sale, what parties are negotiating or discuss (proposed), a headline's bare infinitive (planned),
fighting that will continue (occurred), cooperation stopped (denied), a question after an interview label.

Sentences are written for these tests in the styles of several outlets (wire, broadsheet, regional, state media,
press release, interview Q&A), with other states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import events_of, status_at


@pytest.mark.parametrize("sentence, word, status", [
    # S1: a verb of prohibiting or refusing denies its object (constitution, law, treaty; wire, regional)
    ("The constitution of Moldova bars military alliances and forbids foreign bases on its soil.", "alliances",
     "denied"),
    ("The constitution of Moldova bars military alliances and forbids foreign bases on its soil.", "bases", "denied"),
    ("Austria prohibits the stationing of foreign troops on its territory.", "stationing", "denied"),
    ("The new law bans foreign military bases in Ecuador.", "bases", "denied"),
    ("The treaty precludes any deployment of nuclear weapons in the zone.", "deployment", "denied"),
    ("Foreign bases are prohibited under the 1992 charter, the court said.", "bases", "denied"),
    # ... and a refused offer or request (GUIDE: refused is denied)
    ("Ghana turned down a Nigerian offer to send soldiers to its northern border.", "send", "denied"),
    ("Seoul rebuffed Washington's request for a deployment of its destroyers to the Gulf.", "deployment", "denied"),
    ("Thailand declined an invitation to join the drills, the ministry said.", "drills", "denied"),
    # ... but a ban that is itself the trigger (a sanction: threat) is made, not denied
    ("The cabinet outlawed the militia in May, the interior ministry said.", "outlawed", "occurred"),
    ("Bamako banned the Wagner-linked group from operating in the north.", "banned", "occurred"),
    # ... not when the prohibition is itself negated or only weighed
    ("The charter does not bar foreign bases on the islands.", "bases", "possible"),
    ("Lawmakers could ban foreign bases next year.", "bases", "possible"),
    # S1: a claim called false denies what it says (state media, wire, broadsheet)
    ('Officials in Tbilisi said claims that Russia would pull its troops out of Abkhazia were "baseless".', "pull",
     "denied"),
    ("The ministry called reports of a Russian withdrawal from Transnistria unfounded.", "withdrawal", "denied"),
    ("Moscow described the reports of a troop pullout from Tajikistan as fabrications.", "pullout", "denied"),
    ("Tokyo said the story that it would host US missiles was untrue.", "host", "denied"),
    ("Lima dismissed as groundless reports that it had agreed to host US troops.", "host", "denied"),
    ("Reports of a secret alliance between Iran and Venezuela are false, the ministry said.", "alliance", "denied"),
    # ... a claim called accurate stands
    ("The ministry called reports of a Russian withdrawal from Transnistria accurate.", "withdrawal", "occurred"),
    # leftover: an act a party is kept, blocked or barred from did not happen
    ("Serbian troops were blocked from deploying to the border by a court order.", "deploying", "denied"),
    ("Sri Lanka barred Chinese research ships from docking at its ports for a year.", "docking", "denied"),
    ("Oslo did not stop Danish jets from landing at Bodo.", "landing", "occurred"),
    # S2, S3: in force or ongoing, and a negation of another clause, stay occurred
    ("Kazakhstan has a defence pact with Kyrgyzstan in force since 2003.", "pact", "occurred"),
    ("Poland will go on contributing to the mission as a loyal ally, the minister said.", "ally", "occurred"),
    ("Although Argentina does not recognise Somaliland, a law obliges it to supply the enclave's defence.", "supply",
     "occurred"),
    # S4: an approved "potential" sale (an agency's formal term) is planned; speculated, it stays possible
    ("The State Department cleared a potential sale of Patriot missiles to Morocco.", "sale", "planned"),
    ("The agency approved a possible sale of 24 F-16 jets to Jordan on Friday.", "sale", "planned"),
    ("Analysts expect a potential sale of jets to Egypt next year.", "sale", "possible"),
    # S5: what parties are negotiating or drafting is proposed (the former blind sets' convention)
    ("Oman and Iran are negotiating a maritime security agreement.", "agreement", "proposed"),
    ("Officials from both countries were drafting a defence pact last month.", "pact", "proposed"),
    ("The border treaty between Tajikistan and Kyrgyzstan is under negotiation.", "treaty", "proposed"),
    # leftover: a meeting to discuss a treaty took place; an indefinite treaty it discusses is not yet agreed, a known
    # one exists
    ("Armenian and Azerbaijani officials met in Geneva to discuss a peace treaty.", "met", "occurred"),
    ("Armenian and Azerbaijani officials met in Geneva to discuss a peace treaty.", "treaty", "proposed"),
    ("The ministers discussed a defence pact at their meeting in Rabat.", "pact", "proposed"),
    ("The leaders discussed their security treaty, which dates to 1951.", "treaty", "occurred"),
    ("Putin ordered the deployment of troops to the border in 2021.", "deployment", "occurred"),
    # what a maintained presence includes is there already
    ("Canada reaffirmed its commitment to sustaining a strong presence in Latvia, including through rotating "
     "deployments of its troops.", "deployments", "occurred"),
    # leftover: a headline's bare infinitive announces what is to come (wire and regional headlines)
    ("Chile, Peru to sign defence pact", "sign", "planned"),
    ("Vietnam and India to hold joint naval drills", "hold", "planned"),
    ("Japan to deploy missiles on Yonaguni by 2026", "deploy", "planned"),
    # ... not an infinitive in a sentence with a finite verb, nor a purpose clause
    ("Chile and Peru agreed to a plan in 2020 and went on to sign a defence pact.", "sign", "occurred"),
    ("Estonia has troops in Mali to train local forces.", "troops", "occurred"),
    # leftover: troops committed to a mission are there
    ("Estonia committed 50 troops to the French-led mission in Mali in 2020.", "troops", "occurred"),
    # cooperation, supplies or drills suspended, halted, cut off or shelved do not go on (wire, regional, broadsheet)
    ("Niger suspended military cooperation with France in July.", "cooperation", "denied"),
    ("Germany halted arms deliveries to Riyadh in 2018.", "deliveries", "denied"),
    ("Washington cut off military aid to Cairo last year.", "aid", "denied"),
    ("The sale of F-16 jets to Ankara was halted by Congress.", "sale", "denied"),
    ("Plans for a joint naval base were shelved in 2019.", "base", "denied"),
    # ... but a participation in a force ended is a withdrawal, which took place (GUIDE: a deployment)
    ("Chad ended its participation in the regional force in March.", "participation", "occurred"),
    # ... not suspended, or only threatened, they go on; a war or an offensive halted took place
    ("Niger did not suspend military cooperation with France.", "cooperation", "occurred"),
    ("Niger threatened to suspend military cooperation with France.", "cooperation", "occurred"),
    ("The army halted its offensive near Bakhmut in May.", "offensive", "occurred"),
    ("The treaty ended the war between Ethiopia and Eritrea.", "war", "occurred"),
    # S2: fighting that "will continue" goes on now; a cooperation that "will continue" stays a commitment (WH gold)
    ("The Kurdish forces number close to 60,000, and they will continue to fight the militants in the east.", "fight",
     "occurred"),
    ("Moscow will continue its offensive in the Donbas, the general said.", "offensive", "occurred"),
    ("Israel will keep up its strikes on Hezbollah positions, the army said.", "strikes", "occurred"),
    ("The United States will continue to support Taiwan, the spokesman said.", "support", "planned"),
    ("The rebels could continue to fight for years.", "fight", "possible"),
    ("The militia will attack the port next week.", "attack", "planned"),
    # "no longer": not any more
    ("Kyrgyzstan no longer hosts US troops at Manas.", "troops", "denied"),
    # a hope proposes (the tagger's lemma of "hopes" is "hop" at times)
    ("Baku hopes to sign a defence pact with Islamabad this year.", "sign", "proposed"),
    # an interview's question after its label asks (Q&A)
    ("Q: Will Finland send troops to Estonia?", "send", "possible"),
    ("QUESTION: Is Mongolia going to join the alliance?", "join", "possible"),
])
def test_status_s7_classes(sentence, word, status):
    assert status_at(sentence, word) == status


def test_claim_not_called_false_is_not_denied():
    assert status_at('Officials said claims that Russia would pull its troops out were not "baseless".',
                     "pull") != "denied"


def test_refused_offer_event_is_denied():
    """The whole pipeline: a deployment offered and turned down is denied."""
    found = events_of("Peru turned down a Bolivian offer to deploy soldiers along its southern border.", "deployment")
    assert found and {e.status for e in found} == {"denied"}
