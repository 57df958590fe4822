"""Named groups of states (data/parties.json 'state_groups'): a closed set of states named by one word stands for its
members as the sides of a fact. Sentences invented."""
from __future__ import annotations

from helpers import events_of


def test_the_hellenic_countries_are_greece_and_cyprus():
    text = ("Egypt signed a naval cooperation agreement with the Hellenic countries on Tuesday in Cairo, the foreign "
            "ministry said. Turkey criticised the pact.\n")
    [ev] = [e for e in events_of(text, "agreement") if e.evidence.sentence.startswith("Egypt signed")]
    assert set(ev.actors) == {"country:EGY"}
    assert set(ev.targets) == {"country:GRC", "country:CYP"}


def test_a_word_of_the_group_elsewhere_is_no_group():
    text = ("Egypt signed a naval cooperation agreement with Greece on Tuesday, at the Hellenic Maritime Museum in "
            "Piraeus, the foreign ministry said.\n")
    [ev] = [e for e in events_of(text, "agreement") if e.evidence.sentence.startswith("Egypt signed")]
    assert set(ev.actors + ev.targets) == {"country:EGY", "country:GRC"}
