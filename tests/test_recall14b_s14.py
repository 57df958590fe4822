"""Missed facts (issue 11, fourteenth session, recall 14b): what a bloc of states is or does on its own, told with
the bloc as the clause's subject ("the CSTO is not a military alliance"), is the bloc's alliance fact
(events/extract.py, _enough_parties).

Sentences are written for these tests, with other blocs and other words than the development and blind gold; each
rule also has a use that stays eventless."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, bloc", [
    ("Malaysian Foreign Minister Osman Rahim said ASEAN is not a military alliance, and no member wants to turn it"
     " into one.", "org:asean"),
    ("Kazakh Foreign Minister Arman Sadykov said the SCO will never become a military bloc.", "org:sco"),
])
def test_a_bloc_as_subject_alone_is_its_alliance_fact(text, bloc):
    facts = events_of(text, "alliance")
    assert any(parties(e) == {bloc} for e in facts), facts


@pytest.mark.parametrize("text", [
    # the bloc is no subject: a modifier or the object of a preposition
    "Our ASEAN allies, who have stood with Malaysian troops for decades, met in Kuala Lumpur.",
    "Under pressure from the GCC, Oman introduced a moratorium on military exports last year.",
])
def test_a_bloc_named_in_passing_is_no_alliance_fact(text):
    facts = events_of(text, "alliance")
    assert not any(parties(e) <= {"org:asean", "org:gcc"} for e in facts), facts


@pytest.mark.parametrize("text, pair", [
    # a plan or programme of cooperation is the parties' document (agency, ministry release with a title-cased name)
    ("Ghana and Togo agreed a programme of military cooperation for 2026, the ministry said.",
     {"country:GHA", "country:TGO"}),
    ("In line with the Programme of Defence Cooperation between Ghana and Togo for 2026, the armies of the two"
     " countries held joint drills near Lomé.", {"country:GHA", "country:TGO"}),
])
def test_a_plan_of_cooperation_is_an_agreement(text, pair):
    deals = events_of(text, "agreement")
    assert any(pair <= parties(e) and e.trigger.lower().startswith("programme of") for e in deals), deals


def test_a_plan_of_cooperation_with_farmers_is_no_event():
    assert not events_of("The Kenyan city council approved a plan of cooperation with local farmers on Tuesday.")


def test_another_agreement_named_after_one_reported_is_its_own_fact():
    """A treaty named by its own name after another agreement is reported is a fact of its own, not the one told."""
    text = ("Ecuador and Peru signed a fisheries agreement on Monday in Lima. Peru has also put the 1998 Brasilia Accord"
            " with Ecuador in abeyance, officials said.")
    deals = events_of(text, "agreement")
    assert any(e.trigger == "Accord" and {"country:ECU", "country:PER"} <= parties(e) for e in deals), deals


def test_the_same_agreement_named_again_stays_one_fact():
    text = ("Ecuador and Peru signed a border agreement on Monday in Lima. Critics in Quito denounced the border"
            " agreement again on Tuesday.")
    assert len(events_of(text, "agreement")) == 1
