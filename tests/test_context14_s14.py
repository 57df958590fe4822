"""Parties a fact's own sentence leaves to its context (events.counterpart, events.discourse): the other side of
the pair an article is about, for a fact told from one side. Sentences invented, in several outlets' styles."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


def _one(text: str, etype: str, lead: str):
    """The single event of ``etype`` whose evidence is the sentence starting with ``lead``."""
    found = [e for e in events_of(text, etype) if e.evidence.sentence.startswith(lead)]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("text, lead, etype, want", [
    # wire: talks between two states, then one side's proposal
    ("The foreign ministers of Ghana and Togo held talks in Lome on Monday. Ghana proposed to expand cooperation on "
     "maritime security.", "Ghana proposed", "cooperation", {"country:GHA", "country:TGO"}),
    # readout: a call, then what one leader reaffirmed
    ("President Ruto spoke today with President Hassan of Tanzania. President Ruto reaffirmed Kenya's commitment to "
     "deepen security cooperation.", "President Ruto reaffirmed", "cooperation", {"country:KEN", "country:TZA"}),
    # an exercise of a trio, then one side's account of its next edition
    ("Troops of Ghana, Togo and Benin held joint exercises near Lome on Monday. Ghana will host the exercise next "
     "year.", "Ghana will", "exercise", {"country:GHA", "country:TGO", "country:BEN"}),
])
def test_one_sided_fact_takes_the_counterpart_of_the_pair(text, lead, etype, want):
    assert parties(_one(text, etype, lead)) == want


@pytest.mark.parametrize("text, lead, etype, want", [
    # a denied presence is a state's stance alone
    ("The defence ministers of Peru and Ecuador met in Lima on Tuesday. Peru does not host any foreign military "
     "bases on its territory.", "Peru does not", "deployment", {"country:PER"}),
    # a cooperation among many is no pair's
    ("Chile and Peru held talks in Lima on Monday. Chile called for a regional cooperation against drug trafficking "
     "networks.", "Chile called", "cooperation", {"country:CHL"}),
])
def test_no_counterpart_for_a_stance_or_a_fact_among_many(text, lead, etype, want):
    assert parties(_one(text, etype, lead)) == want



@pytest.mark.parametrize("text, lead, want", [
    # a foreign base kept in the state the article is about
    ("Moldova's parliament approved a new defence strategy on Tuesday. Moldova's defence minister said the strategy "
     "puts the army's training first. Russia has kept troops at a base near Tiraspol since 1992.",
     "Russia has kept", {"country:RUS", "country:MDA"}),
    # refused, a presence is the state's own stance: no host added
    ("Moldova's parliament approved a new defence strategy on Tuesday. Moldova's defence minister said the strategy "
     "puts the army's training first. Romania will not station troops on its soil.",
     "Romania will not", {"country:ROU"}),
])
def test_a_foreign_presence_with_no_host_is_in_the_state_the_article_is_about(text, lead, want):
    assert parties(_one(text, "deployment", lead)) == want


def test_a_one_state_cooperation_with_no_pair_is_with_the_state_the_article_is_about():
    text = ("Mongolia's defence ministry held its annual review in Ulaanbaatar on Friday. Mongolia's army chief said "
            "recruitment had improved. Japan handed over six patrol boats to the border guard last month.")
    assert parties(_one(text, "cooperation", "Japan handed")) == {"country:JPN", "country:MNG"}
