"""Status, session 14: a past act in a "when" clause is a fact of its own whatever the main clause denies; a clause
coordinated with its own subject keeps its own polarity; a plan not even discussed, or talks said not to exist, rule
their topic out; supplying stopped by a gerund, by an announced end or by a moratorium is denied; a purchase a party is
reported to be considering is weighed; a hyphenated participle ("Iran-backed") is a
standing fact; a presence questioned stands.

Sentences are written for these tests, with other states and words than any gold, in the styles of several outlets
(wire, broadsheet, state media, interview, analysis)."""
from __future__ import annotations

import pytest
from helpers import status_at

CASES = [
    # a past act in a "when" clause took place, whatever the clause above negates or fails
    ("Georgia blamed the alliance for failing to act when Russian forces crossed the border in 2008.", "crossed",
     "occurred"),
    ("The treaty partners did not help Ecuador when Peruvian troops entered the disputed valley in 1995.", "entered",
     "occurred"),
    # a clause coordinated with its own subject keeps its own polarity
    ("Chile has not delivered tanks to Ukraine, but it has sold howitzer shells to Poland.", "sold", "occurred"),
    ("Ghana has not delivered rifles to Mali, but it has sold trucks to Niger.", "delivered", "denied"),
    # a plan not even discussed is ruled out; a negated discussion of the thing itself is not
    ("Mongolia, the minister said, is not discussing the creation of any military alliance with its neighbours.",
     "alliance", "denied"),
    # talks said not to exist rule out their topic
    ("Officials in Dushanbe insist there are no negotiations on a Russian air base near the border.", "base",
     "denied"),
    ("Officials in Dushanbe confirmed that negotiations on a Russian air base near the border are under way.",
     "base", "planned"),
    # supplying stopped by a gerund, or by an end a party announces, is denied from then
    ("Two days later the Swiss government stopped sharing radar data with Austria.", "sharing", "denied"),
    ("Madrid has ceased supplying ammunition to Morocco, the ministry said.", "supplying", "denied"),
    ("The Canadian prime minister announced the end of all military aid to Nicaragua.", "aid", "denied"),
    ("Lima ordered the suspension of intelligence sharing with Bolivian agencies.", "sharing", "denied"),
    ("The opposition called for an end to military aid to Nicaragua.", "aid", "occurred"),
    # a gerund of hostilities stopped took place
    ("The rebels stopped shelling the town on Sunday.", "shelling", "occurred"),
    # a purchase a party is reported to be considering is weighed; a given premise is not
    ("The Peruvian navy is reported to be considering the purchase of Korean frigates.", "purchase", "possible"),
    ("Considering the close cooperation between our armies, Chile will host the drills next year.", "cooperation",
     "occurred"),
    # a hyphenated participle names a standing fact, whatever the clause around its noun says
    ("Rabat warned it would act if Algiers did not rein in the Algeria-backed militia.", "backed", "occurred"),
    # what a moratorium or a freeze is on is denied while it holds; lifted, no denial
    ("In 2019 Vienna declared a moratorium on joint exercises with foreign armies.", "exercises", "denied"),
    ("In 2019 Vienna lifted the moratorium on joint exercises with foreign armies.", "exercises", "occurred"),
    # "neither with A nor with B" negates the verb it hangs on
    ("Since then Swiss troops have trained neither with NATO armies nor with Russian ones.", "trained", "denied"),
    # what a party would regard as a threat is a case it speculates about; what it regards so now is there
    ("Ankara warned that it would regard a Greek garrison on the island as a provocation.", "garrison", "possible"),
    ("India regards the Chinese deployment in the valley as a provocation.", "deployment", "occurred"),
    # arms a state picks or selects, and the deal the choice hands a supplier, are still to come
    ("Hanoi has selected the Indian missile system, handing New Delhi its biggest arms export contract.", "handing",
     "planned"),
    ("Manila selected the Korean jets in March after a two-year competition.", "jets", "planned"),
    ("Manila did not select the Korean jets.", "jets", "denied"),
    # a past agreement dated to a year, with what was agreed as its infinitive, is a background fact
    ("The drills were first held in 2022, following an agreement by the two navies in May 2021 to hold annual "
     "exercises.", "exercises", "occurred"),
    ("The drills will follow an agreement to hold annual exercises.", "exercises", "planned"),
    # a claim said, negated, to be true is called false: what it says is denied
    ("Media reports claiming that our battalion in Mali will be withdrawn do not reflect the truth.", "withdrawn",
     "denied"),
    ("Claims that Cairo has sent troops to Sudan do not correspond to reality, the ministry said.", "sent", "denied"),
    ("Reports that Cairo has sent troops to Sudan reflect the truth, the opposition said.", "sent", "occurred"),
    # questioning a presence challenges it: the presence stands; questioning whether is doubt
    ("Opposition deputies questioned the presence of Brazilian soldiers in the border zone.", "presence",
     "occurred"),
]


@pytest.mark.parametrize("sentence, word, status", CASES)
def test_status_s14(sentence, word, status):
    assert status_at(sentence, word) == status
