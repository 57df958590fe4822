"""Bystanders of an event (issue 11), continued: the clause a war only dates ("Pakistan supported Azerbaijan during
the war", "Norway has sent aid since Russia's invasion") is no side of the war (whom it backs or aids may be), and the outlet a source tells the
news to ("officials told JAMnews that ...", "..., an official told ERR") is no side of it. Sentences written for these
tests in the styles of wire copy, regional dailies, ministry readouts and broadcasters' sites, through the real
pipeline, with negatives.

Each article has a defense lead so that it is relevant."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument

LEAD = "Defense news\nBy Staff Reporter\nPublished 6 January 2026\nMilitary and security officials spoke on Monday.\n"


def _article(text: str):
    return analyse_raws([RawDocument("x", "x.txt", LEAD + text + "\n")])[0]


def _sides(art, etype: str) -> list[tuple[set[str], set[str]]]:
    return [(set(e.actors), set(e.targets)) for e in art.events if e.type == etype]


# --- a war that only dates another clause -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, outsider", [
    # regional daily style: a backing "including during" the war
    ("Qatar has always backed Turkey's position, including during the 2020 war with Greece.", "country:QAT"),
    # wire style: aid sent "since" the invasion; the aid's giver is no side of the invasion
    ("Norway has sent Ukraine 20 aid packages since Russia's full-scale invasion in 2022.", "country:NOR"),
    # defence weekly style: a deployment dated by a war long past
    ("Germany has also stationed a brigade in Lithuania, its first permanent deployment abroad since the second "
     "world war.", "country:DEU"),
])
def test_the_clause_a_war_dates_is_no_side_of_it(sentence, outsider):
    assert all(outsider not in actors | targets for actors, targets in _sides(_article(sentence), "conflict"))


@pytest.mark.parametrize("sentence, actor, target", [
    # the war's own words keep its sides, and whom the dated clause backs or aids stays one
    ("Norway has sent Ukraine 20 aid packages since Russia's full-scale invasion in 2022.", "country:RUS",
     "country:UKR"),
    ("Qatar has always backed Turkey's position, including during the 2020 war with Greece.", "country:TUR",
     "country:GRC"),
    ("Russia lost thousands of troops during its invasion of Ukraine.", "country:RUS", "country:UKR"),
    # a thing a demonym qualifies is no name of the dated clause: "Russian drones" crashing during attacks are theirs
    ("Russian drones have repeatedly crashed on Romanian territory during attacks on Ukrainian cities.",
     "country:RUS", "country:UKR"),
    # whom the attack harms, killed "during" it, stays its target
    ("Two Chilean soldiers were killed during an attack by Bolivian rebels.", None, "country:CHL"),
])
def test_a_war_keeps_its_own_sides(sentence, actor, target):
    wars = _sides(_article(sentence), "conflict")
    assert any((actor is None or actor in actors) and (target is None or target in targets) for actors, targets in wars)


# --- the outlet a source tells ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, etype, outlet", [
    # Caucasus news site style: the telling clause after the news
    ("Georgian and Armenian officials also signed a memorandum on border security, officials told JAMnews.",
     "agreement", "org:jamnews"),
    # broadcaster style: a premier telling the station
    ("Estonia and Latvia agreed on joint drills in May, Prime Minister Kristi Tamm told the broadcaster ERR.",
     "exercise", "org:err"),
])
def test_the_outlet_told_is_no_party(sentence, etype, outlet):
    events = _sides(_article(sentence), etype)
    assert events and all(outlet not in actors | targets for actors, targets in events)


def test_the_parties_of_what_is_told_stay():
    """Wire style: the states of the told news are its parties."""
    events = _sides(_article("Georgian and Armenian officials also signed a memorandum on border security, "
                             "officials told JAMnews."), "agreement")
    assert any(actors | targets == {"country:GEO", "country:ARM"} for actors, targets in events)
