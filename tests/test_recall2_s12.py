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
