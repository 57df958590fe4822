"""Recall of the twelfth session, second pass: three frames whose trigger was found and refused by a context rule
(/work/notes/s12/recall-findings.md, "what is left").

* forces held somewhere, counted by a quantity ("has thousands of troops in X", "keeps dozens of warships at X") or
  as a small clause's subject ("had 2,000 troops there fighting alongside ..."): the counted noun is the object, and
  "there" is a place;
* a contract "worth $X with" a state: the "with" phrase hangs on the amount, the partner is found through it;
* "the threat armed groups pose to X", parsed with the threat as a modifier of the groups: the clause's subject is
  the source;
* and their negatives: people who are no forces, forces with no place, a contract with a company, a threat that
  nature or health poses.

Sentences are written for these tests, with other states and words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

from pactwatch.events.lexicon import load_lexicon
from pactwatch.events.triggers import _find_triggers

FOUND = [
    ("Nigeria has thousands of troops in Niger, the defence ministry said on Tuesday.", "deployment",
     {"country:NGA", "country:NER"}),
    ("Senegal keeps dozens of soldiers in Gambia under the regional mission.", "deployment",
     {"country:SEN", "country:GMB"}),
    ("Turkey signed a contract worth $1.2 billion with Indonesia for six frigates.", "agreement",
     {"country:TUR", "country:IDN"}),
]


@pytest.mark.parametrize("sentence, etype, sides", FOUND)
def test_the_fact_is_found(sentence, etype, sides):
    found = events_of(sentence, etype)
    assert found and any(sides <= parties(e) for e in found), [(e.type, e.actors, e.targets) for e in found]


ACCEPTED = [
    ("Ghana had 2,000 troops there fighting alongside the army of Togo.", "deployment", "have"),
    ("Officials stressed the threat armed militias pose to Chad.", "threat", "threat"),
    ("Kenya keeps hundreds of marines at the port.", "deployment", "keep"),
]


@pytest.mark.parametrize("sentence, etype, phrase", ACCEPTED)
def test_the_trigger_is_accepted(nlp, sentence, etype, phrase):
    found = _find_triggers(nlp(sentence), load_lexicon(), accept=True)
    assert (etype, phrase) in [(t, p) for t, p, _i, _j in found], found


NOT_FOUND = [
    ("Nigeria has thousands of teachers in Niger, the education ministry said.", "deployment"),
    ("Ghana has thousands of soldiers, the army chief said.", "deployment"),
    ("Senegal had hundreds of fans there cheering the team against Gambia.", "deployment"),
    ("The Turkish navy signed a contract worth $300 million with a shipyard in Istanbul.", "agreement"),
    ("Doctors in Chad stressed the threat rising obesity rates pose to children.", "threat"),
]


@pytest.mark.parametrize("sentence, etype", NOT_FOUND)
def test_no_fact_of_the_type(sentence, etype):
    assert not events_of(sentence, etype)


# a purpose clause fighting a named group that is no state is a war of its own beside the sending (nesting._named_foe);
# one fighting a state or an unnamed group is what the sending is for
@pytest.mark.parametrize("sentence, sides", [
    # wire: a passive sending, counted by a quantity
    ("About 800 Chadian troops were sent to Niger last year to fight Boko Haram, the army said.",
     {"country:TCD", "org:boko-haram"}),
    # regional daily: "against" a named group
    ("Kenya deployed thousands of soldiers to Somalia to fight against al-Shabaab.", {"country:KEN", "org:al-shabaab"}),
])
def test_a_named_group_fought_is_a_war_beside_the_dispatch(sentence, sides):
    wars = events_of(sentence, "conflict")
    assert any(sides <= parties(e) for e in wars), [(e.actors, e.targets) for e in wars]
    assert events_of(sentence, "deployment")


@pytest.mark.parametrize("sentence", [
    "Thousands of Belarusian troops were sent to Russia to fight against Ukraine, Kyiv said.",
    "Hundreds of Rwandan soldiers were sent to Haiti to help fight the armed gangs.",
])
def test_a_state_or_an_unnamed_group_fought_is_what_the_dispatch_is_for(sentence):
    assert not events_of(sentence, "conflict")
    assert events_of(sentence, "deployment")


# forces pledged or committed to a plan are assigned to it, sent nowhere (deployment.json excludes_prep)
@pytest.mark.parametrize("sentence, found", [
    ("Canada is pledging a large number of Canadian forces to NATO's regional defence plans.", False),
    ("Norway committed hundreds of soldiers to the alliance's new force posture.", False),
    ("Canada pledged 2,000 troops to the NATO mission in Latvia.", True),
])
def test_forces_pledged_to_a_plan_are_no_deployment(sentence, found):
    assert bool(events_of(sentence, "deployment")) == found, events_of(sentence)
