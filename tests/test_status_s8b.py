"""Status round 2: a state said of a party as its predicate ("are not at war", "remains under attack"), the pressure a
party withstands ("refused to be cowed by Russia's sabotage"), and what a passive verb of scheduling sets for a time
("the drills are set for June"), and the items of a list a colon opens after "to" or "will" ("agreed to: expand patrols;
hold drills; ...": planned).

Sentences are written for these tests, with other states and words than any gold, in the styles of several outlets
(wire, broadsheet, state media, readout)."""
from __future__ import annotations

import pytest
from helpers import events_of, status_at

CASES = [
    # a bare noun after at / in / under as the clause's predicate: its negation denies the state
    ("Venezuela and Guyana are not at war.", "war", "denied"),
    ("Serbia says it is not at war with Kosovo.", "war", "denied"),
    ("The Sudanese army insisted the country was not at war with Chad.", "war", "denied"),
    ("The two countries remain at war.", "war", "occurred"),
    ("Kyiv said the city was not under attack.", "attack", "denied"),
    ("Kenya is not in talks with Somalia.", "talks", "denied"),
    # a setting with a determiner stays a setting: what happened there is not denied
    ("The minister was not at the signing.", "signing", "occurred"),
    # the pressure a party withstands took place: the refusal or negation is the party's
    ("Latvia refused to be cowed by Russia's sabotage.", "sabotage", "occurred"),
    ("Lithuania will not be intimidated by Belarusian drills.", "drills", "occurred"),
    ("Seoul was not deterred by the North Korean missile launches.", "launches", "occurred"),
    ("The treaty was not signed by Russia.", "treaty", "denied"),
    # a passive verb of scheduling with "for" plans its subject
    ("The drills are set for June.", "drills", "planned"),
    ("The joint exercise, with Chad and Niger taking part, is slated for May.", "exercise", "planned"),
    ("The summit between Ghana and Togo is set for next week.", "summit", "planned"),
    ("The drills are not set for June.", "drills", "denied"),
    ("The treaty set limits on troops.", "treaty", "occurred"),
    ("The next round of Indian-French naval drills is slated for March.", "drills", "planned"),
    ("The talks are set for 2027.", "talks", "planned"),
    ("The defence accord with Peru is set for renewal.", "accord", "occurred"),  # not a time: the accord exists
    # a list opened by "to:" or "will:" names what is to be done, however the parser hangs its items
    ("The two ministers agreed to: expand maritime patrols in the Gulf of Guinea; hold joint drills with Togo; and "
     "share intelligence.", "drills", "planned"),
    ("Under the plan, Japan will: deploy two destroyers to the Philippines; train Filipino coast guard officers; and "
     "supply radars.", "deploy", "planned"),
    ("The mission set out an approach to: speed up new projects; deployment of medical teams to Fiji; and grants to "
     "Fijian schools.", "deployment", "planned"),
    # (not a list of what is "to" be done; what an agreement provides for is planned by it all the same: tenth
    # session, agreement contents, GUIDE "planned: agreed or scheduled to happen")
    ("The agreement provides for: joint exercises; intelligence sharing; and port visits.", "exercises", "planned"),
    ("Kenya sent troops to: Haiti, Somalia and Congo.", "troops", "occurred"),
]


@pytest.mark.parametrize("sentence, word, status", CASES)
def test_status(sentence, word, status):
    assert status_at(sentence, word) == status


@pytest.mark.parametrize("text, etype, status", [
    ("Bolivia and Chile are not at war, the foreign minister said.", "conflict", "denied"),
    ("Joint naval drills between Oman and Pakistan are set for June.", "exercise", "planned"),
])
def test_status_through_the_pipeline(text, etype, status):
    assert [e.status for e in events_of(text, etype)] == [status]
