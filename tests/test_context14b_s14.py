"""Parties named outside a fact's sentence (events.discourse, events.counterpart): a "they" opening a paragraph, "the
ministers" of a meeting told before. Sentences invented, in several outlets' styles."""
from __future__ import annotations

import pytest
from helpers import events_of


def _at(text: str, etype: str, lead: str):
    found = [e for e in events_of(text, etype) if e.evidence.sentence.startswith(lead)]
    assert len(found) == 1, (text, found)
    return found[0]


SUMMIT = ("Kenyan foreign minister Alfred Mutua and his Ugandan and Rwandan counterparts gathered in Nairobi on "
          "Friday to discuss the crisis in the region. The Tanzanian foreign minister joined the talks as an "
          "observer.\n\nThey concluded that the fishing accord between Somalia and Eritrea is void. They called on "
          "Somalia to withdraw its patrol boats from the lake.\n\nThe foreign ministers agreed to a future meeting in "
          "Kigali.\n")


def test_a_they_opening_a_paragraph_stands_for_the_subject_of_the_paragraph_before():
    ev = _at(SUMMIT, "request", "They called")
    assert set(ev.actors) == {"country:KEN", "country:UGA", "country:RWA"}
    assert set(ev.targets) == {"country:SOM"}


def test_the_ministers_of_a_summit_told_before_are_its_subject_not_the_deal_it_censured():
    ev = _at(SUMMIT, "meeting", "The foreign ministers")
    assert set(ev.actors + ev.targets) == {"country:KEN", "country:UGA", "country:RWA"}


def test_a_they_after_a_sentence_of_its_own_paragraph_takes_nothing_from_the_paragraph_before():
    text = SUMMIT.replace("They concluded", "The talks lasted six hours. Officials said the ministers concluded")
    ev = _at(text, "request", "They called")
    assert set(ev.actors) != {"country:KEN", "country:UGA", "country:RWA"}


TRIO = ("Two years ago, President Ruto and our Ugandan and Tanzanian partners committed to a new security "
        "partnership for the region. The partnership has grown since. Over the past two years, our countries "
        "have made strides in supporting Uganda's naval training. Our three countries recently agreed to expand "
        "defence cooperation on Lake Victoria, Uganda's navy chief said.\n")


@pytest.mark.parametrize("lead", ["Over the past", "Our three"])
def test_our_countries_stand_for_the_trio_told_before(lead):
    ev = _at(TRIO, "cooperation", lead)
    assert set(ev.actors + ev.targets) == {"country:KEN", "country:UGA", "country:TZA"}


def test_a_sentence_naming_two_states_keeps_them_though_it_counts_three():
    text = ("Ghana, Togo and Benin held joint naval exercises in the Gulf of Guinea in March. Ghana and Togo signed a "
            "maritime security agreement in 2019, and the foreign ministers of the three countries met in Accra.\n")
    ev = _at(text, "agreement", "Ghana and Togo signed")
    assert set(ev.actors + ev.targets) == {"country:GHA", "country:TGO"}


def test_bloc_members_are_no_trio_told_before():
    text = ("Estonia, Latvia and Finland held joint naval drills in the Baltic Sea in May. Latvia's defence minister "
            "said NATO members will expand defence cooperation with Latvia next year.\n")
    ev = _at(text, "cooperation", "Latvia's defence")
    assert not {"country:EST", "country:FIN"} & set(ev.actors + ev.targets)


@pytest.mark.parametrize("text, lead, etype", [
    ("The foreign ministers of Ghana and Togo held talks in Lome on Monday. Ghana called on the international "
     "community to support the coastal states.", "Ghana called", "request"),
    ("President Ruto spoke with President Hassan of Tanzania on Monday. About 30 leaders joined a video call "
     "organised by Kenya on Tuesday.", "About 30", "meeting"),
])
def test_a_fact_with_many_unnamed_takes_no_counterpart(text, lead, etype):
    ev = _at(text, etype, lead)
    assert len(set(ev.actors + ev.targets)) == 1


def test_the_conclusions_of_a_summit_are_of_those_who_gathered_not_of_an_observer():
    text = SUMMIT + ("\nIn a statement issued the next day, the Somali foreign ministry denounced the conclusions of "
                     "the summit.\n")
    ev = _at(text, "threat", "In a statement")
    assert set(ev.actors) == {"country:SOM"}
    assert set(ev.targets) == {"country:KEN", "country:UGA", "country:RWA"}


def test_a_gathering_a_lead_names_no_member_of_is_the_meeting_told_after_it():
    text = ("On Friday, an assembly of several foreign ministers in Nairobi denounced the fishing accord between "
            "Somalia and Eritrea.\n\n" + SUMMIT)
    ev = _at(text, "threat", "On Friday")
    assert set(ev.actors) == {"country:KEN", "country:UGA", "country:RWA"}
    assert set(ev.targets) == {"country:SOM", "country:ERI"}


def test_a_deal_named_again_by_its_qualifier_far_back_is_censured_against_its_sides():
    text = ("Somalia and Eritrea signed a fishing rights agreement in Asmara in March. The deal was praised by fishermen."
            " Officials said talks on the lake would continue. Kenya's navy held a drill on Monday. Uganda opened a new "
            "port on Tuesday.\n\nOn Friday, Kenyan president William Ruto called the rights agreement \"null and void\".\n")
    ev = _at(text, "threat", "On Friday")
    assert set(ev.actors) == {"country:KEN"}
    assert set(ev.targets) == {"country:SOM", "country:ERI"}
