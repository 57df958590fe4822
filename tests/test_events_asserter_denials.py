"""A denial of an attack (issue 11 round 2, class 4): the attack the article reports stays ``occurred``; the
denial is a second, ``denied`` fact claimed by the denier, a body as well as a person. An accusation the
accused denies is still made.

Articles written for these tests in wire styles (Reuters/AFP, Anadolu, Kyiv Independent), with other
states and names than the development gold."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument

LEAD = "World\nBy Staff\nPublished 6 January 2031\n"


def _conflicts(text: str):
    art = analyse_raws([RawDocument("d", "d.txt", LEAD + text + "\n")])[0]
    return [e for e in art.events if e.type in ("conflict", "threat")]


@pytest.mark.parametrize("text, denier", [
    ("Turkish drones struck Kurdish positions in northern Syria on Friday, killing five fighters.\n"
     "The Turkish defence ministry denied attacking Syrian civilians.", "org:turkish-defense-ministry"),
    ("Turkish drones struck Kurdish positions in northern Syria on Friday, killing five fighters.\n"
     "Turkish Defence Minister Yasar Guler denied attacking Syrian civilians.", "person:yasar-guler"),
])
def test_a_denied_attack_is_a_denied_fact_beside_the_attack(text, denier):
    evs = [e for e in _conflicts(text) if e.type == "conflict"]
    assert {e.status for e in evs} == {"occurred", "denied"}
    denied = next(e for e in evs if e.status == "denied")
    assert denied.asserted_by == denier
    assert {"country:TUR", "country:SYR"} == set(denied.actors + denied.targets)


def test_an_accusation_the_accused_denies_is_still_made():
    """'X blamed the attack on Y, a charge Y denies': the blame (threat) and the attack are told as they are."""
    evs = _conflicts("Ukrainian President Volodymyr Zelensky blamed the attack on Russia, a charge Moscow denies.")
    threats = [e for e in evs if e.type == "threat"]
    assert threats and {e.status for e in threats} == {"occurred"}
    assert "denied" not in {e.status for e in evs if e.type == "conflict"}
