"""Who a party is (issue 11, point 1): a state's organs are the state, names that are no body are no
party, and plural references ("the two leaders", "they", "both sides") are the states in focus.

Sentences are written for these tests, in the styles of several outlets (readouts, wire copy, regional
dailies); each article has a defense lead so that it is relevant."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument

LEAD = "Defense news\nBy Staff Reporter\nPublished 6 January 2026\nMilitary and security officials spoke on Monday.\n"


def _article(text: str, lead: bool = True):
    return analyse_raws([RawDocument("r", "r.txt", (LEAD if lead else "") + text + "\n")])[0]


def _parties_of(art, etype: str) -> list[set[str]]:
    return [set(e.actors) | set(e.targets) for e in art.events if e.type == etype]


@pytest.mark.parametrize("sentence, etype, parties", [
    # an organ named without its state is the state (Defense News style)
    ("The U.S. Department of Defense and Norway held talks on Arctic security in Oslo.", "meeting",
     {"country:USA", "country:NOR"}),
    # a leader's administration is his state (The Hill style)
    ("The Obama Administration and India agreed to expand defense cooperation.", "cooperation",
     {"country:USA", "country:IND"}),
    # an acronym the text spells as a state's name is that state (ANI style)
    ("Kenya and Papua New Guinea (PNG) signed a security agreement. PNG will deploy police officers to Kenya "
     "next year.", "deployment", {"country:PNG", "country:KEN"}),
])
def test_a_states_organ_or_abbreviation_is_the_state(sentence, etype, parties):
    assert parties in _parties_of(_article(sentence), etype)


@pytest.mark.parametrize("sentence, etype, junk", [
    # a programme's name NER takes for an organisation (Xinhua style)
    ("Vietnam and Cambodia launched Digital Border Security Cooperation, a programme to deepen defense "
     "cooperation with Laos.", "cooperation", "org:digital-border-security-cooperation"),
    # a funding line (The Hill style)
    ("Colombia and Ecuador agreed to expand military cooperation with Foreign Military Financing from Spain.",
     "cooperation", "org:foreign-military-financing"),
])
def test_a_name_that_is_no_body_is_no_party(sentence, etype, junk):
    art = _article(sentence)
    assert junk in {e.id for e in art.entities}  # the name is there, as an organisation
    found = _parties_of(art, etype)
    assert found and not any(junk in p for p in found)


def test_a_ministrys_spokesperson_speaks_for_its_state():
    """Wire style: what a State Department spokesperson urges in a quotation is the state's request."""
    art = _article("Statement on Iraq\n\nA Department of State spokesperson, Jane Miller, said the United States "
                   "was concerned. \"We strongly urge Iraqi leaders to protect coalition troops,\" she said.",
                   lead=False)
    assert {"country:USA", "country:IRQ"} in _parties_of(art, "request")
