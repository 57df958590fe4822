"""What an agreement provides for is no event (tenth session; rule by the precision helper, landed by the lead): an
attack or a threat in a clause that "under <the agreement>" opens ("Under the treaty, an armed attack on either
country would be regarded as a danger to both") is the agreement's provision; a clause in the past under it tells
what was done, and cooperation or exercises under it stay facts. Sentences invented for these tests."""
from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize("text, etype", [
    ("Ghana and Togo signed a defence treaty on Monday. Under the treaty, an armed attack on either country would be "
     "regarded as a danger to the peace and security of both.", "conflict"),
    ("Kenya and Uganda signed a security declaration in Nairobi on Friday. Under the declaration, the two countries "
     "pledge to assist each other if either faces an attack or a threat from a third state.", "threat"),
    ("Chile and Peru signed a border pact in Lima. Under the pact, the two countries commit to end hostilities along "
     "the frontier.", "conflict"),
])
def test_what_an_agreement_provides_for_is_no_attack_or_threat(text, etype):
    assert not events_of(text, etype)
    assert events_of(text, "agreement")


@pytest.mark.parametrize("text, etype", [
    ("Chile and Peru signed a border pact in Lima. Under the pact, Peruvian troops attacked smugglers' camps in "
     "Bolivia on Sunday, the army said.", "conflict"),
    ("Japan and the Philippines signed a reciprocal access agreement. Under the agreement, Japanese troops will take "
     "part in the Balikatan exercise next year.", "exercise"),
])
def test_what_is_done_or_planned_under_an_agreement_stays_a_fact(text, etype):
    assert events_of(text, etype)
